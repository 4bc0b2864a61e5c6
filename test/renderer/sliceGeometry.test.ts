import { describe, expect, it } from 'vitest';
import { gridAffine } from '../../src/geometry/affine.js';
import { planeRemapTable } from '../../renderer/gpu/textures/planeRemap.js';
import { lpsToTextureMatrix } from '../../renderer/gpu/textures/affineUniforms.js';
import { lpsToScreen, screenToLps, sliceAxes, type SliceView } from '../../renderer/viewports/sliceFrame.js';
import { planeLadder, stepPlane } from '../../renderer/viewports/sliceStepping.js';
import { Vector3 } from 'three';

const view = (orientation: SliceView['orientation']): SliceView => ({ orientation, centreLps: [10, -20, 30], pixelsPerMm: 2, widthPx: 400, heightPx: 300, slicePositionMm: 5 });

describe('slice views', () => {
  it('follow the radiological convention', () => {
    // Axial from the feet: patient left (+x) on screen right, anterior (-y) up.
    const axial = view('axial');
    const [x0, y0] = lpsToScreen(axial, [0, 0, 0]);
    expect(lpsToScreen(axial, [10, 0, 0])[0]).toBeGreaterThan(x0);
    expect(lpsToScreen(axial, [0, -10, 0])[1]).toBeLessThan(y0);
    // Coronal: left on the right, head (+z) up. Sagittal: anterior on the left, head up.
    expect(lpsToScreen(view('coronal'), [0, 0, 10])[1]).toBeLessThan(lpsToScreen(view('coronal'), [0, 0, 0])[1]);
    expect(lpsToScreen(view('sagittal'), [0, -10, 0])[0]).toBeLessThan(lpsToScreen(view('sagittal'), [0, 0, 0])[0]);
  });

  it('map screen points to the slice and back', () => {
    for (const orientation of ['axial', 'sagittal', 'coronal'] as const) {
      const v = view(orientation);
      const point = screenToLps(v, 123, 45);
      const n = sliceAxes[orientation].normalLps;
      expect(point[0] * n[0] + point[1] * n[1] + point[2] * n[2]).toBeCloseTo(5, 9);
      const [x, y] = lpsToScreen(v, point);
      expect(x).toBeCloseTo(123, 9);
      expect(y).toBeCloseTo(45, 9);
      expect(screenToLps(v, 200, 150).filter((_, c) => n[c] === 0)).toEqual([10, -20, 30].filter((_, c) => n[c] === 0));
    }
  });

  it('step through the planes of a grid, in either direction of k', () => {
    const descending = gridAffine({ originLps: [0, 0, 50], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, -1], spacingMm: [1, 1, 2.5] });
    const ladder = planeLadder(descending, [10, 10, 9], [0, 0, 1]);
    expect(ladder).toEqual({ firstMm: 30, lastMm: 50, stepMm: 2.5 });
    expect(stepPlane(ladder, 31, 0)).toBe(30);
    expect(stepPlane(ladder, 31, 1)).toBe(32.5);
    expect(stepPlane(ladder, 49, 5)).toBe(50);
    expect(stepPlane(ladder, 31, -3)).toBe(30);
  });

  it('put voxel centres at texel centres', () => {
    const affine = gridAffine({ originLps: [-10, 5, 2], rowDirection: [0, 1, 0], columnDirection: [-1, 0, 0], sliceDirection: [0, 0, 1], spacingMm: [2, 3, 4] });
    const m = lpsToTextureMatrix(affine, [5, 6, 7]);
    // Voxel (0, 0, 0) at (-10, 5, 2); voxel (4, 5, 6) at (-10 - 15, 5 + 8, 2 + 24).
    expect(new Vector3(-10, 5, 2).applyMatrix4(m).toArray().map((c) => c.toFixed(6))).toEqual([0.1, 1 / 12, 1 / 14].map((c) => c.toFixed(6)));
    expect(new Vector3(-25, 13, 26).applyMatrix4(m).toArray().map((c) => c.toFixed(6))).toEqual([0.9, 11 / 12, 13 / 14].map((c) => c.toFixed(6)));
  });

  it('remap the texture z of unevenly spaced planes to their true positions', () => {
    // Planes at 0, 2 and 6 mm: the affine assumes 3 mm. A point at 2 mm is plane 1 (true z 0.5),
    // though the linear model puts it at k = 2/3.
    const positions = Float64Array.of(0, 2, 6);
    const table = planeRemapTable(positions);
    const at = (linearZ: number): number => {
      const x = linearZ * (table.length - 1);
      const low = Math.min(Math.floor(x), table.length - 2);
      return (table[low] ?? 0) + ((table[low + 1] ?? 0) - (table[low] ?? 0)) * (x - low);
    };
    const linearZOf = (mm: number): number => (mm / 3 + 0.5) / 3;
    // Within 0.02 mm (0.002 of the texture's depth of 3 planes) even at the kinks of the spacing.
    const close = (z: number, expected: number): void => { expect(Math.abs(z - expected)).toBeLessThan(0.002); };
    close(at(linearZOf(2)), 0.5);
    close(at(linearZOf(0)), 0.5 / 3);
    close(at(linearZOf(6)), 2.5 / 3);
    close(at(linearZOf(4)), 2 / 3);
    close(at(linearZOf(1)), 1 / 3);
  });
});

describe('zooming about the cursor', () => {
  it('keeps the patient point under the cursor where it was', async () => {
    const { viewStore, updateSlice } = await import('../../renderer/state/viewStore.js');
    const { zoomBy } = await import('../../renderer/viewports/interaction/sliceGestures.js');
    const { sliceViewOf } = await import('../../renderer/viewports/sliceViewOf.js');
    const bounds = { minLps: [-200, -200, -90] as [number, number, number], maxLps: [200, 200, 90] as [number, number, number] };
    updateSlice('coronal', { zoom: 1.5, panLps: [10, 0, -5] });
    const before = sliceViewOf('coronal', viewStore.getState(), bounds, 500, 400);
    const under = screenToLps(before, 420, 90);
    zoomBy('coronal', 2, { view: before, xPx: 420, yPx: 90 });
    const after = sliceViewOf('coronal', viewStore.getState(), bounds, 500, 400);
    expect(after.pixelsPerMm).toBeCloseTo(before.pixelsPerMm * 2, 9);
    const [x, y] = lpsToScreen(after, under);
    expect(x).toBeCloseTo(420, 9);
    expect(y).toBeCloseTo(90, 9);
  });
});
