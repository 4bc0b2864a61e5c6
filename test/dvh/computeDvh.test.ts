import { describe, expect, it } from 'vitest';
import { bisect } from '../bisect.js';
import type { DoseGrid } from '../../src/dicom/rtDose.js';
import type { Contour, Roi } from '../../src/dicom/rtStruct.js';
import { computeDvh } from '../../src/dvh/computeDvh.js';
import { cumulativeCc, type DvhData } from '../../src/dvh/dvhData.js';
import { gridAffine } from '../../src/geometry/affine.js';
import type { Vec3 } from '../../src/geometry/vec3.js';

/** A dose grid of `size` voxels of `spacingMm` centred on the origin, dose = f(point), axial. */
function doseGrid(size: number, spacingMm: number, doseGy: (p: Vec3) => number, sliceSign = 1): DoseGrid {
  const half = ((size - 1) * spacingMm) / 2;
  const originLps: Vec3 = [-half, -half, sliceSign * -half];
  const values = new Float32Array(size ** 3);
  let max = -Infinity;
  for (let k = 0; k < size; k += 1) for (let j = 0; j < size; j += 1) for (let i = 0; i < size; i += 1) {
    const value = doseGy([originLps[0] + i * spacingMm, originLps[1] + j * spacingMm, originLps[2] + sliceSign * k * spacingMm]);
    values[i + size * (j + size * k)] = value;
    max = Math.max(max, value);
  }
  return {
    dimensions: [size, size, size],
    spacingMm: [spacingMm, spacingMm, spacingMm],
    ijkToLps: gridAffine({ originLps, rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, sliceSign], spacingMm: [spacingMm, spacingMm, spacingMm] }),
    values,
    maxValue: max,
    frameOffsetsMm: Float64Array.from({ length: size }, (_, k) => sliceSign * k * spacingMm),
    uniformSpacing: true,
  };
}

function circle(cx: number, cy: number, radiusMm: number, zMm: number, vertices = 256): Contour {
  const points = new Float64Array(vertices * 3);
  for (let v = 0; v < vertices; v += 1) {
    const angle = (2 * Math.PI * v) / vertices;
    points.set([cx + radiusMm * Math.cos(angle), cy + radiusMm * Math.sin(angle), zMm], v * 3);
  }
  return { geometricType: 'CLOSED_PLANAR', pointsLps: points, referencedSopInstanceUids: [] };
}

/** A sphere of radius R at the origin, contoured every `planeMm` (planes at z = k * planeMm). */
function sphere(radiusMm: number, planeMm: number): Roi {
  const contours: Contour[] = [];
  for (let k = -Math.floor(radiusMm / planeMm); k <= Math.floor(radiusMm / planeMm); k += 1) {
    const z = k * planeMm;
    if (Math.abs(z) < radiusMm) contours.push(circle(0, 0, Math.sqrt(radiusMm ** 2 - z ** 2), z));
  }
  return { number: 1, name: 'Sphere', colorRgb: undefined, interpretedType: 'PTV', frameOfReferenceUid: undefined, generationAlgorithm: undefined, contours };
}

/** Dose covering `percent` % of the volume, read off the cumulative curve. */
function dAt(dvh: DvhData, percent: number): number {
  const cumulative = cumulativeCc(dvh);
  const target = (dvh.volumeCc * percent) / 100;
  let bin = 0;
  while ((cumulative[bin + 1] ?? 0) >= target) bin += 1;
  return bin * dvh.binWidthGy;
}

const relative = (value: number, truth: number): number => Math.abs(value - truth) / truth;

describe('computeDvh against analytic truth', () => {
  // Sphere R = 20 mm: volume 4/3 pi 20^3 = 33 510.3 mm^3 = 33.510 cc.
  const truthVolumeCc = (4 / 3) * Math.PI * 20 ** 3 / 1000;

  it('a sphere in a uniform dose: its volume to 1 %, every dose the dose', () => {
    const { data } = computeDvh(sphere(20, 2), doseGrid(31, 2, () => 50));
    if (data === undefined) throw new Error('no DVH');
    expect(relative(data.volumeCc, truthVolumeCc)).toBeLessThan(0.01);
    expect(data.minGy).toBeCloseTo(50, 4);
    expect(data.maxGy).toBeCloseTo(50, 4);
    expect(dAt(data, 95)).toBeCloseTo(50, 1);
  });

  // Linear dose D = 50 Gy + g x with g = 0.5 Gy/mm. The fraction of the sphere with x >= x0 is
  // (R - x0)^2 (2R + x0) / (4 R^3); D95 is the dose at the x0 where that fraction is 0.95, i.e.
  // (1 - t)^2 (2 + t) = 3.8 with t = x0 / R, t = -0.7293 (solved by bisection below). The mean is
  // 50 Gy by symmetry.
  for (const [axis, name] of [[0, 'x (in-plane)'], [1, 'y (in-plane)'], [2, 'z (across planes)']] as const) {
    it(`a sphere in a linear gradient along ${name}: Dmean, D95 and D5 to 1 %`, () => {
      const g = 0.5;
      const { data } = computeDvh(sphere(20, 2), doseGrid(31, 2, (p) => 50 + g * p[axis]));
      if (data === undefined) throw new Error('no DVH');
      const t95 = bisect((t) => (1 - t) ** 2 * (2 + t) - 3.8, -1, 1);
      expect(relative(data.meanGy, 50)).toBeLessThan(0.01);
      expect(relative(dAt(data, 95), 50 + g * 20 * t95)).toBeLessThan(0.01);
      expect(relative(dAt(data, 5), 50 - g * 20 * t95)).toBeLessThan(0.01);
      expect(relative(data.volumeCc, truthVolumeCc)).toBeLessThan(0.01);
    });
  }

  it('gives the same DVH whichever way the dose planes run', () => {
    const dose = (p: Vec3): number => 40 + 0.3 * p[2] + 0.2 * p[0];
    const up = computeDvh(sphere(15, 2), doseGrid(25, 2, dose, 1)).data;
    const down = computeDvh(sphere(15, 2), doseGrid(25, 2, dose, -1)).data;
    expect(down?.meanGy).toBeCloseTo(up?.meanGy ?? Number.NaN, 6);
    expect(dAt(down as DvhData, 95)).toBeCloseTo(dAt(up as DvhData, 95), 6);
  });

  it('samples unevenly spaced dose planes at their true positions', () => {
    // Planes at z = -30, -27, -23, -18, ..., dose 50 + 0.5 z: linear in z, so trilinear sampling
    // at the true plane positions is exact and the sphere's mean dose is 50 Gy; sampling as if the
    // planes were evenly spaced (the mean step) would shift it.
    const offsetsMm = [0, 3, 7, 12, 18, 25, 33, 42, 52, 63];
    const uniform = doseGrid(31, 2, () => 0);
    const zOf = (k: number): number => -30 + (offsetsMm[k] ?? 0);
    const values = new Float32Array(31 * 31 * offsetsMm.length).map((_, index) => 50 + 0.5 * zOf(Math.floor(index / (31 * 31))));
    const meanStepMm = 63 / 9;
    const grid: DoseGrid = {
      ...uniform,
      dimensions: [31, 31, offsetsMm.length],
      spacingMm: [2, 2, meanStepMm],
      ijkToLps: gridAffine({ originLps: [-30, -30, -30], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacingMm: [2, 2, meanStepMm] }),
      values,
      maxValue: 50 + 0.5 * 33,
      frameOffsetsMm: Float64Array.from(offsetsMm),
      uniformSpacing: false,
    };
    const { data } = computeDvh(sphere(10, 2), grid);
    expect(data?.meanGy).toBeCloseTo(50, 3);
  });

  it('subtracts holes by the even-odd rule and never increases with dose', () => {
    const contours = [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10].flatMap((z) => [circle(0, 0, 20, z), circle(0, 0, 10, z)]);
    const ring: Roi = { ...sphere(1, 1), name: 'Ring', contours };
    const { data } = computeDvh(ring, doseGrid(31, 2, (p) => 10 + Math.hypot(p[0], p[1])));
    if (data === undefined) throw new Error('no DVH');
    // 11 planes 2 mm apart with half-slice end caps: height 22 mm; area pi (20^2 - 10^2) (256-gon: x 0.99990)
    expect(data.volumeCc).toBeCloseTo((Math.PI * 300 * 22 * 0.9999) / 1000, 2);
    expect(data.minGy).toBeGreaterThan(19.9);
    const cumulative = cumulativeCc(data);
    for (let bin = 1; bin < cumulative.length; bin += 1) expect(cumulative[bin]).toBeLessThanOrEqual((cumulative[bin - 1] ?? 0) + 1e-12);
  });

  it('notes a structure partly outside the dose grid and counts that part at 0 Gy', () => {
    const shifted: Roi = { ...sphere(10, 2), contours: sphere(10, 2).contours.map((c) => ({ ...c, pointsLps: c.pointsLps.map((value, index) => (index % 3 === 0 ? value + 25 : value)) })) };
    const result = computeDvh(shifted, doseGrid(21, 2, () => 30));
    expect(result.notes.map((note) => note.code)).toContain('partial-dose-coverage');
    expect(result.data?.minGy).toBe(0);
  });

  it('returns notes, not an error, for an ROI with no volume', () => {
    const point: Roi = { ...sphere(1, 1), contours: [{ geometricType: 'POINT', pointsLps: Float64Array.of(0, 0, 0), referencedSopInstanceUids: [] }] };
    const result = computeDvh(point, doseGrid(5, 2, () => 1));
    expect(result.data).toBeUndefined();
    expect(result.notes.map((note) => note.code)).toEqual(['contours-excluded', 'no-volume']);
  });
});
