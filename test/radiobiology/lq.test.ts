import { describe, expect, it } from 'vitest';
import { bedFromFractionsGy, bedGy, eqd2FromBedGy, eqd2Gy, eqd2RateFromKBedPerDay, kBedFromEqd2RatePerDay, repopulationBedGy } from '../../src/radiobiology/lq.js';

describe('bedGy and eqd2Gy', () => {
  it('70 Gy / 35 fx at α/β 10: BED = 70 (1 + 2/10) = 84, EQD2 = 84 / 1.2 = 70', () => {
    expect(bedGy(70, 35, 10)).toBeCloseTo(84, 12);
    expect(eqd2Gy(70, 35, 10)).toBeCloseTo(70, 12);
  });

  it('60 Gy / 5 fx at α/β 3: BED = 60 (1 + 12/3) = 300, EQD2 = 300 / (5/3) = 180', () => {
    expect(bedGy(60, 5, 3)).toBeCloseTo(300, 12);
    expect(eqd2Gy(60, 5, 3)).toBeCloseTo(180, 12);
  });

  it('matches the document §5 vectors without time factor (V3, V5, B1)', () => {
    expect(eqd2Gy(44, 35, 2)).toBeCloseTo(35.8286, 4); // 44 (1 + 1.2571/2) / 2
    expect(eqd2Gy(60, 35, 10)).toBeCloseTo(58.5714, 4); // 60 (1 + 0.17143) / 1.2
    expect(bedGy(60, 30, 10)).toBeCloseTo(72, 12);
    expect(eqd2Gy(60, 30, 10)).toBeCloseTo(60, 12);
  });

  it('gives EQD2 = physical dose for 2-Gy fractions, whatever α/β (property)', () => {
    for (let fractions = 1; fractions <= 40; fractions += 3) {
      for (const alphaBetaGy of [0.5, 1.5, 2, 3, 3.5, 10, 25]) expect(eqd2Gy(2 * fractions, fractions, alphaBetaGy)).toBeCloseTo(2 * fractions, 10);
    }
  });

  it('refuses α/β that is not positive and fractions that are not whole and positive', () => {
    expect(() => bedGy(70, 35, 0)).toThrow('bedGy: α/β is 0; pass a finite α/β above 0 Gy');
    expect(() => eqd2Gy(70, 35, -3)).toThrow('α/β is -3');
    expect(() => bedGy(70, 35, Number.NaN)).toThrow('α/β is NaN');
    expect(() => bedGy(70, 0, 10)).toThrow('bedGy: fractions is 0; pass a whole number of fractions, 1 or more');
    expect(() => bedGy(70, 2.5, 10)).toThrow('fractions is 2.5');
    expect(() => bedGy(-1, 5, 10)).toThrow('bedGy: totalDoseGy is -1; pass a finite dose in Gy, 0 or more');
    expect(() => eqd2FromBedGy(Number.POSITIVE_INFINITY, 10)).toThrow('eqd2FromBedGy: BED is Infinity');
  });
});

describe('bedFromFractionsGy', () => {
  it('equals bedGy for equal fractions', () => {
    expect(bedFromFractionsGy(Array.from({ length: 35 }, () => 2), 10)).toBeCloseTo(84, 10);
  });

  it('sums unequal fractions: document A2, 7 × 2.4 Gy + 28 × 2 Gy at α/β 10', () => {
    // 7 × 2.4 × 1.24 + 28 × 2 × 1.2 = 20.832 + 67.2 = 88.032 Gy10; EQD2 = 88.032 / 1.2 = 73.36.
    const doses = [...Array.from({ length: 7 }, () => 2.4), ...Array.from({ length: 28 }, () => 2)];
    expect(bedFromFractionsGy(doses, 10)).toBeCloseTo(88.032, 10);
    expect(eqd2FromBedGy(bedFromFractionsGy(doses, 10), 10)).toBeCloseTo(73.36, 10);
  });

  it('is 0 for no fractions and refuses a bad fraction dose by position', () => {
    expect(bedFromFractionsGy([], 3)).toBe(0);
    expect(() => bedFromFractionsGy([2, Number.NaN], 3)).toThrow('bedFromFractionsGy: fraction 2 dose is NaN');
    expect(() => bedFromFractionsGy([2], 0)).toThrow('α/β is 0');
  });
});

describe('repopulation', () => {
  it('document A1: K 0.9 Gy10/day, Tk 21 d, T 46 d: term (46 − 21) × 0.9 = 22.5; BED 61.5, EQD2 51.25', () => {
    const termGy = repopulationBedGy(0.9, 21, 46);
    expect(termGy).toBeCloseTo(22.5, 12);
    expect(bedGy(70, 35, 10) - termGy).toBeCloseTo(61.5, 12);
    expect(eqd2FromBedGy(bedGy(70, 35, 10) - termGy, 10)).toBeCloseTo(51.25, 12);
  });

  it('document A2 and V2 with time factor', () => {
    // A2: 88.032 − 22.5 = 65.532 → 54.61; V2: 66.5 × 1.19 − 22.5 = 56.635 → 47.1958.
    expect(eqd2FromBedGy(88.032 - repopulationBedGy(0.9, 21, 46), 10)).toBeCloseTo(54.61, 10);
    expect(eqd2FromBedGy(bedGy(66.5, 35, 10) - repopulationBedGy(0.9, 21, 46), 10)).toBeCloseTo(47.1958, 4);
  });

  it('adds nothing while T <= Tk', () => {
    expect(repopulationBedGy(0.9, 21, 20)).toBe(0);
    expect(repopulationBedGy(0.9, 21, 21)).toBe(0);
    expect(() => repopulationBedGy(-0.9, 21, 46)).toThrow('repopulationBedGy: kBedGyPerDay is -0.9');
    expect(() => repopulationBedGy(0.9, 21, Number.NaN)).toThrow('overallTimeDays (T) is NaN');
  });

  it('converts K between BED and EQD2 units: 0.9 Gy10/day = 0.75 Gy/day EQD2; 0.69 EQD2 = 0.828 Gy10', () => {
    expect(eqd2RateFromKBedPerDay(0.9, 10)).toBeCloseTo(0.75, 12);
    expect(kBedFromEqd2RatePerDay(0.69, 10)).toBeCloseTo(0.828, 12);
    expect(() => kBedFromEqd2RatePerDay(0.69, 0)).toThrow('kBedFromEqd2RatePerDay: α/β is 0');
  });
});
