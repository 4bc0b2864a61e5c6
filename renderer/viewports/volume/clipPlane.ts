import { dot, scale, type Vec3 } from '../../../src/geometry/vec3.js';
import type { ClipPlane } from '../../state/volumeViewStore.js';
import { sliceAxes } from '../sliceFrame.js';

/** A plane in patient space that keeps the points p with normalLps · p + constantMm >= 0 (three.js's Plane convention). */
export interface PlaneLps {
  readonly normalLps: Vec3;
  readonly constantMm: number;
}

/** The clip plane through the crosshair, parallel to the chosen slice view; undefined when clipping is off. */
export function clipPlaneLps(clip: ClipPlane, crosshairLps: Vec3): PlaneLps | undefined {
  if (clip.orientation === 'off') return undefined;
  const normalLps = scale(sliceAxes[clip.orientation].normalLps, clip.keepPositive ? 1 : -1);
  return { normalLps, constantMm: -dot(normalLps, crosshairLps) };
}
