/**
 * RLE Lossless (DICOM PS3.5 Annex G). A frame is a 64-byte header (segment count, then 15 uint32
 * offsets) and one PackBits-coded segment per byte plane: for each sample, the most significant
 * byte of every pixel first. Returns native little-endian, pixel-interleaved bytes.
 */
export function decodeRle(encoded: Uint8Array, pixelCount: number, bytesPerSample: number, samplesPerPixel: number): Uint8Array {
  if (encoded.length < 64) throw new RangeError(`the frame is ${encoded.length} bytes, shorter than the 64-byte RLE header`);
  const header = new DataView(encoded.buffer, encoded.byteOffset, 64);
  const segmentCount = header.getUint32(0, true);
  const expectedSegments = bytesPerSample * samplesPerPixel;
  if (segmentCount !== expectedSegments) {
    throw new RangeError(`the RLE header declares ${segmentCount} segments, ${expectedSegments} expected for ${samplesPerPixel} sample(s) of ${bytesPerSample * 8} bits`);
  }
  const offsets = Array.from({ length: segmentCount }, (_, segment) => header.getUint32(4 + segment * 4, true));
  const output = new Uint8Array(pixelCount * expectedSegments);
  const plane = new Uint8Array(pixelCount);
  for (let segment = 0; segment < segmentCount; segment += 1) {
    const start = offsets[segment] ?? 0;
    const end = segment + 1 < segmentCount ? (offsets[segment + 1] ?? 0) : encoded.length;
    if (start < 64 || end > encoded.length || end < start) {
      throw new RangeError(`RLE segment ${segment + 1} runs from byte ${start} to ${end} of a ${encoded.length}-byte frame`);
    }
    unpackBits(encoded.subarray(start, end), plane, segment + 1);
    const sample = Math.floor(segment / bytesPerSample);
    const byteInSample = bytesPerSample - 1 - (segment % bytesPerSample); // segments are MSB first
    const stride = expectedSegments;
    const base = sample * bytesPerSample + byteInSample;
    for (let pixel = 0; pixel < pixelCount; pixel += 1) output[pixel * stride + base] = plane[pixel] as number;
  }
  return output;
}

/** PackBits: n in 0..127 copies n + 1 literal bytes; n in -127..-1 repeats the next byte 1 - n times; -128 is a no-op. */
function unpackBits(source: Uint8Array, target: Uint8Array, segment: number): void {
  let read = 0;
  let written = 0;
  while (written < target.length) {
    if (read >= source.length) throw new RangeError(`RLE segment ${segment} ends after ${written} of ${target.length} bytes`);
    const control = ((source[read] as number) << 24) >> 24;
    read += 1;
    if (control >= 0) {
      const count = control + 1;
      if (read + count > source.length || written + count > target.length) throw new RangeError(`RLE segment ${segment}: a literal run overflows`);
      target.set(source.subarray(read, read + count), written);
      read += count;
      written += count;
    } else if (control !== -128) {
      const count = 1 - control;
      if (read >= source.length || written + count > target.length) throw new RangeError(`RLE segment ${segment}: a replicate run overflows`);
      target.fill(source[read] as number, written, written + count);
      read += 1;
      written += count;
    }
  }
}
