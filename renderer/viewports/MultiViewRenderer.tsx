import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { caseStore } from '../state/caseStore.js';
import { maskStore } from '../state/maskStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { viewStore } from '../state/viewStore.js';
import { doseModeStore } from '../therapy/doseModeStore.js';
import { therapyStore } from '../therapy/therapyStore.js';
import { canvasRenderer, registeredViews, viewportElements, viewportPixelRect } from './viewRegistry.js';

/**
 * Frames drawn so far, for tests and the benchmark (render on demand: it only moves when something
 * changed), and when the first frame showing dose was complete on the GPU for the case being shown,
 * as performance.now() (ms): the benchmark's "files given to first dose frame".
 */
export const frameStats: { frames: number; lastFrameMs: number; lastDrawn: string[]; firstDoseFrame: { readonly loadStartedMs: number; readonly atMs: number } | undefined } = {
  frames: 0,
  lastFrameMs: 0,
  /** The viewports the last frame drew again (the others kept their pixels). */
  lastDrawn: [],
  firstDoseFrame: undefined,
};

function noteFirstDoseFrame(gl: { getContext(): WebGLRenderingContext | WebGL2RenderingContext }): void {
  const { load } = caseStore.getState();
  if (load.status !== 'ready' || selectedObjects(caseStore.getState()).doseGrid === undefined) return;
  if (frameStats.firstDoseFrame?.loadStartedMs === load.startedMs) return;
  gl.getContext().finish();
  frameStats.firstDoseFrame = { loadStartedMs: load.startedMs, atMs: performance.now() };
}

/** What each viewport was last drawn from, and the canvas it was drawn on. */
const drawnInputs = new Map<string, readonly unknown[]>();
let lastCanvasKey = '';

function sameInputs(before: readonly unknown[] | undefined, now: readonly unknown[]): boolean {
  return before !== undefined && before.length === now.length && before.every((value, index) => value === now[index]);
}

/**
 * Draws every registered viewport into its own rectangle of the one canvas (scissor), so all
 * views share one WebGL context and one copy of each 3D texture. Runs only when invalidated, and
 * then draws only the viewports whose inputs changed: the canvas keeps its pixels
 * (preserveDrawingBuffer), so scrolling the axial view redraws the axial view alone, and moving
 * the probe redraws nothing.
 */
export function MultiViewRenderer(): null {
  const invalidate = useThree((state) => state.invalidate);
  const renderer = useThree((state) => state.gl);
  useEffect(() => {
    canvasRenderer.current = renderer;
    return () => { canvasRenderer.current = undefined; };
  }, [renderer]);
  useEffect(() => {
    const unsubscribe = [viewStore, caseStore, maskStore, doseModeStore, therapyStore].map((store) => store.subscribe(() => invalidate()));
    const resize = new ResizeObserver(() => invalidate());
    for (const element of viewportElements.values()) resize.observe(element);
    return () => {
      unsubscribe.forEach((stop) => stop());
      resize.disconnect();
    };
  });
  useFrame(({ gl }) => {
    const started = performance.now();
    const canvas = viewportPixelRect(gl.domElement);
    const canvasHeightPx = gl.domElement.height / gl.getPixelRatio();
    // A resized canvas has lost its pixels, and another layout leaves the old one's in its gaps: everything is drawn again, gaps included.
    const canvasKey = `${gl.domElement.width}x${gl.domElement.height}@${canvas.left},${canvas.top} ${viewStore.getState().layout} ${viewStore.getState().mainViewport}`;
    const redrawAll = canvasKey !== lastCanvasKey;
    lastCanvasKey = canvasKey;
    gl.setClearColor(0x000000, 1);
    if (redrawAll) {
      gl.setScissorTest(false);
      gl.clear();
      drawnInputs.clear();
    }
    gl.setScissorTest(true);
    const drawn: string[] = [];
    for (const [id, view] of registeredViews) {
      const element = viewportElements.get(id);
      if (element === undefined) continue;
      const rect = viewportPixelRect(element);
      if (rect.width < 1 || rect.height < 1) continue;
      const inputs = [rect.left, rect.top, view, ...view.inputs(rect.width, rect.height)];
      if (sameInputs(drawnInputs.get(id), inputs)) continue;
      drawnInputs.set(id, inputs);
      drawn.push(id);
      const x = rect.left - canvas.left;
      const y = canvasHeightPx - (rect.top - canvas.top) - rect.height;
      gl.setViewport(x, y, rect.width, rect.height);
      gl.setScissor(x, y, rect.width, rect.height);
      gl.clear();
      if (view.prepare(rect.width, rect.height) !== undefined) gl.render(view.scene, view.camera);
    }
    gl.setScissorTest(false);
    noteFirstDoseFrame(gl);
    frameStats.frames += 1;
    frameStats.lastFrameMs = performance.now() - started;
    frameStats.lastDrawn = drawn;
  }, 1);
  return null;
}
