import { describe, expect, it } from 'vitest';
import type { DoseGrid } from '../../src/dicom/rtDose.js';
import { gridAffine } from '../../src/geometry/affine.js';
import type { RoiMask } from '../../src/structures/roiMask.js';
import { claimOrder, voxelClasses } from '../../src/therapy/voxelClasses.js';

const axes = { rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1] } as const;

/** A 10 x 10 x 10 dose grid of 2 mm voxels from (0, 0, 0). */
function grid(frameOffsetsMm?: number[]): DoseGrid {
  const offsets = frameOffsetsMm ?? Array.from({ length: 10 }, (_, k) => 2 * k);
  return {
    dimensions: [10, 10, offsets.length],
    spacingMm: [2, 2, 2],
    ijkToLps: gridAffine({ originLps: [0, 0, 0], ...axes, spacingMm: [2, 2, 2] }),
    values: new Float32Array(100 * offsets.length),
    maxValue: 0,
    frameOffsetsMm: Float64Array.from(offsets),
    uniformSpacing: frameOffsetsMm === undefined,
  };
}

/** A 1 mm mask filling the box [lo, hi] mm (voxel centres inside). */
function boxMask(lo: [number, number, number], hi: [number, number, number]): RoiMask {
  const dims: [number, number, number] = [hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1];
  return { roiNumber: 1, dimensions: dims, spacingMm: [1, 1, 1], ijkToLps: gridAffine({ originLps: lo, ...axes, spacingMm: [1, 1, 1] }), values: new Uint8Array(dims[0] * dims[1] * dims[2]).fill(255) };
}

const at = (classes: Uint8Array, i: number, j: number, k: number): number => classes[i + 10 * (j + 10 * k)] ?? -1;

describe('voxel classes of the dose grid (§4.5 voxel maps)', () => {
  it('targets claim first, then OARs by lowest alpha/beta, ties to the earlier structure', () => {
    expect(claimOrder([{ role: 'oar', alphaBetaGy: 3 }, { role: 'target', alphaBetaGy: 10 }, { role: 'oar', alphaBetaGy: 2 }, { role: 'oar', alphaBetaGy: 2 }])).toEqual([1, 2, 3, 0]);
  });

  it('a voxel takes the first mask in claim order that holds its centre; others are class 0', () => {
    const target = boxMask([4, 4, 4], [8, 8, 8]); // dose voxels 2..4 on each axis
    const oar = boxMask([0, 0, 0], [6, 6, 6]); // dose voxels 0..3
    const classes = voxelClasses(grid(), [target, oar]);
    expect(at(classes, 3, 3, 3)).toBe(1);
    expect(at(classes, 4, 4, 4)).toBe(1);
    expect(at(classes, 1, 1, 1)).toBe(2);
    expect(at(classes, 5, 5, 5)).toBe(0);
    expect(at(classes, 3, 3, 9)).toBe(0);
  });

  it('places uneven planes at their true offsets', () => {
    const offsets = [0, 2, 4, 6, 8, 14, 16, 18, 20, 22];
    const classes = voxelClasses(grid(offsets), [boxMask([0, 0, 13], [4, 4, 15])]);
    expect(at(classes, 1, 1, 5)).toBe(1); // at 14 mm
    expect(at(classes, 1, 1, 4)).toBe(0); // at 8 mm
    expect(at(classes, 1, 1, 7)).toBe(0); // at 18 mm, where an even grid would have plane 7 at 14 mm
  });

  it('leaves a structure without a mask out', () => {
    const classes = voxelClasses(grid(), [undefined, boxMask([0, 0, 0], [2, 2, 2])]);
    expect(at(classes, 0, 0, 0)).toBe(2);
  });
});
