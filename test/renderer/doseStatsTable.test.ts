import { describe, expect, it } from 'vitest';
import { computeDvh } from '../../src/dvh/computeDvh.js';
import { generateDemoCase } from '../../src/phantom/demoCase.js';
import { CaseLoader } from '../../src/case/caseLoader.js';
import { cellText, doseStatsCells, doseStatsColumns } from '../../renderer/panels/dvh/doseStatsTable.js';
import { handDvh, rampDvh } from '../dvh/dvhBuilders.js';
import { metricValue } from '../dvh/metricValue.js';

const texts = (cells: ReturnType<typeof doseStatsCells>): Record<string, string> => Object.fromEntries(cells.map(({ column, value }) => [column.label, cellText(value)]));

describe('the dose statistics table', () => {
  it('has the dose columns, and V(prescription) in % only with a prescription', () => {
    expect(doseStatsColumns(undefined).map((column) => column.label)).toEqual(['Min', 'Mean', 'Max', 'D98', 'D95', 'D50', 'D2', 'D0.03cc']);
    const withRx = doseStatsColumns(50.4);
    expect(withRx.at(-1)).toMatchObject({ label: 'V50.4Gy', unit: '%', metric: { kind: 'volume-at-dose', doseGy: 50.4, unit: '%' } });
    expect(withRx.slice(0, -1).every((column) => column.unit === 'Gy')).toBe(true);
  });

  it('evaluates each column with the src/dvh metrics', () => {
    // rampDvh: 40 cc over 10..30 Gy evenly, so Dx% = 30 - 20 x / 100 Gy, D0.03cc = 29.985 Gy and V20Gy = 50 %.
    expect(texts(doseStatsCells(doseStatsColumns(20), rampDvh()))).toEqual({
      Min: '10.00', Mean: '20.00', Max: '30.00', D98: '10.40', D95: '11.00', D50: '20.00', D2: '29.60', 'D0.03cc': '29.98', V20Gy: '50.0',
    });
  });

  it('shows a dash, with the reason, where a metric does not apply', () => {
    const tiny = handDvh(1, 12, { 10: 0.02 }, { minGy: 10, meanGy: 10.5, maxGy: 11 });
    const cell = doseStatsCells(doseStatsColumns(undefined), tiny).find(({ column }) => column.label === 'D0.03cc');
    expect(cell === undefined ? '' : cellText(cell.value)).toBe('–');
    expect(cell?.value.ok === false ? cell.value.reason : '').toMatch(/only 0.020 cc/u);
  });

  it('reads the demo PTV as sample-data/README.md expects', async () => {
    const files = generateDemoCase();
    const loader = new CaseLoader(files.length);
    for (const file of files) await loader.addFile(file);
    const reviewCase = loader.finish();
    const grid = reviewCase.doses[0]?.grid;
    const ptv = reviewCase.structureSets[0]?.rois.find((roi) => roi.name === 'PTV');
    if (grid === undefined || ptv === undefined) throw new Error('the demo case has no dose grid or PTV');
    const data = computeDvh(ptv, grid).data;
    if (data === undefined) throw new Error('the demo PTV has no DVH');
    expect(data.volumeCc).toBeCloseTo(113.1, 0);
    const values = Object.fromEntries(doseStatsCells(doseStatsColumns(70), data).map(({ column, value }) => [column.label, value.ok ? value.value : Number.NaN]));
    expect(values.Mean).toBeCloseTo(69.2, 1);
    expect(values.D95).toBeCloseTo(66.85, 0);
    expect(values.Max).toBeCloseTo(70, 3);
    // The trilinear dose reaches its 70 Gy plateau only well inside r = 25 mm, so V70Gy is below the continuous 57.87 %.
    expect(values.V70Gy).toBe(metricValue('V70Gy', data));
    expect(values.V70Gy).toBeGreaterThan(40);
    expect(values.V70Gy).toBeLessThan(57.87);
  });
});
