import { Matrix4 } from 'three';
import { invertAffine, type Affine } from '../../../src/geometry/affine.js';

/**
 * The matrix that takes a patient point (LPS mm) to the texture coordinate of a grid whose voxel
 * centres are `ijkToLps` of integer indices: tex = (ijk + 0.5) / dimensions, so that a voxel's
 * centre is its texel's centre and the texture's edge is half a voxel beyond the outermost centres.
 */
export function lpsToTextureMatrix(ijkToLps: Affine, dimensions: readonly [number, number, number]): Matrix4 {
  const lpsToIjk = invertAffine(ijkToLps);
  const m = (row: number, col: number): number => lpsToIjk[row * 4 + col] ?? 0;
  const out = new Matrix4();
  const e: number[] = [];
  for (let row = 0; row < 3; row += 1) {
    const size = dimensions[row] ?? 1;
    for (let col = 0; col < 4; col += 1) e.push((m(row, col) + (col === 3 ? 0.5 : 0)) / size);
  }
  out.set(
    e[0] ?? 0, e[1] ?? 0, e[2] ?? 0, e[3] ?? 0,
    e[4] ?? 0, e[5] ?? 0, e[6] ?? 0, e[7] ?? 0,
    e[8] ?? 0, e[9] ?? 0, e[10] ?? 0, e[11] ?? 0,
    0, 0, 0, 1,
  );
  return out;
}
