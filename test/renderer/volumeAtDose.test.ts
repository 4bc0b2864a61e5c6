import { describe, expect, it } from 'vitest';
import { volumeAtDose } from '../../renderer/panels/dvh/volumeAtDose.js';
import { handDvh, rampDvh } from '../dvh/dvhBuilders.js';
import { metricValue } from '../dvh/metricValue.js';

describe('the DVH cursor reading', () => {
  it('reads cc and % of the structure, linear within bins', () => {
    // V(>= d) = 40 - 2 (d - 10) cc between 10 and 30 Gy.
    expect(volumeAtDose(rampDvh(), 15)).toEqual({ volumeCc: 30, volumePercent: 75 });
    const between = volumeAtDose(rampDvh(), 12.3);
    expect(between?.volumeCc).toBeCloseTo(35.4, 10);
    expect(between?.volumePercent).toBeCloseTo(88.5, 10);
  });

  it('is the whole volume at and below the minimum and nothing above the maximum', () => {
    expect(volumeAtDose(rampDvh(), 0)).toEqual({ volumeCc: 40, volumePercent: 100 });
    expect(volumeAtDose(rampDvh(), 10)).toEqual({ volumeCc: 40, volumePercent: 100 });
    expect(volumeAtDose(rampDvh(), 30.2)).toEqual({ volumeCc: 0, volumePercent: 0 });
  });

  it('agrees with the V<d>Gy metrics of src/dvh', () => {
    const dvh = rampDvh();
    for (const doseGy of [11.1, 17.25, 29.9]) {
      expect(volumeAtDose(dvh, doseGy)?.volumeCc).toBe(metricValue(`V${doseGy}Gy[cc]`, dvh));
      expect(volumeAtDose(dvh, doseGy)?.volumePercent).toBe(metricValue(`V${doseGy}Gy`, dvh));
    }
  });

  it('has no reading for a DVH without volume', () => {
    expect(volumeAtDose(handDvh(1, 4, {}, { minGy: Infinity, meanGy: Number.NaN, maxGy: -Infinity }), 1)).toBeUndefined();
  });
});
