import { describe, expect, it } from 'vitest';
import { anteriorOrbit, volumeCamera } from '../../renderer/viewports/volume/orbitCamera.js';
import { triadArms } from '../../renderer/viewports/volume/overlayLayout.js';

describe('the 3D orientation triad', () => {
  it('shows the patient axes as the front view sees them', () => {
    const camera = volumeCamera(anteriorOrbit, { minLps: [-100, -100, -100], maxLps: [100, 100, 100] }, 1);
    const arm = (letter: string) => triadArms(camera).find((candidate) => candidate.positive === letter);
    // From the front: patient left on screen right, head up, posterior pointing away (drawn first, farthest).
    expect(arm('L')?.endPx[0]).toBeGreaterThan(20);
    expect(arm('S')?.endPx[1]).toBeLessThan(-20);
    expect(Math.hypot(...(arm('P')?.endPx ?? [1, 1]))).toBeLessThan(1e-6);
    expect(triadArms(camera)[0]?.positive).toBe('P');
    expect(arm('L')?.negativeLetterPx[0]).toBeLessThan(0);
  });
});
