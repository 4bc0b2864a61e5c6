import type { DoseGrid } from '../dicom/rtDose.js';
import { applyAffine, invertAffine } from '../geometry/affine.js';
import { cross, normalize, type Vec3 } from '../geometry/vec3.js';
import type { RoiMask } from '../structures/roiMask.js';

/** A structure as the voxel map ranks it (docs/sensitisation-model.md §4.5). */
export interface RankedStructure {
  readonly role: 'target' | 'oar';
  readonly alphaBetaGy: number;
}

/** The most classes a map holds besides class 0 (voxels in no structure). */
export const maxVoxelClasses = 254;

/**
 * The order in which structures claim voxels (§4.5 "voxel maps"): a voxel in a target takes the
 * target's parameters, otherwise the OAR's with the lowest (most conservative) α/β; among targets
 * too the lowest α/β wins, and ties go to the earlier structure. Returns indexes into `structures`.
 */
export function claimOrder(structures: readonly RankedStructure[]): number[] {
  return structures
    .map((structure, index) => ({ structure, index }))
    .sort((a, b) => (a.structure.role === b.structure.role ? a.structure.alphaBetaGy - b.structure.alphaBetaGy || a.index - b.index : a.structure.role === 'target' ? -1 : 1))
    .map((entry) => entry.index);
}

/**
 * The class of every dose voxel: 1 + c for the first mask c (in the order given, claimOrder's)
 * whose voxel holds the dose voxel's centre, 0 for none. A mask is looked up at its nearest voxel,
 * as the slice views draw it. Dose grids with uneven planes place each plane at its true offset.
 */
export function voxelClasses(grid: DoseGrid, masksInClaimOrder: readonly (RoiMask | undefined)[]): Uint8Array {
  if (masksInClaimOrder.length > maxVoxelClasses) throw new RangeError(`voxelClasses: ${masksInClaimOrder.length} structures; a class map holds at most ${maxVoxelClasses}`);
  const [columns, rows, frames] = grid.dimensions;
  const classes = new Uint8Array(columns * rows * frames);
  const column = (c: number): Vec3 => [grid.ijkToLps[c] ?? 0, grid.ijkToLps[4 + c] ?? 0, grid.ijkToLps[8 + c] ?? 0];
  const normal = normalize(cross(column(0), column(1)));
  const firstOffsetMm = grid.frameOffsetsMm[0] ?? 0;
  const lpsToDoseIjk = invertAffine(grid.ijkToLps);
  masksInClaimOrder.forEach((mask, c) => {
    if (mask === undefined) return;
    const toMask = invertAffine(mask.ijkToLps);
    const [ni, nj, nk] = mask.dimensions;
    const box = doseBox(mask, lpsToDoseIjk, grid);
    for (let k = box.k0; k <= box.k1; k += 1) {
      const planeShift = grid.uniformSpacing ? [0, 0, 0] : scaleVec(normal, (grid.frameOffsetsMm[k] ?? 0) - firstOffsetMm);
      for (let j = box.j0; j <= box.j1; j += 1) {
        for (let i = box.i0; i <= box.i1; i += 1) {
          const v = i + columns * (j + rows * k);
          if (classes[v] !== 0) continue;
          const base = applyAffine(grid.ijkToLps, [i, j, grid.uniformSpacing ? k : 0]);
          const m = applyAffine(toMask, [base[0] + (planeShift[0] ?? 0), base[1] + (planeShift[1] ?? 0), base[2] + (planeShift[2] ?? 0)]);
          const mi = Math.round(m[0]);
          const mj = Math.round(m[1]);
          const mk = Math.round(m[2]);
          if (mi < 0 || mj < 0 || mk < 0 || mi >= ni || mj >= nj || mk >= nk) continue;
          if (mask.values[mi + ni * (mj + nj * mk)] !== 0) classes[v] = c + 1;
        }
      }
    }
  });
  return classes;
}

const scaleVec = (a: Vec3, factor: number): number[] => [a[0] * factor, a[1] * factor, a[2] * factor];

/** The dose voxels (index box, one voxel of margin, clamped) that the mask's corners span; all planes for uneven grids. */
function doseBox(mask: RoiMask, lpsToDoseIjk: Float64Array, grid: DoseGrid): { i0: number; i1: number; j0: number; j1: number; k0: number; k1: number } {
  const [ni, nj, nk] = mask.dimensions;
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (const ci of [-0.5, ni - 0.5]) {
    for (const cj of [-0.5, nj - 0.5]) {
      for (const ck of [-0.5, nk - 0.5]) {
        const p = applyAffine(lpsToDoseIjk, applyAffine(mask.ijkToLps, [ci, cj, ck]));
        p.forEach((value, axis) => {
          lo[axis] = Math.min(lo[axis] ?? Infinity, value);
          hi[axis] = Math.max(hi[axis] ?? -Infinity, value);
        });
      }
    }
  }
  const [columns, rows, frames] = grid.dimensions;
  const clamp = (value: number, size: number): number => Math.max(0, Math.min(size - 1, value));
  return {
    i0: clamp(Math.floor(lo[0] ?? 0) - 1, columns), i1: clamp(Math.ceil(hi[0] ?? 0) + 1, columns),
    j0: clamp(Math.floor(lo[1] ?? 0) - 1, rows), j1: clamp(Math.ceil(hi[1] ?? 0) + 1, rows),
    k0: grid.uniformSpacing ? clamp(Math.floor(lo[2] ?? 0) - 1, frames) : 0, k1: grid.uniformSpacing ? clamp(Math.ceil(hi[2] ?? 0) + 1, frames) : frames - 1,
  };
}
