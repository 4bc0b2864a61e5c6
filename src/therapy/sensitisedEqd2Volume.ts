import type { DoseGrid } from '../dicom/rtDose.js';
import { requireAlphaBeta, requireFractions } from '../radiobiology/lq.js';
import type { LqOption } from './effectiveDose.js';

/** What the voxel map needs of a course: per-fraction modifiers m_i of one structure and its LQ parameters. */
export interface VoxelCourse {
  /** m_i per fraction (fractionModifiers); its length is the number of fractions n. */
  readonly modifiers: ArrayLike<number>;
  readonly alphaBetaGy: number;
  /** K · max(0, T − Tk) in Gy_(α/β), 0 for none (repopulationBedGy). */
  readonly repopulationBedGy: number;
  readonly additiveBedGy: number;
  readonly lqOption: LqOption;
  /** Lea–Catcheside G on the quadratic term (incompleteRepair.ts); absent = 1. */
  readonly quadraticFactor?: number;
}

/**
 * Per-voxel sensitised EQD2 (Gy) of a total-dose grid spread evenly over the fractions (§4.1
 * d_v,i = D_v / n, §4.5). Σ_i f(m_i d, α/β) is a quadratic in D whose coefficients depend only on
 * the modifiers, so the map is one pass with no allocation per voxel:
 *   Option A: BED = D · Σm_i / n + D² · Σm_i² / (n² α/β);   Option B: BED = D · Σm_i / n + D² / (n α/β)
 * with the D² term times G under incomplete repair, then EQD2 = (BED − R + B_add) / (1 + 2/(α/β)). Writes into `out` when given (same length).
 */
export function sensitisedEqd2Volume(totalDoseGy: Float32Array, course: VoxelCourse, out: Float32Array = new Float32Array(totalDoseGy.length)): Float32Array {
  const n = course.modifiers.length;
  requireFractions('sensitisedEqd2Volume', n);
  requireAlphaBeta('sensitisedEqd2Volume', course.alphaBetaGy);
  if (out.length !== totalDoseGy.length) throw new RangeError(`sensitisedEqd2Volume: out has ${out.length} voxels, the dose ${totalDoseGy.length}; pass an output of the same length`);
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < n; i += 1) {
    const m = course.modifiers[i] ?? 1;
    if (!(Number.isFinite(m) && m > 0)) throw new RangeError(`sensitisedEqd2Volume: modifier ${i + 1} is ${m}; modifiers must be finite and above 0`);
    sum += m;
    sumSquares += m * m;
  }
  const perEqd2 = 1 / (1 + 2 / course.alphaBetaGy);
  const linear = (sum / n) * perEqd2;
  const g = course.quadraticFactor ?? 1;
  if (!(Number.isFinite(g) && g > 0 && g <= 1)) throw new RangeError(`sensitisedEqd2Volume: quadraticFactor is ${g}; the Lea–Catcheside G is above 0 and at most 1`);
  const quadratic = ((g * (course.lqOption === 'B' ? n : sumSquares)) / (n * n * course.alphaBetaGy)) * perEqd2;
  const offset = (course.additiveBedGy - course.repopulationBedGy) * perEqd2;
  for (let v = 0; v < totalDoseGy.length; v += 1) {
    const doseGy = totalDoseGy[v] as number;
    if (!(doseGy >= 0 && doseGy < Number.POSITIVE_INFINITY)) throw new RangeError(`sensitisedEqd2Volume: voxel ${v} has dose ${doseGy} Gy; pass finite doses of 0 Gy or more`);
    out[v] = doseGy * (linear + quadratic * doseGy) + offset;
  }
  return out;
}

/** sensitisedEqd2Volume over a dose grid in Gy. */
export function sensitisedEqd2Grid(grid: DoseGrid, course: VoxelCourse, out?: Float32Array): Float32Array {
  return sensitisedEqd2Volume(grid.values, course, out);
}
