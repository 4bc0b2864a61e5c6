import { CodecError } from './decodedImage.js';

/**
 * Markers of ITU T.81 JPEG and T.87 JPEG-LS streams, read before decoding. The frame header (SOFn)
 * sends a frame to the decoder for its actual process, whatever its transfer syntax claims, and
 * refuses a stream that disagrees with the DICOM header before anything is decoded; the final EOI
 * marker tells a complete stream from a truncated one.
 */
export interface JpegFrameHeader {
  /** The SOF marker's second byte: 0xc0 baseline, 0xc1 extended, 0xc2 progressive, 0xc3 lossless, 0xf7 JPEG-LS. */
  readonly sofMarker: number;
  readonly precisionBits: number;
  readonly rows: number;
  readonly columns: number;
  readonly components: number;
}

const startOfImage = 0xd8;
const endOfImage = 0xd9;
const startOfScan = 0xda;
const jpegLsFrame = 0xf7;

/** SOF0..SOF15 without DHT (c4), JPG (c8) and DAC (cc), plus JPEG-LS SOF55. */
function isFrameMarker(marker: number): boolean {
  return (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) || marker === jpegLsFrame;
}

/** Markers without a length field: TEM, RST0..7, SOI, EOI. */
function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9);
}

export function readJpegFrameHeader(bytes: Uint8Array): JpegFrameHeader {
  if (bytes[0] !== 0xff || bytes[1] !== startOfImage) throw new CodecError('the frame does not start with a JPEG start-of-image marker');
  let at = 2;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) throw new CodecError(`byte ${at} of the JPEG stream should start a marker`);
    const marker = bytes[at + 1] as number;
    at += 2;
    if (marker === 0xff) {
      at -= 1; // a fill byte: the next 0xff starts the marker
    } else if (isFrameMarker(marker)) {
      return readFrameSegment(bytes, at, marker);
    } else if (marker === startOfScan) {
      break;
    } else if (!isStandalone(marker)) {
      if (at + 2 > bytes.length) break;
      const segmentLength = ((bytes[at] as number) << 8) | (bytes[at + 1] as number); // counts itself
      if (segmentLength < 2) throw new CodecError(`the JPEG marker segment at byte ${at - 2} has length ${segmentLength}`);
      at += segmentLength;
    }
  }
  throw new CodecError('the JPEG stream has no frame header (SOF) before its first scan');
}

function readFrameSegment(bytes: Uint8Array, at: number, sofMarker: number): JpegFrameHeader {
  if (at + 8 > bytes.length) throw new CodecError('the JPEG stream ends inside its frame header');
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 8);
  return {
    sofMarker,
    precisionBits: view.getUint8(2),
    rows: view.getUint16(3),
    columns: view.getUint16(5),
    components: view.getUint8(7),
  };
}

/**
 * Where the stream's final EOI marker starts, ignoring the zero bytes that pad DICOM fragments to
 * even length; undefined when the stream does not end with one (it is truncated).
 */
export function endOfImageOffset(bytes: Uint8Array): number | undefined {
  let end = bytes.length;
  while (end > 2 && bytes[end - 1] === 0) end -= 1;
  return bytes[end - 2] === 0xff && bytes[end - 1] === endOfImage ? end - 2 : undefined;
}

/** A name for the process of a SOF marker, for messages. */
export function jpegProcessName(sofMarker: number): string {
  switch (sofMarker) {
    case 0xc0: return 'baseline';
    case 0xc1: return 'extended sequential';
    case 0xc2: return 'progressive';
    case 0xc3: return 'lossless';
    case jpegLsFrame: return 'JPEG-LS';
    default: return `SOF 0x${sofMarker.toString(16)} (hierarchical or arithmetic-coded)`;
  }
}
