import type { Camera, Scene } from 'three';
import type { ViewportId } from '../state/viewStore.js';

/**
 * What the one WebGL canvas draws each frame: per viewport, its DOM element (where on the page it
 * is), its scene and camera, and the layers' per-frame updates. Filled by the viewport components;
 * read by the render loop.
 */
export interface RegisteredView<V> {
  readonly scene: Scene;
  readonly camera: Camera;
  /** Sets the camera and the layers for this frame; returns what the probe and tests may ask of the view. */
  readonly prepare: (widthPx: number, heightPx: number) => V | undefined;
}

export const viewportElements = new Map<ViewportId, HTMLElement>();
export const registeredViews = new Map<ViewportId, RegisteredView<unknown>>();

/** Layer updates of one viewport, run in order before it is drawn. */
export type LayerUpdate<V> = (view: V) => void;
