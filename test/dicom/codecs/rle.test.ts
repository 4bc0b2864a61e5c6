import { describe, expect, it } from 'vitest';
import { decodeFrame, type EncodedFrame } from '../../../src/dicom/codecs/decodeFrame.js';
import { DicomReadError } from '../../../src/dicom/errors.js';
import { readImageFile, samplePath, skipReason } from './codecFixtures.js';

/** An RLE frame: the 64-byte header (count, offsets) followed by the given PackBits segments. */
function rleFrame(segments: readonly (readonly number[])[], declaredCount = segments.length): Uint8Array {
  const bytes = new Uint8Array(64 + segments.reduce((sum, segment) => sum + segment.length, 0));
  const header = new DataView(bytes.buffer);
  header.setUint32(0, declaredCount, true);
  let offset = 64;
  segments.forEach((segment, index) => {
    header.setUint32(4 + index * 4, offset, true);
    bytes.set(segment, offset);
    offset += segment.length;
  });
  return bytes;
}

/** A literal PackBits run holding `values`. */
const literal = (...values: number[]): number[] => [values.length - 1, ...values];
/** A replicate PackBits run: `value` `count` times. */
const repeat = (value: number, count: number): number[] => [(257 - count) & 0xff, value];

function frame(bytes: Uint8Array, layout: Partial<EncodedFrame> = {}): EncodedFrame {
  return {
    encoding: 'rle', transferSyntaxUid: '1.2.840.10008.1.2.5', bytes, rows: 2, columns: 2,
    bitsAllocated: 8, samplesPerPixel: 1, pixelRepresentation: 0, file: 'synthetic.dcm', ...layout,
  };
}

async function decodeError(encoded: EncodedFrame): Promise<DicomReadError> {
  const error = await decodeFrame(encoded).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(DicomReadError);
  expect(error).toMatchObject({ code: 'decode-failed', module: 'decodeFrame', file: 'synthetic.dcm' });
  return error as DicomReadError;
}

describe('RLE frames built by hand decode to the exact bytes', () => {
  it('8-bit greyscale: literal and replicate runs, and the -128 no-op', async () => {
    const decoded = await decodeFrame(frame(rleFrame([[0x80, ...literal(7), ...repeat(9, 2), 0x80, ...literal(4)]])));
    expect(Array.from(decoded)).toEqual([7, 9, 9, 4]);
  });

  it('16-bit: the first segment holds the most significant bytes', async () => {
    const decoded = await decodeFrame(frame(rleFrame([literal(0x12, 0x00, 0xff, 0x80), literal(0x34, 0x01, 0xfe, 0x00)]), { bitsAllocated: 16 }));
    expect(Array.from(decoded)).toEqual([0x34, 0x12, 0x01, 0x00, 0xfe, 0xff, 0x00, 0x80]);
  });

  it('16-bit signed data comes out in two\'s complement, as stored', async () => {
    const decoded = await decodeFrame(frame(rleFrame([literal(0xff, 0xfc, 0x00, 0x80), literal(0xff, 0x18, 0x01, 0x00)]), { bitsAllocated: 16, pixelRepresentation: 1 }));
    expect(Array.from(new Int16Array(decoded.slice().buffer))).toEqual([-1, -1000, 1, -32768]);
  });

  it('32-bit: four segments, most significant first', async () => {
    const decoded = await decodeFrame(frame(rleFrame([repeat(0x01, 4), repeat(0x02, 4), repeat(0x03, 4), literal(0x04, 0x05, 0x06, 0x07)]), { bitsAllocated: 32 }));
    expect(Array.from(new Uint32Array(decoded.slice().buffer))).toEqual([0x01020304, 0x01020305, 0x01020306, 0x01020307]);
  });

  it('8-bit RGB: one plane per colour, interleaved by pixel on output', async () => {
    const decoded = await decodeFrame(frame(rleFrame([literal(1, 2, 3, 4), literal(11, 12, 13, 14), repeat(200, 4)]), { samplesPerPixel: 3 }));
    expect(Array.from(decoded)).toEqual([1, 11, 200, 2, 12, 200, 3, 13, 200, 4, 14, 200]);
  });

  it('16-bit RGB: six segments, each colour most significant byte first', async () => {
    const segments = [repeat(0x01, 4), literal(1, 2, 3, 4), repeat(0x02, 4), literal(5, 6, 7, 8), repeat(0x03, 4), literal(9, 10, 11, 12)];
    const decoded = await decodeFrame(frame(rleFrame(segments), { samplesPerPixel: 3, bitsAllocated: 16 }));
    expect(Array.from(new Uint16Array(decoded.slice().buffer))).toEqual([0x0101, 0x0205, 0x0309, 0x0102, 0x0206, 0x030a, 0x0103, 0x0207, 0x030b, 0x0104, 0x0208, 0x030c]);
  });

  it('a segment that decodes to more than one plane (padding some encoders write) is cut to the plane', async () => {
    const decoded = await decodeFrame(frame(rleFrame([[...literal(1, 2, 3), ...repeat(4, 3)]])));
    expect(Array.from(decoded)).toEqual([1, 2, 3, 4]);
  });
});

describe('damaged RLE frames are refused with decode-failed', () => {
  it('a frame shorter than its header', async () => {
    expect((await decodeError(frame(new Uint8Array(40)))).reason).toMatch(/40 bytes, shorter than the 64-byte RLE header/u);
  });

  for (const declared of [0, 1, 3, 15, 16, 0xffffffff]) {
    it(`a header declaring ${declared} segments for a 16-bit image`, async () => {
      const encoded = frame(rleFrame([repeat(1, 4), repeat(2, 4)], declared), { bitsAllocated: 16 });
      expect((await decodeError(encoded)).reason).toMatch(new RegExp(`declares ${declared} segments, 2 expected`, 'u'));
    });
  }

  it('a segment offset inside the header', async () => {
    const bytes = rleFrame([repeat(1, 4)]);
    new DataView(bytes.buffer).setUint32(4, 10, true);
    expect((await decodeError(frame(bytes))).reason).toMatch(/segment 1 runs from byte 10/u);
  });

  it('a segment offset past the end of the frame', async () => {
    const bytes = rleFrame([repeat(1, 4), repeat(2, 4)]);
    new DataView(bytes.buffer).setUint32(8, 5000, true);
    expect((await decodeError(frame(bytes, { bitsAllocated: 16 }))).reason).toMatch(/segment 1 runs from byte 64 to 5000 of a 68-byte frame/u);
  });

  it('segment offsets out of order', async () => {
    const bytes = rleFrame([repeat(1, 4), repeat(2, 4)]);
    new DataView(bytes.buffer).setUint32(4, 66, true);
    new DataView(bytes.buffer).setUint32(8, 64, true);
    expect((await decodeError(frame(bytes, { bitsAllocated: 16 }))).reason).toMatch(/segment 1 runs from byte 66 to 64/u);
  });

  it('a segment that ends before its plane is full', async () => {
    expect((await decodeError(frame(rleFrame([repeat(1, 3)])))).reason).toMatch(/segment 1 ends after 3 of 4 bytes/u);
  });

  it('a literal run cut off by the end of its segment', async () => {
    expect((await decodeError(frame(rleFrame([[3, 1, 2]])))).reason).toMatch(/segment 1 ends inside a literal run, after 0 of 4 bytes/u);
  });

  it('a replicate run without its value', async () => {
    expect((await decodeError(frame(rleFrame([[...literal(1, 2), 0xfe]])))).reason).toMatch(/segment 1 ends inside a replicate run, after 2 of 4 bytes/u);
  });

  it('a segment of no-ops only, which must not loop', async () => {
    expect((await decodeError(frame(rleFrame([new Array<number>(1000).fill(0x80)])))).reason).toMatch(/segment 1 ends after 0 of 4 bytes/u);
  });
});

const samplesSkip = skipReason([]);

describe.skipIf(samplesSkip !== undefined)('the real RLE dose (pydicom test file) matches its uncompressed twin', () => {
  it('every one of the 15 frames of 32-bit dose, byte for byte', async () => {
    const compressed = readImageFile(samplePath('pydicom-rt-minimal', 'rtdose_rle.dcm'));
    const native = readImageFile(samplePath('pydicom-rt-minimal', 'rtdose.dcm'));
    expect(compressed.transferSyntaxUid).toBe('1.2.840.10008.1.2.5');
    expect([compressed.frameCount, compressed.bitsAllocated, compressed.rows, compressed.columns]).toEqual([15, 32, 10, 10]);
    expect(native.frameCount).toBe(15);
    const distinct = new Set<number>();
    for (let index = 0; index < 15; index += 1) {
      const decoded = await decodeFrame(compressed.encodedFrame(index));
      const expected = native.nativeFrame(index);
      expect(Array.from(decoded), `frame ${index + 1}`).toEqual(Array.from(expected));
      new Uint32Array(decoded.slice().buffer).forEach((value) => distinct.add(value));
    }
    expect(distinct.size).toBeGreaterThan(50);
  });

  it('the single-frame pair too', async () => {
    const compressed = readImageFile(samplePath('pydicom-rt-minimal', 'rtdose_rle_1frame.dcm'));
    const native = readImageFile(samplePath('pydicom-rt-minimal', 'rtdose_1frame.dcm'));
    expect(Array.from(await decodeFrame(compressed.encodedFrame(0)))).toEqual(Array.from(native.nativeFrame(0)));
  });

  it('the same frames cut short are refused', async () => {
    const whole = readImageFile(samplePath('pydicom-rt-minimal', 'rtdose_rle.dcm')).encodedFrame(3);
    for (const length of [0, 63, 64, 100, whole.bytes.length - 10]) {
      const cut = { ...whole, bytes: whole.bytes.subarray(0, length) };
      await expect(decodeFrame(cut)).rejects.toMatchObject({ code: 'decode-failed' });
    }
  });
});
