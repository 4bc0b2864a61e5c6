import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFrame, type EncodedFrame } from '../../../src/dicom/codecs/decodeFrame.js';
import { DicomReadError } from '../../../src/dicom/errors.js';
import { makeTempDir, prepareSources, readImageFile, run, skipReason, type SourceName } from './codecFixtures.js';

/**
 * Damaged input never comes back short, never throws anything but a DicomReadError 'decode-failed'
 * and never hangs: every decode below must settle within `settleMs`.
 */
const settleMs = 2000;
const encodings = ['rle', 'jpeg-baseline', 'jpeg-lossless', 'jpeg-ls', 'jpeg-2000'] as const;

/** mulberry32: a small deterministic generator, so failures reproduce. */
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed >>> 0;
  return Uint8Array.from({ length }, () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  });
}

type Outcome = { kind: 'refused'; error: DicomReadError } | { kind: 'decoded'; bytes: Uint8Array };

/** Decodes, checking that it settles in time and that a failure is a decode-failed DicomReadError. */
async function outcome(frame: EncodedFrame): Promise<Outcome> {
  const start = performance.now();
  const result = await decodeFrame(frame).then(
    (bytes): Outcome => ({ kind: 'decoded', bytes }),
    (error: unknown): Outcome => {
      expect(error).toBeInstanceOf(DicomReadError);
      expect(error).toMatchObject({ code: 'decode-failed', module: 'decodeFrame', file: frame.file });
      return { kind: 'refused', error: error as DicomReadError };
    },
  );
  expect(performance.now() - start).toBeLessThan(settleMs);
  return result;
}

async function expectRefused(frame: EncodedFrame): Promise<DicomReadError> {
  const result = await outcome(frame);
  if (result.kind === 'decoded') throw new Error(`${frame.file}: ${frame.bytes.length} damaged bytes decoded without complaint`);
  return result.error;
}

function expectedLength(frame: EncodedFrame): number {
  return frame.rows * frame.columns * frame.samplesPerPixel * (frame.bitsAllocated / 8);
}

describe('random bytes are refused by every decoder', () => {
  for (const encoding of encodings) {
    it(encoding, async () => {
      for (const [length, seed] of [[0, 1], [1, 2], [63, 3], [200, 4], [5000, 5], [70_000, 6]] as const) {
        const frame: EncodedFrame = {
          encoding, transferSyntaxUid: 'test', bytes: randomBytes(length, seed), rows: 128, columns: 128,
          bitsAllocated: 16, samplesPerPixel: 1, pixelRepresentation: 0, file: `random-${length}.dcm`,
        };
        await expectRefused(frame);
      }
    });
  }

  it('a stream that is only a JPEG start-of-image marker and a frame header', async () => {
    const bytes = Uint8Array.of(0xff, 0xd8, 0xff, 0xc3, 0x00, 0x0b, 0x10, 0x00, 0x80, 0x00, 0x80, 0x01, 0x01, 0x11, 0x00);
    const frame: EncodedFrame = { encoding: 'jpeg-lossless', transferSyntaxUid: 'test', bytes, rows: 128, columns: 128, bitsAllocated: 16, samplesPerPixel: 1, pixelRepresentation: 0, file: 'header-only.dcm' };
    await expectRefused(frame);
  });

  it('a JPEG marker segment whose length field is 0, which must not loop', async () => {
    const bytes = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x00, 0xff, 0xd9);
    const frame: EncodedFrame = { encoding: 'jpeg-baseline', transferSyntaxUid: 'test', bytes, rows: 8, columns: 8, bitsAllocated: 8, samplesPerPixel: 1, pixelRepresentation: 0, file: 'zero-length.dcm' };
    expect((await expectRefused(frame)).reason).toMatch(/marker segment at byte 2 has length 0/u);
  });
});

const skip = skipReason(['dcmcrle', 'dcmcjpeg', 'dcmcjpls', 'gdcmconv']);

const streams: readonly { encoding: (typeof encodings)[number]; source: SourceName; tool: string; options: readonly string[] }[] = [
  { encoding: 'rle', source: 'ct-12bit-unsigned', tool: 'dcmcrle', options: [] },
  { encoding: 'jpeg-lossless', source: 'ct-12bit-unsigned', tool: 'dcmcjpeg', options: ['+e1'] },
  { encoding: 'jpeg-ls', source: 'ct-12bit-unsigned', tool: 'dcmcjpls', options: ['+el'] },
  { encoding: 'jpeg-2000', source: 'ct-12bit-unsigned', tool: 'gdcmconv', options: ['--j2k'] },
  { encoding: 'jpeg-baseline', source: 'grey-8bit', tool: 'dcmcjpeg', options: ['+eb'] },
];

describe.skipIf(skip !== undefined)('damaged copies of real compressed frames', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());
  const sources = skip === undefined ? prepareSources(temp.dir) : undefined;

  for (const { encoding, source, tool, options } of streams) {
    describe(encoding, () => {
      const load = (): { frame: EncodedFrame; original: Uint8Array } => {
        const original = sources?.[source];
        if (original === undefined) throw new Error('sources not prepared');
        const out = join(temp.dir, `${encoding}.dcm`);
        run(tool, [...options, original.path, out]);
        const frame = readImageFile(out).encodedFrame(0);
        expect(frame.encoding).toBe(encoding);
        return { frame, original: original.pixels };
      };

      it('cut short anywhere: refused', async () => {
        const { frame } = load();
        let end = frame.bytes.length;
        while (frame.bytes[end - 1] === 0) end -= 1; // keep the cut inside the stream, not its padding
        for (const length of [2, 20, Math.floor(end * 0.25), Math.floor(end * 0.5), Math.floor(end * 0.98), end - 2]) {
          await expectRefused({ ...frame, bytes: frame.bytes.slice(0, length), file: `${encoding}-cut-${length}.dcm` });
        }
      });

      it('the real header followed by random bytes: refused or the exact length, never short', async () => {
        const { frame } = load();
        const keep = encoding === 'rle' ? 64 : 700;
        for (const seed of [11, 12, 13, 14]) {
          const bytes = frame.bytes.slice();
          bytes.set(randomBytes(bytes.length - keep, seed), keep);
          const result = await outcome({ ...frame, bytes, file: `${encoding}-random-tail-${seed}.dcm` });
          if (result.kind === 'decoded') expect(result.bytes.length).toBe(expectedLength(frame));
        }
      });

      // These formats carry no checksum: a flipped bit inside entropy-coded data decodes, like a
      // flipped bit in uncompressed data, to wrong values of the right size; only damage to the
      // structure (headers, markers, run lengths) can be caught.
      it('flipped bits: refused or the exact length, never short, and the codec still decodes a good frame after', async () => {
        const { frame, original } = load();
        const flips = randomBytes(40 * 8, 99);
        for (let copy = 0; copy < 40; copy += 1) {
          const bytes = frame.bytes.slice();
          for (let flip = 0; flip < 4; flip += 1) {
            const at = (((flips[copy * 8 + flip * 2] as number) << 8) | (flips[copy * 8 + flip * 2 + 1] as number)) % bytes.length;
            bytes[at] = (bytes[at] as number) ^ (1 << (copy % 8));
          }
          const result = await outcome({ ...frame, bytes, file: `${encoding}-flipped-${copy}.dcm` });
          if (result.kind === 'decoded') expect(result.bytes.length).toBe(expectedLength(frame));
        }
        const decoded = await decodeFrame(frame);
        expect(encoding === 'jpeg-baseline' || Buffer.from(decoded).equals(Buffer.from(original))).toBe(true);
      });

      it('a header that disagrees with the stream: refused, even when the byte count would match', async () => {
        const { frame } = load();
        if (encoding !== 'rle') { // an RLE stream does not record the image size
          const transposed = await expectRefused({ ...frame, rows: frame.rows / 2, columns: frame.columns * 2, file: `${encoding}-transposed.dcm` });
          expect(transposed.reason).toMatch(/the compressed image is 512 x 512 with 1 component\(s\), the header says 1024 x 256/u);
        }
        await expectRefused({ ...frame, samplesPerPixel: 3, file: `${encoding}-colour.dcm` });
        if (encoding !== 'rle' && encoding !== 'jpeg-2000') { // the frame header of a JPEG or JPEG-LS stream claims 60000 x 60000
          const bytes = frame.bytes.slice();
          const sof = bytes.findIndex((byte, at) => byte === 0xff && [0xc0, 0xc3, 0xf7].includes(bytes[at + 1] as number));
          new DataView(bytes.buffer).setUint16(sof + 5, 60000);
          new DataView(bytes.buffer).setUint16(sof + 7, 60000);
          expect((await expectRefused({ ...frame, bytes, file: `${encoding}-huge.dcm` })).reason).toMatch(/the compressed image is 60000 x 60000/u);
        }
        if (frame.bitsAllocated === 16) await expectRefused({ ...frame, bitsAllocated: 8, file: `${encoding}-8bit.dcm` });
      });
    });
  }
});
