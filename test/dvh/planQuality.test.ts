import { describe, expect, it } from 'vitest';
import { icru83HomogeneityIndex, isodoseVolumeCc, paddickConformityIndex, paddickGradientIndex, rtogConformityIndex } from '../../src/dvh/planQuality.js';

describe('isodoseVolumeCc', () => {
  const values = Float32Array.from([0, 10, 20, 30, 19.99]);

  it('counts voxels at or above the level', () => {
    expect(isodoseVolumeCc(values, 0.008, 20)).toBeCloseTo(0.016, 12); // 20 and 30: 2 × 0.008
    expect(isodoseVolumeCc(values, 0.008, 0)).toBeCloseTo(0.04, 12); // all 5
    expect(isodoseVolumeCc(values, 0.008, 31)).toBe(0);
  });

  it('refuses a voxel volume that is not positive and a level that is not finite', () => {
    expect(() => isodoseVolumeCc(values, 0, 20)).toThrow('isodoseVolumeCc: voxelVolumeCc is 0; it must be a finite number above 0');
    expect(() => isodoseVolumeCc(values, 0.008, Number.NaN)).toThrow('isodoseVolumeCc: levelGy is NaN');
  });
});

describe('conformity and gradient indices', () => {
  it('RTOG CI = V_RI / TV', () => {
    expect(rtogConformityIndex(12, 10)).toBeCloseTo(1.2, 12);
    expect(() => rtogConformityIndex(12, 0)).toThrow('rtogConformityIndex: targetVolumeCc is 0');
  });

  it('Paddick CI = TV_PIV² / (TV × V_RI)', () => {
    expect(paddickConformityIndex(9, 10, 12)).toBeCloseTo(81 / 120, 12); // 0.675
    expect(paddickConformityIndex(10, 10, 10)).toBe(1); // perfect conformity
    expect(() => paddickConformityIndex(11, 10, 12)).toThrow('it is their intersection');
  });

  it('Paddick GI = V_50%RI / V_RI', () => {
    expect(paddickGradientIndex(36, 12)).toBe(3);
    expect(() => paddickGradientIndex(36, -1)).toThrow('prescriptionIsodoseVolumeCc is -1');
  });

  it('ICRU 83 HI = (D2% − D98%) / D50%', () => {
    expect(icru83HomogeneityIndex(29.6, 10.4, 20)).toBeCloseTo(0.96, 12); // the ramp of metrics.test.ts
    expect(icru83HomogeneityIndex(60, 60, 60)).toBe(0);
    expect(() => icru83HomogeneityIndex(10.4, 29.6, 20)).toThrow('check the argument order (D2%, D98%, D50%)');
  });
});
