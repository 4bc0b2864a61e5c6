import { describe, expect, it } from 'vitest';
import { CaseLoader } from '../../src/case/caseLoader.js';
import type { ReviewCase } from '../../src/case/reviewCase.js';
import { el, writeDicom } from '../../src/dicom/dicomWriter.js';
import { applyAffine } from '../../src/geometry/affine.js';
import { buildRtDose, buildRtPlan, buildRtStruct, type DoseSpec } from '../fixtures/rtBuilders.js';

async function load(...files: Uint8Array[]): Promise<ReviewCase> {
  const loader = new CaseLoader(files.length);
  for (const [index, bytes] of files.entries()) await loader.addFile({ name: `file${index}.dcm`, bytes });
  return loader.finish();
}

const codes = (reviewCase: ReviewCase): string[] => reviewCase.problems.map((problem) => problem.code);

/** 2 x 3 x 4 dose, stored value = 100 k + 10 j + i, scaling 0.01 Gy. */
const baseDose: DoseSpec = {
  rows: 3, columns: 2, frames: 4, positionLps: [-10, -20, 50], pixelSpacingMm: [3, 2], frameOffsetsMm: [0, 2.5, 5, 7.5], scaling: 0.01,
  stored: Uint16Array.from({ length: 24 }, (_, index) => 100 * Math.floor(index / 6) + 10 * Math.floor((index % 6) / 2) + (index % 2)),
};

describe('readRtDose, on hand-built grids', () => {
  it('places the grid: spacing from PixelSpacing (rows, columns) and the frame offsets; values scaled', async () => {
    const grid = (await load(buildRtDose(baseDose))).doses[0]?.grid;
    expect(grid?.dimensions).toEqual([2, 3, 4]);
    expect(grid?.spacingMm).toEqual([2, 3, 2.5]);
    // voxel (1, 2, 3): x = -10 + 1 x 2, y = -20 + 2 x 3, z = 50 + 3 x 2.5; dose (300 + 20 + 1) x 0.01
    expect(applyAffine(grid?.ijkToLps ?? new Float64Array(16), [1, 2, 3])).toEqual([-8, -14, 57.5]);
    expect(grid?.values[1 + 2 * (2 + 3 * 3)]).toBeCloseTo(3.21, 6);
    expect(grid?.maxValue).toBeCloseTo(3.21, 6);
  });

  it('reads the absolute GridFrameOffsetVector form (first value = the grid z) and says so', async () => {
    const reviewCase = await load(buildRtDose({ ...baseDose, frameOffsetsMm: [50, 52.5, 55, 57.5] }));
    expect(Array.from(reviewCase.doses[0]?.grid?.frameOffsetsMm ?? [])).toEqual([0, 2.5, 5, 7.5]);
    expect(codes(reviewCase)).toContain('absolute-frame-offsets');
  });

  it('follows decreasing offsets: k runs down z', async () => {
    const grid = (await load(buildRtDose({ ...baseDose, frameOffsetsMm: [0, -2.5, -5, -7.5] }))).doses[0]?.grid;
    expect(applyAffine(grid?.ijkToLps ?? new Float64Array(16), [0, 0, 3])[2]).toBeCloseTo(42.5, 9);
  });

  it('keeps uneven planes at their true positions and notes it', async () => {
    const reviewCase = await load(buildRtDose({ ...baseDose, frameOffsetsMm: [0, 2, 5, 9] }));
    expect(reviewCase.doses[0]?.grid?.uniformSpacing).toBe(false);
    expect(codes(reviewCase)).toContain('uneven-dose-planes');
  });

  it('refuses offsets that cannot be placed without guessing', async () => {
    const shuffled = await load(buildRtDose({ ...baseDose, frameOffsetsMm: [0, 5, 2.5, 7.5] }));
    expect(shuffled.doses).toHaveLength(0);
    expect(shuffled.problems[0]?.message).toMatch(/readRtDose: the frame offsets are neither strictly increasing nor strictly decreasing .*GridFrameOffsetVector/u);
    const neither = await load(buildRtDose({ ...baseDose, frameOffsetsMm: [1, 3.5, 6, 8.5] }));
    expect(neither.problems[0]?.message).toMatch(/neither 0 \(relative form\) nor the grid's z position 50 mm/u);
    const tooFew = await load(buildRtDose({ ...baseDose, frameOffsetsMm: [0, 2.5] }));
    expect(tooFew.problems[0]?.message).toMatch(/2 offsets for 4 frames/u);
  });

  it('reads explicit big endian exactly as little endian', async () => {
    const little = (await load(buildRtDose(baseDose))).doses[0]?.grid?.values;
    const big = (await load(buildRtDose({ ...baseDose, syntax: 'explicit-be' }))).doses[0]?.grid?.values;
    expect(Array.from(big ?? [])).toEqual(Array.from(little ?? []));
  });
});

describe('readRtStruct, on hand-built structure sets', () => {
  const square = (z: number): number[] => [0, 0, z, 10, 0, z, 10, 10, z, 0, 10, z];
  const rois = [
    { number: 7, name: 'Target', type: 'PTV', color: [255, 0, 0] as const, contours: [{ type: 'CLOSED_PLANAR', points: square(0) }, { type: 'CLOSED_PLANAR', points: square(3), declaredCount: 5 }] },
    { number: 9, name: 'Marker', type: 'MARKER', color: [0, 255, 0] as const, contours: [{ type: 'POINT', points: [1, 2, 3] }, { type: 'OPEN_PLANAR', points: [0, 0, 0, 5, 5, 0] }] },
  ];

  it('reads numbers, names, colours, types and contours, and notes a wrong point count', async () => {
    const reviewCase = await load(buildRtStruct(rois));
    const [target, marker] = reviewCase.structureSets[0]?.rois ?? [];
    expect(target).toMatchObject({ number: 7, name: 'Target', interpretedType: 'PTV', colorRgb: [255, 0, 0] });
    expect(target?.contours.map((contour) => contour.pointsLps[2])).toEqual([0, 3]);
    expect(marker?.contours.map((contour) => contour.geometricType)).toEqual(['POINT', 'OPEN_PLANAR']);
    expect(reviewCase.problems.find((problem) => problem.code === 'contour-point-count')?.message).toMatch(/ROI 7 contour 2: NumberOfContourPoints says 5, ContourData holds 4/u);
  });

  it('reads a structure set without file meta (raw implicit VR data set)', async () => {
    const reviewCase = await load(buildRtStruct(rois, { fileMeta: false }));
    expect(reviewCase.structureSets[0]?.rois.map((roi) => roi.name)).toEqual(['Target', 'Marker']);
  });
});

describe('readRtPlan, on hand-built plans', () => {
  it('reads fractionation, prescription and each beam: arcs from start to stop angle, MU per fraction', async () => {
    const plan = (await load(buildRtPlan({
      fractions: 28, prescriptionGy: 50.4,
      beams: [
        { number: 1, name: 'Arc CW', gantry: [181, 270, 179], collimator: 30, couch: 0, mu: 312.5, isocenter: [1, 2, 3] },
        { number: 2, name: 'Static', gantry: [90], collimator: 0, couch: 270, mu: 80, isocenter: [1, 2, 3] },
      ],
    }))).plans[0];
    expect(plan).toMatchObject({ label: 'FixturePlan', intent: 'CURATIVE', fractionsPlanned: 28, prescriptionGy: 50.4, isIonPlan: false });
    expect(plan?.beams.map((beam) => [beam.name, beam.gantryStartDeg, beam.gantryStopDeg, beam.collimatorAngleDeg, beam.couchAngleDeg, beam.meterset, beam.controlPointCount])).toEqual([
      ['Arc CW', 181, 179, 30, 0, 312.5, 3],
      ['Static', 90, 90, 0, 270, 80, 2],
    ]);
    expect(plan?.beams[0]?.isocenterLps).toEqual([1, 2, 3]);
  });

  it('reads an RT Ion Plan from its ion beam and control-point sequences', async () => {
    const ionPlan = writeDicom([
      el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.481.8'), el(0x00080018, 'UI', '1.2.3.4.5.6'), el(0x00080060, 'CS', 'RTPLAN'),
      el(0x300a0002, 'SH', 'Protons'),
      el(0x300a0070, 'SQ', [[el(0x300a0078, 'IS', [5]), el(0x300c0004, 'SQ', [[el(0x300a0086, 'DS', [1.5e9]), el(0x300c0006, 'IS', [1])]])]]),
      el(0x300a03a2, 'SQ', [[
        el(0x300a00c0, 'IS', [1]), el(0x300a00c2, 'LO', 'Field 1'), el(0x300a00c6, 'CS', 'PROTON'),
        el(0x300a03a8, 'SQ', [[el(0x300a0114, 'DS', [150]), el(0x300a011e, 'DS', [45]), el(0x300a0122, 'DS', [10]), el(0x300a012c, 'DS', [0, 0, 0])], [el(0x300a011e, 'DS', [45])]]),
      ]]),
    ], { syntax: 'implicit-le', fileMeta: true });
    const plan = (await load(ionPlan)).plans[0];
    expect(plan).toMatchObject({ isIonPlan: true, label: 'Protons', fractionsPlanned: 5 });
    expect(plan?.beams[0]).toMatchObject({ name: 'Field 1', radiationType: 'PROTON', nominalEnergy: 150, gantryStartDeg: 45, couchAngleDeg: 10, meterset: 1.5e9 });
  });
});
