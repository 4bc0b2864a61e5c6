import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CaseLoader } from '../../src/case/caseLoader.js';
import { modalityValueAt } from '../../src/dicom/imageValues.js';
import { applyAffine } from '../../src/geometry/affine.js';
import { demoHu } from '../../src/phantom/anatomy.js';
import { generateDemoCase } from '../../src/phantom/demoCase.js';
import { demoDoseGridScaling } from '../../src/phantom/dose.js';
import { demoDoseGy } from '../../src/phantom/doseModel.js';

const sampleDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-data/demo-case');
const files = generateDemoCase();

describe('the generated demo case', () => {
  it('is byte-identical on every generation', () => {
    const again = generateDemoCase({ size: 'demo' });
    expect(again.map((file) => file.name)).toEqual(files.map((file) => file.name));
    again.forEach((file, index) => expect(Buffer.from(file.bytes).equals(Buffer.from(files[index]?.bytes ?? new Uint8Array())), file.name).toBe(true));
  });

  it('is what sample-data/demo-case holds, and under 5 MB', () => {
    expect(readdirSync(sampleDir).sort()).toEqual(files.map((file) => file.name).sort());
    for (const file of files) {
      expect(readFileSync(join(sampleDir, file.name)).equals(Buffer.from(file.bytes)), `${file.name} is stale: regenerate with planlens phantom sample-data/demo-case --force`).toBe(true);
    }
    expect(files.reduce((sum, file) => sum + file.bytes.length, 0)).toBeLessThan(5 * 1024 * 1024);
  });

  it('reads back through PlanLens with every link made, no problem, and the analytic values', async () => {
    const loader = new CaseLoader(files.length);
    for (const file of files) await loader.addFile(file);
    const reviewCase = loader.finish();
    expect(reviewCase.problems).toEqual([]);
    const [ct] = reviewCase.images;
    const [dose] = reviewCase.doses;
    if (ct === undefined || dose?.grid === undefined) throw new Error('CT or dose missing');
    expect(ct.dimensions).toEqual([128, 128, 60]);
    expect(dose.grid.dimensions).toEqual([104, 104, 68]);
    expect(reviewCase.links.structureSetToImages[0]?.basis).toBe('reference');
    expect(reviewCase.links.doseToPlan).toHaveLength(1);
    expect(reviewCase.links.planToStructureSet).toHaveLength(1);
    expect(reviewCase.plans[0]).toMatchObject({ fractionsPlanned: 35, prescriptionGy: 70, intent: 'CURATIVE' });
    expect(reviewCase.structureSets[0]?.rois.map((roi) => roi.name)).toEqual(['BODY', 'PTV', 'CTV', 'SpinalCord', 'Lung_L', 'Lung_R', 'Esophagus']);
    const [columns, rows, frames] = dose.grid.dimensions;
    let worstGy = 0;
    for (let k = 0; k < frames; k += 3) for (let j = 0; j < rows; j += 3) for (let i = 0; i < columns; i += 3) {
      const expectedGy = demoDoseGy(applyAffine(dose.grid.ijkToLps, [i, j, k]));
      worstGy = Math.max(worstGy, Math.abs((dose.grid.values[i + columns * (j + rows * k)] ?? NaN) - expectedGy));
    }
    expect(worstGy).toBeLessThanOrEqual(demoDoseGridScaling / 2 + 1e-6);
    for (const [i, j, k] of [[64, 64, 30], [10, 10, 0], [88, 62, 30], [64, 86, 59], [64, 74, 12]] as const) {
      expect(modalityValueAt(ct, i + 128 * (j + 128 * k))).toBe(demoHu(applyAffine(ct.ijkToLps, [i, j, k])));
    }
  });

  it('has a large size: 512 x 512 x 180 CT slices and a 1.25 mm dose grid', () => {
    const large = generateDemoCase({ size: 'large' });
    expect(large.filter((file) => file.name.startsWith('CT.'))).toHaveLength(180);
    expect(large.at(-1)?.name).toBe('RD.demo.dcm');
    expect(large[0]?.bytes.length).toBeGreaterThan(512 * 512 * 2);
  });
});
