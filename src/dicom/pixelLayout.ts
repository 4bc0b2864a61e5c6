import type { DicomObject } from './dicomObject.js';
import { T } from './tags.js';

/** How one frame's pixels are stored (Image Pixel module). */
export interface PixelLayout {
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: number;
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly pixelRepresentation: 0 | 1;
  readonly photometricInterpretation: string;
}

export function frameByteLength(layout: PixelLayout): number {
  return layout.rows * layout.columns * layout.samplesPerPixel * (layout.bitsAllocated / 8);
}

/**
 * The Type 1 attributes of the Image Pixel module that readPixelLayout found absent and replaced
 * by a default (unsigned, BitsStored = BitsAllocated, one sample, MONOCHROME2): the values read
 * rest on those guesses, so readers say so.
 */
export function absentPixelAttributes(object: DicomObject): string[] {
  return [T.PixelRepresentation, T.BitsStored, T.SamplesPerPixel, T.PhotometricInterpretation]
    .filter((tag) => !object.has(tag))
    .map((tag) => tag.keyword);
}

/** Reads and validates the Image Pixel module; throws for layouts PlanLens cannot use. */
export function readPixelLayout(object: DicomObject): PixelLayout {
  const rows = object.requireNumber(T.Rows);
  const columns = object.requireNumber(T.Columns);
  const bitsAllocated = object.requireNumber(T.BitsAllocated);
  const bitsStored = object.number(T.BitsStored) ?? bitsAllocated;
  const pixelRepresentation = object.number(T.PixelRepresentation) ?? 0;
  const samplesPerPixel = object.number(T.SamplesPerPixel) ?? 1;
  const photometricInterpretation = object.string(T.PhotometricInterpretation) ?? 'MONOCHROME2';
  if (rows < 1 || columns < 1) throw object.fail('invalid-value', `image size ${columns} x ${rows} is empty`, T.Rows);
  if (![8, 16, 32].includes(bitsAllocated)) {
    throw object.fail('invalid-value', `BitsAllocated ${bitsAllocated} is not 8, 16 or 32`, T.BitsAllocated);
  }
  if (bitsStored < 1 || bitsStored > bitsAllocated) {
    throw object.fail('invalid-value', `BitsStored ${bitsStored} does not fit BitsAllocated ${bitsAllocated}`, T.BitsStored);
  }
  if (pixelRepresentation !== 0 && pixelRepresentation !== 1) {
    throw object.fail('invalid-value', `PixelRepresentation ${pixelRepresentation} is neither 0 nor 1`, T.PixelRepresentation);
  }
  if (samplesPerPixel !== 1) {
    throw object.fail('unsupported-object', `${samplesPerPixel} samples per pixel (${photometricInterpretation}): only greyscale images can be volumes`, T.SamplesPerPixel, 'Colour images (screenshots, secondary captures) are not planning images.');
  }
  return { rows, columns, samplesPerPixel, bitsAllocated, bitsStored, pixelRepresentation, photometricInterpretation };
}
