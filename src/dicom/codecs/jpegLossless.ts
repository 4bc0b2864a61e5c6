import { Decoder } from 'jpeg-lossless-decoder-js';
import { bytesPerSampleFor, CodecError, type DecodedImage } from './decodedImage.js';
import { endOfImageOffset, type JpegFrameHeader } from './jpegMarkers.js';

/**
 * JPEG lossless, process 14 (any selection value), Huffman coded, through jpeg-lossless-decoder-js
 * (pure TypeScript). That decoder reads past the end of a short stream as zeros and stops quietly on
 * a layout it does not handle, so its state is checked afterwards: every byte it read must exist,
 * the scan must cover every component and every row.
 */
export function decodeJpegLossless(encoded: Uint8Array, header: JpegFrameHeader): DecodedImage {
  if (header.components !== 1 && !(header.components === 3 && header.precisionBits <= 8)) {
    throw new CodecError(`JPEG lossless with ${header.components} components of ${header.precisionBits} bits cannot be decoded; only greyscale and 8-bit colour can`);
  }
  const bytesPerSample = bytesPerSampleFor(header.precisionBits);
  const stream = withLookAheadPadding(encoded);
  const decoder = new Predictor7FixedDecoder();
  const pixels = decoder.decode(stream.buffer, stream.byteOffset, stream.length, bytesPerSample);
  const bytesRead = decoder.stream?.index ?? Number.POSITIVE_INFINITY;
  if (bytesRead > stream.length) {
    throw new CodecError(`the JPEG lossless stream is ${encoded.length} bytes, but the image needs more`);
  }
  if (decoder.numComp !== header.components) {
    throw new CodecError(`the JPEG lossless scan holds ${decoder.numComp} of ${header.components} components; streams with one scan per component cannot be decoded`);
  }
  if (decoder.yLoc < header.rows) {
    throw new CodecError(`the JPEG lossless scan stops after ${decoder.yLoc} of ${header.rows} rows`);
  }
  return {
    samples: new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength),
    columns: header.columns, rows: header.rows, components: header.components,
    bytesPerSample, precisionBits: header.precisionBits,
  };
}

/**
 * jpeg-lossless-decoder-js 2.1.2 computes predictor 7 as (left + above) / 2 in floating point; when
 * the sum is odd and the reconstructed value wraps modulo 2^16 (signed data stored as unsigned
 * words), truncating the fraction gives a sample one off. T.81 H.1.2.1 uses integer division.
 */
class Predictor7FixedDecoder extends Decoder {
  protected override select7(componentOffset?: number): number {
    return (this.getPreviousX(componentOffset) + this.getPreviousY(componentOffset)) >> 1;
  }
}

/**
 * The stream with two zero bytes inserted before its final EOI marker. The decoder reads up to
 * 16 bits ahead; when that look-ahead reaches the EOI marker while the last pixel's code is being
 * read, it takes the marker for the end of data and leaves the last pixel unset (0): 18 of 147
 * dcmtk-encoded CT slices with varied corner pixels, with several selection values including 1.
 * The padding lies after the last code, so it is never decoded as pixels. A stream without a
 * final EOI is returned unchanged (and fails the checks above if it is short).
 */
function withLookAheadPadding(encoded: Uint8Array): Uint8Array {
  const endOfImage = endOfImageOffset(encoded);
  if (endOfImage === undefined) return encoded;
  const padded = new Uint8Array(endOfImage + 4);
  padded.set(encoded.subarray(0, endOfImage));
  padded.set([0x00, 0x00, 0xff, 0xd9], endOfImage);
  return padded;
}
