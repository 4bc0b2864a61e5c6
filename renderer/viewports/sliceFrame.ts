import type { Vec3 } from '../../src/geometry/vec3.js';

export type SliceOrientation = 'axial' | 'sagittal' | 'coronal';
export const sliceOrientations: readonly SliceOrientation[] = ['axial', 'sagittal', 'coronal'];

/**
 * Screen axes of each slice view in patient LPS, radiological convention: axial seen from the
 * feet (patient left on screen right, anterior up), coronal seen from the front (left on the
 * right, head up), sagittal seen from the patient's left (anterior on screen left, head up).
 */
export interface SliceAxes {
  readonly rightLps: Vec3;
  readonly downLps: Vec3;
  /** The slice normal: the axis the slice position is measured along. */
  readonly normalLps: Vec3;
}

export const sliceAxes: Readonly<Record<SliceOrientation, SliceAxes>> = {
  axial: { rightLps: [1, 0, 0], downLps: [0, 1, 0], normalLps: [0, 0, 1] },
  coronal: { rightLps: [1, 0, 0], downLps: [0, 0, -1], normalLps: [0, 1, 0] },
  sagittal: { rightLps: [0, 1, 0], downLps: [0, 0, -1], normalLps: [1, 0, 0] },
};

/** Orientation labels at the screen's left, right, top and bottom edges. */
export const edgeLabels: Readonly<Record<SliceOrientation, { left: string; right: string; top: string; bottom: string }>> = {
  axial: { left: 'R', right: 'L', top: 'A', bottom: 'P' },
  coronal: { left: 'R', right: 'L', top: 'S', bottom: 'I' },
  sagittal: { left: 'A', right: 'P', top: 'S', bottom: 'I' },
};

/** One slice view on screen: where it looks, how large, at which slice. */
export interface SliceView {
  readonly orientation: SliceOrientation;
  /** The patient point shown at the viewport's centre (its component along the normal is ignored). */
  readonly centreLps: Vec3;
  readonly pixelsPerMm: number;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Position of the slice along the normal, mm. */
  readonly slicePositionMm: number;
}

const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** The patient point under a screen point (CSS pixels from the viewport's top left), on the slice. */
export function screenToLps(view: SliceView, xPx: number, yPx: number): Vec3 {
  const { rightLps: r, downLps: d, normalLps: n } = sliceAxes[view.orientation];
  const across = (xPx - view.widthPx / 2) / view.pixelsPerMm + dot(view.centreLps, r);
  const down = (yPx - view.heightPx / 2) / view.pixelsPerMm + dot(view.centreLps, d);
  const along = view.slicePositionMm;
  return [0, 1, 2].map((c) => r[c as 0] * across + d[c as 0] * down + n[c as 0] * along) as unknown as Vec3;
}

/** The screen point (CSS pixels from the viewport's top left) of a patient point projected on the view. */
export function lpsToScreen(view: SliceView, pointLps: Vec3): [number, number] {
  const { rightLps: r, downLps: d } = sliceAxes[view.orientation];
  return [
    view.widthPx / 2 + (dot(pointLps, r) - dot(view.centreLps, r)) * view.pixelsPerMm,
    view.heightPx / 2 + (dot(pointLps, d) - dot(view.centreLps, d)) * view.pixelsPerMm,
  ];
}

/** Patient-space box of a grid (voxel edges, not centres), for fitting views. */
export interface BoundsLps {
  readonly minLps: Vec3;
  readonly maxLps: Vec3;
}

/** The scale at which the bounds fill the viewport along its tighter axis, times `zoom`. */
export function fitPixelsPerMm(orientation: SliceOrientation, bounds: BoundsLps, widthPx: number, heightPx: number, zoom: number): number {
  const { rightLps: r, downLps: d } = sliceAxes[orientation];
  const extent = (axis: Vec3): number => Math.abs(dot([bounds.maxLps[0] - bounds.minLps[0], bounds.maxLps[1] - bounds.minLps[1], bounds.maxLps[2] - bounds.minLps[2]], axis));
  const fit = Math.min(widthPx / Math.max(extent(r), 1), heightPx / Math.max(extent(d), 1));
  return fit * zoom;
}
