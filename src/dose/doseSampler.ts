import type { DoseGrid } from '../dicom/rtDose.js';
import { invertAffine } from '../geometry/affine.js';
import { trueIndexOfLinear } from '../geometry/unevenPlanes.js';
import type { Vec3 } from '../geometry/vec3.js';

/**
 * Trilinear sampling of a dose grid in patient coordinates. Points up to half a voxel beyond the
 * outermost voxel centres take the edge value (the voxel they lie in); points further out are
 * outside the grid (NaN). Grids with unevenly spaced planes are sampled at their true positions.
 */
export interface DoseSampler {
  /** Fractional voxel index (i, j, k) of a point; k is linear in the mean plane spacing (alongLine corrects it). */
  indexOf(pointLps: Vec3): Vec3;
  /** The change of (i, j, linear k) per mm along a direction (the affine's linear part). */
  indexStep(directionLps: Vec3): Vec3;
  /**
   * Doses at `count` evenly spaced indices start + n * step (as indexOf gives them) into
   * out[0 .. count), NaN outside: the sampling loop of the DVH.
   */
  alongLine(start: Vec3, step: Vec3, count: number, out: Float64Array): void;
}

export function doseSampler(grid: DoseGrid): DoseSampler {
  const lpsToIjk = invertAffine(grid.ijkToLps);
  const m = (index: number): number => lpsToIjk[index] ?? 0;
  const [columns, rows, frames] = grid.dimensions;
  const values = grid.values;
  const trueK = grid.uniformSpacing ? undefined : trueIndexOfLinear(grid.frameOffsetsMm);
  const onePoint = new Float64Array(1);
  return {
    indexOf: (p) => [
      m(0) * p[0] + m(1) * p[1] + m(2) * p[2] + m(3),
      m(4) * p[0] + m(5) * p[1] + m(6) * p[2] + m(7),
      m(8) * p[0] + m(9) * p[1] + m(10) * p[2] + m(11),
    ],
    indexStep: (d) => [m(0) * d[0] + m(1) * d[1] + m(2) * d[2], m(4) * d[0] + m(5) * d[1] + m(6) * d[2], m(8) * d[0] + m(9) * d[1] + m(10) * d[2]],
    alongLine: (start, step, count, out) => {
      if (trueK === undefined) {
        trilinearLine(values, columns, rows, frames, start, step, count, out);
        return;
      }
      // Uneven planes: k is not linear along the line, so each point is placed on its own.
      for (let n = 0; n < count; n += 1) {
        const point: Vec3 = [start[0] + n * step[0], start[1] + n * step[1], trueK(start[2] + n * step[2])];
        trilinearLine(values, columns, rows, frames, point, [0, 0, 0], 1, onePoint);
        out[n] = onePoint[0] as number;
      }
    },
  };
}

/** Trilinear samples along a line of fractional indices, NaN beyond half a voxel outside: the one interpolation kernel. */
function trilinearLine(values: Float32Array, columns: number, rows: number, frames: number, start: Vec3, step: Vec3, count: number, out: Float64Array): void {
  const slice = columns * rows;
  const di = columns > 1 ? 1 : 0;
  const dj = rows > 1 ? columns : 0;
  const dk = frames > 1 ? slice : 0;
  for (let n = 0; n < count; n += 1) {
    const i = start[0] + n * step[0];
    const j = start[1] + n * step[1];
    const k = start[2] + n * step[2];
    if (!(i >= -0.5 && i <= columns - 0.5 && j >= -0.5 && j <= rows - 0.5 && k >= -0.5 && k <= frames - 0.5)) {
      out[n] = Number.NaN;
      continue;
    }
    const ic = i < 0 ? 0 : i > columns - 1 ? columns - 1 : i;
    const jc = j < 0 ? 0 : j > rows - 1 ? rows - 1 : j;
    const kc = k < 0 ? 0 : k > frames - 1 ? frames - 1 : k;
    const i0 = Math.min(ic | 0, columns > 1 ? columns - 2 : 0);
    const j0 = Math.min(jc | 0, rows > 1 ? rows - 2 : 0);
    const k0 = Math.min(kc | 0, frames > 1 ? frames - 2 : 0);
    const fi = ic - i0;
    const fj = jc - j0;
    const fk = kc - k0;
    const b = i0 + columns * j0 + slice * k0;
    const v000 = values[b] as number;
    const v100 = values[b + di] as number;
    const v010 = values[b + dj] as number;
    const v110 = values[b + dj + di] as number;
    const v001 = values[b + dk] as number;
    const v101 = values[b + dk + di] as number;
    const v011 = values[b + dk + dj] as number;
    const v111 = values[b + dk + dj + di] as number;
    const c00 = v000 + (v100 - v000) * fi;
    const c10 = v010 + (v110 - v010) * fi;
    const c01 = v001 + (v101 - v001) * fi;
    const c11 = v011 + (v111 - v011) * fi;
    const c0 = c00 + (c10 - c00) * fj;
    out[n] = c0 + (c01 + (c11 - c01) * fj - c0) * fk;
  }
}
