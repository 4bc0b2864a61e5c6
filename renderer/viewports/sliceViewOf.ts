import type { Vec3 } from '../../src/geometry/vec3.js';
import type { ViewState } from '../state/viewStore.js';
import { fitPixelsPerMm, sliceAxes, type BoundsLps, type SliceOrientation, type SliceView } from './sliceFrame.js';
import { boundsCentre } from './gridBounds.js';

/** The slice view a viewport of this size shows for the view state over these bounds. */
export function sliceViewOf(orientation: SliceOrientation, state: ViewState, bounds: BoundsLps, widthPx: number, heightPx: number): SliceView {
  const { zoom, panLps } = state.slices[orientation];
  const centre = boundsCentre(bounds);
  const normal = sliceAxes[orientation].normalLps;
  const centreLps: Vec3 = [centre[0] + panLps[0], centre[1] + panLps[1], centre[2] + panLps[2]];
  return {
    orientation,
    centreLps,
    pixelsPerMm: fitPixelsPerMm(orientation, bounds, widthPx, heightPx, zoom),
    widthPx,
    heightPx,
    slicePositionMm: state.crosshairLps[0] * normal[0] + state.crosshairLps[1] * normal[1] + state.crosshairLps[2] * normal[2],
  };
}
