import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runDvh } from '../../src/cli/dvhCommand.js';
import { loadCaseFromPaths } from '../../src/cli/readInputs.js';
import type { StructureSet } from '../../src/dicom/rtStruct.js';
import { computeDvh } from '../../src/dvh/computeDvh.js';
import { csvRois, cumulativeDvhCsv, metricsCsv } from '../../renderer/export/dvhCsv.js';
import { csvCell, doseReportNotes, reportCsvHeader as cliCsvHeader } from '../../src/dvh/dvhCsv.js';
import type { RoiDvh } from '../../renderer/state/roiDvhs.js';
import { rampDvh } from '../dvh/dvhBuilders.js';

const demoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-data/demo-case');
const set = { rois: [{ number: 4, name: 'Ramp, "even"' }, { number: 9, name: 'Other' }] } as Partial<StructureSet> as StructureSet;
const done = (roiNumber: number, roiName: string): RoiDvh => ({ roiNumber, roiName, status: { status: 'done', data: rampDvh(), notes: [{ severity: 'info', message: 'a note' }], settings: undefined } });

describe('the DVH CSV files', () => {
  it('quote cells as planlens dvh --csv does', () => {
    expect([csvCell(null), csvCell(1.5), csvCell('PTV'), csvCell('a,b'), csvCell('say "hi"')]).toEqual(['', '1.5', 'PTV', '"a,b"', '"say ""hi"""']);
  });

  it('wait for every DVH, and say why when they cannot be written', () => {
    expect(csvRois([{ roiNumber: 4, roiName: 'Ramp', status: { status: 'pending', fraction: 0.5 } }, done(9, 'Other')], set)).toEqual({ ok: false, reason: '1 of 2 DVHs are still being computed' });
    expect(csvRois([{ roiNumber: 4, roiName: 'Ramp', status: { status: 'error', message: 'worker died' } }], set)).toEqual({ ok: false, reason: 'the DVH of Ramp failed: worker died' });
    expect(csvRois([], set)).toMatchObject({ ok: false, reason: expect.stringMatching(/no DVHs/u) });
  });

  it('write the CLI columns, then V at the prescription, then the notes', () => {
    const found = csvRois([done(4, 'Ramp, "even"')], set);
    if (!found.ok) throw new Error(found.reason);
    const lines = metricsCsv(found.rois, 30, ['dose note']).split('\n');
    expect(lines[0]).toBe('number,name,volumeCc,minGy,meanGy,maxGy,D99Gy,D98Gy,D95Gy,D50Gy,D5Gy,D2Gy,D1Gy,D0.03ccGy,V5GyPct,V20GyPct,V30GyPct');
    // rampDvh: 40 cc over 10..30 Gy, so D50 = 20 Gy and V20Gy = 50 %, V30Gy = 0 %.
    const row = lines[1]?.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/u) ?? [];
    expect(row.slice(0, 6)).toEqual(['4', '"Ramp, ""even"""', '40', '10', '20', '30']);
    expect(Number(row[cliCsvHeader.indexOf('D50Gy')])).toBeCloseTo(20, 9);
    expect(Number(row[cliCsvHeader.indexOf('V20GyPct')])).toBeCloseTo(50, 9);
    expect(Number(row.at(-1))).toBe(0);
    expect(lines.slice(2)).toEqual(['# dose note', '# Ramp, "even": a note', '']);
    // No extra column when the CLI has it already, or without a prescription.
    expect(metricsCsv(found.rois, 20, []).split('\n')[0]).toBe(cliCsvHeader.join(','));
    expect(metricsCsv(found.rois, undefined, []).split('\n')[0]).toBe(cliCsvHeader.join(','));
  });

  it('write each cumulative curve at every bin edge', () => {
    const found = csvRois([done(4, 'Ramp, "even"')], set);
    if (!found.ok) throw new Error(found.reason);
    const lines = cumulativeDvhCsv(found.rois, []).trim().split('\n');
    expect(lines[0]).toBe('number,name,doseGy,volumeCc,volumePct');
    // Edges 0, 0.5 ... 30: every edge of the 60 bins (src/dvh stops at the first edge above the maximum, or the last edge).
    expect(lines).toHaveLength(1 + 61);
    expect(lines[1]).toBe('4,"Ramp, ""even""",0,40,100');
    // V(>= 20 Gy) = 40 - 2 (20 - 10) = 20 cc, 50 %.
    expect(lines[1 + 40]).toBe('4,"Ramp, ""even""",20,20,50');
    expect(lines.at(-1)).toBe('4,"Ramp, ""even""",30,0,0');
  });

  it('are, without the extra column, what planlens dvh --csv writes for the same ROIs, byte for byte', async () => {
    const rtstruct = join(demoDir, 'RS.demo.dcm');
    const rtdose = join(demoDir, 'RD.demo.dcm');
    let cli = '';
    expect(await runDvh(['--rtstruct', rtstruct, '--rtdose', rtdose, '--roi', 'CTV', '--roi', 'SpinalCord', '--csv'], { stdout: (text) => { cli += text; }, stderr: () => undefined })).toBe(0);
    const reviewCase = await loadCaseFromPaths([rtstruct, rtdose]);
    const structureSet = reviewCase.structureSets[0];
    const dose = reviewCase.doses[0];
    if (structureSet === undefined || dose?.grid === undefined) throw new Error('the demo case has no structure set or dose');
    const grid = dose.grid;
    const rois = structureSet.rois.filter((roi) => roi.name === 'CTV' || roi.name === 'SpinalCord').map((roi): RoiDvh => {
      const result = computeDvh(roi, grid);
      return { roiNumber: roi.number, roiName: roi.name, status: { status: 'done', ...result } };
    });
    const found = csvRois(rois, structureSet);
    if (!found.ok) throw new Error(found.reason);
    expect(metricsCsv(found.rois, undefined, doseReportNotes(dose, structureSet.frameOfReferenceUid))).toBe(cli);
  });
});
