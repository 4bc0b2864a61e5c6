import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseLoader } from '../../src/case/caseLoader.js';
import type { ReviewCase } from '../../src/case/reviewCase.js';
import { isocentreLps, spinalCord } from '../../src/phantom/anatomy.js';
import { generateDemoCase } from '../../src/phantom/demoCase.js';
import { demoDoseGy } from '../../src/phantom/doseModel.js';
import { demoWalkthroughJson } from '../../src/phantom/walkthrough.js';
import { parseWalkthrough } from '../../src/walkthrough/parseWalkthrough.js';
import type { Walkthrough } from '../../src/walkthrough/walkthrough.js';

const shippedPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-data/demo-case-walkthrough.json');

function parsed(): Walkthrough {
  const result = parseWalkthrough(demoWalkthroughJson());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  expect(result.notes).toEqual([]);
  return result.walkthrough;
}

describe('the demo walkthrough', () => {
  const walkthrough = parsed();
  const steps = walkthrough.steps;
  let demo: ReviewCase;

  beforeAll(async () => {
    const files = generateDemoCase();
    const loader = new CaseLoader(files.length);
    for (const file of files) await loader.addFile(file);
    demo = loader.finish();
  });

  it('is what sample-data/demo-case-walkthrough.json holds, the same on every generation', () => {
    expect(demoWalkthroughJson()).toBe(demoWalkthroughJson());
    expect(readFileSync(shippedPath, 'utf8'), 'stale: regenerate with planlens phantom sample-data/demo-case --force').toBe(demoWalkthroughJson());
  });

  it('names the demo case by its patient, study, frame of reference and objects, and every ROI it names is in its RTSTRUCT', () => {
    const [ct] = demo.images;
    const [dose] = demo.doses;
    const [structureSet] = demo.structureSets;
    const [plan] = demo.plans;
    expect(walkthrough.case).toEqual({
      label: 'demo case',
      demo: true,
      patientId: demo.patients[0]?.patientId,
      studyUid: demo.patients[0]?.studies[0]?.studyInstanceUid,
      frameOfReferenceUid: ct?.identity.frameOfReferenceUid,
      imageSeriesUid: ct?.seriesInstanceUid,
      structureSetUid: structureSet?.sopInstanceUid,
      planUid: plan?.sopInstanceUid,
      doseUid: dose?.sopInstanceUid,
    });
    const names = new Set(structureSet?.rois.map((roi) => roi.name));
    for (const step of steps) for (const name of [...step.highlight, ...step.hidden]) expect(names.has(name), `${step.title}: ${name}`).toBe(true);
  });

  it('walks through the overview, the PTV axially, the cord sagittally, the lungs coronally, the 3D view and the DVH', () => {
    expect(steps.length).toBeGreaterThanOrEqual(5);
    const [overview, ptv, cord, lungs, volume, dvh] = steps;
    expect(overview?.view).toMatchObject({ layout: '2x2', crosshairLps: isocentreLps });
    expect(ptv).toMatchObject({ highlight: ['PTV', 'CTV'], view: { layout: '1x1', mainViewport: 'axial', crosshairLps: isocentreLps, dose: { unit: 'pct-rx', isodoseVisible: true } } });
    expect(cord).toMatchObject({ highlight: ['SpinalCord'], view: { layout: '1x1', mainViewport: 'sagittal', crosshairLps: [spinalCord.centreXMm, spinalCord.centreYMm, 0], dose: { washVisible: true } } });
    expect(lungs).toMatchObject({ highlight: ['Lung_L', 'Lung_R'], view: { layout: '1x1', mainViewport: 'coronal', windowLevel: { centre: -600, width: 1600 } } });
    expect(volume).toMatchObject({ view: { layout: '1x1', mainViewport: 'volume', volume: { isodoseSurfacesVisible: true } } });
    const orbit = volume?.view.volume?.orbit;
    expect(Math.abs(orbit?.azimuthDeg ?? 0) % 90).not.toBe(0);
    expect(orbit?.elevationDeg).not.toBe(0);
    expect(dvh?.title).toMatch(/DVH/u);
  });

  it('quotes the doses the demo case has where it says', () => {
    const [, ptv, cord] = steps;
    expect(ptv?.text).toContain(`${demoDoseGy([isocentreLps[0] + 30, isocentreLps[1], 0]).toFixed(1)} Gy`);
    expect(cord?.text).toContain(`${demoDoseGy([0, spinalCord.centreYMm - spinalCord.semiAxisYMm, 0]).toFixed(1)} Gy`);
  });
});
