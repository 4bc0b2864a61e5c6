import { CodecError, type DecodedImage, type SampleLayout } from './decodedImage.js';

/**
 * RLE Lossless (DICOM PS3.5 Annex G). A frame is a 64-byte header (the segment count, then 15
 * uint32 segment offsets, little endian) followed by one PackBits-coded segment per byte plane:
 * for each sample in turn, the most significant byte of every pixel first, then the next byte.
 */
const headerBytes = 64;

/** Decodes one RLE frame to native little-endian bytes, colour interleaved by pixel. */
export function decodeRle(encoded: Uint8Array, layout: SampleLayout): DecodedImage {
  const bytesPerSample = layout.bitsAllocated / 8;
  const segmentCount = bytesPerSample * layout.samplesPerPixel;
  const pixelCount = layout.rows * layout.columns;
  const segmentBounds = readSegmentBounds(encoded, segmentCount);
  const samples = new Uint8Array(pixelCount * segmentCount);
  const plane = new Uint8Array(pixelCount);
  segmentBounds.forEach(([start, end], segment) => {
    const surplus = unpackBits(encoded.subarray(start, end), plane, segment + 1);
    if (surplus.unreadBytes > 1 || surplus.droppedBytes > layout.columns) {
      throw new CodecError(`RLE segment ${segment + 1} holds more than ${layout.columns} x ${layout.rows} pixels (${surplus.unreadBytes} bytes unread, ${surplus.droppedBytes} decoded bytes beyond the image): Rows or Columns do not match the pixel data`);
    }
    const sample = Math.floor(segment / bytesPerSample);
    const byteInSample = bytesPerSample - 1 - (segment % bytesPerSample); // most significant first
    scatterPlane(plane, samples, sample * bytesPerSample + byteInSample, segmentCount);
  });
  return {
    samples, columns: layout.columns, rows: layout.rows, components: layout.samplesPerPixel,
    bytesPerSample: bytesPerSample as 1 | 2 | 4, precisionBits: layout.bitsAllocated,
  };
}

/** [start, end) of each segment, checked: the declared count, inside the frame, in order. */
function readSegmentBounds(encoded: Uint8Array, expectedSegments: number): [number, number][] {
  if (encoded.length < headerBytes) throw new CodecError(`the frame is ${encoded.length} bytes, shorter than the 64-byte RLE header`);
  const header = new DataView(encoded.buffer, encoded.byteOffset, headerBytes);
  const segmentCount = header.getUint32(0, true);
  if (segmentCount !== expectedSegments) {
    throw new CodecError(`the RLE header declares ${segmentCount} segments, ${expectedSegments} expected for the image's samples and BitsAllocated`);
  }
  const starts = Array.from({ length: segmentCount }, (_, segment) => header.getUint32(4 + segment * 4, true));
  return starts.map((start, segment) => {
    const end = starts[segment + 1] ?? encoded.length;
    if (start < headerBytes || end > encoded.length || end <= start) {
      throw new CodecError(`RLE segment ${segment + 1} runs from byte ${start} to ${end} of a ${encoded.length}-byte frame`);
    }
    return [start, end];
  });
}

/**
 * PackBits: a control byte n in 0..127 copies the next n + 1 bytes; n in -127..-1 repeats the next
 * byte 1 - n times; -128 does nothing. Every step consumes input, so the loop ends. A segment that
 * runs short is an error; output beyond the plane (row padding some encoders write) is dropped,
 * and what was left over is returned so that a segment far larger than the image can be refused.
 */
function unpackBits(source: Uint8Array, target: Uint8Array, segmentNumber: number): { unreadBytes: number; droppedBytes: number } {
  let droppedBytes = 0;
  let read = 0;
  let written = 0;
  while (written < target.length) {
    if (read >= source.length) throw new CodecError(`RLE segment ${segmentNumber} ends after ${written} of ${target.length} bytes`);
    const control = ((source[read] as number) << 24) >> 24;
    read += 1;
    if (control >= 0) {
      const literalEnd = read + control + 1;
      if (literalEnd > source.length) throw new CodecError(`RLE segment ${segmentNumber} ends inside a literal run, after ${written} of ${target.length} bytes`);
      const copied = source.subarray(read, Math.min(literalEnd, read + target.length - written));
      droppedBytes += control + 1 - copied.length;
      target.set(copied, written);
      written += copied.length;
      read = literalEnd;
    } else if (control !== -128) {
      if (read >= source.length) throw new CodecError(`RLE segment ${segmentNumber} ends inside a replicate run, after ${written} of ${target.length} bytes`);
      const runEnd = Math.min(written + 1 - control, target.length);
      droppedBytes += written + 1 - control - runEnd;
      target.fill(source[read] as number, written, runEnd);
      written = runEnd;
      read += 1;
    }
  }
  while (read < source.length && source[read] === 0x80) read += 1; // trailing no-ops
  return { unreadBytes: source.length - read, droppedBytes };
}

function scatterPlane(plane: Uint8Array, samples: Uint8Array, firstByte: number, stride: number): void {
  if (stride === 1) {
    samples.set(plane);
    return;
  }
  for (let pixel = 0, at = firstByte; pixel < plane.length; pixel += 1, at += stride) samples[at] = plane[pixel] as number;
}
