import type { Vec3 } from '../geometry/vec3.js';
import { isocentreLps } from './anatomy.js';

/** An axial HFS grid (orientation 1\0\0\0\1\0): CT series or dose grid of the demo case. */
export interface GridSpec {
  readonly columns: number;
  readonly rows: number;
  readonly slices: number;
  /** Centre of voxel (0, 0, 0), LPS mm. */
  readonly originLps: Vec3;
  /** Along x (columns), y (rows) and z (slices), mm. */
  readonly spacingMm: Vec3;
}

/** 'demo' is the small committed case; 'large' a clinical-resolution variant written on demand. */
export type PhantomSize = 'demo' | 'large';

const ctFieldOfViewMm = 400;
/** The CT covers z = -90 ... +90 mm (slice edges); its slices are centred on z = 0. */
const ctLengthMm = 180;
/** Half extents of the dose grid about the isocentre: it covers every point with dose in x and y. */
const doseHalfExtentMm: Vec3 = [130, 130, 85];

/** CT: 400 mm field of view centred on the body; 128^2 x 60 slices (demo) or 512^2 x 180 (large). */
export function ctGrid(size: PhantomSize): GridSpec {
  const columns = size === 'demo' ? 128 : 512;
  const sliceMm = size === 'demo' ? 3 : 1;
  const pixelMm = ctFieldOfViewMm / columns;
  const slices = ctLengthMm / sliceMm;
  const firstXyMm = -((columns - 1) / 2) * pixelMm;
  return { columns, rows: columns, slices, originLps: [firstXyMm, firstXyMm, -((slices - 1) / 2) * sliceMm], spacingMm: [pixelMm, pixelMm, sliceMm] };
}

/**
 * Dose: 2.5 mm (demo) or 1.25 mm (large) voxels, an even count along each axis centred on the
 * isocentre, so voxel centres fall half a voxel either side of it and between CT voxel centres.
 */
export function doseGrid(size: PhantomSize): GridSpec {
  const spacingMm = size === 'demo' ? 2.5 : 1.25;
  const count = (axis: 0 | 1 | 2): number => 2 * Math.ceil(doseHalfExtentMm[axis] / spacingMm);
  const origin = (axis: 0 | 1 | 2): number => isocentreLps[axis] - ((count(axis) - 1) / 2) * spacingMm;
  return { columns: count(0), rows: count(1), slices: count(2), originLps: [origin(0), origin(1), origin(2)], spacingMm: [spacingMm, spacingMm, spacingMm] };
}

export function voxelCentreLps(grid: GridSpec, i: number, j: number, k: number): Vec3 {
  return [grid.originLps[0] + i * grid.spacingMm[0], grid.originLps[1] + j * grid.spacingMm[1], grid.originLps[2] + k * grid.spacingMm[2]];
}
