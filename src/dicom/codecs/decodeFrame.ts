import { Decoder as JpegLosslessDecoder } from 'jpeg-lossless-decoder-js';
import { DicomReadError } from '../errors.js';
import type { PixelEncoding } from '../transferSyntax.js';
import { decodeWithEmscripten } from './emscriptenCodecs.js';
import { decodeRle } from './rle.js';

export interface EncodedFrame {
  readonly encoding: Exclude<PixelEncoding, 'native'>;
  readonly transferSyntaxUid: string;
  /** The frame's compressed bytes, fragments already joined. */
  readonly bytes: Uint8Array;
  readonly rows: number;
  readonly columns: number;
  readonly bitsAllocated: number;
  readonly samplesPerPixel: number;
  readonly pixelRepresentation: 0 | 1;
  readonly file: string;
}

/**
 * Decodes one compressed frame to native little-endian pixel bytes, exactly
 * rows x columns x samples x BitsAllocated/8 long, laid out as uncompressed DICOM pixel data.
 * Any failure, including a decoded size that does not match, is a DicomReadError 'decode-failed'.
 */
export async function decodeFrame(frame: EncodedFrame): Promise<Uint8Array> {
  const bytesPerSample = frame.bitsAllocated / 8;
  const pixelCount = frame.rows * frame.columns;
  const expected = pixelCount * frame.samplesPerPixel * bytesPerSample;
  let decoded: Uint8Array;
  try {
    decoded = await decodeByEncoding(frame, pixelCount, bytesPerSample);
  } catch (error) {
    throw failure(frame, `the ${frame.encoding} frame cannot be decoded (${error instanceof Error ? error.message : String(error)})`);
  }
  if (decoded.length !== expected) {
    throw failure(frame, `the ${frame.encoding} decoder returned ${decoded.length} bytes, ${expected} expected for ${frame.columns} x ${frame.rows} x ${frame.bitsAllocated} bit`);
  }
  return decoded;
}

function decodeByEncoding(frame: EncodedFrame, pixelCount: number, bytesPerSample: number): Promise<Uint8Array> | Uint8Array {
  switch (frame.encoding) {
    case 'rle': return decodeRle(frame.bytes, pixelCount, bytesPerSample, frame.samplesPerPixel);
    case 'jpeg-lossless': return decodeJpegLossless(frame.bytes, bytesPerSample);
    default: return decodeWithEmscripten(frame.encoding, frame.bytes);
  }
}

function decodeJpegLossless(encoded: Uint8Array, bytesPerSample: number): Uint8Array {
  const copy = new Uint8Array(encoded); // its own buffer: the decoder reads from offset 0
  const pixels = new JpegLosslessDecoder().decode(copy.buffer, 0, copy.length, bytesPerSample);
  return new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength);
}

function failure(frame: EncodedFrame, message: string): DicomReadError {
  return new DicomReadError({
    module: 'decodeFrame', code: 'decode-failed', message, file: frame.file, tag: '(7FE0,0010) PixelData',
    hint: `Transfer syntax ${frame.transferSyntaxUid}: the pixel data is damaged or uses a variant PlanLens cannot decode; convert it with dcmtk (dcmdjpeg/dcmdrle) and load it again.`,
  });
}
