import { DicomReadError } from '../errors.js';
import type { PixelEncoding } from '../transferSyntax.js';
import { checkGeometry, CodecError, toNativeSamples, type DecodedImage } from './decodedImage.js';
import { endOfImageOffset, jpegProcessName, readJpegFrameHeader } from './jpegMarkers.js';
import { decodeJpegLossless } from './jpegLossless.js';
import { decodeRle } from './rle.js';
import { decodeWithWasmCodec } from './wasmCodecs.js';

export interface EncodedFrame {
  readonly encoding: Exclude<PixelEncoding, 'native'>;
  readonly transferSyntaxUid: string;
  /** The frame's compressed bytes, fragments already joined. */
  readonly bytes: Uint8Array;
  readonly rows: number;
  readonly columns: number;
  /** 8, 16 or 32. */
  readonly bitsAllocated: number;
  /** 1, or 3 for colour. */
  readonly samplesPerPixel: number;
  /** 0 unsigned, 1 signed (two's complement). */
  readonly pixelRepresentation: 0 | 1;
  /** For error messages. */
  readonly file: string;
}

/**
 * Decodes one compressed frame to native little-endian pixel bytes, exactly
 * rows x columns x samplesPerPixel x BitsAllocated/8 long, laid out as uncompressed DICOM pixel data
 * (colour interleaved by pixel; signed samples in two's complement). Every failure, including a
 * stream whose size or byte count does not match the header, is a DicomReadError 'decode-failed'.
 */
export async function decodeFrame(frame: EncodedFrame): Promise<Uint8Array> {
  const expectedBytes = frame.rows * frame.columns * frame.samplesPerPixel * (frame.bitsAllocated / 8);
  let pixels: Uint8Array;
  try {
    checkLayout(frame);
    pixels = toNativeSamples(await decodeImage(frame), frame);
  } catch (error) {
    if (error instanceof DicomReadError) throw error;
    throw failure(frame, `the ${frame.encoding} frame cannot be decoded: ${error instanceof Error ? error.message : String(error)}`, error instanceof CodecError ? error.hint : undefined);
  }
  if (pixels.length !== expectedBytes) {
    throw failure(frame, `decoding gave ${pixels.length} bytes, ${expectedBytes} expected for ${frame.columns} x ${frame.rows} x ${frame.samplesPerPixel} sample(s) of ${frame.bitsAllocated} bits`);
  }
  return pixels;
}

function checkLayout(frame: EncodedFrame): void {
  const sizeOk = Number.isInteger(frame.rows) && Number.isInteger(frame.columns) && frame.rows > 0 && frame.columns > 0;
  if (!sizeOk || ![8, 16, 32].includes(frame.bitsAllocated) || ![1, 3].includes(frame.samplesPerPixel)) {
    throw new CodecError(`the header describes ${frame.columns} x ${frame.rows} pixels of ${frame.samplesPerPixel} sample(s) x ${frame.bitsAllocated} bits, which no codec here decodes`);
  }
}

function decodeImage(frame: EncodedFrame): Promise<DecodedImage> | DecodedImage {
  switch (frame.encoding) {
    case 'rle': return decodeRle(frame.bytes, frame);
    case 'jpeg-baseline':
    case 'jpeg-lossless':
    case 'jpeg-ls': return decodeJpegFamily(frame);
    case 'jpeg-2000': return decodeWithWasmCodec('jpeg-2000', frame.bytes);
    default: throw new CodecError(`there is no decoder for pixel encoding ${String(frame.encoding satisfies never)}`);
  }
}

/**
 * JPEG (T.81) and JPEG-LS (T.87) streams, routed by their frame header rather than the transfer
 * syntax (files labelled baseline that hold lossless streams exist), after checking its size
 * against the DICOM header so that a damaged one cannot make a decoder allocate gigabytes.
 */
function decodeJpegFamily(frame: EncodedFrame): Promise<DecodedImage> | DecodedImage {
  const header = readJpegFrameHeader(frame.bytes);
  checkGeometry(header, frame);
  if (header.sofMarker === 0xc3) return decodeJpegLossless(frame.bytes, header);
  if (header.sofMarker === 0xf7) return decodeJpegLs(frame.bytes);
  const dct = header.sofMarker >= 0xc0 && header.sofMarker <= 0xc2;
  if (dct && header.precisionBits === 8) return decodeWithWasmCodec('jpeg-8bit', frame.bytes);
  const what = `${header.precisionBits}-bit ${jpegProcessName(header.sofMarker)} JPEG`;
  throw new CodecError(`${what} cannot be decoded: PlanLens bundles an 8-bit DCT decoder, a lossless one and a JPEG-LS one`, 'Decompress the file first, e.g. with dcmdjpeg from dcmtk, and load the result.');
}

/**
 * CharLS spends seconds (4 to 15 s for a 512 x 512 frame) failing on a stream that stops early, so
 * a stream without its end-of-image marker is refused before it gets there.
 */
function decodeJpegLs(encoded: Uint8Array): Promise<DecodedImage> {
  if (endOfImageOffset(encoded) === undefined) throw new CodecError(`the JPEG-LS stream (${encoded.length} bytes) does not end with an end-of-image marker; it is truncated`);
  return decodeWithWasmCodec('jpeg-ls', encoded);
}

function failure(frame: EncodedFrame, message: string, hint?: string): DicomReadError {
  return new DicomReadError({
    module: 'decodeFrame', code: 'decode-failed', message, file: frame.file, tag: '(7FE0,0010) PixelData',
    hint: hint ?? `Transfer syntax ${frame.transferSyntaxUid}: the pixel data is damaged or uses a variant PlanLens cannot decode; decompress it with dcmtk (dcmdjpeg, dcmdjpls, dcmdrle) or gdcmconv --raw and load the result.`,
  });
}
