import type { DoseGrid } from '../dicom/rtDose.js';
import { invertAffine } from '../geometry/affine.js';
import type { Vec3 } from '../geometry/vec3.js';

/**
 * Trilinear sampling of a dose grid in patient coordinates. Points up to half a voxel beyond the
 * outermost voxel centres take the edge value (the voxel they lie in); points further out are
 * outside the grid (NaN). Grids with unevenly spaced planes are sampled at their true positions.
 */
export interface DoseSampler {
  /** Fractional voxel index (i, j, k) of a point, k corrected for uneven plane spacing. */
  indexOf(pointLps: Vec3): Vec3;
  /** The change of (i, j, linear k) per mm along a direction (the affine's linear part). */
  indexStep(directionLps: Vec3): Vec3;
  /** Dose at a fractional index, NaN outside. */
  atIndex(i: number, j: number, k: number): number;
  at(pointLps: Vec3): number;
}

export function doseSampler(grid: DoseGrid): DoseSampler {
  const lpsToIjk = invertAffine(grid.ijkToLps);
  const m = (index: number): number => lpsToIjk[index] ?? 0;
  const [columns, rows, frames] = grid.dimensions;
  const values = grid.values;
  const trueK = grid.uniformSpacing ? (k: number) => k : unevenPlaneIndex(grid);
  const atIndex = (i: number, j: number, kLinear: number): number => {
    const k = trueK(kLinear);
    if (!(i >= -0.5 && i <= columns - 0.5 && j >= -0.5 && j <= rows - 0.5 && k >= -0.5 && k <= frames - 0.5)) return Number.NaN;
    const ic = Math.min(Math.max(i, 0), columns - 1);
    const jc = Math.min(Math.max(j, 0), rows - 1);
    const kc = Math.min(Math.max(k, 0), frames - 1);
    const i0 = Math.min(Math.floor(ic), columns - 2 < 0 ? 0 : columns - 2);
    const j0 = Math.min(Math.floor(jc), rows - 2 < 0 ? 0 : rows - 2);
    const k0 = Math.min(Math.floor(kc), frames - 2 < 0 ? 0 : frames - 2);
    const fi = columns > 1 ? ic - i0 : 0;
    const fj = rows > 1 ? jc - j0 : 0;
    const fk = frames > 1 ? kc - k0 : 0;
    const i1 = columns > 1 ? 1 : 0;
    const j1 = rows > 1 ? columns : 0;
    const k1 = frames > 1 ? columns * rows : 0;
    const base = i0 + columns * (j0 + rows * k0);
    const v = (offset: number): number => values[base + offset] as number;
    const c00 = v(0) + (v(i1) - v(0)) * fi;
    const c10 = v(j1) + (v(j1 + i1) - v(j1)) * fi;
    const c01 = v(k1) + (v(k1 + i1) - v(k1)) * fi;
    const c11 = v(k1 + j1) + (v(k1 + j1 + i1) - v(k1 + j1)) * fi;
    const c0 = c00 + (c10 - c00) * fj;
    const c1 = c01 + (c11 - c01) * fj;
    return c0 + (c1 - c0) * fk;
  };
  const indexOf = (p: Vec3): Vec3 => [
    m(0) * p[0] + m(1) * p[1] + m(2) * p[2] + m(3),
    m(4) * p[0] + m(5) * p[1] + m(6) * p[2] + m(7),
    m(8) * p[0] + m(9) * p[1] + m(10) * p[2] + m(11),
  ];
  return {
    indexOf,
    indexStep: (d) => [m(0) * d[0] + m(1) * d[1] + m(2) * d[2], m(4) * d[0] + m(5) * d[1] + m(6) * d[2], m(8) * d[0] + m(9) * d[1] + m(10) * d[2]],
    atIndex,
    at: (p) => {
      const [i, j, k] = indexOf(p);
      return atIndex(i, j, k);
    },
  };
}

/**
 * For unevenly spaced planes the affine's k assumes the mean spacing; this maps that linear k to
 * the true fractional plane index through the frame offsets.
 */
function unevenPlaneIndex(grid: DoseGrid): (kLinear: number) => number {
  const offsets = grid.frameOffsetsMm;
  const frames = offsets.length;
  const first = offsets[0] ?? 0;
  const stepMm = frames > 1 ? ((offsets[frames - 1] ?? 0) - first) / (frames - 1) : 1;
  return (kLinear) => {
    const offset = first + kLinear * stepMm;
    const sign = Math.sign(stepMm);
    let low = 0;
    let high = frames - 1;
    if (sign * (offset - first) <= 0) return (offset - first) / stepMm;
    if (sign * (offset - (offsets[high] ?? 0)) >= 0) return high + (offset - (offsets[high] ?? 0)) / stepMm;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (sign * (offset - (offsets[middle] ?? 0)) >= 0) low = middle;
      else high = middle;
    }
    return low + (offset - (offsets[low] ?? 0)) / ((offsets[high] ?? 0) - (offsets[low] ?? 0));
  };
}
