import { describe, expect, it } from 'vitest';
import { parseMetric } from '../../src/dvh/metricName.js';
import { evaluateMetric } from '../../src/dvh/metrics.js';
import { eqd2Dvh, eqd2Grid } from '../../src/radiobiology/eqd2Volume.js';
import { handDvh, rampDvh } from '../dvh/dvhBuilders.js';

describe('eqd2Grid', () => {
  it('converts each voxel: 70 Gy / 35 fx at α/β 10 stays 70; 66.5 Gy → 66.5 × 1.19 / 1.2 = 65.9458', () => {
    const eqd2 = eqd2Grid(Float32Array.from([0, 70, 66.5]), 35, 10);
    expect(eqd2[0]).toBe(0);
    expect(eqd2[1]).toBeCloseTo(70, 4);
    expect(eqd2[2]).toBeCloseTo(65.9458, 4);
  });

  it('leaves a grid of 2-Gy-per-fraction dose unchanged (property)', () => {
    for (const [fractions, alphaBetaGy] of [[1, 3], [5, 10], [30, 2], [35, 1.5]] as const) {
      const eqd2 = eqd2Grid(new Float32Array(8).fill(2 * fractions), fractions, alphaBetaGy);
      for (const value of eqd2) expect(value).toBeCloseTo(2 * fractions, 4);
    }
  });

  it('refuses negative or missing dose, and bad α/β or fractions', () => {
    expect(() => eqd2Grid(Float32Array.from([1, -0.5]), 5, 3)).toThrow('eqd2Grid: voxel 1 has dose -0.5 Gy');
    expect(() => eqd2Grid(Float32Array.from([Number.NaN]), 5, 3)).toThrow('voxel 0 has dose NaN Gy');
    expect(() => eqd2Grid(new Float32Array(1), 5, 0)).toThrow('eqd2Grid: α/β is 0');
    expect(() => eqd2Grid(new Float32Array(1), 0, 3)).toThrow('eqd2Grid: fractions is 0');
  });
});

describe('eqd2Dvh', () => {
  it('splits a bin by the inverse map (1 fx, α/β 2: EQD2 = (D + D²/2) / 2)', () => {
    // 10 cc spread over 0..2 Gy; EQD2 runs 0..2. EQD2 1 comes from D² + 2D − 4 = 0, D = √5 − 1 = 1.23607,
    // so [0, 1) gets 10 × 1.23607 / 2 = 6.1803 cc and [1, 2) the other 3.8197 cc.
    // Mean: (E[D] + E[D²] / 2) / 2 = (1 + (4/3) / 2) / 2 = 0.83333.
    const eqd2 = eqd2Dvh(handDvh(2, 1, { 0: 10 }, { minGy: 0, meanGy: 1, maxGy: 2 }), 1, 2, 1);
    expect([...eqd2.differentialCc].map((cc) => cc.toFixed(4))).toEqual(['6.1803', '3.8197', '0.0000']);
    expect(eqd2).toMatchObject({ binWidthGy: 1, volumeCc: 10, minGy: 0, maxGy: 2 });
    expect(eqd2.meanGy).toBeCloseTo(5 / 6, 12);
  });

  it('moves a uniform dose whole: 70 Gy in 35 fx at α/β 3 is EQD2 70, bin [70, 70.5)', () => {
    const eqd2 = eqd2Dvh(handDvh(0.1, 702, { 700: 5 }, { minGy: 70, meanGy: 70, maxGy: 70 }), 35, 3, 0.5);
    expect(eqd2.differentialCc.length).toBe(141);
    expect(eqd2.differentialCc[140]).toBe(5);
    expect(eqd2.minGy).toBeCloseTo(70, 12);
    expect(eqd2.meanGy).toBeCloseTo(70, 12);
    expect(eqd2.maxGy).toBeCloseTo(70, 12);
  });

  it('keeps the volume and the cumulative curve at bin edges (ramp 10..30 Gy, 5 fx, α/β 3)', () => {
    // EQD2(D) = D (1 + D/15) / (5/3): 10 → 10, 20 → 28, 30 → 54. V(>= 20 Gy) = 20 cc, so
    // V(>= 28 Gy EQD2) = 20 cc; 28 is an edge of the 0.5-Gy EQD2 bins.
    const eqd2 = eqd2Dvh(rampDvh(), 5, 3, 0.5);
    expect(eqd2.differentialCc.reduce((sum, cc) => sum + cc, 0)).toBeCloseTo(40, 10);
    expect(eqd2.minGy).toBeCloseTo(10, 12);
    expect(eqd2.maxGy).toBeCloseTo(54, 12);
    const v28 = parseMetric('V28Gy[cc]');
    if (!v28.ok) throw new Error(v28.error);
    const result = evaluateMetric(v28.metric, eqd2);
    expect(result).toMatchObject({ ok: true, unit: 'cc' });
    if (result.ok) expect(result.value).toBeCloseTo(20, 9);
    // Mean: (20 + E[D²] / 15) / (5/3), E[D²] = 20² + 20²/12 (uniform over 10..30) = 1300/3: 29.333.
    expect(eqd2.meanGy).toBeCloseTo((20 + 1300 / 3 / 15) * 0.6, 9);
  });

  it('refuses an empty DVH and a bin width that is not positive', () => {
    expect(() => eqd2Dvh(handDvh(1, 2, {}, { minGy: Infinity, meanGy: Number.NaN, maxGy: -Infinity }), 5, 3, 0.5)).toThrow('eqd2Dvh: the DVH\'s dose range is Infinity..-Infinity Gy');
    expect(() => eqd2Dvh(rampDvh(), 5, 3, 0)).toThrow('eqd2Dvh: binWidthGy is 0');
    expect(() => eqd2Dvh(rampDvh(), 5, -1, 0.5)).toThrow('eqd2Dvh: α/β is -1');
  });
});
