import { describe, expect, it } from 'vitest';
import { metricsTable } from '../../renderer/export/metricsTable.js';
import type { RoiDvh } from '../../renderer/state/roiDvhs.js';
import { rampDvh } from '../dvh/dvhBuilders.js';

const rois: RoiDvh[] = [
  { roiNumber: 1, roiName: 'Ramp', status: { status: 'done', data: rampDvh(), notes: [], settings: undefined } },
  { roiNumber: 2, roiName: 'Point', status: { status: 'done', data: undefined, notes: [{ severity: 'warning', message: 'no closed contours' }], settings: undefined } },
  { roiNumber: 3, roiName: 'Busy', status: { status: 'pending', fraction: 0.2 } },
  { roiNumber: 4, roiName: 'Broken', status: { status: 'error', message: 'worker died' } },
];

describe('the metrics table of the exports', () => {
  it('has the dose statistics panel\'s columns and numbers', () => {
    const table = metricsTable(rois, { 1: { visible: true, colourRgb: [255, 0, 0], fill: false, fillOpacity: 0 } }, 20, false);
    expect(table.caption).toBe('Dose statistics (Gy; V in % of the ROI)');
    expect(table.header).toEqual(['ROI', 'Vol cc', 'Min', 'Mean', 'Max', 'D98', 'D95', 'D50', 'D2', 'D0.03cc', 'V20Gy %']);
    // rampDvh: 40 cc over 10..30 Gy (see doseStatsTable.test.ts).
    expect(table.rows[0]).toEqual({ colourRgb: [255, 0, 0], cells: ['Ramp', '40.0', '10.00', '20.00', '30.00', '10.40', '11.00', '20.00', '29.60', '29.98', '50.0'] });
  });

  it('says why an ROI has no numbers, in one cell', () => {
    const table = metricsTable(rois, {}, undefined, true);
    expect(table.caption).toBe('Dose statistics (relative dose; V in % of the ROI)');
    expect(table.rows.slice(1).map((row) => row.cells)).toEqual([['Point', 'no closed contours'], ['Busy', 'computing'], ['Broken', 'failed: worker died']]);
    expect(table.rows[1]?.colourRgb).toEqual([128, 128, 128]);
  });
});
