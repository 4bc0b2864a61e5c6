import type { Vec3 } from '../../../src/geometry/vec3.js';
import { caseStore } from '../../state/caseStore.js';
import { selectedObjects } from '../../state/selectedObjects.js';
import { updateSlice, updateView, viewStore } from '../../state/viewStore.js';
import { screenToLps, sliceAxes, type SliceOrientation, type SliceView } from '../sliceFrame.js';
import { planeLadder, stepPlane } from '../sliceStepping.js';
import { sliceViewOf } from '../sliceViewOf.js';
import { viewBounds } from '../viewBounds.js';
import { viewportPixelRect } from '../viewRegistry.js';

/** The slice view a viewport element shows now (undefined before a case is open). */
export function currentSliceView(orientation: SliceOrientation, element: HTMLElement): SliceView | undefined {
  const bounds = viewBounds(selectedObjects(caseStore.getState()));
  if (bounds === undefined) return undefined;
  const rect = viewportPixelRect(element);
  return sliceViewOf(orientation, viewStore.getState(), bounds, rect.width, rect.height);
}

/** Moves the crosshair by whole planes of the image (or dose) grid along the view's normal. */
export function stepSlices(orientation: SliceOrientation, steps: number): void {
  const objects = selectedObjects(caseStore.getState());
  const grid = objects.image ?? objects.doseGrid;
  if (grid === undefined) return;
  const normal = sliceAxes[orientation].normalLps;
  const ladder = planeLadder(grid.ijkToLps, grid.dimensions, normal);
  const crosshair = viewStore.getState().crosshairLps;
  const now = crosshair[0] * normal[0] + crosshair[1] * normal[1] + crosshair[2] * normal[2];
  const next = stepPlane(ladder, now, steps);
  updateView({ crosshairLps: [0, 1, 2].map((c) => crosshair[c as 0] + (next - now) * normal[c as 0]) as unknown as Vec3 });
}

/**
 * Zooms by `factor`, about the viewport's centre or, given a screen point of `view`, about the
 * patient point under it (which stays where it is on screen).
 */
export function zoomBy(orientation: SliceOrientation, factor: number, anchor?: { readonly view: SliceView; readonly xPx: number; readonly yPx: number }): void {
  const { zoom, panLps } = viewStore.getState().slices[orientation];
  const nextZoom = Math.min(64, Math.max(0.25, zoom * factor));
  if (anchor === undefined) {
    updateSlice(orientation, { zoom: nextZoom });
    return;
  }
  const { view, xPx, yPx } = anchor;
  const { rightLps: r, downLps: d } = sliceAxes[orientation];
  // The centre moves towards the anchor by the share of the offset the zoom takes away.
  const shrink = 1 - zoom / nextZoom;
  const acrossMm = ((xPx - view.widthPx / 2) / view.pixelsPerMm) * shrink;
  const downMm = ((yPx - view.heightPx / 2) / view.pixelsPerMm) * shrink;
  updateSlice(orientation, { zoom: nextZoom, panLps: [0, 1, 2].map((c) => panLps[c as 0] + r[c as 0] * acrossMm + d[c as 0] * downMm) as unknown as Vec3 });
}

/** Pans by a screen displacement (CSS px): the image follows the pointer. */
export function panBy(view: SliceView, dxPx: number, dyPx: number): void {
  const { rightLps: r, downLps: d } = sliceAxes[view.orientation];
  const pan = viewStore.getState().slices[view.orientation].panLps;
  const across = -dxPx / view.pixelsPerMm;
  const down = -dyPx / view.pixelsPerMm;
  updateSlice(view.orientation, { panLps: [0, 1, 2].map((c) => pan[c as 0] + r[c as 0] * across + d[c as 0] * down) as unknown as Vec3 });
}

/**
 * Window/level by drag: right widens the window, down raises the level, in steps that scale with
 * the width (1 HU of level and 2 HU of width per pixel at the soft-tissue width 400), so that the
 * same drag works for HU and for images in other units with narrow ranges.
 */
export function windowBy(dxPx: number, dyPx: number): void {
  const { centre, width } = viewStore.getState().windowLevel;
  const scale = width / 400;
  updateView({ windowLevel: { centre: centre + dyPx * scale, width: Math.max(width / 100, width + dxPx * 2 * scale) } });
}

/** Sets the crosshair to the patient point under the pointer (the other views follow). */
export function crosshairTo(view: SliceView, xPx: number, yPx: number): void {
  updateView({ crosshairLps: screenToLps(view, xPx, yPx) });
}
