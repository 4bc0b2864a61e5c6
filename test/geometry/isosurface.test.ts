import { describe, expect, it } from 'vitest';
import { applyAffine, gridAffine, type Affine } from '../../src/geometry/affine.js';
import { isosurface } from '../../src/geometry/isosurface.js';
import { dot, length, normalize, subtract, type Vec3 } from '../../src/geometry/vec3.js';
import { meshAreaMm2, meshVolumeMm3, normalOf, openEdges, vertexOf } from './meshMeasures.js';

const unitGrid: Affine = gridAffine({ originLps: [0, 0, 0], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacingMm: [1, 1, 1] });

/** R - distance from the centre, sampled at each voxel's patient position: >= 0 inside the ball. */
function ballField(dimensions: readonly [number, number, number], ijkToLps: Affine, centreLps: Vec3, radiusMm: number): Float32Array {
  const [ni, nj, nk] = dimensions;
  const values = new Float32Array(ni * nj * nk);
  for (let k = 0; k < nk; k += 1) {
    for (let j = 0; j < nj; j += 1) {
      for (let i = 0; i < ni; i += 1) values[i + ni * (j + nj * k)] = radiusMm - length(subtract(applyAffine(ijkToLps, [i, j, k]), centreLps));
    }
  }
  return values;
}

/** Worst radial error of the vertices, and the least cosine between a vertex normal and the outward radius. */
function sphereFit(mesh: ReturnType<typeof isosurface>, centreLps: Vec3, radiusMm: number): { radialErrorMm: number; leastCosine: number } {
  let radialErrorMm = 0;
  let leastCosine = 1;
  for (let vertex = 0; vertex < mesh.positionsLps.length / 3; vertex += 1) {
    const offset = subtract(vertexOf(mesh, vertex), centreLps);
    radialErrorMm = Math.max(radialErrorMm, Math.abs(length(offset) - radiusMm));
    leastCosine = Math.min(leastCosine, dot(normalize(offset), normalOf(mesh, vertex)));
  }
  return { radialErrorMm, leastCosine };
}

const seeded = (seed: number) => (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

describe('isosurface', () => {
  const radiusMm = 20;
  const ballVolume = (4 / 3) * Math.PI * radiusMm ** 3;
  const ballArea = 4 * Math.PI * radiusMm ** 2;

  it('meshes a sphere: closed, volume and area near the analytic ones, vertices on it, normals outward', () => {
    const centre: Vec3 = [31.3, 32.1, 30.7];
    const mesh = isosurface(ballField([64, 64, 64], unitGrid, centre, radiusMm), [64, 64, 64], unitGrid, 0);
    expect(openEdges(mesh)).toEqual([]);
    expect(Math.abs(meshVolumeMm3(mesh) - ballVolume) / ballVolume).toBeLessThan(0.01);
    expect(Math.abs(meshAreaMm2(mesh) - ballArea) / ballArea).toBeLessThan(0.02);
    const fit = sphereFit(mesh, centre, radiusMm);
    expect(fit.radialErrorMm).toBeLessThan(0.05);
    expect(fit.leastCosine).toBeGreaterThan(0.99);
    expect(mesh.normalsLps.length).toBe(mesh.positionsLps.length);
    expect(Math.max(...mesh.indices)).toBe(mesh.positionsLps.length / 3 - 1);
  });

  it('shares vertices: about one vertex per two triangles on a closed surface (Euler: V - E + F = 2)', () => {
    const mesh = isosurface(ballField([40, 40, 40], unitGrid, [19.5, 20.2, 19.9], 12), [40, 40, 40], unitGrid, 0);
    const vertices = mesh.positionsLps.length / 3;
    const faces = mesh.indices.length / 3;
    expect(vertices - (3 * faces) / 2 + faces).toBe(2);
  });

  it('is closed and consistently wound for every corner pattern and for random fields', () => {
    for (let pattern = 0; pattern < 256; pattern += 1) {
      const values = new Uint8Array(4 * 4 * 4);
      for (let corner = 0; corner < 8; corner += 1) values[1 + (corner & 1) + 4 * (1 + ((corner >> 1) & 1) + 4 * (1 + ((corner >> 2) & 1)))] = (pattern >> corner) & 1;
      const mesh = isosurface(values, [4, 4, 4], unitGrid, 0.5);
      expect(openEdges(mesh), `pattern ${pattern}`).toEqual([]);
      if (pattern !== 0) expect(meshVolumeMm3(mesh), `pattern ${pattern}`).toBeGreaterThan(0);
    }
    const random = seeded(7);
    for (let trial = 0; trial < 5; trial += 1) {
      const n = 12;
      const values = Float32Array.from({ length: n ** 3 }, (_, index) => {
        const [i, j, k] = [index % n, Math.floor(index / n) % n, Math.floor(index / n ** 2)];
        return [i, j, k].some((c) => c === 0 || c === n - 1) ? 0 : random();
      });
      const mesh = isosurface(values, [n, n, n], unitGrid, 0.5);
      expect(mesh.indices.length).toBeGreaterThan(1000);
      expect(openEdges(mesh)).toEqual([]);
    }
  });

  it('gives a block of Int16 values its voxel volume less the chamfers on its edges and corners', () => {
    // 10^3 samples at 1000 in a sea of -1000, level 0: faces halfway between samples (a 10 mm cube),
    // each of the 12 edges cut by a prism of section 1/8 over 9 cells, each corner by 1/8 - 1/48.
    const n = 14;
    const values = new Int16Array(n ** 3).fill(-1000);
    for (let k = 2; k < 12; k += 1) for (let j = 2; j < 12; j += 1) for (let i = 2; i < 12; i += 1) values[i + n * (j + n * k)] = 1000;
    const expected = 1000 - (12 * 9) / 8 - 8 * (1 / 8 - 1 / 48);
    expect(meshVolumeMm3(isosurface(values, [n, n, n], unitGrid, 0))).toBeCloseTo(expected, 3);
    // Anisotropic spacing scales it.
    const stretched = gridAffine({ originLps: [5, -3, 2], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacingMm: [2, 1, 3] });
    expect(meshVolumeMm3(isosurface(values, [n, n, n], stretched, 0))).toBeCloseTo(expected * 6, 2);
  });

  it('places vertices through any affine: a flipped, rotated, anisotropic grid still gives an outward, closed sphere', () => {
    const angle = Math.PI / 7;
    const rotated = gridAffine({
      originLps: [100, -50, 30],
      rowDirection: [-Math.cos(angle), -Math.sin(angle), 0], // i runs backwards: the determinant is negative
      columnDirection: [-Math.sin(angle), Math.cos(angle), 0],
      sliceDirection: [0, 0, 1],
      spacingMm: [0.9, 1.2, 1.5],
    });
    const dimensions = [56, 48, 36] as const;
    const centre = applyAffine(rotated, [27.3, 23.6, 17.8]);
    const mesh = isosurface(ballField(dimensions, rotated, centre, radiusMm), dimensions, rotated, 0);
    expect(openEdges(mesh)).toEqual([]);
    expect(Math.abs(meshVolumeMm3(mesh) - ballVolume) / ballVolume).toBeLessThan(0.01);
    const fit = sphereFit(mesh, centre, radiusMm);
    expect(fit.radialErrorMm).toBeLessThan(0.1);
    expect(fit.leastCosine).toBeGreaterThan(0.98); // the gradient goes through the inverse transpose
  });

  it('subsamples with step 2: a quarter of the vertices, still closed and near the sphere', () => {
    const centre: Vec3 = [31.3, 32.1, 30.7];
    const field = ballField([64, 64, 64], unitGrid, centre, radiusMm);
    const full = isosurface(field, [64, 64, 64], unitGrid, 0);
    const coarse = isosurface(field, [64, 64, 64], unitGrid, 0, { step: 2 });
    const ratio = coarse.positionsLps.length / full.positionsLps.length;
    expect(ratio).toBeGreaterThan(0.2);
    expect(ratio).toBeLessThan(0.3);
    expect(openEdges(coarse)).toEqual([]);
    expect(Math.abs(meshVolumeMm3(coarse) - ballVolume) / ballVolume).toBeLessThan(0.03);
    expect(sphereFit(coarse, centre, radiusMm).radialErrorMm).toBeLessThan(0.2);
  });

  it('is empty when the level is never reached, and refuses inconsistent input', () => {
    const values = new Float32Array(27);
    expect(isosurface(values, [3, 3, 3], unitGrid, 1).indices).toHaveLength(0);
    expect(() => isosurface(values, [3, 3, 4], unitGrid, 1)).toThrow(/27 values for a 3 x 3 x 4 grid/u);
    expect(() => isosurface(values, [3, 3, 3], unitGrid, Number.NaN)).toThrow(/level/u);
    expect(() => isosurface(values, [3, 3, 3], unitGrid, 1, { step: 0 })).toThrow(/step/u);
  });
});
