import { describe, expect, it } from 'vitest';
import { bisect } from '../bisect.js';
import { metricValue } from './metricValue.js';
import type { DoseGrid } from '../../src/dicom/rtDose.js';
import type { Contour, Roi } from '../../src/dicom/rtStruct.js';
import { computeDvh } from '../../src/dvh/computeDvh.js';
import { gridAffine } from '../../src/geometry/affine.js';
import type { Vec3 } from '../../src/geometry/vec3.js';

/**
 * Shapes whose DVH in a linear dose D(p) = 60 Gy + g (p - c) . axis, g = 0.4 Gy/mm, follows by
 * hand. With s the coordinate along the gradient axis measured from the shape's centre c, the
 * fraction F(s0) of the volume with s >= s0 gives every metric: Dx% = 60 + g s0 where F(s0) = x/100.
 *
 * - Sphere, radius R, any axis: F = (R - s0)^2 (2R + s0) / (4 R^3); volume 4/3 pi R^3; mean 60.
 * - Cylinder along z, radius R, height H: along z, F = (H/2 - s0) / H (D uniform in dose);
 *   along x or y, F = (acos(t) - t sqrt(1 - t^2)) / pi with t = s0 / R (circular segment);
 *   volume pi R^2 H; mean 60.
 * - Cone along z, base radius R at z = -H/4 from its centroid, apex at 3H/4: along z,
 *   F = (3/4 - s0/H)^3 (the part above s0 is a similar cone); volume pi R^2 H / 3; mean 60
 *   (the centroid sits a quarter of the height above the base).
 * Each is contoured with 256-vertex polygons on planes at (k + 1/2) x the grid spacing, so that
 * with half-slice end caps the flat ends (at multiples of 1, 2 and 3 mm: sphere R 18, cylinder
 * H 36, cone from -12 to 36) fall on slab boundaries, as a planner's contours on CT slices do;
 * curved boundaries keep the prism (midpoint-rule) error. The dose grid has 1, 2 or 3 mm voxels,
 * with nodes on whole multiples of the spacing or offset by half a voxel.
 */
const gradientGyPerMm = 0.4;
const centreDoseGy = 60;

type Shape = 'sphere' | 'cylinder' | 'cone';
interface Case { readonly shape: Shape; readonly axis: 0 | 1 | 2; readonly spacingMm: 1 | 2 | 3; readonly offset: boolean }

const sizeMm = { sphere: { radius: 18, height: 0 }, cylinder: { radius: 15, height: 36 }, cone: { radius: 20, height: 48 } };

function fractionAbove(shape: Shape, axis: number, s0: number): number {
  const { radius: r, height: h } = sizeMm[shape];
  if (shape === 'sphere') return ((r - s0) ** 2 * (2 * r + s0)) / (4 * r ** 3);
  if (shape === 'cylinder') {
    if (axis === 2) return (h / 2 - s0) / h;
    const t = s0 / r;
    return (Math.acos(t) - t * Math.sqrt(1 - t * t)) / Math.PI;
  }
  return (0.75 - s0 / h) ** 3;
}

function truth(testCase: Case): { volumeCc: number; doseAt: (percent: number) => number } {
  const { radius: r, height: h } = sizeMm[testCase.shape];
  const volumeMm3 = testCase.shape === 'sphere' ? (4 / 3) * Math.PI * r ** 3 : testCase.shape === 'cylinder' ? Math.PI * r * r * h : (Math.PI * r * r * h) / 3;
  const [low, high] = testCase.shape === 'sphere' ? [-r, r] : testCase.shape === 'cylinder' ? (testCase.axis === 2 ? [-h / 2, h / 2] : [-r, r]) : [-h / 4, (3 * h) / 4];
  return {
    volumeCc: volumeMm3 / 1000,
    doseAt: (percent) => centreDoseGy + gradientGyPerMm * bisect((s) => fractionAbove(testCase.shape, testCase.axis, s) - percent / 100, low, high),
  };
}

/** Radius of the shape's cross-section at height z from its centre (0 where it is absent). */
function radiusAt(shape: Shape, zMm: number): number {
  const { radius: r, height: h } = sizeMm[shape];
  if (shape === 'sphere') return Math.abs(zMm) < r ? Math.sqrt(r * r - zMm * zMm) : 0;
  if (shape === 'cylinder') return Math.abs(zMm) <= h / 2 ? r : 0;
  return zMm >= -h / 4 && zMm < (3 * h) / 4 ? r * (0.75 - zMm / h) : 0;
}

function contoured(shape: Shape, planeMm: number): Roi {
  const contours: Contour[] = [];
  for (let k = -40; k <= 40; k += 1) {
    const z = (k + 0.5) * planeMm;
    const radius = radiusAt(shape, z);
    if (radius <= 0) continue;
    const points = new Float64Array(256 * 3);
    for (let v = 0; v < 256; v += 1) points.set([radius * Math.cos((2 * Math.PI * v) / 256), radius * Math.sin((2 * Math.PI * v) / 256), z], v * 3);
    contours.push({ geometricType: 'CLOSED_PLANAR', pointsLps: points, referencedSopInstanceUids: [] });
  }
  return { number: 1, name: shape, colorRgb: undefined, interpretedType: 'PTV', frameOfReferenceUid: undefined, generationAlgorithm: undefined, contours };
}

function linearDose(spacingMm: number, offset: boolean, axis: number, orientation: { row: Vec3; column: Vec3 } = { row: [1, 0, 0], column: [0, 1, 0] }): DoseGrid {
  const size = Math.ceil(100 / spacingMm) + 1;
  const shift = offset ? spacingMm / 2 : 0;
  const slice: Vec3 = [
    orientation.row[1] * orientation.column[2] - orientation.row[2] * orientation.column[1],
    orientation.row[2] * orientation.column[0] - orientation.row[0] * orientation.column[2],
    orientation.row[0] * orientation.column[1] - orientation.row[1] * orientation.column[0],
  ];
  const half = ((size - 1) * spacingMm) / 2;
  const originLps: Vec3 = [0, 1, 2].map((a) => shift - half * ((orientation.row[a] ?? 0) + (orientation.column[a] ?? 0) + (slice[a] ?? 0))) as unknown as Vec3;
  const affine = gridAffine({ originLps, rowDirection: orientation.row, columnDirection: orientation.column, sliceDirection: slice, spacingMm: [spacingMm, spacingMm, spacingMm] });
  const values = new Float32Array(size ** 3);
  for (let k = 0; k < size; k += 1) for (let j = 0; j < size; j += 1) for (let i = 0; i < size; i += 1) {
    const p = [0, 1, 2].map((a) => (affine[a * 4] ?? 0) * i + (affine[a * 4 + 1] ?? 0) * j + (affine[a * 4 + 2] ?? 0) * k + (affine[a * 4 + 3] ?? 0));
    values[i + size * (j + size * k)] = centreDoseGy + gradientGyPerMm * (p[axis] ?? 0);
  }
  return {
    dimensions: [size, size, size], spacingMm: [spacingMm, spacingMm, spacingMm], ijkToLps: affine, values,
    maxValue: centreDoseGy + gradientGyPerMm * half * 2, frameOffsetsMm: Float64Array.from({ length: size }, (_, k) => k * spacingMm), uniformSpacing: true,
  };
}

const checked = ['D99', 'D95', 'D5', 'D1'] as const;

describe('DVH accuracy on analytic phantoms (spheres, cylinders, cones; 1, 2, 3 mm; aligned and offset; gradients along x, y, z)', () => {
  const cases: Case[] = [];
  for (const shape of ['sphere', 'cylinder', 'cone'] as const) {
    for (const spacingMm of [1, 2, 3] as const) {
      for (const offset of [false, true]) {
        for (const axis of (shape === 'cone' ? [2] : [0, 1, 2]) as (0 | 1 | 2)[]) cases.push({ shape, axis, spacingMm, offset });
      }
    }
  }

  it(`meets the accuracy targets over all ${cases.length} cases`, () => {
    const errors: Record<string, number[]> = { volume: [], Dmean: [], D99: [], D95: [], D5: [], D1: [] };
    const worst: string[] = [];
    for (const testCase of cases) {
      const { data } = computeDvh(contoured(testCase.shape, testCase.spacingMm), linearDose(testCase.spacingMm, testCase.offset, testCase.axis));
      if (data === undefined) throw new Error('no DVH');
      const expected = truth(testCase);
      const record = (key: string, value: number, truthValue: number): void => {
        const error = Math.abs(value - truthValue) / truthValue;
        errors[key]?.push(error);
        if (error > 0.05) worst.push(`${JSON.stringify(testCase)} ${key}: ${value.toFixed(3)} vs ${truthValue.toFixed(3)}`);
      };
      record('volume', data.volumeCc, expected.volumeCc);
      record('Dmean', data.meanGy, centreDoseGy);
      for (const name of checked) {
        record(name, metricValue(name, data), expected.doseAt(Number(name.slice(1))));
      }
    }
    const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
    console.info(`analytic DVH errors over ${cases.length} cases (mean / max, %): ${Object.entries(errors).map(([key, values]) => `${key} ${(100 * mean(values)).toFixed(3)} / ${(100 * Math.max(...values)).toFixed(3)}`).join('; ')}`);
    expect(worst).toEqual([]);
    for (const key of ['volume', 'Dmean', 'D95', 'D5', 'D1']) expect(mean(errors[key] ?? [])).toBeLessThanOrEqual(0.01);
    expect(mean(errors.D99 ?? [])).toBeLessThanOrEqual(0.03);
  });

  it('gives the same DVH for the same physical situation in every patient orientation', () => {
    const orientations: Record<string, { row: Vec3; column: Vec3 }> = {
      HFS: { row: [1, 0, 0], column: [0, 1, 0] }, FFS: { row: [-1, 0, 0], column: [0, 1, 0] },
      HFP: { row: [-1, 0, 0], column: [0, -1, 0] }, FFP: { row: [1, 0, 0], column: [0, -1, 0] },
      HFDL: { row: [0, 1, 0], column: [-1, 0, 0] }, FFDR: { row: [0, -1, 0], column: [-1, 0, 0] },
    };
    const roi = contoured('sphere', 2);
    const results = Object.entries(orientations).map(([name, orientation]) => {
      const { data } = computeDvh(roi, linearDose(2, true, 0, orientation));
      if (data === undefined) throw new Error(name);
      return { name, meanGy: data.meanGy, d95: metricValue('D95', data) };
    });
    const reference = results[0];
    for (const result of results) {
      expect(result.meanGy, result.name).toBeCloseTo(reference?.meanGy ?? Number.NaN, 4);
      expect(result.d95, result.name).toBeCloseTo(reference?.d95 ?? Number.NaN, 4);
    }
  });
});
