import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoCase } from '../../src/phantom/demoCase.js';
import { hasTool } from '../tools.js';

/**
 * dcmtk (dcmdump, drtdump: an RT IOD checker that names absent type 1 and 2 attributes) and
 * plastimatch read the generated case: it is valid DICOM for tools that are not ours.
 */
const files = generateDemoCase();
const workDir = mkdtempSync(join(tmpdir(), 'planlens-phantom-tools-'));
const caseDir = join(workDir, 'case');
mkdirSync(caseDir);
for (const file of files) writeFileSync(join(caseDir, file.name), file.bytes);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const run = (tool: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } => spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const rtFiles = ['RS.demo.dcm', 'RP.demo.dcm', 'RD.demo.dcm'];

describe.skipIf(!hasTool('dcmdump') || !hasTool('drtdump'))('dcmtk (skipped where dcmdump or drtdump is not installed)', () => {
  it('dcmdump reads every file without an error or a warning', () => {
    for (const file of files) {
      const result = run('dcmdump', ['-M', join(caseDir, file.name)]);
      expect(result.status, file.name).toBe(0);
      expect(result.stderr, file.name).toBe('');
      expect(result.stdout, file.name).not.toMatch(/^[EW]: /mu);
      expect(result.stdout, file.name).toContain('(0002,0010) UI =LittleEndianExplicit');
    }
  });

  it('drtdump finds every required attribute of the RTSTRUCT, RTPLAN and RTDOSE', () => {
    for (const name of rtFiles) {
      const result = run('drtdump', ['-v', join(caseDir, name)]);
      expect(result.status, name).toBe(0);
      expect(`${result.stdout}${result.stderr}`, name).not.toMatch(/^[EWF]: /mu);
    }
  });
});

describe.skipIf(!hasTool('plastimatch'))('plastimatch (skipped where it is not installed)', () => {
  const out = join(workDir, 'plastimatch');
  const stats = (file: string): Record<string, number> => {
    const text = execFileSync('plastimatch', ['stats', join(out, file)], { encoding: 'utf8' });
    return Object.fromEntries([...text.matchAll(/([A-Z]+) (-?[\d.]+)/gu)].map((match) => [match[1] ?? '', Number(match[2])]));
  };
  const header = (file: string): string => execFileSync('plastimatch', ['header', join(out, file)], { encoding: 'utf8' });

  it('converts the CT, the structures and the dose, with their geometry and values', () => {
    mkdirSync(out);
    const result = run('plastimatch', ['convert', '--input', caseDir, '--output-img', join(out, 'ct.nrrd'), '--output-dose-img', join(out, 'dose.nrrd'), '--output-ss-img', join(out, 'ss.nrrd'), '--output-ss-list', join(out, 'ss.txt')]);
    expect(result.status).toBe(0);
    // plastimatch reads no photon plans; it says so, and that is its only complaint
    expect(`${result.stdout}${result.stderr}`.split('\n').filter((line) => /error|warn|fail/iu.test(line))).toEqual(['Warning. Load of rt plan (photon) not supported.']);
    expect(readFileSync(join(out, 'ss.txt'), 'utf8').trim().split('\n').map((line) => line.split('|')[2])).toEqual(['BODY', 'PTV', 'CTV', 'SpinalCord', 'Lung_L', 'Lung_R', 'Esophagus']);
    expect(stats('dose.nrrd')).toMatchObject({ MIN: 0, MAX: 70, NUMVOX: 104 * 104 * 68 });
    expect(stats('ct.nrrd')).toMatchObject({ MIN: -1000, MAX: 1200, NUMVOX: 128 * 128 * 60 });
    expect(header('dose.nrrd')).toMatch(/Origin = -128\.7500 -158\.7500 -83\.7500\nSize = 104 104 68\nSpacing = 2\.5000 2\.5000 2\.5000/u);
    expect(header('ct.nrrd')).toMatch(/Origin = -198\.4375 -198\.4375 -88\.5000\nSize = 128 128 60\nSpacing = 3\.1250 3\.1250 3\.0000/u);
  });

  it('computes PTV Dmean and D95 within 0.1 Gy of the values sample-data/README.md derives (69.218, 66.856 Gy)', () => {
    const csv = join(workDir, 'dvh.csv');
    const binGy = 0.01;
    const result = run('plastimatch', ['dvh', '--input', caseDir, '--output-csv', csv, '--differential', '--normalization', 'vox', '--bin-width', String(binGy), '--num-bins', '7100']);
    expect(result.status).toBe(0);
    const [head = '', ...rows] = readFileSync(csv, 'utf8').trim().split('\n');
    const column = head.split(',').findIndex((name) => name.trim() === 'PTV');
    const bins = rows.map((row) => row.split(',').map(Number)).map((cells) => ({ doseGy: (cells[0] ?? NaN) + binGy / 2, voxels: cells[column] ?? NaN }));
    const total = bins.reduce((sum, bin) => sum + bin.voxels, 0);
    const meanGy = bins.reduce((sum, bin) => sum + bin.doseGy * bin.voxels, 0) / total;
    let above = 0;
    const d95Gy = [...bins].reverse().find((bin) => (above += bin.voxels) >= 0.95 * total)?.doseGy;
    expect(Math.abs(meanGy - 69.218)).toBeLessThan(0.1);
    expect(Math.abs((d95Gy ?? NaN) - 66.856)).toBeLessThan(0.1);
  });
});
