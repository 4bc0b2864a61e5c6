import { describe, expect, it } from 'vitest';
import { clipPlaneLps } from '../../renderer/viewports/volume/clipPlane.js';

describe('the 3D clip plane', () => {
  it('passes through the crosshair parallel to the chosen slice view, keeping the side asked for', () => {
    expect(clipPlaneLps({ orientation: 'off', keepPositive: true }, [1, 2, 3])).toBeUndefined();
    expect(clipPlaneLps({ orientation: 'coronal', keepPositive: true }, [1, -30, 3])).toEqual({ normalLps: [0, 1, 0], constantMm: 30 });
    const inferior = clipPlaneLps({ orientation: 'axial', keepPositive: false }, [1, 2, 10]);
    expect(inferior?.normalLps.map((n) => n + 0)).toEqual([0, 0, -1]);
    expect(inferior?.constantMm).toBe(10);
    const kept = (point: readonly [number, number, number]): boolean => (inferior === undefined ? false : inferior.normalLps.reduce((sum, n, c) => sum + n * (point[c] ?? 0), inferior.constantMm) >= 0);
    expect([kept([0, 0, 5]), kept([0, 0, 15])]).toEqual([true, false]);
  });
});
