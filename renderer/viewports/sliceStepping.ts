import type { Affine } from '../../src/geometry/affine.js';
import type { Vec3 } from '../../src/geometry/vec3.js';

/** The planes of a grid's voxel centres along a view normal: first and last position and the step, mm. */
export interface PlaneLadder {
  readonly firstMm: number;
  readonly lastMm: number;
  readonly stepMm: number;
}

/**
 * The voxel-centre planes met when scrolling a view along `normalLps` through a grid: those of the
 * grid axis most aligned with the normal (for an axial CT seen axially, its slices).
 */
export function planeLadder(ijkToLps: Affine, dimensions: readonly [number, number, number], normalLps: Vec3): PlaneLadder {
  const column = (axis: number): Vec3 => [ijkToLps[axis] ?? 0, ijkToLps[4 + axis] ?? 0, ijkToLps[8 + axis] ?? 0];
  const along = (axis: number): number => {
    const c = column(axis);
    return c[0] * normalLps[0] + c[1] * normalLps[1] + c[2] * normalLps[2];
  };
  const axis = [0, 1, 2].reduce((best, candidate) => (Math.abs(along(candidate)) > Math.abs(along(best)) ? candidate : best), 0);
  const origin = (ijkToLps[3] ?? 0) * normalLps[0] + (ijkToLps[7] ?? 0) * normalLps[1] + (ijkToLps[11] ?? 0) * normalLps[2];
  const step = along(axis);
  const end = origin + step * ((dimensions[axis] ?? 1) - 1);
  return { firstMm: Math.min(origin, end), lastMm: Math.max(origin, end), stepMm: Math.max(Math.abs(step), 1e-6) };
}

/** The plane of the ladder nearest to `positionMm` moved by `steps` planes, kept within the grid. */
export function stepPlane(ladder: PlaneLadder, positionMm: number, steps: number): number {
  const index = Math.round((positionMm - ladder.firstMm) / ladder.stepMm) + steps;
  const last = Math.round((ladder.lastMm - ladder.firstMm) / ladder.stepMm);
  return ladder.firstMm + Math.min(last, Math.max(0, index)) * ladder.stepMm;
}
