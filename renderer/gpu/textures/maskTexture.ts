import { ClampToEdgeWrapping, Data3DTexture, LinearFilter, RedFormat, UnsignedByteType } from 'three';
import type { RoiMask } from '../../../src/structures/roiMask.js';

const textures = new WeakMap<RoiMask, Data3DTexture>();

/** An ROI mask as an 8-bit 3D texture (0 outside, 1 inside after normalisation), linear in-plane. */
export function maskTexture(mask: RoiMask): Data3DTexture {
  let texture = textures.get(mask);
  if (texture === undefined) {
    const [ni, nj, nk] = mask.dimensions;
    texture = new Data3DTexture(mask.values, ni, nj, nk);
    texture.format = RedFormat;
    texture.type = UnsignedByteType;
    texture.minFilter = LinearFilter;
    texture.magFilter = LinearFilter;
    texture.wrapS = ClampToEdgeWrapping;
    texture.wrapT = ClampToEdgeWrapping;
    texture.wrapR = ClampToEdgeWrapping;
    texture.unpackAlignment = 1;
    texture.generateMipmaps = false;
    texture.needsUpdate = true;
    textures.set(mask, texture);
  }
  return texture;
}

export function releaseMaskTexture(mask: RoiMask): void {
  textures.get(mask)?.dispose();
  textures.delete(mask);
}
