import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CaseLoader } from '../../src/case/caseLoader.js';
import { probePoint } from '../../src/case/probe.js';
import { demoDoseGy } from '../../src/phantom/doseModel.js';

const demoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-data/demo-case');

async function demoCase() {
  const files = readdirSync(demoDir).filter((name) => name.endsWith('.dcm'));
  const loader = new CaseLoader(files.length);
  const kinds = [];
  for (const name of files) kinds.push(await loader.addFile({ name, bytes: readFileSync(join(demoDir, name)) }));
  return { reviewCase: loader.finish(), kinds };
}

describe('probePoint on the demo case', () => {
  it('reads the CT number, the dose and the structures at a point', async () => {
    const { reviewCase } = await demoCase();
    const sources = { image: reviewCase.images[0], doseGrid: reviewCase.doses[0]?.grid, structureSet: reviewCase.structureSets[0] };
    // The isocentre: inside PTV and CTV, soft tissue (40 HU), the 70 Gy plateau.
    const atIsocentre = probePoint(sources, [0, -30, 0]);
    expect(atIsocentre.imageValue).toBe(40);
    expect(atIsocentre.imageUnit).toBe('HU');
    expect(atIsocentre.dose).toBeCloseTo(70, 3);
    expect(atIsocentre.structures.map((roi) => roi.name).sort()).toEqual(['BODY', 'CTV', 'PTV']);
    // In the left lung, on the dose fall-off: the grid's trilinear dose is close to the analytic one.
    const inLung: [number, number, number] = [75, -5, 10];
    const reading = probePoint(sources, inLung);
    expect(reading.imageValue).toBe(-800);
    expect(reading.structures.map((roi) => roi.name).sort()).toEqual(['BODY', 'Lung_L']);
    expect(Math.abs((reading.dose ?? 0) - demoDoseGy(inLung))).toBeLessThan(0.1);
  });

  it('says nothing is there outside the grids', async () => {
    const { reviewCase } = await demoCase();
    const reading = probePoint({ image: reviewCase.images[0], doseGrid: reviewCase.doses[0]?.grid, structureSet: reviewCase.structureSets[0] }, [0, 0, 500]);
    expect(reading.imageValue).toBeUndefined();
    expect(reading.dose).toBeUndefined();
    expect(reading.structures).toEqual([]);
  });

  it('the loader says which object each file joined', async () => {
    const { kinds, reviewCase } = await demoCase();
    const series = reviewCase.images[0]?.seriesInstanceUid;
    expect(kinds.filter((added) => added.kind === 'image' && added.objectUid === series)).toHaveLength(60);
    expect(kinds.filter((added) => added.kind === 'rtdose')).toHaveLength(1);
    expect(kinds.filter((added) => added.kind === 'rtstruct')).toHaveLength(1);
    expect(kinds.filter((added) => added.kind === 'rtplan')).toHaveLength(1);
  });
});
