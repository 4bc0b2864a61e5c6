import { applyAffine, type Affine } from '../../src/geometry/affine.js';
import type { Vec3 } from '../../src/geometry/vec3.js';
import type { BoundsLps } from './sliceFrame.js';

/** The LPS box around a grid's voxels (half a voxel beyond the outermost centres), any orientation. */
export function gridBoundsLps(ijkToLps: Affine, dimensions: readonly [number, number, number]): BoundsLps {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const i of [-0.5, dimensions[0] - 0.5]) {
    for (const j of [-0.5, dimensions[1] - 0.5]) {
      for (const k of [-0.5, dimensions[2] - 0.5]) {
        const p = applyAffine(ijkToLps, [i, j, k]);
        for (let c = 0; c < 3; c += 1) {
          min[c] = Math.min(min[c] ?? 0, p[c as 0]);
          max[c] = Math.max(max[c] ?? 0, p[c as 0]);
        }
      }
    }
  }
  return { minLps: min, maxLps: max };
}

export function boundsCentre(bounds: BoundsLps): Vec3 {
  return [0, 1, 2].map((c) => (bounds.minLps[c as 0] + bounds.maxLps[c as 0]) / 2) as unknown as Vec3;
}
