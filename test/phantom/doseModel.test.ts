import { describe, expect, it } from 'vitest';
import { demoHu, isocentreLps, ptv, spinalCord } from '../../src/phantom/anatomy.js';
import { demoDose, demoDoseGy } from '../../src/phantom/doseModel.js';
import { ctGrid, doseGrid, voxelCentreLps, type PhantomSize } from '../../src/phantom/grids.js';
import { demoUids } from '../../src/phantom/uids.js';

const [isoX, isoY, isoZ] = isocentreLps;

describe('the analytic demo dose', () => {
  it('is 70 Gy on the plateau, falls linearly by 0.7 Gy/mm from r0 = 25 to r1 = 125 mm, and is 0 beyond', () => {
    expect(demoDoseGy(isocentreLps)).toBe(70);
    expect(demoDoseGy([isoX + 25, isoY, isoZ])).toBe(70);
    expect(demoDoseGy([isoX, isoY, isoZ - 25])).toBe(70);
    expect(demoDoseGy([isoX, isoY + 30, isoZ])).toBeCloseTo(66.5, 12); // the PTV surface: 95 % of 70 Gy
    expect(demoDoseGy([isoX + 45, isoY, isoZ])).toBeCloseTo(56, 12);
    expect(demoDoseGy([isoX + 60, isoY + 80, isoZ])).toBeCloseTo(17.5, 12); // r = 100
    expect(demoDoseGy([isoX, isoY, isoZ + 125])).toBe(0);
    expect(demoDoseGy([isoX + 200, isoY, isoZ])).toBe(0);
  });

  it('is spherically symmetric about the isocentre', () => {
    const rMm = 40 / Math.sqrt(3);
    const values = [[1, 1, 1], [-1, 1, -1], [1, -1, -1], [-1, -1, 1]].map(([x = 0, y = 0, z = 0]) => demoDoseGy([isoX + x * rMm, isoY + y * rMm, isoZ + z * rMm]));
    for (const value of values) expect(value).toBeCloseTo(0.7 * (125 - 40), 12);
  });

  it('gives the spinal cord at most 21 Gy (its nearest point is 95 mm from the isocentre)', () => {
    const nearestLps = [spinalCord.centreXMm, spinalCord.centreYMm - spinalCord.semiAxisYMm, 0] as const;
    expect(Math.hypot(nearestLps[0] - isoX, nearestLps[1] - isoY)).toBe(95);
    expect(demoDoseGy(nearestLps)).toBeCloseTo(21, 12);
    expect(demoDoseGy([0, spinalCord.centreYMm, 0])).toBeCloseTo(17.5, 12);
  });

  it('puts the PTV inside the fall-off: Dmin 66.5 Gy at its surface, 70 Gy within 25 mm', () => {
    expect(ptv.radiusMm).toBe(30);
    expect(demoDose.plateauRadiusMm).toBeLessThan(ptv.radiusMm);
    expect(demoDoseGy([isoX, isoY - ptv.radiusMm, isoZ])).toBeCloseTo(0.95 * demoDose.prescriptionGy, 12);
  });
});

describe('the demo anatomy', () => {
  it('has air, fat, soft tissue, lung, cord and bone where the README says', () => {
    expect(demoHu([0, 140, 0])).toBe(-1000);
    expect(demoHu([0, -95, 0])).toBe(-100);
    expect(demoHu([0, 0, 0])).toBe(40);
    expect(demoHu([75, -5, 0])).toBe(-800);
    expect(demoHu([-75, -5, 30])).toBe(-800);
    expect(demoHu([0, 70, 0])).toBe(35);
    expect(demoHu([0, 76, 0])).toBe(15);
    expect(demoHu([0, 45, 0])).toBe(700);
    expect(demoHu([0, 32.5, 0])).toBe(1200);
    expect(demoHu([0, 82, 0])).toBe(1200);
  });
});

describe.each<PhantomSize>(['demo', 'large'])('the %s grids', (size) => {
  const ct = ctGrid(size);
  const dose = doseGrid(size);

  it('put no dose voxel centre on a CT voxel centre along any axis', () => {
    const counts = (grid: typeof ct) => [grid.columns, grid.rows, grid.slices] as const;
    for (const axis of [0, 1, 2] as const) {
      let nearestMm = Infinity;
      for (let index = 0; index < counts(dose)[axis]; index += 1) {
        const voxels = (dose.originLps[axis] + index * dose.spacingMm[axis] - ct.originLps[axis]) / ct.spacingMm[axis];
        nearestMm = Math.min(nearestMm, Math.abs(voxels - Math.round(voxels)) * ct.spacingMm[axis]);
      }
      expect(nearestMm).toBeGreaterThan(0.05);
    }
  });

  it('keep the dose grid inside the CT field of view, with voxel centres half a voxel either side of the isocentre', () => {
    const ctLast = voxelCentreLps(ct, ct.columns - 1, ct.rows - 1, ct.slices - 1);
    const doseLast = voxelCentreLps(dose, dose.columns - 1, dose.rows - 1, dose.slices - 1);
    for (const axis of [0, 1, 2] as const) {
      expect(dose.originLps[axis]).toBeGreaterThan(ct.originLps[axis]);
      expect(doseLast[axis]).toBeLessThan(ctLast[axis]);
      expect((isocentreLps[axis] - dose.originLps[axis]) / dose.spacingMm[axis] % 1).toBe(0.5);
    }
  });

  it('cover every point with dose in x and y, and every point of the cord with dose in z', () => {
    const doseLast = voxelCentreLps(dose, dose.columns - 1, dose.rows - 1, dose.slices - 1);
    const halfVoxel = dose.spacingMm[0] / 2;
    expect(isoX - (dose.originLps[0] - halfVoxel)).toBeGreaterThanOrEqual(demoDose.zeroRadiusMm);
    expect(doseLast[1] + halfVoxel - isoY).toBeGreaterThanOrEqual(demoDose.zeroRadiusMm);
    const cordZeroDoseZMm = Math.sqrt(demoDose.zeroRadiusMm ** 2 - 95 ** 2);
    expect(doseLast[2] + halfVoxel).toBeGreaterThan(cordZeroDoseZMm);
  });
});

describe('the demo UIDs', () => {
  it('are valid, distinct and fixed', () => {
    const uids = [demoUids.study, demoUids.frameOfReference, demoUids.ctSeries, demoUids.structureSetSeries, demoUids.structureSet, demoUids.planSeries, demoUids.plan, demoUids.doseSeries, demoUids.dose, demoUids.doseReference, demoUids.ctSlice(0), demoUids.ctSlice(179)];
    for (const uid of uids) {
      expect(uid.length).toBeLessThanOrEqual(64);
      expect(uid).toMatch(/^(0|[1-9]\d*)(\.(0|[1-9]\d*))+$/u);
    }
    expect(new Set(uids).size).toBe(uids.length);
    expect(demoUids.study).toBe('2.25.264197385062893402184593720165439818');
  });
});
