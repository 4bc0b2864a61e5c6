import { DepthTexture, DoubleSide, MeshBasicMaterial, Vector4, WebGLRenderTarget, type Camera, type Plane, type Scene, type WebGLRenderer } from 'three';
import { volumeLayers } from './renderOrder.js';

/**
 * The depth of the opaque surfaces, drawn before the viewport itself into a depth texture of
 * the viewport's size, so the ray marcher can stop where an opaque surface hides the rest.
 */
export class OpaqueDepth {
  readonly target = new WebGLRenderTarget(1, 1, { depthBuffer: true, depthTexture: new DepthTexture(1, 1) });
  private readonly material: MeshBasicMaterial;
  private readonly viewport = new Vector4();

  constructor(clipPlanes: Plane[]) {
    this.material = new MeshBasicMaterial({ colorWrite: false, side: DoubleSide, clippingPlanes: clipPlanes });
  }

  /** Draws the depth pass for the viewport the renderer is set to; returns that viewport in drawing-buffer pixels. */
  render(gl: WebGLRenderer, scene: Scene, camera: Camera): Vector4 {
    gl.getViewport(this.viewport).multiplyScalar(gl.getPixelRatio()).floor();
    const width = Math.max(1, this.viewport.z);
    const height = Math.max(1, this.viewport.w);
    if (this.target.width !== width || this.target.height !== height) this.target.setSize(width, height);
    const overrideMaterial = scene.overrideMaterial;
    const layers = camera.layers.mask;
    scene.overrideMaterial = this.material;
    camera.layers.set(volumeLayers.opaqueDepth);
    gl.setRenderTarget(this.target);
    gl.render(scene, camera);
    gl.setRenderTarget(null);
    camera.layers.mask = layers;
    scene.overrideMaterial = overrideMaterial;
    return this.viewport;
  }

  get depthTexture(): DepthTexture | null {
    return this.target.depthTexture;
  }

  dispose(): void {
    this.target.depthTexture?.dispose();
    this.target.dispose();
    this.material.dispose();
  }
}
