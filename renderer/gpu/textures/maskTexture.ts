import type { Data3DTexture } from 'three';
import type { RoiMask } from '../../../src/structures/roiMask.js';
import { redTexture3d } from './redTexture3d.js';

const textures = new WeakMap<RoiMask, Data3DTexture>();

/** An ROI mask as an 8-bit 3D texture (0 outside, 1 inside after normalisation), linear in-plane. */
export function maskTexture(mask: RoiMask): Data3DTexture {
  let texture = textures.get(mask);
  if (texture === undefined) {
    texture = redTexture3d(mask.values, mask.dimensions, 'R8');
    textures.set(mask, texture);
  }
  return texture;
}

export function releaseMaskTexture(mask: RoiMask): void {
  textures.get(mask)?.dispose();
  textures.delete(mask);
}
