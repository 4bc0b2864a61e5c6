import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseLoader } from '../../src/case/caseLoader.js';
import { decodeFrame } from '../../src/dicom/codecs/decodeFrame.js';
import { DicomReadError } from '../../src/dicom/errors.js';
import { hasTool } from '../tools.js';
import { samplePath, samplesMissingMessage, samplesPresent } from '../samplesDir.js';


const tools = ['dcmcrle', 'dcmcjpeg', 'dcmcjpls', 'dcmconv', 'gdcmconv'];
const missing = tools.filter((tool) => !hasTool(tool));
if (missing.length > 0) console.warn(`transfer-syntax round trips skipped: ${missing.join(', ')} not installed (apt-get install dcmtk libgdcm-tools)`);
if (!samplesPresent) console.warn(samplesMissingMessage);

async function loadOne(path: string) {
  const loader = new CaseLoader(1);
  await loader.addFile({ name: path, bytes: readFileSync(path) });
  return loader.finish();
}

describe.skipIf(missing.length > 0 || !samplesPresent)('compressed and re-encoded copies of a real CT slice decode to the same voxels', () => {
  const source = samplePath('pinnacle-ct-rtdose', 'ct.70.dcm');
  const dir = mkdtempSync(join(tmpdir(), 'planlens-ts-'));
  const variants: Record<string, (out: string) => void> = {
    'explicit VR big endian': (out) => execFileSync('dcmconv', ['+tb', source, out]),
    'deflated explicit VR little endian': (out) => execFileSync('dcmconv', ['+td', source, out]),
    'RLE lossless': (out) => execFileSync('dcmcrle', [source, out]),
    'JPEG lossless SV1': (out) => execFileSync('dcmcjpeg', ['+e1', source, out]),
    'JPEG lossless process 14': (out) => execFileSync('dcmcjpeg', ['+el', source, out]),
    'JPEG-LS lossless': (out) => execFileSync('dcmcjpls', ['+el', source, out]),
    'JPEG 2000 lossless': (out) => execFileSync('gdcmconv', ['--j2k', source, out]),
  };

  for (const [name, make] of Object.entries(variants)) {
    it(name, async () => {
      const reference = (await loadOne(source)).images[0];
      const out = join(dir, `${name.replace(/\W+/gu, '-')}.dcm`);
      make(out);
      const reviewCase = await loadOne(out);
      expect(reviewCase.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const volume = reviewCase.images[0];
      expect(volume?.dimensions).toEqual([512, 512, 1]);
      expect(volume?.rescale).toEqual(reference?.rescale);
      expect(Buffer.from(volume?.storedVoxels.buffer ?? new ArrayBuffer(0), 0, 512 * 512 * 2).equals(Buffer.from(reference?.storedVoxels.buffer ?? new ArrayBuffer(0), 0, 512 * 512 * 2))).toBe(true);
    });
  }
});

/** An RLE frame of two segments (high bytes, low bytes of 16-bit pixels) holding these PackBits bytes. */
function rleFrame(segmentHigh: readonly number[], segmentLow: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(64 + segmentHigh.length + segmentLow.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 2, true);
  view.setUint32(4, 64, true);
  view.setUint32(8, 64 + segmentHigh.length, true);
  bytes.set([...segmentHigh, ...segmentLow], 64);
  return bytes;
}

describe('damaged compressed frames are refused, never returned short or garbled', () => {
  const frame = { transferSyntaxUid: '1.2.840.10008.1.2.5', rows: 4, columns: 4, bitsAllocated: 16, samplesPerPixel: 1, pixelRepresentation: 0 as const, file: 'damaged.dcm' };

  it('an RLE frame shorter than its header', async () => {
    await expect(decodeFrame({ ...frame, encoding: 'rle', bytes: new Uint8Array(10) })).rejects.toThrow(DicomReadError);
  });

  it('an RLE header with the wrong segment count', async () => {
    const bytes = new Uint8Array(80);
    new DataView(bytes.buffer).setUint32(0, 3, true);
    await expect(decodeFrame({ ...frame, encoding: 'rle', bytes })).rejects.toThrow(/3 segments, 2 expected/u);
  });

  it('an RLE segment that ends early', async () => {
    const bytes = rleFrame([0x00, 0x05], [0xfd, 0x07]); // segment 1: one literal byte of 16; segment 2: 4 of 16
    await expect(decodeFrame({ ...frame, encoding: 'rle', bytes })).rejects.toThrow(/segment 1 ends after 1 of 16/u);
  });

  it('a valid RLE frame decodes to the exact bytes', async () => {
    const bytes = rleFrame([0xf1, 0x01], [0xf1, 0x02]); // high bytes: 16 x 0x01; low bytes: 16 x 0x02
    const decoded = await decodeFrame({ ...frame, encoding: 'rle', bytes });
    expect(Array.from(new Uint16Array(decoded.buffer, decoded.byteOffset, 16))).toEqual(new Array(16).fill(0x0102));
  });

  it('an RLE frame holding more pixels than Rows x Columns say (a damaged Rows or Columns)', async () => {
    const bytes = rleFrame([0xf1, 0x01], [0xf1, 0x02]); // 16 pixels, read as a 2 x 2 image
    await expect(decodeFrame({ ...frame, rows: 2, columns: 2, encoding: 'rle', bytes })).rejects.toThrow(/Rows or Columns do not match/u);
  });

  for (const encoding of ['jpeg-baseline', 'jpeg-lossless', 'jpeg-ls', 'jpeg-2000'] as const) {
    it(`random bytes given to the ${encoding} decoder`, async () => {
      const bytes = Uint8Array.from({ length: 200 }, (_, index) => (index * 73 + 11) % 256);
      await expect(decodeFrame({ ...frame, encoding, bytes })).rejects.toThrow(DicomReadError);
    });
  }
});
