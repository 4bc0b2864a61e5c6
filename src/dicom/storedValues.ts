import type { PixelLayout } from './pixelLayout.js';
import { orOfWords } from './wasmOr.js';

/** Modality LUT as a linear rescale: value = stored * slope + intercept. */
export interface Rescale {
  readonly slope: number;
  readonly intercept: number;
}

export interface ValueRange {
  min: number;
  max: number;
}

export type VoxelArray = Int16Array | Float32Array;

/** True when both rescales are the same linear map. */
export function sameRescale(a: Rescale, b: Rescale): boolean {
  return a.slope === b.slope && a.intercept === b.intercept;
}

/** True when every stored value of the layout fits an Int16Array unchanged. */
export function storedFitsInt16(layout: PixelLayout): boolean {
  if (layout.bitsAllocated === 8) return true;
  return layout.bitsAllocated === 16 && (layout.pixelRepresentation === 1 || layout.bitsStored <= 15);
}

/**
 * Copies one frame of little-endian stored values into `out[outOffset ...]` without rescaling (see
 * storedFitsInt16). 16-bit data is copied byte for byte; then values narrower than their container
 * are sign-extended (signed) or, when bits above BitsStored are set (old overlay bits), masked.
 * Returns true when such bits had to be cleared.
 */
export function copyStoredInt16(bytes: Uint8Array, layout: PixelLayout, out: Int16Array, outOffset: number): boolean {
  const count = layout.rows * layout.columns;
  if (layout.bitsAllocated === 8) {
    convertStoredValues(bytes, layout, { slope: 1, intercept: 0 }, out, outOffset, { min: 0, max: 0 });
    return false;
  }
  new Uint8Array(out.buffer, out.byteOffset + outOffset * 2, count * 2).set(bytes.subarray(0, count * 2));
  return normaliseStoredInt16(out.subarray(outOffset, outOffset + count), layout);
}

/**
 * Makes 16-bit stored values copied as they are into int16 exact: sign-extends signed values
 * narrower than 16 bits, and clears bits above BitsStored in unsigned ones (old overlay planes).
 * Returns true when such bits had to be cleared.
 */
export function normaliseStoredInt16(frame: Int16Array, layout: PixelLayout): boolean {
  if (layout.bitsStored >= 16) return false;
  if (layout.pixelRepresentation === 1) {
    signExtend(frame, layout.bitsStored);
    return false;
  }
  if (!hasBitsAbove(frame, layout.bitsStored)) return false;
  const mask = 2 ** layout.bitsStored - 1;
  for (let index = 0; index < frame.length; index += 1) frame[index] = (frame[index] as number) & mask;
  return true;
}

function signExtend(frame: Int16Array, bitsStored: number): void {
  const shift = 32 - bitsStored;
  for (let index = 0; index < frame.length; index += 1) frame[index] = ((frame[index] as number) << shift) >> shift;
}

/** Any bit above BitsStored set in a frame of 16-bit stored values? (Checked two voxels at a time.) */
function hasBitsAbove(frame: Int16Array, bitsStored: number): boolean {
  const any = orOfWords(new Uint8Array(frame.buffer, frame.byteOffset, frame.byteLength));
  const high = (0xffff & ~(2 ** bitsStored - 1)) >>> 0;
  return ((any & high) | ((any >>> 16) & high)) !== 0;
}

/**
 * Converts one frame of little-endian stored values into modality values, written to
 * `out[outOffset ...]`; widens `range` to the values written. Bits above BitsStored are masked
 * off, and signed values narrower than their container are sign-extended.
 */
export function convertStoredValues(bytes: Uint8Array, layout: PixelLayout, rescale: Rescale, out: VoxelArray, outOffset: number, range: ValueRange): void {
  const stored = storedView(bytes, layout);
  const count = layout.rows * layout.columns;
  const { slope, intercept } = rescale;
  const unusedBits = layout.bitsAllocated - layout.bitsStored;
  const needsMask = unusedBits > 0 && layout.bitsAllocated < 32;
  const signed = layout.pixelRepresentation === 1;
  const shift = 32 - layout.bitsStored;
  const mask = layout.bitsStored >= 32 ? 0xffffffff : 2 ** layout.bitsStored - 1;
  let { min, max } = range;
  for (let index = 0; index < count; index += 1) {
    let raw = stored[index] as number;
    if (needsMask) raw = signed ? ((raw << shift) >> shift) : raw & mask;
    const value = raw * slope + intercept;
    out[outOffset + index] = value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  range.min = min;
  range.max = max;
}

type StoredArray = Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array;

function storedView(bytes: Uint8Array, layout: PixelLayout): StoredArray {
  const width = layout.bitsAllocated / 8;
  const aligned = bytes.byteOffset % width === 0 ? bytes : new Uint8Array(bytes);
  const { buffer, byteOffset } = aligned;
  const count = layout.rows * layout.columns;
  const signed = layout.pixelRepresentation === 1;
  switch (layout.bitsAllocated) {
    case 8: return signed ? new Int8Array(buffer, byteOffset, count) : new Uint8Array(buffer, byteOffset, count);
    case 16: return signed ? new Int16Array(buffer, byteOffset, count) : new Uint16Array(buffer, byteOffset, count);
    default: return signed ? new Int32Array(buffer, byteOffset, count) : new Uint32Array(buffer, byteOffset, count);
  }
}
