import { describe, expect, it } from 'vitest';
import { CaseLoader } from '../../src/case/caseLoader.js';
import { applyAffine } from '../../src/geometry/affine.js';
import { modalityValueAt } from '../../src/dicom/imageValues.js';
import { buildCtSlice } from '../fixtures/rtBuilders.js';

type Orientation = readonly [number, number, number, number, number, number];

/**
 * Three 2-row x 3-column slices, pixel spacing 2 mm between rows and 1 mm between columns,
 * 3 mm apart along the slice normal n = row x column, first slice at (10, 20, 30).
 * `farCornerLps` is voxel (i=2, j=1, k=2) = origin + 2*1*row + 1*2*column + 2*3*n, worked out
 * by hand for each orientation (the normal of each pair is written in the comment).
 */
const cases: readonly { name: string; orientation: Orientation; normal: readonly [number, number, number]; farCornerLps: readonly [number, number, number] }[] = [
  // n = (1,0,0) x (0,1,0) = (0,0,1)
  { name: 'HFS axial', orientation: [1, 0, 0, 0, 1, 0], normal: [0, 0, 1], farCornerLps: [12, 22, 36] },
  // n = (-1,0,0) x (0,1,0) = (0,0,-1)
  { name: 'FFS axial', orientation: [-1, 0, 0, 0, 1, 0], normal: [0, 0, -1], farCornerLps: [8, 22, 24] },
  // n = (-1,0,0) x (0,-1,0) = (0,0,1)
  { name: 'HFP axial', orientation: [-1, 0, 0, 0, -1, 0], normal: [0, 0, 1], farCornerLps: [8, 18, 36] },
  // n = (1,0,0) x (0,-1,0) = (0,0,-1)
  { name: 'FFP axial', orientation: [1, 0, 0, 0, -1, 0], normal: [0, 0, -1], farCornerLps: [12, 18, 24] },
  // n = (0,1,0) x (-1,0,0) = (0,0,1)
  { name: 'HFDL axial', orientation: [0, 1, 0, -1, 0, 0], normal: [0, 0, 1], farCornerLps: [8, 22, 36] },
  // n = (0,-1,0) x (1,0,0) = (0,0,1)
  { name: 'HFDR axial', orientation: [0, -1, 0, 1, 0, 0], normal: [0, 0, 1], farCornerLps: [12, 18, 36] },
  // n = (0,1,0) x (1,0,0) = (0,0,-1)
  { name: 'FFDL axial', orientation: [0, 1, 0, 1, 0, 0], normal: [0, 0, -1], farCornerLps: [12, 22, 24] },
  // n = (0,-1,0) x (-1,0,0) = (0,0,-1)
  { name: 'FFDR axial', orientation: [0, -1, 0, -1, 0, 0], normal: [0, 0, -1], farCornerLps: [8, 18, 24] },
  // n = (0,1,0) x (0,0,-1) = (-1,0,0)
  { name: 'sagittal', orientation: [0, 1, 0, 0, 0, -1], normal: [-1, 0, 0], farCornerLps: [4, 22, 28] },
  // n = (1,0,0) x (0,0,-1) = (0,1,0)
  { name: 'coronal', orientation: [1, 0, 0, 0, 0, -1], normal: [0, 1, 0], farCornerLps: [12, 26, 28] },
];

const originLps = [10, 20, 30] as const;

/** Stored value at row r, column c of the slice at physical position s: 100 s + 10 r + c. */
function sliceFiles(orientation: Orientation, normal: readonly [number, number, number]): { name: string; bytes: Uint8Array }[] {
  const physicalOrder = [0, 1, 2].map((s) => {
    const stored = new Int16Array(6);
    for (let r = 0; r < 2; r += 1) for (let c = 0; c < 3; c += 1) stored[r * 3 + c] = 100 * s + 10 * r + c;
    return {
      name: `slice-${s}.dcm`,
      bytes: buildCtSlice({
        sopInstanceUid: `1.2.3.4.${s + 1}`,
        rows: 2,
        columns: 3,
        positionLps: [originLps[0] + 3 * s * normal[0], originLps[1] + 3 * s * normal[1], originLps[2] + 3 * s * normal[2]],
        orientation,
        pixelSpacingMm: [2, 1],
        stored,
        instanceNumber: 3 - s, // instance numbers run against the geometry
      }),
    };
  });
  return [physicalOrder[1], physicalOrder[2], physicalOrder[0]].flatMap((file) => (file === undefined ? [] : [file]));
}

describe('image series in every patient orientation', () => {
  for (const testCase of cases) {
    it(`${testCase.name}: sorts along the normal and maps IJK to LPS`, async () => {
      const loader = new CaseLoader(3);
      for (const file of sliceFiles(testCase.orientation, testCase.normal)) await loader.addFile(file);
      const reviewCase = loader.finish();
      expect(reviewCase.problems.filter((p) => p.severity !== 'info')).toEqual([]);
      const [volume] = reviewCase.images;
      if (volume === undefined) throw new Error('no volume');
      expect(volume.dimensions).toEqual([3, 2, 3]);
      expect(volume.spacingMm[0]).toBeCloseTo(1, 9);
      expect(volume.spacingMm[1]).toBeCloseTo(2, 9);
      expect(volume.spacingMm[2]).toBeCloseTo(3, 9);
      const origin = applyAffine(volume.ijkToLps, [0, 0, 0]);
      const corner = applyAffine(volume.ijkToLps, [2, 1, 2]);
      origin.forEach((value, axis) => expect(value).toBeCloseTo(originLps[axis] ?? 0, 9));
      corner.forEach((value, axis) => expect(value).toBeCloseTo(testCase.farCornerLps[axis] ?? 0, 9));
      // voxel (i=2, j=1, k=2) comes from the slice at physical position 2: stored 212, HU 212 - 1024
      expect(modalityValueAt(volume, 2 + 3 * (1 + 2 * 2))).toBe(212 - 1024);
      expect(modalityValueAt(volume, 0)).toBe(-1024);
      expect(volume.sliceFiles).toEqual(['slice-0.dcm', 'slice-1.dcm', 'slice-2.dcm']);
      expect(volume.storedVoxels).toBeInstanceOf(Int16Array);
      expect(volume.rescale).toEqual({ slope: 1, intercept: -1024 });
    });
  }

  it('an oblique series keeps its directions exactly', async () => {
    const row = [Math.SQRT1_2, Math.SQRT1_2, 0] as const;
    const column = [0, 0, -1] as const;
    // n = row x column = (SQRT1_2 * -1 - 0, 0 - SQRT1_2 * -1, 0) = (-SQRT1_2, SQRT1_2, 0)
    const normal = [-Math.SQRT1_2, Math.SQRT1_2, 0] as const;
    const loader = new CaseLoader(3);
    for (const file of sliceFiles([...row, ...column], normal)) await loader.addFile(file);
    const [volume] = loader.finish().images;
    if (volume === undefined) throw new Error('no volume');
    const corner = applyAffine(volume.ijkToLps, [2, 1, 2]);
    // origin + 2 * row + 2 * column + 6 * n
    const expected = [10 + 2 * Math.SQRT1_2 - 6 * Math.SQRT1_2, 20 + 2 * Math.SQRT1_2 + 6 * Math.SQRT1_2, 30 - 2];
    corner.forEach((value, axis) => expect(value).toBeCloseTo(expected[axis] ?? 0, 9));
    expect(modalityValueAt(volume, 2 + 3 * (1 + 2 * 2))).toBe(212 - 1024);
  });
  it('slices that arrive in descending order keep it: k runs against the normal, voxels stay in place', async () => {
    const files = sliceFiles([1, 0, 0, 0, 1, 0], [0, 0, 1]); // arrival: positions 1, 2, 0
    const byPosition = [files[2], files[0], files[1]].flatMap((file) => (file === undefined ? [] : [file]));
    const loader = new CaseLoader(3);
    for (const file of [...byPosition].reverse()) await loader.addFile(file); // z = 36, 33, 30
    const [volume] = loader.finish().images;
    if (volume === undefined) throw new Error('no volume');
    expect(volume.sliceFiles).toEqual(['slice-2.dcm', 'slice-1.dcm', 'slice-0.dcm']);
    expect(applyAffine(volume.ijkToLps, [0, 0, 0])).toEqual([10, 20, 36]);
    expect(applyAffine(volume.ijkToLps, [2, 1, 2])).toEqual([12, 22, 30]);
    expect(Array.from(volume.slicePositionsMm)).toEqual([36, 33, 30]);
    // voxel (2, 1, 0) is in the slice at z = 36 (physical position 2): stored 212
    expect(modalityValueAt(volume, 2 + 3 * (1 + 2 * 0))).toBe(212 - 1024);
    expect(modalityValueAt(volume, 2 + 3 * (1 + 2 * 2))).toBe(12 - 1024);
  });
});
