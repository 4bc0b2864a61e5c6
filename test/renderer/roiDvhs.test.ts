import { describe, expect, it } from 'vitest';
import type { Roi } from '../../src/dicom/rtStruct.js';
import { applyDvhResponse, overallFraction, pendingRoiDvhs } from '../../renderer/state/roiDvhs.js';
import { rampDvh } from '../dvh/dvhBuilders.js';

const roi = (number: number, name: string): Roi => ({ number, name, colorRgb: undefined, interpretedType: 'ORGAN', frameOfReferenceUid: undefined, generationAlgorithm: undefined, contours: [] });

describe('the per-ROI DVH status', () => {
  const start = pendingRoiDvhs([roi(1, 'PTV'), roi(4, 'Cord')]);

  it('starts every ROI pending at 0, in the given order', () => {
    expect(start).toEqual([
      { roiNumber: 1, roiName: 'PTV', status: { status: 'pending', fraction: 0 } },
      { roiNumber: 4, roiName: 'Cord', status: { status: 'pending', fraction: 0 } },
    ]);
    expect(overallFraction(start)).toBe(0);
  });

  it('follows progress and results, leaving the other ROIs as they were', () => {
    const halfway = applyDvhResponse(start, { type: 'progress', requestId: 1, roiNumber: 4, fraction: 0.5 });
    expect(halfway[0]).toBe(start[0]);
    expect(halfway[1]?.status).toEqual({ status: 'pending', fraction: 0.5 });
    expect(overallFraction(halfway)).toBe(0.25);
    const data = rampDvh();
    const done = applyDvhResponse(halfway, { type: 'result', requestId: 1, roiNumber: 1, data, notes: [], settings: undefined });
    expect(done[0]?.status).toEqual({ status: 'done', data, notes: [], settings: undefined });
    expect(done[1]).toBe(halfway[1]);
    expect(overallFraction(done)).toBe(0.75);
    expect(applyDvhResponse(done, { type: 'done', requestId: 1, cancelled: false })).toBe(done);
    expect(applyDvhResponse(done, { type: 'progress', requestId: 1, roiNumber: 1, fraction: 1 })[0]).toBe(done[0]); // a late progress keeps the result
  });

  it('fails one ROI for its error, and every pending ROI when the worker fails', () => {
    const one = applyDvhResponse(start, { type: 'error', requestId: 1, roiNumber: 1, message: 'bad contour' });
    expect(one.map((entry) => entry.status.status)).toEqual(['error', 'pending']);
    const data = rampDvh();
    const finished = applyDvhResponse(start, { type: 'result', requestId: 1, roiNumber: 1, data, notes: [], settings: undefined });
    const crashed = applyDvhResponse(finished, { type: 'error', requestId: 1, roiNumber: undefined, message: 'the DVH worker failed: out of memory' });
    expect(crashed.map((entry) => entry.status.status)).toEqual(['done', 'error']);
    expect(crashed[1]?.status).toEqual({ status: 'error', message: 'the DVH worker failed: out of memory' });
    expect(overallFraction([])).toBe(1);
  });
});
