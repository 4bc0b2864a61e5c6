import type { Vec3 } from '../../src/geometry/vec3.js';
import type { ViewportId } from '../state/viewStore.js';
import type { SliceOrientation, SliceView } from '../viewports/sliceFrame.js';

/*
 * The shape of window.planlens (testHooks.ts installs it), kept free of DOM types so that the
 * end-to-end tests, type-checked for Node, can name what they call in the page.
 */

/** A viewport's rectangle on the page, CSS px. */
export interface PageRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** One frame drawn now and waited for on the GPU. */
export interface FrameTiming {
  /** The render loop's own time (CPU: layers, uniforms, draw calls). */
  readonly cpuMs: number;
  /** From the start of the frame until a pixel of it could be read back (GPU work complete). */
  readonly totalMs: number;
  /** The viewports this frame drew (the others had not changed and kept their pixels). */
  readonly drawn: readonly string[];
}

/**
 * A small read-mostly window onto the app for end-to-end tests and the benchmark: where a patient
 * point is on the page, what the core computes there, and the state. Tests assert pixels; this
 * tells them which pixels to look at.
 */
export interface PlanLensTestHooks {
  loadStatus(): string;
  /** The load's error message when loadStatus() is 'failed'. */
  loadError(): string | undefined;
  frames(): number;
  /** When the current load started and when its case arrived from the worker (performance.now(), ms). */
  loadTimes(): { readonly startedMs: number; readonly loadedMs: number | undefined };
  /**
   * When the case being shown was given (performance.now(), ms) and when the first frame showing
   * its dose was complete on the GPU; undefined until that frame of the current load is drawn.
   */
  firstDoseFrame(): { readonly loadStartedMs: number; readonly atMs: number } | undefined;
  /** Page coordinates (CSS px) of a patient point in a slice viewport, or undefined. */
  pagePointOf(orientation: SliceOrientation, pointLps: Vec3): [number, number] | undefined;
  /** The patient point at page coordinates in a slice viewport. */
  lpsAtPage(orientation: SliceOrientation, pageX: number, pageY: number): Vec3 | undefined;
  /** What a slice viewport shows now (scale, centre, slice position), or undefined. */
  sliceView(orientation: SliceOrientation): SliceView | undefined;
  /** A viewport's rectangle on the page, or undefined when the layout does not show it. */
  viewportRect(id: ViewportId): PageRect | undefined;
  /** The dose the core computes at a point (trilinear, as the DVH samples it). */
  doseAt(pointLps: Vec3): number | undefined;
  /** The grid maximum of the dose shown (the top of the colour wash), or undefined. */
  doseMaxGy(): number | undefined;
  /** How many ROI masks of the structure set shown are computing, ready, or refused. */
  maskCounts(): { readonly computing: number; readonly ready: number; readonly none: number };
  viewState(): unknown;
  setView(change: Record<string, unknown>): void;
  setDose(change: Record<string, unknown>): void;
  /** Moves a slice view by whole image planes, as the arrow keys and the wheel do. */
  stepSlice(orientation: SliceOrientation, steps: number): void;
  /** Draws a frame now (whatever the render-on-demand loop has pending) and waits for the GPU. */
  renderNow(): FrameTiming;
  /** Page coordinates (CSS px) where the 3D view draws a patient point, as its camera was at the last frame; undefined when not shown. */
  volumePagePointOf(pointLps: Vec3): [number, number] | undefined;
  /** Waits until the GPU has done everything drawn so far (reads one pixel back); returns the ms waited. */
  finishGpu(): number;
}
