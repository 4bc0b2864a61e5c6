import type { Camera, Scene, WebGLRenderer } from 'three';
import type { ViewportId } from '../state/viewStore.js';

/**
 * What the one WebGL canvas draws each frame: per viewport, its DOM element (where on the page it
 * is), its scene and camera, and the layers' per-frame updates. Filled by the viewport components;
 * read by the render loop.
 */
export interface RegisteredView<V> {
  readonly scene: Scene;
  readonly camera: Camera;
  /**
   * Everything the view's picture depends on, as values and (immutable) state objects: the render
   * loop draws the view again only when one of them is not what it was (===) at the last drawing.
   */
  readonly inputs: (widthPx: number, heightPx: number) => readonly unknown[];
  /** Sets the camera and the layers for this frame; returns what the probe and tests may ask of the view. */
  readonly prepare: (widthPx: number, heightPx: number) => V | undefined;
}

export const viewportElements = new Map<ViewportId, HTMLElement>();

/** The renderer of the one canvas, while it is mounted (exports draw with it: its context holds the textures). */
export const canvasRenderer: { current: WebGLRenderer | undefined } = { current: undefined };
export const registeredViews = new Map<ViewportId, RegisteredView<unknown>>();

/** A viewport's rectangle on the page in whole CSS pixels: the one the canvas draws it in. */
export interface PixelRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where a viewport element is, its edges rounded to whole pixels, as the GL viewport must be:
 * drawing, the pointer and the overlays all use this one rectangle, so that a patient point is
 * drawn exactly where the pointer finds it even when the layout gives fractional sizes.
 */
export function viewportPixelRect(element: Element): PixelRect {
  const rect = element.getBoundingClientRect();
  const left = Math.round(rect.left);
  const top = Math.round(rect.top);
  return { left, top, width: Math.round(rect.right) - left, height: Math.round(rect.bottom) - top };
}
