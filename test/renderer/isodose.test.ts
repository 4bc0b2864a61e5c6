import { describe, expect, it } from 'vitest';
import { convertLevels, defaultIsodoseLevels, gyInUnit, levelGy } from '../../renderer/state/isodose.js';
import { defaultSelection } from '../../renderer/state/selection.js';
import { loadCaseFromPaths } from '../../src/cli/readInputs.js';
import { samplePath, samplesMissingMessage, samplesPresent } from '../samplesDir.js';

const references = { prescriptionGy: 60, maxGy: 66 };

describe('isodose levels', () => {
  it('turn % of prescription and % of max into Gy', () => {
    expect(levelGy(95, 'pct-rx', references)).toBeCloseTo(57, 9);
    expect(levelGy(50, 'pct-max', references)).toBeCloseTo(33, 9);
    expect(levelGy(12.5, 'gy', references)).toBe(12.5);
    expect(levelGy(95, 'pct-rx', { prescriptionGy: undefined, maxGy: 66 })).toBeUndefined();
    expect(gyInUnit(33, 'pct-max', references)).toBeCloseTo(50, 9);
  });

  it('keep their doses when the unit changes', () => {
    const levels = defaultIsodoseLevels('pct-rx');
    const inGy = convertLevels(levels, 'pct-rx', 'gy', references);
    expect(inGy.map((level) => level.value)).toEqual(levels.map((level) => Math.round(level.value * 0.6 * 100) / 100));
    const back = convertLevels(inGy, 'gy', 'pct-rx', references);
    expect(back.map((level) => level.value)).toEqual(levels.map((level) => level.value));
    // Without a prescription there is nothing to convert to: the levels stay as they were.
    expect(convertLevels(levels, 'pct-rx', 'gy', { prescriptionGy: undefined, maxGy: 66 })).toEqual(levels);
  });

  it('default to hot-to-cold colours, every level visible', () => {
    const levels = defaultIsodoseLevels('gy', 70);
    expect(levels[0]?.value).toBeCloseTo(74.9, 9);
    expect(levels.every((level) => level.visible)).toBe(true);
    expect(new Set(levels.map((level) => level.colourRgb.join())).size).toBe(levels.length);
  });
});

describe('the default selection', () => {
  it('is empty for an empty case', () => {
    const empty = { patients: [], framesOfReference: [], images: [], doses: [], structureSets: [], plans: [], links: { structureSetToImages: [], doseToPlan: [], planToStructureSet: [] }, problems: [], fileCount: 0 };
    expect(defaultSelection(empty)).toEqual({ imageUid: undefined, doseUid: undefined, structureSetUid: undefined, planUid: undefined });
  });
});

describe('the default selection of a case without images', () => {
  it.skipIf(!samplesPresent)(`shows the structures in the dose grid's frame of reference${samplesPresent ? '' : ` (skipped: ${samplesMissingMessage})`}`, async () => {
    const lung = await loadCaseFromPaths([samplePath('rk2018-lung-sbrt-multivendor')]);
    const selection = defaultSelection(lung);
    const dose = lung.doses.find((candidate) => candidate.sopInstanceUid === selection.doseUid);
    const structureSet = lung.structureSets.find((candidate) => candidate.sopInstanceUid === selection.structureSetUid);
    expect(dose?.grid).toBeDefined();
    expect(structureSet?.frameOfReferenceUid).toBe(dose?.identity.frameOfReferenceUid);
    expect(selection.imageUid).toBeUndefined();
  });
});
