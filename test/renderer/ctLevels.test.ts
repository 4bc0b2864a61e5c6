import { describe, expect, it } from 'vitest';
import { ctStep } from '../../renderer/viewports/volume/ctLevels.js';

describe('the CT isosurface step', () => {
  it('meshes every voxel of a small CT and every second of a clinical one', () => {
    expect(ctStep([128, 128, 60])).toBe(1);
    expect(ctStep([256, 256, 120])).toBe(1);
    expect(ctStep([512, 512, 180])).toBe(2);
    expect(ctStep([512, 512, 600])).toBe(3);
  });
});
