/**
 * What every codec adapter hands back, and the one place that turns it into native DICOM pixel
 * bytes: checked against the header, widened to BitsAllocated, sign-extended where needed.
 */

/** One decoded frame as the codec produced it. */
export interface DecodedImage {
  /** Little-endian samples, colour interleaved by pixel, `bytesPerSample` bytes each. */
  readonly samples: Uint8Array;
  readonly columns: number;
  readonly rows: number;
  readonly components: number;
  readonly bytesPerSample: 1 | 2 | 4;
  /**
   * Bits per sample in the compressed stream (JPEG P, J2K precision). Samples are either unsigned
   * values of this many bits or already sign-extended; both read the same after sign extension.
   */
  readonly precisionBits: number;
}

/** How the DICOM header says a frame is stored. */
export interface SampleLayout {
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: number;
  readonly bitsAllocated: number;
  readonly pixelRepresentation: 0 | 1;
}

/** A codec adapter's refusal; decodeFrame turns it into a DicomReadError 'decode-failed'. */
export class CodecError extends Error {
  /** What the user can do, when it differs from the general "convert the file" advice. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'CodecError';
    this.hint = hint;
  }
}

/** The smallest container the codecs use for samples of this precision. */
export function bytesPerSampleFor(precisionBits: number): 1 | 2 | 4 {
  return precisionBits <= 8 ? 1 : precisionBits <= 16 ? 2 : 4;
}

/**
 * The decoded samples as native DICOM pixel bytes for `layout`. Refuses images whose size,
 * component count, precision or byte count do not match the header. Samples narrower than
 * BitsAllocated are widened; for PixelRepresentation 1 they are sign-extended from their precision,
 * so signed data comes out in two's complement whether the codec returned it signed or not.
 */
export function toNativeSamples(image: DecodedImage, layout: SampleLayout): Uint8Array {
  checkGeometry(image, layout);
  if (image.precisionBits < 1 || image.precisionBits > layout.bitsAllocated || image.bytesPerSample > layout.bitsAllocated / 8) {
    throw new CodecError(`the compressed image has ${image.precisionBits}-bit samples, which do not fit BitsAllocated ${layout.bitsAllocated}`);
  }
  const sampleCount = layout.rows * layout.columns * layout.samplesPerPixel;
  if (image.samples.length !== sampleCount * image.bytesPerSample) {
    throw new CodecError(`the codec returned ${image.samples.length} bytes, ${sampleCount * image.bytesPerSample} expected for ${sampleCount} samples of ${image.bytesPerSample} byte(s)`);
  }
  const outBytesPerSample = layout.bitsAllocated / 8;
  const signExtend = layout.pixelRepresentation === 1 && image.precisionBits < layout.bitsAllocated;
  if (image.bytesPerSample === outBytesPerSample && !signExtend) return image.samples;
  return widenSamples(image, outBytesPerSample, signExtend ? image.precisionBits : 0);
}

/** Refuses a stream whose image size or component count differs from what the header says. */
export function checkGeometry(found: Pick<DecodedImage, 'columns' | 'rows' | 'components'>, layout: SampleLayout): void {
  if (found.columns !== layout.columns || found.rows !== layout.rows || found.components !== layout.samplesPerPixel) {
    throw new CodecError(`the compressed image is ${found.columns} x ${found.rows} with ${found.components} component(s), the header says ${layout.columns} x ${layout.rows} with ${layout.samplesPerPixel}`);
  }
}

/**
 * Copies each sample into a wider (or equal) little-endian container; when `signBits` > 0 the
 * value is sign-extended from bit `signBits - 1` first.
 */
function widenSamples(image: DecodedImage, outBytesPerSample: number, signBits: number): Uint8Array {
  const { samples, bytesPerSample } = image;
  const count = samples.length / bytesPerSample;
  const out = new Uint8Array(count * outBytesPerSample);
  const shift = 32 - signBits;
  for (let index = 0; index < count; index += 1) {
    let value = 0;
    for (let byte = 0; byte < bytesPerSample; byte += 1) value |= (samples[index * bytesPerSample + byte] as number) << (8 * byte);
    if (signBits > 0) value = (value << shift) >> shift;
    for (let byte = 0; byte < outBytesPerSample; byte += 1) out[index * outBytesPerSample + byte] = (value >> (8 * byte)) & 0xff;
  }
  return out;
}
