import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/geometry/vec3.js';
import { anteriorOrbit, orbitBy, panBy, projectToScreen, volumeCamera, zoomBy } from '../../renderer/viewports/volume/orbitCamera.js';
import type { BoundsLps } from '../../renderer/viewports/sliceFrame.js';

const bounds: BoundsLps = { minLps: [-200, -200, -90], maxLps: [200, 200, 90] };
const rounded = (v: Vec3): number[] => v.map((c) => Math.round(c * 1e6) / 1e6 + 0);

describe('the 3D orbit camera', () => {
  it('starts in front of the patient: anterior (-y) of the centre, head up, the patient\'s left on screen right', () => {
    const camera = volumeCamera(anteriorOrbit, bounds, 1);
    expect(rounded(camera.forwardLps)).toEqual([0, 1, 0]);
    expect(rounded(camera.rightLps)).toEqual([1, 0, 0]);
    expect(rounded(camera.upLps)).toEqual([0, 0, 1]);
    expect(camera.positionLps[1]).toBeLessThan(-200);
    expect(projectToScreen(camera, [0, 0, 0], 400, 300)).toEqual([200, 150]);
    const [leftX] = projectToScreen(camera, [100, 0, 0], 400, 300) ?? [0];
    const [, headY] = projectToScreen(camera, [0, 0, 80], 400, 300) ?? [0, 0];
    expect(leftX).toBeGreaterThan(200);
    expect(headY).toBeLessThan(150);
  });

  it('fits the bounds at zoom 1 whatever the aspect, and comes closer with zoom', () => {
    const tall = volumeCamera(anteriorOrbit, bounds, 0.5);
    const wide = volumeCamera(anteriorOrbit, bounds, 2);
    expect(tall.distanceMm).toBeGreaterThan(wide.distanceMm);
    const [x] = projectToScreen(tall, [200 * 0.8, 0, 0], 200, 400) ?? [0];
    expect(x).toBeLessThanOrEqual(200);
    expect(volumeCamera(zoomBy(anteriorOrbit, 2), bounds, 1).distanceMm).toBeCloseTo(volumeCamera(anteriorOrbit, bounds, 1).distanceMm / 2, 6);
  });

  it('orbits with the pointer: dragging left turns the camera to the patient\'s left side, dragging down looks from above, within ±89°', () => {
    const left = volumeCamera(orbitBy(anteriorOrbit, -225, 0), bounds, 1);
    expect(rounded(left.forwardLps)).toEqual([-1, 0, 0]);
    const above = orbitBy(anteriorOrbit, 0, 1000);
    expect(above.elevationDeg).toBe(89);
    expect(volumeCamera(above, bounds, 1).forwardLps[2]).toBeLessThan(-0.99);
  });

  it('pans so the scene follows the pointer', () => {
    const camera = volumeCamera(anteriorOrbit, bounds, 1);
    const moved = volumeCamera(panBy(anteriorOrbit, camera, 50, 0, 400), bounds, 1);
    const [x] = projectToScreen(moved, [0, 0, 0], 400, 400) ?? [0];
    expect(x).toBeCloseTo(250, 6);
  });
});
