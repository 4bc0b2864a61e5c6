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

  it('maps the dose axis of each shown curve through its polynomial: V_shown(f(d)) = V(d)', () => {
    const halfPlusSquare = { linear: 0.5, quadraticPerGy: 0.01, offsetGy: 0 }; // f(15) = 9.75, f(30) = 24
    const { doseGy, volumes, shownVolumes } = dvhPlotData([rampDvh()], 'cc', [halfPlusSquare]);
    expect(doseGy).toHaveLength(62); // the physical maximum still sets the axis
    const shown = shownVolumes?.[0];
    expect(volumes[0]?.[30]).toBe(30);
    // 10 Gy shown is d = (-0.5 + sqrt(0.25 + 0.4)) / 0.02 planned, V = 40 - 2 (d - 10) cc; 24 Gy shown is 30 Gy planned: 0 cc; 5 Gy shown (10 Gy planned) is the whole 40 cc.
    const planned = (-0.5 + Math.sqrt(0.65)) / 0.02;
    expect(shown?.[20]).toBeCloseTo(40 - 2 * (planned - 10), 9);
    expect(shown?.[48]).toBeCloseTo(0, 9);
    expect(shown?.[10]).toBeCloseTo(40, 9);
  });

  it('lengthens the axis to the highest shown dose', () => {
    const { doseGy, shownVolumes } = dvhPlotData([rampDvh()], 'percent', [{ linear: 2, quadraticPerGy: 0, offsetGy: 0 }]);
    expect(doseGy).toHaveLength(122); // up to 60.5 Gy
    expect(shownVolumes?.[0]?.[60]).toBeCloseTo(75, 9); // 30 Gy shown = 15 Gy planned
  });
});
