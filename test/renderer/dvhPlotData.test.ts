import { describe, expect, it } from 'vitest';
import { dvhPlotData } from '../../renderer/panels/dvh/dvhPlotData.js';
import { handDvh, rampDvh } from '../dvh/dvhBuilders.js';

describe('dvhPlotData', () => {
  it('puts the cumulative curve at every bin edge up to the first edge above the maximum', () => {
    // rampDvh: 40 cc spread evenly over 10..30 Gy in 0.5 Gy bins, V(>= d) = 40 - 2 (d - 10) cc.
    const { doseGy, volumes } = dvhPlotData([rampDvh()], 'cc');
    expect(doseGy).toHaveLength(62);
    expect(doseGy[0]).toBe(0);
    expect(doseGy[61]).toBeCloseTo(30.5, 12);
    const cc = volumes[0];
    expect(cc?.[0]).toBe(40);
    expect(cc?.[20]).toBe(40); // 10 Gy, the minimum
    expect(cc?.[30]).toBe(30); // 15 Gy
    expect(cc?.[60]).toBe(0); // 30 Gy, the maximum
    expect(cc?.[61]).toBe(0);
  });

  it('gives volumes in % of each structure, every curve on the longest dose axis', () => {
    const low = handDvh(0.5, 60, { 4: 2 }, { minGy: 2, meanGy: 2.25, maxGy: 2.5 }); // 2 cc at 2..2.5 Gy
    const { doseGy, volumes } = dvhPlotData([low, rampDvh()], 'percent');
    expect(doseGy).toHaveLength(62);
    expect(volumes.map((column) => column.length)).toEqual([62, 62]);
    expect(volumes[0]?.[4]).toBe(100);
    expect(volumes[0]?.[5]).toBe(0);
    expect(volumes[1]?.[30]).toBe(75); // 30 of 40 cc at 15 Gy
    expect(volumes[1]?.[61]).toBe(0);
  });

  it('has an empty dose axis without DVHs, and refuses DVHs of different bin widths', () => {
    expect(dvhPlotData([], 'cc')).toEqual({ doseGy: new Float64Array(0), volumes: [] });
    const coarse = handDvh(1, 31, { 20: 4 }, { minGy: 20, meanGy: 20.5, maxGy: 21 });
    expect(() => dvhPlotData([rampDvh(), coarse], 'cc')).toThrow(/bins of 0.5 Gy and 1 Gy/u);
  });
});
