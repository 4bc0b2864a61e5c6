import type { Data3DTexture } from 'three';
import type { ImageVolume } from '../../../src/dicom/imageVolume.js';
import type { DoseGrid } from '../../../src/dicom/rtDose.js';
import { redTexture3d } from './redTexture3d.js';

/**
 * The GPU textures of the domain's grids. The domain objects never hold them: textures are made
 * here, cached by object, and disposed with `releaseVolumeTextures` when a case is closed.
 * Images go up as their stored values in half floats (R16F: filterable everywhere, where 16-bit
 * normalised formats are not; exact to 1 up to 2048, to 2 up to 4096), converted from int16 by
 * the typed-array copy alone: the rescale to modality values (HU) is applied by the shader with
 * `imageRescale`, which saves a pass over every voxel in JavaScript (about 0.3 s for a 512 x 512 x
 * 152 CT). Dose goes up as 32-bit floats in Gy, so that isodose lines fall where the core's
 * trilinear dose says.
 */
const imageTextures = new WeakMap<ImageVolume, Data3DTexture>();
const doseTextures = new WeakMap<DoseGrid, Data3DTexture>();
const made = new Set<Data3DTexture>();

function floatTexture(values: Float32Array, dimensions: readonly [number, number, number], internalFormat: 'R16F' | 'R32F'): Data3DTexture {
  const texture = redTexture3d(values, dimensions, internalFormat);
  made.add(texture);
  return texture;
}

/** Modality values of every voxel as float32 (HU for CT): stored * slope + intercept. */
export function modalityValues(volume: ImageVolume): Float32Array {
  const { slope, intercept } = volume.rescale;
  const stored = volume.storedVoxels;
  const out = new Float32Array(stored.length);
  for (let index = 0; index < stored.length; index += 1) out[index] = (stored[index] as number) * slope + intercept;
  return out;
}

/** The image's stored values as a 3D texture: modality value = texel * slope + intercept (imageRescale). */
export function imageStoredTexture(volume: ImageVolume): Data3DTexture {
  let texture = imageTextures.get(volume);
  if (texture === undefined) {
    const stored = new Float32Array(volume.storedVoxels.length);
    stored.set(volume.storedVoxels);
    texture = floatTexture(stored, volume.dimensions, 'R16F');
    imageTextures.set(volume, texture);
  }
  return texture;
}

/** What turns a texel of imageStoredTexture into the modality value (HU for CT). */
export function imageRescale(volume: ImageVolume): { readonly slope: number; readonly intercept: number } {
  return volume.rescale;
}

export function doseTexture(grid: DoseGrid, floatLinear: boolean): Data3DTexture {
  let texture = doseTextures.get(grid);
  if (texture === undefined) {
    texture = floatTexture(grid.values, grid.dimensions, floatLinear ? 'R32F' : 'R16F');
    doseTextures.set(grid, texture);
  }
  return texture;
}

export function releaseVolumeTextures(): void {
  for (const texture of made) texture.dispose();
  made.clear();
}

/** Frees the texture of one dose grid (a derived grid the views no longer show). */
export function releaseDoseTexture(grid: DoseGrid): void {
  const texture = doseTextures.get(grid);
  if (texture === undefined) return;
  texture.dispose();
  made.delete(texture);
  doseTextures.delete(grid);
}
