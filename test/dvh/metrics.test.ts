import { describe, expect, it } from 'vitest';
import type { DvhData } from '../../src/dvh/dvhData.js';
import { metricNamed } from '../../src/dvh/metricName.js';
import { evaluateMetric } from '../../src/dvh/metrics.js';
import { handDvh, rampDvh } from './dvhBuilders.js';
import { metricValue } from './metricValue.js';

const value = metricValue;

function reason(name: string, dvh: DvhData): string {
  const result = evaluateMetric(metricNamed(name), dvh);
  if (result.ok) throw new Error(`${name} gave ${result.value}`);
  return result.reason;
}

describe('evaluateMetric on a linear ramp (V(>= d) = 40 − 2 (d − 10) cc, 10..30 Gy)', () => {
  const dvh = rampDvh();

  it('takes Dmin, Dmean and Dmax from the statistics', () => {
    expect(value('Dmin', dvh)).toBe(10);
    expect(value('Dmean', dvh)).toBe(20);
    expect(value('Dmax', dvh)).toBe(30);
  });

  it('inverts the curve for Dx%: d = 10 + (40 − v) / 2 with v = x % of 40 cc', () => {
    expect(value('D95%', dvh)).toBeCloseTo(11, 12); // v = 38 cc
    expect(value('D50', dvh)).toBeCloseTo(20, 12); // v = 20 cc
    expect(value('D98%', dvh)).toBeCloseTo(10.4, 12); // v = 39.2 cc
    expect(value('D2%', dvh)).toBeCloseTo(29.6, 12); // v = 0.8 cc
    expect(value('D100%', dvh)).toBe(10); // the minimum
    expect(value('D0%', dvh)).toBe(30); // the maximum
  });

  it('inverts the curve for Dxcc, and calls a volume above the structure not applicable', () => {
    expect(value('D2cc', dvh)).toBeCloseTo(29, 12); // 10 + 38 / 2
    expect(value('D0.03cc', dvh)).toBeCloseTo(29.985, 12); // 10 + 39.97 / 2
    expect(value('D0cc', dvh)).toBe(30);
    expect(value('D40cc', dvh)).toBeCloseTo(10, 12); // the whole volume: the minimum
    expect(reason('D41cc', dvh)).toBe('D41cc: the structure is only 40.000 cc, smaller than the 41 cc asked for');
  });

  it('reads V(>= d) in % and cc, linear within the bin', () => {
    expect(value('V20Gy', dvh)).toBeCloseTo(50, 12); // 20 cc of 40
    expect(value('V20Gy[cc]', dvh)).toBeCloseTo(20, 12);
    expect(value('V10.25Gy[cc]', dvh)).toBeCloseTo(39.5, 12); // mid-bin: 40 − 0.5
    expect(value('V10.25Gy', dvh)).toBeCloseTo(98.75, 12);
    expect(value('V5Gy', dvh)).toBe(100); // below the minimum
    expect(value('V10Gy', dvh)).toBe(100); // at the minimum: every voxel receives at least it
    expect(value('V30Gy[cc]', dvh)).toBe(0); // the continuous curve reaches 0 at the maximum
    expect(value('V45Gy', dvh)).toBe(0);
  });

  it('counts a plateau at the maximum in V at the maximum (V100% of a dose prescribed to its plateau)', () => {
    // 10 cc spread over 40-69.99 Gy and 30 cc at exactly 70 Gy, as computeDvh bins them (0.01 Gy bins)
    const differentialCc = new Float64Array(7002);
    for (let bin = 4000; bin < 6999; bin += 1) differentialCc[bin] = 10 / 2999;
    differentialCc[7000] = 30;
    const plateau = { binWidthGy: 0.01, differentialCc, volumeCc: 40, minGy: 40, meanGy: 62.5, maxGy: 70 };
    expect(value('V70Gy[cc]', plateau)).toBeCloseTo(30, 9);
    expect(value('V70.001Gy[cc]', plateau)).toBe(0);
    expect(value('V69.995Gy[cc]', plateau)).toBeCloseTo(30, 9);
  });

  it('is its own inverse: V(D(x %)) = x % for any x', () => {
    for (let percent = 0.5; percent < 100; percent += 3.7) {
      const doseGy = value(`D${percent}%`, dvh);
      expect(value(`V${doseGy}Gy`, dvh)).toBeCloseTo(percent, 9);
    }
  });
});

describe('evaluateMetric bin edges clipped to the exact minimum and maximum', () => {
  it('gives a uniform dose exactly, not blurred over its bin', () => {
    // 12 cc at 50.03 Gy, in the bin [50.0, 50.1).
    const dvh = handDvh(0.1, 502, { 500: 12 }, { minGy: 50.03, meanGy: 50.03, maxGy: 50.03 });
    expect(value('D95%', dvh)).toBe(50.03);
    expect(value('D2cc', dvh)).toBe(50.03);
    expect(value('D12cc', dvh)).toBe(50.03);
    expect(value('V50.03Gy', dvh)).toBe(100);
    expect(value('V50.04Gy', dvh)).toBe(0);
    expect(reason('D13cc', dvh)).toContain('only 12.000 cc');
  });

  it('interpolates over the occupied part of a bin', () => {
    // 6 cc spread evenly over 10.2..10.5 Gy in the bin [10, 11): D50% = 10.2 + 0.5 × 0.3 = 10.35,
    // where the unclipped bin would give 10.5.
    const dvh = handDvh(1, 12, { 10: 6 }, { minGy: 10.2, meanGy: 10.35, maxGy: 10.5 });
    expect(value('D50%', dvh)).toBeCloseTo(10.35, 12);
    // V(>= 10.3) = 6 × (1 − 0.1 / 0.3) = 4 cc = 66.67 %.
    expect(value('V10.3Gy[cc]', dvh)).toBeCloseTo(4, 12);
    expect(value('V10.3Gy', dvh)).toBeCloseTo(200 / 3, 12);
  });

  it('takes the highest dose across a gap in the histogram', () => {
    // 5 cc in [0, 1) and 5 cc in [9, 10): V(>= d) = 5 cc for 1 <= d <= 9.
    const dvh = handDvh(1, 10, { 0: 5, 9: 5 }, { minGy: 0, meanGy: 5, maxGy: 10 });
    expect(value('D50%', dvh)).toBe(9); // the highest d with V >= 5 cc
    expect(value('D60%', dvh)).toBeCloseTo(0.8, 12); // 6 cc: 0 + (10 − 6) / (10 − 5) within [0, 1)
    expect(value('V5Gy', dvh)).toBe(50);
  });
});

describe('evaluateMetric on an empty DVH', () => {
  it('calls every metric not applicable', () => {
    const dvh = handDvh(1, 4, {}, { minGy: Infinity, meanGy: Number.NaN, maxGy: -Infinity });
    expect(reason('Dmax', dvh)).toBe('Dmax: the DVH holds no volume (an empty structure or one outside the dose grid)');
    expect(reason('D95', dvh)).toContain('D95%: the DVH holds no volume');
    expect(reason('V20Gy', dvh)).toContain('V20Gy[%]: the DVH holds no volume');
  });
});
