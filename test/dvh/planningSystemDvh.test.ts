import { describe, expect, it } from 'vitest';
import { CaseLoader } from '../../src/case/caseLoader.js';
import type { DicomDvh } from '../../src/dicom/dvhSequence.js';
import { el } from '../../src/dicom/dicomWriter.js';
import { compareDvhs, planningSystemDvh } from '../../src/dvh/planningSystemDvh.js';
import { buildRtDose } from '../fixtures/rtBuilders.js';
import { metricValue } from './metricValue.js';

function dicomDvh(partial: Partial<DicomDvh> & Pick<DicomDvh, 'type' | 'binEdgesUpper' | 'volumes'>): DicomDvh {
  return { referencedRoiNumber: 1, contributionType: 'INCLUDED', doseUnits: 'GY', doseType: 'PHYSICAL', volumeUnits: 'CM3', minimumDose: undefined, maximumDose: undefined, meanDose: undefined, ...partial };
}

describe('the planning system DVH (RTDOSE DVHSequence) beside ours', () => {
  it('reads a differential DVH with bins of any width', () => {
    // 10 cc in 0-1 Gy, 30 cc in 1-3 Gy: cumulative 40 at 0, 30 at 1, 0 at 3.
    // D50% (20 cc) lies in 1-3 Gy where V = 30 (3 - d) / 2: d = 3 - 40/30 = 1.667 Gy.
    const result = planningSystemDvh(dicomDvh({ type: 'DIFFERENTIAL', binEdgesUpper: Float64Array.of(1, 3), volumes: Float64Array.of(10, 30) }), 0.01, 40);
    if (!result.ok) throw new Error(result.reason);
    expect(result.dvh.volumeCc).toBeCloseTo(40, 9);
    expect(metricValue('D50%', result.dvh)).toBeCloseTo(1.6667, 3);
    expect(metricValue('V1Gy[cc]', result.dvh)).toBeCloseTo(30, 6);
  });

  it('reads a cumulative DVH in percent against our structure volume', () => {
    // 1 Gy bins; 100 % receive >= 0 and >= 1 Gy, 50 % >= 2 Gy, none >= 3 Gy: D50% = 2 Gy
    const result = planningSystemDvh(dicomDvh({ type: 'CUMULATIVE', volumeUnits: 'PERCENT', binEdgesUpper: Float64Array.of(1, 2, 3), volumes: Float64Array.of(100, 100, 50) }), 0.01, 80);
    if (!result.ok) throw new Error(result.reason);
    expect(result.dvh.volumeCc).toBeCloseTo(80, 9);
    expect(metricValue('D50%', result.dvh)).toBeCloseTo(2, 3);
  });

  it('refuses what cannot be compared, saying why', () => {
    expect(planningSystemDvh(dicomDvh({ type: 'CUMULATIVE', doseUnits: 'RELATIVE', binEdgesUpper: Float64Array.of(1), volumes: Float64Array.of(1) }), 0.01, 1)).toEqual({ ok: false, reason: 'its dose units are RELATIVE, not GY' });
    expect(planningSystemDvh(dicomDvh({ type: 'CUMULATIVE', volumeUnits: 'PER_U', binEdgesUpper: Float64Array.of(1), volumes: Float64Array.of(1) }), 0.01, 1).ok).toBe(false);
  });

  it('comes from a real DVHSequence through readRtDose, and compares metric by metric', async () => {
    // DVHDoseScaling 0.01: bin widths 100 x 0.01 = 1 Gy; cumulative CM3: 20, 20, 10 -> D50% = 2 Gy
    const bytes = buildRtDose({
      rows: 2, columns: 2, frames: 1, positionLps: [0, 0, 0], pixelSpacingMm: [1, 1], frameOffsetsMm: [0], scaling: 0.001, stored: Uint16Array.of(1000, 2000, 3000, 2500),
      dvh: [[
        el(0x30040001, 'CS', 'CUMULATIVE'), el(0x30040002, 'CS', 'GY'), el(0x30040004, 'CS', 'PHYSICAL'), el(0x30040052, 'DS', [0.01]),
        el(0x30040054, 'CS', 'CM3'), el(0x30040056, 'IS', [3]), el(0x30040058, 'DS', [100, 20, 100, 20, 100, 10]),
        el(0x30040060, 'SQ', [[el(0x30040062, 'CS', 'INCLUDED'), el(0x30060084, 'IS', [2])]]),
      ]],
    });
    const loader = new CaseLoader(1);
    await loader.addFile({ name: 'rd.dcm', bytes });
    const [item] = loader.finish().doses[0]?.dvhs ?? [];
    expect(item?.referencedRoiNumber).toBe(2);
    expect(Array.from(item?.binEdgesUpper ?? [])).toEqual([1, 2, 3]);
    if (item === undefined) throw new Error('no DVH item');
    const theirs = planningSystemDvh(item, 0.01, 20);
    if (!theirs.ok) throw new Error(theirs.reason);
    const comparison = compareDvhs(theirs.dvh, theirs.dvh);
    expect(comparison.find((row) => row.metric === 'D50%')?.ours).toBeCloseTo(2, 3);
    expect(comparison.every((row) => row.difference === null || Math.abs(row.difference) < 1e-12)).toBe(true);
  });
});
