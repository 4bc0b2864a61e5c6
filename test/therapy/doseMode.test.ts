import { describe, expect, it } from 'vitest';
import { applyDosePolynomial, dosePolynomial, IDENTITY_DOSE_POLYNOMIAL, mapDoseVolume, type StructureCourse } from '../../src/therapy/doseMode.js';
import { courseBed, type StructureModel } from '../../src/therapy/effectiveDose.js';
import { fractionModifiers } from '../../src/therapy/sensitisation.js';
import { agentsOf, course, near } from './helpers.js';

const hn = course(35, 2);
const timesH = hn.map((f) => f.timeH);
const shares = timesH.map(() => 1 / 35);
const cisplatin = agentsOf('cisplatin_weekly_40', hn);
const withDrug = fractionModifiers(timesH, cisplatin, (agent) => agent.dmf);
const gtv: StructureModel = { name: 'GTV', alphaBetaGy: 10, dmfScope: 'target', repopulation: { kickoffDays: 21, kBedGyPerDay: 0.9 } };
const gtvCourse: StructureCourse = { model: gtv, modifiers: withDrug, timesH, doseShares: shares };

describe('dose modes accumulated fraction by fraction', () => {
  it('the whole course gives §5.1 V1: 70 Gy GTV voxel, EQD2 51.25 RT alone and 54.61 with weekly cisplatin', () => {
    near(applyDosePolynomial(dosePolynomial('eqd2', gtvCourse, 35), 70), 51.25);
    near(applyDosePolynomial(dosePolynomial('sensitisedEqd2', gtvCourse, 35), 70), 54.61);
    expect(applyDosePolynomial(dosePolynomial('physical', gtvCourse, 35), 70)).toBeCloseTo(70, 9);
  });

  it('after k fractions each mode is the course of those k fractions alone (courseBed of the first k)', () => {
    for (const k of [1, 2, 5, 6, 20, 35]) {
      const bed = courseBed(Array(k).fill(2), timesH.slice(0, k), withDrug.slice(0, k), gtv);
      expect(applyDosePolynomial(dosePolynomial('physical', gtvCourse, k), 70)).toBeCloseTo(2 * k, 9);
      expect(applyDosePolynomial(dosePolynomial('eqd2', gtvCourse, k), 70)).toBeCloseTo(bed.plainEqd2Gy, 9);
      expect(applyDosePolynomial(dosePolynomial('sensitisedEqd2', gtvCourse, k), 70)).toBeCloseTo(bed.eqd2Gy, 9);
    }
  });

  it('a Monday fraction (cisplatin in window) adds 1.2 × 2 Gy × (1 + 0.24) / 1.2 of EQD2; a Tuesday adds the plain 2 Gy', () => {
    const noTime: StructureCourse = { ...gtvCourse, model: { ...gtv, repopulation: { kickoffDays: 100, kBedGyPerDay: 0.9 } } };
    const at = (k: number): number => applyDosePolynomial(dosePolynomial('sensitisedEqd2', noTime, k), 70);
    near(at(6) - at(5), 2.976 / 1.2);
    near(at(7) - at(6), 2.4 / 1.2);
  });

  it('Option B keeps the quadratic term unmodified', () => {
    const b = dosePolynomial('sensitisedEqd2', { ...gtvCourse, model: { ...gtv, lqOption: 'B' } }, 35);
    const plain = dosePolynomial('eqd2', gtvCourse, 35);
    expect(b.quadraticPerGy).toBeCloseTo(plain.quadraticPerGy, 12);
    expect(b.linear).toBeGreaterThan(plain.linear);
  });

  it('refuses fractions outside the course and mismatched lengths', () => {
    expect(() => dosePolynomial('eqd2', gtvCourse, 0)).toThrow(/fraction 0 is not one of 1 … 35/);
    expect(() => dosePolynomial('eqd2', gtvCourse, 36)).toThrow(/fraction 36/);
    expect(() => dosePolynomial('eqd2', { ...gtvCourse, doseShares: [1] }, 1)).toThrow(/one of each per fraction/);
  });
});

describe('mapDoseVolume', () => {
  it('maps each voxel through its class polynomial', () => {
    const dose = Float32Array.of(0, 10, 20, 30);
    const { values, maxGy } = mapDoseVolume(dose, Uint8Array.of(0, 1, 0, 1), [IDENTITY_DOSE_POLYNOMIAL, { linear: 0.5, quadraticPerGy: 0.01, offsetGy: -1 }]);
    expect([...values]).toEqual([0, 10 * 0.5 + 1 - 1, 20, 30 * 0.5 + 9 - 1]);
    expect(maxGy).toBe(23); // the largest shown value, found in the same pass
  });

  it('refuses a class without a polynomial, negative or NaN dose, and mismatched lengths, naming the voxel', () => {
    const one = [{ linear: 1, quadraticPerGy: 0, offsetGy: 0 }];
    expect(() => mapDoseVolume(Float32Array.of(1, 2), Uint8Array.of(0, 1), one)).toThrow(/voxel 1 is of class 1/);
    expect(() => mapDoseVolume(Float32Array.of(1, -2), undefined, one)).toThrow(/voxel 1 has dose -2 Gy/);
    expect(() => mapDoseVolume(Float32Array.of(1, Number.NaN), undefined, one)).toThrow(/voxel 1 has dose NaN/);
    expect(() => mapDoseVolume(Float32Array.of(1), Uint8Array.of(0, 0), one)).toThrow(/class map has 2 voxels/);
    expect(() => mapDoseVolume(Float32Array.of(1), undefined, [])).toThrow(/at least one polynomial/);
  });
});
