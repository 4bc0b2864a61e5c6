import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDvh } from '../../src/cli/dvhCommand.js';
import { captured } from './capture.js';
import { samplePath, samplesPresent } from '../samplesDir.js';

const structures = 'sample-data/demo-case/RS.demo.dcm';
const dose = 'sample-data/demo-case/RD.demo.dcm';

const run = (...args: string[]) => captured(runDvh, args);

describe('planlens dvh on the demo case', () => {
  it('--json gives the PTV figures sample-data/README.md derives, to 1 %', async () => {
    const { status, stdout } = await run('--rtstruct', structures, '--rtdose', dose, '--roi', 'PTV', '--json');
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { structures: Record<string, unknown>[]; notes: string[] };
    const [ptv] = report.structures;
    // Analytic: volume 4/3 pi 30^3 = 113.10 cc, Dmean 69.218 Gy, D95 66.856 Gy (sample-data/README.md)
    expect(Math.abs((ptv?.volumeCc as number) / 113.097 - 1)).toBeLessThan(0.01);
    expect(Math.abs((ptv?.meanGy as number) / 69.218 - 1)).toBeLessThan(0.01);
    expect(Math.abs((ptv?.D95Gy as number) / 66.856 - 1)).toBeLessThan(0.01);
    expect(ptv?.['D0.03ccGy']).toBeCloseTo(70, 1);
    expect(ptv?.V20GyPct).toBeCloseTo(100, 6);
    expect(ptv?.settings).toMatchObject({ binWidthGy: 0.01, endCap: 'half-slice', contourSpacingMm: 3 });
    const cumulative = ptv?.cumulative as { doseGy: number[]; volumeCc: number[] };
    expect(cumulative.doseGy.length).toBe(cumulative.volumeCc.length);
    expect(cumulative.volumeCc[0]).toBeCloseTo(ptv?.volumeCc as number, 6);
  });

  it('--eqd2 converts with the given fractions and alpha/beta', async () => {
    // CTV: 70 Gy everywhere; in 20 fractions of 3.5 Gy at alpha/beta 10: 70 x (1 + 0.35) / 1.2 = 78.75 Gy
    const { status, stdout } = await run('--rtstruct', structures, '--rtdose', dose, '--roi', 'CTV', '--json', '--eqd2', '--fractions', '20', '--alpha-beta', 'CTV=10');
    expect(status).toBe(0);
    const [ctv] = (JSON.parse(stdout) as { structures: Record<string, unknown>[] }).structures;
    expect(ctv?.doseQuantity).toBe('EQD2');
    expect(ctv?.meanGy).toBeCloseTo(78.75, 3);
    expect(ctv?.D95Gy).toBeCloseTo(78.75, 2);
  });

  it('--csv has a header and one row per ROI', async () => {
    const { stdout } = await run('--rtstruct', structures, '--rtdose', dose, '--csv');
    const rows = stdout.split('\n').filter((line) => line.length > 0 && !line.startsWith('#'));
    expect(rows[0]).toMatch(/^number,name,volumeCc,minGy,meanGy,maxGy,D99Gy/u);
    expect(rows).toHaveLength(8);
  });

  it('--prescription --target gives the plan-quality indices the analytic dose implies', async () => {
    // Prescription isodose (D >= 70 Gy): the sphere r <= 25 mm, 65.45 cc, all inside the PTV
    // (113.10 cc): RTOG CI = Paddick CI = 65.45 / 113.10 = 0.579; the 35 Gy isodose is r <= 75 mm,
    // 1767.1 cc: GI = 27.0; HI = (D2 - D98) / D50 = (70 - 66.64) / 70 = 0.048.
    const { status, stdout } = await run('--rtstruct', structures, '--rtdose', dose, '--roi', 'PTV', '--prescription', '70', '--target', 'PTV', '--json');
    expect(status).toBe(0);
    const quality = (JSON.parse(stdout) as { planQuality: Record<string, number> }).planQuality;
    expect(Math.abs((quality.rtogCi ?? 0) / 0.5787 - 1)).toBeLessThan(0.02);
    expect(Math.abs((quality.paddickCi ?? 0) / 0.5787 - 1)).toBeLessThan(0.02);
    expect(Math.abs((quality.paddickGi ?? 0) / 27.0 - 1)).toBeLessThan(0.02);
    expect(quality.icru83Hi).toBeCloseTo(0.048, 2);
  });

  it('--goals evaluates a clinical-goal list with pass, fail and margins', async () => {
    const goals = join(tmpdir(), 'planlens-goals.txt');
    writeFileSync(goals, 'PTV D95 >= 66.5 Gy\nSpinalCord Dmax < 45 Gy\nEsophagus Dmean < 34 Gy\nLiver Dmean < 30 Gy\n');
    const { status, stdout } = await run('--rtstruct', structures, '--rtdose', dose, '--goals', goals, '--json');
    expect(status).toBe(0);
    const results = (JSON.parse(stdout) as { goals: { status: string; margin?: number }[] }).goals;
    expect(results.map((result) => result.status)).toEqual(['pass', 'pass', 'fail', 'not-evaluated']);
    expect(Math.abs((results[0]?.margin ?? 0) - (66.856 - 66.5))).toBeLessThan(0.1); // D95 within 0.1 Gy of the analytic 66.856
  });

  it.skipIf(!samplesPresent)('warns when the structure set and the dose are in different frames of reference', async () => {
    const { stdout } = await run('--rtstruct', samplePath('pydicom-rt-minimal', 'rtstruct.dcm'), '--rtdose', samplePath('pydicom-rt-minimal', 'rtdose.dcm'), '--json');
    const notes = (JSON.parse(stdout) as { notes: string[] }).notes;
    expect(notes.some((note) => /not in the same frame of reference/u.test(note))).toBe(true);
    expect(notes.some((note) => /RELATIVE/u.test(note))).toBe(true);
  });

  it('refuses what it cannot do, saying why', async () => {
    const missingAlphaBeta = await run('--rtstruct', structures, '--rtdose', dose, '--eqd2', '--fractions', '35');
    expect(missingAlphaBeta.status).toBe(2);
    expect(missingAlphaBeta.stderr).toMatch(/"SpinalCord" \(suggested 2 Gy/u);
    const unknownRoi = await run('--rtstruct', structures, '--rtdose', dose, '--roi', 'Liver');
    expect(unknownRoi.status).toBe(1);
    expect(unknownRoi.stderr).toMatch(/no ROI named "Liver"/u);
    expect((await run('--rtdose', dose)).status).toBe(2);
  });
});
