import { DataTexture, FloatType, NearestFilter, RedFormat } from 'three';
import { trueIndexOfLinear } from '../../../src/geometry/unevenPlanes.js';

/**
 * For grids with unevenly spaced planes the affine (and so the shader's texture coordinate) is
 * linear in the mean spacing. This table takes that linear texture z to the true one, sampled
 * finely enough (64 entries per plane) that the shader's linear interpolation between entries
 * matches the planes' piecewise-linear positions to well under 0.1 mm at the planes' kinks.
 */
export function planeRemapTable(positionsMm: Float64Array): Float32Array {
  const planes = positionsMm.length;
  const size = Math.max(2, Math.min(16384, planes * 64));
  const trueK = trueIndexOfLinear(positionsMm);
  const table = new Float32Array(size);
  for (let n = 0; n < size; n += 1) {
    const linearZ = n / (size - 1);
    table[n] = (trueK(linearZ * planes - 0.5) + 0.5) / planes;
  }
  return table;
}

const textures = new WeakMap<Float64Array, DataTexture>();

export function planeRemapTexture(positionsMm: Float64Array): DataTexture {
  let texture = textures.get(positionsMm);
  if (texture === undefined) {
    const table = planeRemapTable(positionsMm);
    texture = new DataTexture(table, table.length, 1, RedFormat, FloatType);
    texture.minFilter = NearestFilter;
    texture.magFilter = NearestFilter;
    texture.generateMipmaps = false;
    texture.needsUpdate = true;
    textures.set(positionsMm, texture);
  }
  return texture;
}

/** A 2 x 1 identity table for grids whose planes are evenly spaced (the shader skips it). */
export const identityRemap = (() => {
  const texture = new DataTexture(Float32Array.of(0, 1), 2, 1, RedFormat, FloatType);
  texture.needsUpdate = true;
  return texture;
})();
