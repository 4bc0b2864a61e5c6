import { Vector4, WebGLRenderTarget, type Camera, type Object3D, type OrthographicCamera, type PerspectiveCamera, type Scene, type ShaderMaterial, type WebGLRenderer } from 'three';
import type { ViewportId } from '../state/viewStore.js';
import { canvasRenderer, registeredViews } from '../viewports/viewRegistry.js';

/** One view drawn again for an export: its pixels row by row from the top left, and what its `prepare` returned. */
export interface ViewPixels {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly rgba: Uint8ClampedArray<ArrayBuffer>;
  /** The SliceView or VolumeFrame the view was drawn with (at the export's size). */
  readonly frame: unknown;
}

/** Shader uniforms that are widths in pixels: multiplied by the export's scale so lines keep their look. */
const pixelWidthUniforms: readonly string[] = ['uIsoHalfWidthPx', 'uOutlineWidthPx'];

/**
 * The renderer of the one WebGL canvas the viewports are drawn on: the views' textures and
 * programs live in its context, so an export draws with it (no second context, no re-upload).
 */
function viewportRenderer(): WebGLRenderer {
  const renderer = canvasRenderer.current;
  if (renderer === undefined) throw new Error('export: the viewports are not drawn yet (no WebGL canvas)');
  return renderer;
}

/**
 * Draws a registered view again at `scale` times its CSS size into a render target of its own
 * (not the canvas on screen, which keeps its pixels) and reads the pixels back: a real drawing
 * at the higher resolution, with the shaders' pixel widths and the 1 px contour lines widened by
 * the scale. Throws, saying why, when the view is not there or shows nothing, or the size is too
 * large for the GPU.
 */
export function renderViewPixels(id: ViewportId, widthCssPx: number, heightCssPx: number, scale: number): ViewPixels {
  const view = registeredViews.get(id);
  if (view === undefined) throw new Error(`export: the ${id} view is not in the layout`);
  const gl = viewportRenderer();
  const widthPx = Math.round(widthCssPx * scale);
  const heightPx = Math.round(heightCssPx * scale);
  const maxPx = gl.capabilities.maxTextureSize;
  if (widthPx > maxPx || heightPx > maxPx) throw new Error(`export: ${widthPx} x ${heightPx} px is more than this GPU draws at once (${maxPx} px a side); choose a smaller scale`);
  const saved = { viewport: gl.getViewport(new Vector4()), scissor: gl.getScissor(new Vector4()), scissorTest: gl.getScissorTest(), target: gl.getRenderTarget(), autoClear: gl.autoClear };
  const target = new WebGLRenderTarget(widthPx, heightPx, { depthBuffer: true });
  try {
    // The 3D view's depth pass sizes itself from the renderer's viewport.
    gl.setViewport(0, 0, widthPx / gl.getPixelRatio(), heightPx / gl.getPixelRatio());
    const frame = view.prepare(widthPx, heightPx);
    if (frame === undefined) throw new Error(`export: the ${id} view shows nothing yet`);
    const restoreWidths = scalePixelWidths(view.scene, scale);
    try {
      gl.setRenderTarget(target);
      gl.setClearColor(0x000000, 1);
      gl.autoClear = true;
      gl.clear();
      gl.render(view.scene, view.camera);
      widenLines(gl, view.scene, view.camera, widthPx, heightPx, scale);
    } finally {
      // The screen's own widths come back whatever happened (the isodose width is set nowhere else).
      restoreWidths();
    }
    const pixels = new Uint8Array(widthPx * heightPx * 4);
    gl.readRenderTargetPixels(target, 0, 0, widthPx, heightPx, pixels);
    return { widthPx, heightPx, rgba: topDown(pixels, widthPx, heightPx), frame };
  } finally {
    gl.setRenderTarget(saved.target);
    gl.setViewport(saved.viewport);
    gl.setScissor(saved.scissor);
    gl.setScissorTest(saved.scissorTest);
    gl.autoClear = saved.autoClear;
    target.dispose();
  }
}

/** Multiplies every pixel-width uniform of the scene's shader materials; returns the undo. */
function scalePixelWidths(scene: Scene, scale: number): () => void {
  const undo: (() => void)[] = [];
  scene.traverse((object) => {
    const material = (object as Object3D & { material?: ShaderMaterial | ShaderMaterial[] }).material;
    for (const one of Array.isArray(material) ? material : material === undefined ? [] : [material]) {
      for (const name of pixelWidthUniforms) {
        const uniform = one.uniforms?.[name];
        if (uniform === undefined || typeof uniform.value !== 'number') continue;
        const before = uniform.value;
        uniform.value = before * scale;
        undo.push(() => { uniform.value = before; });
      }
    }
  });
  return () => undo.forEach((step) => step());
}

/**
 * WebGL draws lines 1 px wide whatever is asked, so at scale n the scene's lines (contours,
 * beams) are drawn again over the picture shifted by each whole pixel of an n x n square: n px
 * wide, as they are on screen. Everything else is hidden for these passes, and the depth buffer of
 * the full drawing still hides lines behind surfaces.
 */
function widenLines(gl: WebGLRenderer, scene: Scene, camera: Camera, widthPx: number, heightPx: number, scale: number): void {
  if (scale <= 1) return;
  const hidden: Object3D[] = [];
  let lines = 0;
  scene.traverse((object) => {
    const kind = object as Object3D & { isLine?: boolean; isMesh?: boolean; isPoints?: boolean; isSprite?: boolean };
    if (kind.isLine === true) lines += 1;
    else if (object.visible && (kind.isMesh === true || kind.isPoints === true || kind.isSprite === true)) hidden.push(object);
  });
  if (lines === 0) return;
  const background = scene.background;
  hidden.forEach((object) => { object.visible = false; });
  scene.background = null;
  gl.autoClear = false;
  const offsetCamera = camera as OrthographicCamera | PerspectiveCamera;
  const first = -Math.floor((scale - 1) / 2);
  try {
    for (let dy = first; dy < first + scale; dy += 1) {
      for (let dx = first; dx < first + scale; dx += 1) {
        if (dx === 0 && dy === 0) continue;
        offsetCamera.setViewOffset(widthPx, heightPx, dx, dy, widthPx, heightPx);
        gl.render(scene, offsetCamera);
      }
    }
  } finally {
    offsetCamera.clearViewOffset();
    scene.background = background;
    hidden.forEach((object) => { object.visible = true; });
  }
}

/** WebGL reads rows from the bottom up; images go from the top down. */
function topDown(pixels: Uint8Array, widthPx: number, heightPx: number): Uint8ClampedArray<ArrayBuffer> {
  const rowBytes = widthPx * 4;
  const flipped = new Uint8ClampedArray(pixels.length);
  for (let y = 0; y < heightPx; y += 1) flipped.set(pixels.subarray((heightPx - 1 - y) * rowBytes, (heightPx - y) * rowBytes), y * rowBytes);
  return flipped;
}
