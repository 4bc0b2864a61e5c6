import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CaseLoader } from '../../src/case/caseLoader.js';
import { modalityValueAt } from '../../src/dicom/imageValues.js';
import { applyAffine } from '../../src/geometry/affine.js';
import { demoDoseGy, demoHu, isocentreLps } from '../../src/phantom/anatomy.js';
import { hasTool } from '../tools.js';
import { generateDemoCase } from '../../src/phantom/demoCase.js';
import { demoDoseGridScaling } from '../../src/phantom/dose.js';

const sampleDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-data/demo-case');
const files = generateDemoCase();


async function load() {
  const loader = new CaseLoader(files.length);
  for (const file of files) await loader.addFile(file);
  return loader.finish();
}

describe('the generated demo case', () => {
  it('is byte-identical on every generation, and sample-data/demo-case is its current output', () => {
    const again = generateDemoCase();
    expect(again.map((file) => file.name)).toEqual(files.map((file) => file.name));
    again.forEach((file, index) => expect(Buffer.from(file.bytes).equals(Buffer.from(files[index]?.bytes ?? new Uint8Array()))).toBe(true));
    expect(readdirSync(sampleDir).sort()).toEqual(files.map((file) => file.name).sort());
    for (const file of files) {
      expect(readFileSync(join(sampleDir, file.name)).equals(Buffer.from(file.bytes)), `${file.name} is stale: regenerate with planlens phantom sample-data/demo-case --force`).toBe(true);
    }
    expect(files.reduce((sum, file) => sum + file.bytes.length, 0)).toBeLessThan(5 * 1024 * 1024);
  });

  it('has the analytic dose the README derives', () => {
    const [x, y, z] = isocentreLps;
    expect(demoDoseGy([x, y, z])).toBe(70);
    expect(demoDoseGy([x + 24, y, z])).toBe(70);
    expect(demoDoseGy([x, y + 77, z])).toBeCloseTo(35, 12); // r = 77: 70 x 53 / 106
    expect(demoDoseGy([x, y, z + 130])).toBe(0);
    expect(demoDoseGy([0, 82 - 6, 0])).toBeCloseTo((70 * 24) / 106, 12); // SpinalCord Dmax
    expect(demoHu([0, 0, 0])).toBe(40);
    expect(demoHu([70, -10, 0])).toBe(-800);
    expect(demoHu([0, 82, 0])).toBe(30);
    expect(demoHu([0, 140, 0])).toBe(-1000);
  });

  it('reads back through PlanLens with every link made and no problem', async () => {
    const reviewCase = await load();
    expect(reviewCase.problems).toEqual([]);
    const [ct] = reviewCase.images;
    const [dose] = reviewCase.doses;
    if (ct === undefined || dose?.grid === undefined) throw new Error('CT or dose missing');
    expect(ct.dimensions).toEqual([128, 128, 48]);
    expect(reviewCase.links.structureSetToImages[0]?.basis).toBe('reference');
    expect(reviewCase.links.doseToPlan).toHaveLength(1);
    expect(reviewCase.links.planToStructureSet).toHaveLength(1);
    expect(reviewCase.plans[0]).toMatchObject({ fractionsPlanned: 35, prescriptionGy: 70, intent: 'CURATIVE' });
    expect(reviewCase.structureSets[0]?.rois.map((roi) => roi.name)).toEqual(['BODY', 'PTV', 'CTV', 'SpinalCord', 'Lung_L', 'Lung_R', 'Esophagus']);
    // every dose voxel equals the analytic dose at its centre, within the quantisation bound
    const [columns, rows, frames] = dose.grid.dimensions;
    let worst = 0;
    for (let k = 0; k < frames; k += 5) for (let j = 0; j < rows; j += 3) for (let i = 0; i < columns; i += 3) {
      const expected = demoDoseGy(applyAffine(dose.grid.ijkToLps, [i, j, k]));
      worst = Math.max(worst, Math.abs((dose.grid.values[i + columns * (j + rows * k)] ?? 0) - expected));
    }
    expect(worst).toBeLessThanOrEqual(demoDoseGridScaling / 2 + 1e-6);
    // CT voxels carry the analytic HU at their centres
    for (const [i, j, k] of [[64, 64, 24], [10, 10, 0], [86, 60, 30], [64, 90, 47]] as const) {
      expect(modalityValueAt(ct, i + 128 * (j + 128 * k))).toBe(demoHu(applyAffine(ct.ijkToLps, [i, j, k])));
    }
  });

  describe.skipIf(!hasTool('dcmdump') || !hasTool('plastimatch'))('third-party tools accept it (dcmtk, plastimatch)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planlens-demo-'));
    for (const file of files) writeFileSync(join(dir, file.name), file.bytes);

    it('dcmdump reads every file without an error or warning', () => {
      for (const file of files.filter((_, index) => index % 12 === 0 || index >= files.length - 3)) {
        const result = spawnSync('dcmdump', [join(dir, file.name)], { encoding: 'utf8' });
        expect(result.status).toBe(0);
        expect(result.stderr).toBe('');
        expect(result.stdout).not.toMatch(/^[EW]: /mu);
        expect(result.stdout).toContain('(0008,0018)');
      }
    });

    it('plastimatch converts CT, dose and structures', () => {
      const out = mkdtempSync(join(tmpdir(), 'planlens-pm-'));
      execFileSync('plastimatch', ['convert', '--input', dir, '--output-dose-img', join(out, 'dose.nrrd'), '--output-ss-list', join(out, 'ss.txt'), '--output-img', join(out, 'ct.nrrd')], { stdio: 'pipe' });
      expect(readFileSync(join(out, 'ss.txt'), 'utf8')).toMatch(/\|PTV\n/u);
      const stats = execFileSync('plastimatch', ['stats', join(out, 'dose.nrrd')], { encoding: 'utf8' });
      expect(Number(/MAX ([\d.]+)/u.exec(stats)?.[1])).toBeCloseTo(70, 3);
    });
  });
});
