import { requireAlphaBeta } from '../radiobiology/lq.js';
import { repopulationBedGy } from '../radiobiology/lq.js';
import { overallTimeDays, type StructureModel } from './effectiveDose.js';

/**
 * The dose a view or a DVH shows (issue 6): the physical dose, the EQD2 of RT alone, or the
 * sensitised EQD2 of the model (docs/sensitisation-model.md §4.4–4.5), each accumulated over the
 * fractions delivered so far.
 */
export type DoseMode = 'physical' | 'eqd2' | 'sensitisedEqd2';

/**
 * What a mode makes of a voxel's planned total dose D (Gy): D · (linear + quadraticPerGy · D) + offsetGy.
 * With the fraction doses a fixed share w_i of D (d_v,i = w_i · D, §4.1), every sum over fractions
 * of §4.5 is a quadratic in D whose coefficients depend only on the course, so one polynomial maps
 * every voxel of a structure.
 */
export interface DosePolynomial {
  readonly linear: number;
  readonly quadraticPerGy: number;
  readonly offsetGy: number;
}

/** A structure's course: its model, per-fraction modifiers m_i, fraction times and dose shares w_i (d_i / planned total). */
export interface StructureCourse {
  readonly model: StructureModel;
  readonly modifiers: ArrayLike<number>;
  readonly timesH: readonly number[];
  readonly doseShares: readonly number[];
}

/**
 * The polynomial of a mode over fractions 1 … throughFraction:
 *   physical: Σ w_i;
 *   eqd2 (RT alone, m ≡ 1, B_add = 0): BED = D Σ w_i + G D² Σ w_i² / (α/β) − R(T);
 *   sensitisedEqd2: Option A BED = D Σ m_i w_i + G D² Σ m_i² w_i² / (α/β) − R(T) + B_add,
 *                   Option B BED = D Σ m_i w_i + G D² Σ w_i² / (α/β) − R(T) + B_add;
 * EQD2 = BED / (1 + 2/(α/β)), R(T) = K · max(0, T − Tk) with T from the first to the last fraction given.
 */
export function dosePolynomial(mode: DoseMode, course: StructureCourse, throughFraction: number): DosePolynomial {
  const n = course.doseShares.length;
  if (course.modifiers.length !== n || course.timesH.length !== n) {
    throw new RangeError(`dosePolynomial (${course.model.name}): ${n} dose shares, ${course.modifiers.length} modifiers and ${course.timesH.length} times; pass one of each per fraction`);
  }
  if (!(Number.isInteger(throughFraction) && throughFraction >= 1 && throughFraction <= n)) {
    throw new RangeError(`dosePolynomial (${course.model.name}): fraction ${throughFraction} is not one of 1 … ${n}`);
  }
  const sensitised = mode === 'sensitisedEqd2';
  let linear = 0;
  let quadratic = 0;
  for (let i = 0; i < throughFraction; i += 1) {
    const w = course.doseShares[i] as number;
    const m = sensitised ? (course.modifiers[i] ?? 1) : 1;
    if (!(Number.isFinite(m) && m > 0)) throw new RangeError(`dosePolynomial (${course.model.name}): modifier ${i + 1} is ${m}; modifiers must be finite and above 0`);
    linear += m * w;
    quadratic += (course.model.lqOption === 'B' ? 1 : m * m) * w * w;
  }
  if (mode === 'physical') return { linear, quadraticPerGy: 0, offsetGy: 0 };
  const ab = course.model.alphaBetaGy;
  requireAlphaBeta(`dosePolynomial (${course.model.name})`, ab);
  const g = course.model.quadraticFactor ?? 1;
  const repop = course.model.repopulation;
  const timeDays = overallTimeDays(course.timesH.slice(0, throughFraction));
  const repopulationGy = repop === undefined ? 0 : repopulationBedGy(repop.kBedGyPerDay, repop.kickoffDays, timeDays);
  const additiveGy = sensitised ? (course.model.additiveBedGy ?? 0) : 0;
  const perEqd2 = 1 / (1 + 2 / ab);
  return { linear: linear * perEqd2, quadraticPerGy: ((g * quadratic) / ab) * perEqd2, offsetGy: (additiveGy - repopulationGy) * perEqd2 };
}

/** The polynomial that shows the planned dose as it is. */
export const IDENTITY_DOSE_POLYNOMIAL: DosePolynomial = { linear: 1, quadraticPerGy: 0, offsetGy: 0 };

export function applyDosePolynomial(p: DosePolynomial, doseGy: number): number {
  return doseGy * (p.linear + p.quadraticPerGy * doseGy) + p.offsetGy;
}

/**
 * Maps every voxel's planned total dose through the polynomial of its class: voxel v takes
 * polynomials[classes[v]] (class 0 with no class map). One pass, no allocation per voxel, which also
 * finds the largest value (0 for an empty grid); writes into `out` when given (same length).
 */
export function mapDoseVolume(totalDoseGy: Float32Array, classes: Uint8Array | undefined, polynomials: readonly DosePolynomial[], out: Float32Array = new Float32Array(totalDoseGy.length)): { readonly values: Float32Array; readonly maxGy: number } {
  if (out.length !== totalDoseGy.length) throw new RangeError(`mapDoseVolume: out has ${out.length} voxels, the dose ${totalDoseGy.length}; pass an output of the same length`);
  if (classes !== undefined && classes.length !== totalDoseGy.length) throw new RangeError(`mapDoseVolume: the class map has ${classes.length} voxels, the dose ${totalDoseGy.length}`);
  if (polynomials.length === 0) throw new RangeError('mapDoseVolume: give at least one polynomial (class 0)');
  const count = polynomials.length;
  const linear = new Float64Array(count);
  const quadratic = new Float64Array(count);
  const offset = new Float64Array(count);
  polynomials.forEach((p, c) => {
    linear[c] = p.linear;
    quadratic[c] = p.quadraticPerGy;
    offset[c] = p.offsetGy;
  });
  const voxels = totalDoseGy.length;
  let maxGy = 0;
  for (let v = 0; v < voxels; v += 1) {
    const doseGy = totalDoseGy[v] as number;
    if (!(doseGy >= 0 && doseGy < Infinity)) throw new RangeError(`mapDoseVolume: voxel ${v} has dose ${doseGy} Gy; pass finite doses of 0 Gy or more`);
    const c = classes === undefined ? 0 : (classes[v] as number);
    if (c >= count) throw new RangeError(`mapDoseVolume: voxel ${v} is of class ${c}, but only ${count} polynomials were given`);
    const shownGy = doseGy * ((linear[c] as number) + (quadratic[c] as number) * doseGy) + (offset[c] as number);
    out[v] = shownGy;
    if (shownGy > maxGy) maxGy = shownGy;
  }
  return { values: out, maxGy };
}

/** The planned total dose (Gy, ≥ 0) that a polynomial maps to `shownGy`: its inverse on D ≥ 0 (0 below the polynomial's value at 0). */
export function inverseDosePolynomial(p: DosePolynomial, shownGy: number): number {
  const y = shownGy - p.offsetGy;
  if (!(y > 0)) return 0;
  if (p.quadraticPerGy === 0) return p.linear > 0 ? y / p.linear : Number.POSITIVE_INFINITY;
  return (2 * y) / (p.linear + Math.sqrt(p.linear * p.linear + 4 * p.quadraticPerGy * y));
}
