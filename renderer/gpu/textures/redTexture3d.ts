import { ClampToEdgeWrapping, Data3DTexture, FloatType, LinearFilter, RedFormat, UnsignedByteType } from 'three';

/**
 * A one-channel 3D texture of a voxel grid (i fastest, then j, then k, as the domain's grids are
 * laid out), linearly filtered and clamped at the edges, uploaded on first use.
 * Float32 data go up as `internalFormat` (R16F or R32F); bytes as normalised R8.
 */
export function redTexture3d(values: Float32Array | Uint8Array, dimensions: readonly [number, number, number], internalFormat: 'R16F' | 'R32F' | 'R8'): Data3DTexture {
  const texture = new Data3DTexture(values, dimensions[0], dimensions[1], dimensions[2]);
  texture.format = RedFormat;
  texture.type = values instanceof Float32Array ? FloatType : UnsignedByteType;
  texture.internalFormat = internalFormat;
  texture.minFilter = LinearFilter;
  texture.magFilter = LinearFilter;
  texture.wrapS = ClampToEdgeWrapping;
  texture.wrapT = ClampToEdgeWrapping;
  texture.wrapR = ClampToEdgeWrapping;
  texture.unpackAlignment = 1;
  texture.generateMipmaps = false;
  texture.needsUpdate = true;
  return texture;
}
