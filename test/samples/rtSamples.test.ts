import { describe, expect, it } from 'vitest';
import { applyAffine } from '../../src/geometry/affine.js';
import { modalityValueAt, valueRange } from '../../src/dicom/imageValues.js';
import type { ReviewCase } from '../../src/case/reviewCase.js';
import { readFileSync } from 'node:fs';
import { loadCaseFromPaths } from '../../src/cli/readInputs.js';
import { readImageSliceHeader } from '../../src/dicom/imageSlice.js';
import { parseDicom } from '../../src/dicom/parse.js';
import { readFrameBytes } from '../../src/dicom/pixelData.js';
import { samplePath, samplesMissingMessage, samplesPresent } from '../samplesDir.js';

if (!samplesPresent) console.warn(samplesMissingMessage);

const codes = (reviewCase: ReviewCase): string[] => reviewCase.problems.map((problem) => problem.code);

describe.skipIf(!samplesPresent)('real files in ../shared/rt-samples load with the facts their READMEs state', () => {
  it('pinnacle-ct-rtdose: 152-slice CT sorted by position, dose max 65.24 Gy off the CT planes', async () => {
    const reviewCase = await loadCaseFromPaths([samplePath('pinnacle-ct-rtdose')]);
    const [ct] = reviewCase.images;
    const [dose] = reviewCase.doses;
    if (ct === undefined || dose?.grid === undefined) throw new Error('CT or dose missing');
    expect(ct.dimensions).toEqual([512, 512, 152]);
    expect(ct.spacingMm[0]).toBeCloseTo(1.171875, 6);
    expect(ct.spacingMm[2]).toBeCloseTo(2, 6);
    expect(ct.uniformSpacing).toBe(true);
    expect(ct.storedVoxels).toBeInstanceOf(Int16Array);
    expect(ct.rescale).toEqual({ slope: 1, intercept: -1024 });
    expect(valueRange(ct)).toEqual({ min: -1024, max: 3071 });
    // Files ct.0 ... ct.151 run from z = -432 down to -734: they arrive in descending order, so k
    // keeps that order and the affine's k axis points to the feet; every slice sits at its own z.
    expect(applyAffine(ct.ijkToLps, [0, 0, 0])).toEqual([-300, -188, -432]);
    expect(applyAffine(ct.ijkToLps, [0, 0, 151])[2]).toBeCloseTo(-734, 6);
    expect(ct.sliceFiles[0]).toMatch(/ct\.0\.dcm$/u);
    expect(ct.sliceFiles[151]).toMatch(/ct\.151\.dcm$/u);
    for (const k of [0, 1, 75, 150, 151]) expect(applyAffine(ct.ijkToLps, [0, 0, k])[2]).toBeCloseTo(ct.slicePositionsMm[k] ?? Number.NaN, 6);
    expect(ct.identity.frameOfReferenceUid).toBe('1.2.840.113704.1.111.6784.1516241921.5');
    expect(dose.grid.dimensions).toEqual([129, 91, 98]);
    expect(dose.grid.spacingMm).toEqual([3, 3, 3]);
    expect(dose.grid.maxValue).toBeCloseTo(65.24, 1);
    expect(dose.doseUnits).toBe('GY');
    expect(dose.summationType).toBe('PLAN');
    const doseOrigin = applyAffine(dose.grid.ijkToLps, [0, 0, 0]);
    expect(doseOrigin[2]).toBeCloseTo(-727.033, 3);
    expect(dose.identity.frameOfReferenceUid).toBe(ct.identity.frameOfReferenceUid);
    expect(codes(reviewCase)).toContain('missing-referenced-plan');
    expect(reviewCase.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('pydicom-rt-minimal: six dose encodings agree, the headerless RTSTRUCT reads, the truncated plan is refused', async () => {
    const doseIn = async (name: string) => (await loadCaseFromPaths([samplePath('pydicom-rt-minimal', name)])).doses[0];
    const reference = await doseIn('rtdose.dcm');
    if (reference?.grid === undefined) throw new Error('rtdose.dcm missing');
    expect(reference.grid.dimensions).toEqual([10, 10, 15]);
    expect(reference.grid.maxValue).toBeCloseTo(1.254, 6);
    expect(reference.doseUnits).toBe('RELATIVE');
    expect(reference.summationType).toBe('BEAM');
    expect(reference.grid.spacingMm).toEqual([10, 10, 5]);
    for (const name of ['rtdose_expb.dcm', 'rtdose_rle.dcm']) {
      expect(Array.from((await doseIn(name))?.grid?.values ?? [])).toEqual(Array.from(reference.grid.values));
    }
    for (const name of ['rtdose_1frame.dcm', 'rtdose_expb_1frame.dcm', 'rtdose_rle_1frame.dcm']) {
      const single = await doseIn(name);
      expect(single?.grid?.dimensions).toEqual([10, 10, 1]);
      expect(Array.from(single?.grid?.values ?? [])).toEqual(Array.from(reference.grid.values.subarray(0, 100)));
      expect(single?.notes.map((note) => note.code)).toContain('extra-frame-offsets');
    }
    // The six files share one SOP instance UID: a folder load keeps the first and says so for the rest.
    const reviewCase = await loadCaseFromPaths([samplePath('pydicom-rt-minimal')]);
    expect(reviewCase.doses).toHaveLength(1);
    expect(reviewCase.problems.filter((p) => p.code === 'duplicate-sop-instance')).toHaveLength(5);
    const [structureSet] = reviewCase.structureSets;
    expect(structureSet?.label).toBe('sep30');
    expect(structureSet?.rois.map((roi) => [roi.number, roi.name, roi.interpretedType])).toEqual([
      [1, 'patient', 'EXTERNAL'], [2, 'Isocenter 1', 'ISOCENTER'], [3, 'Isocenter 2', 'ISOCENTER'],
    ]);
    expect(structureSet?.rois[0]?.contours.map((c) => c.pointsLps[2])).toEqual([-200, -190, -180]);
    expect(structureSet?.rois[1]?.contours[0]?.geometricType).toBe('POINT');
    const points = structureSet?.rois.reduce((sum, roi) => sum + roi.contours.reduce((s, c) => s + c.pointsLps.length / 3, 0), 0);
    expect(points).toBe(19);
    const plan = reviewCase.plans.find((candidate) => candidate.file.endsWith('/rtplan.dcm'));
    expect(plan?.label).toBe('Plan1');
    expect(plan?.fractionsPlanned).toBe(30);
    expect(plan?.beams.map((beam) => beam.name)).toEqual(['Field 1']);
    expect(plan?.prescriptionGy).toBeCloseTo(30.826203, 6);
    const truncated = reviewCase.problems.find((problem) => problem.file?.endsWith('rtplan_truncated.dcm'));
    expect(truncated?.severity).toBe('error');
    expect(truncated?.code).toBe('truncated');
    expect(truncated?.message).toMatch(/rtplan_truncated\.dcm/u);
  });

  it('rk2018-lung-sbrt-multivendor: four vendors, one frame of reference, headerless Monaco files', async () => {
    const reviewCase = await loadCaseFromPaths([samplePath('rk2018-lung-sbrt-multivendor')]);
    expect(reviewCase.structureSets).toHaveLength(2);
    expect(reviewCase.plans).toHaveLength(6);
    expect(reviewCase.doses).toHaveLength(4);
    expect(new Set(reviewCase.framesOfReference.map((frame) => frame.frameOfReferenceUid))).toEqual(new Set(['1.2.840.113704.1.111.6452.1481541668.6']));
    const eclipse = reviewCase.structureSets.find((set) => set.label === 'Lung2018neu');
    expect(eclipse?.rois.map((roi) => roi.number).sort((a, b) => a - b)).toEqual([6, 10, 11, 12, 16, 17, 18, 19, 20, 21, 22, 23, 24, 26, 27]);
    expect(eclipse?.rois.reduce((sum, roi) => sum + roi.contours.length, 0)).toBe(1404);
    expect(eclipse?.rois.reduce((sum, roi) => sum + roi.contours.reduce((s, c) => s + c.pointsLps.length / 3, 0), 0)).toBe(173368);
    expect(eclipse?.rois.find((roi) => roi.number === 11)).toMatchObject({ name: 'BODY_P6', interpretedType: 'EXTERNAL' });
    expect(eclipse?.rois.find((roi) => roi.number === 20)?.contours).toHaveLength(366);
    const tomo = reviewCase.structureSets.find((set) => set.label === 'Tomo2018');
    expect(tomo?.rois).toHaveLength(15);
    expect(tomo?.rois.some((roi) => roi.interpretedType === 'EXTERNAL')).toBe(false);
    const eclipsePlan = reviewCase.plans.find((plan) => plan.file.includes('/eclipse/'));
    expect(eclipsePlan?.label).toBe('Plan_04 98.2?');
    expect(eclipsePlan?.fractionsPlanned).toBe(5);
    expect(eclipsePlan?.beams).toHaveLength(6);
    expect(eclipsePlan?.beams[0]?.controlPointCount).toBe(178);
    expect(eclipsePlan?.prescriptionGy).toBe(50);
    expect(reviewCase.plans.find((plan) => plan.file.includes('/tomotherapy/'))?.beams[0]?.controlPointCount).toBe(6579);
    const table: Record<string, { dims: number[]; spacing: number[]; max: number; summation: string }> = {
      'monaco-imrt': { dims: [139, 81, 177], spacing: [3, 3, 3], max: 27.79, summation: 'PLAN' },
      'monaco-vmat': { dims: [139, 81, 177], spacing: [3, 3, 3], max: 10.26, summation: 'PLAN' },
      'pinnacle-plan1': { dims: [126, 89, 48], spacing: [4, 4, 4], max: 61.45, summation: 'FRACTION' },
      'pinnacle-plan2': { dims: [126, 89, 48], spacing: [4, 4, 4], max: 59.38, summation: 'FRACTION' },
    };
    for (const [folder, expected] of Object.entries(table)) {
      const dose = reviewCase.doses.find((candidate) => candidate.file.includes(`/${folder}/`));
      expect(dose?.grid?.dimensions).toEqual(expected.dims);
      expect(dose?.grid?.spacingMm).toEqual(expected.spacing);
      expect(dose?.grid?.maxValue).toBeCloseTo(expected.max, 1);
      expect(dose?.summationType).toBe(expected.summation);
    }
    const summationWarnings = reviewCase.problems.filter((problem) => problem.code === 'dose-summation-type');
    expect(summationWarnings).toHaveLength(2);
    expect(summationWarnings[0]?.message).toMatch(/FRACTION while the plan has 10 fractions/u);
    expect(codes(reviewCase)).toContain('no-image-series');
    expect(reviewCase.links.doseToPlan).toHaveLength(4);
  });

  it('rtutils-edge-cases: oblique non-square CT, single slice, and structure sets with broken references', async () => {
    const oriented = await loadCaseFromPaths([samplePath('rtutils-edge-cases', 'oriented_data')]);
    const [volume] = oriented.images;
    if (volume === undefined) throw new Error('oriented series missing');
    expect(volume.dimensions).toEqual([100, 50, 3]);
    expect(volume.spacingMm[0]).toBeCloseTo(2.5, 6);
    expect(volume.spacingMm[1]).toBeCloseTo(3.5, 6);
    expect(volume.spacingMm[2]).toBeCloseTo(4.5, 3);
    expect(volume.rescale).toEqual({ slope: 0.001, intercept: 0 }); // stored int16, rescaled on use
    const range = valueRange(volume);
    expect(range.min).toBeGreaterThanOrEqual(-10);
    expect(range.min).toBeLessThan(-9.9);
    expect(range.max).toBeLessThanOrEqual(10);
    expect(range.max).toBeGreaterThan(9.9);
    expect(modalityValueAt(volume, 0)).toBeCloseTo((volume.storedVoxels[0] ?? 0) * 0.001, 12);
    expect(volume.identity.frameOfReferenceUid).toBeUndefined();
    const one = await loadCaseFromPaths([samplePath('rtutils-edge-cases', 'one_slice_data')]);
    expect(one.images[0]?.dimensions).toEqual([100, 50, 1]);
    expect(codes(one)).toContain('single-slice-no-thickness');

    const mock = async (rs: string) => loadCaseFromPaths([samplePath('rtutils-edge-cases', 'mock_data', 'ct_1.dcm'), samplePath('rtutils-edge-cases', 'mock_data', 'ct_2.dcm'), samplePath('rtutils-edge-cases', 'mock_data', rs)]);
    const wrongFrame = await mock('rt.dcm');
    expect(wrongFrame.images[0]?.dimensions).toEqual([512, 512, 2]);
    expect(wrongFrame.problems.find((p) => p.code === 'frame-of-reference-mismatch')?.severity).toBe('error');
    const missingImage = await mock('invalid_reference_rt.dcm');
    expect(codes(missingImage)).toContain('missing-referenced-images');
    expect(missingImage.structureSets[0]?.rois.map((roi) => roi.name)).toEqual(['ROI-1', 'ROI-2', 'ROI-3', 'ROI-4']);
    const noReference = await mock('non_existent_reference_rt.dcm');
    expect(codes(noReference)).toContain('no-referenced-series');
    expect(noReference.links.structureSetToImages[0]?.basis).toBe('frame-of-reference');
  });
});

describe.skipIf(!samplesPresent)('reading pixels straight into the volume', () => {
  it('puts the stored pixels of every slice, exactly as parseDicom + readFrameBytes read them, at its k', async () => {
    const folder = samplePath('pinnacle-ct-rtdose');
    const volume = (await loadCaseFromPaths([folder])).images[0];
    if (volume === undefined) throw new Error('no CT');
    const sliceVoxels = volume.dimensions[0] * volume.dimensions[1];
    for (const k of [0, 1, 77, 150, 151]) {
      const file = volume.sliceFiles[k] ?? '';
      const parsed = parseDicom(readFileSync(file), file);
      const frame = await readFrameBytes(parsed, readImageSliceHeader(parsed).layout, 0, 1);
      const stored = volume.storedVoxels.subarray(k * sliceVoxels, (k + 1) * sliceVoxels);
      expect(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).equals(Buffer.from(frame))).toBe(true);
    }
  });
});
