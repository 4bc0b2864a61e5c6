import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFrame } from '../../../src/dicom/codecs/decodeFrame.js';
import { readJpegFrameHeader } from '../../../src/dicom/codecs/jpegMarkers.js';
import { DicomReadError } from '../../../src/dicom/errors.js';
import {
  differences, distinctValues, makeTempDir, prepareSources, readImageFile, run, skipReason, words, writeDerivedImage,
  type SourceImage, type SourceName,
} from './codecFixtures.js';

/**
 * Real CT slices (and images derived from them) compressed at test time by dcmtk and GDCM, then
 * decoded by decodeFrame: lossless codecs must give back the original bytes exactly, lossy ones
 * must stay within the stated tolerance of the original and match the reference decoder.
 */
const tools = ['dcmcrle', 'dcmcjpeg', 'dcmdjpeg', 'dcmcjpls', 'gdcmconv'];
const skip = skipReason(tools);

const uid = {
  rle: '1.2.840.10008.1.2.5',
  jpegBaseline: '1.2.840.10008.1.2.4.50',
  jpegExtended: '1.2.840.10008.1.2.4.51',
  jpegProcess14: '1.2.840.10008.1.2.4.57',
  jpegSv1: '1.2.840.10008.1.2.4.70',
  jpegLs: '1.2.840.10008.1.2.4.80',
  jpegLsNear: '1.2.840.10008.1.2.4.81',
  j2kLossless: '1.2.840.10008.1.2.4.90',
  j2k: '1.2.840.10008.1.2.4.91',
  explicitLittle: '1.2.840.10008.1.2.1',
};

interface LosslessVariant {
  readonly name: string;
  readonly tool: string;
  readonly options: readonly string[];
  readonly syntax: string;
  readonly sources: readonly SourceName[];
}

const allSources: readonly SourceName[] = ['ct-12bit-unsigned', 'ct-16bit-signed', 'ct-12bit-signed', 'grey-8bit', 'rgb-8bit'];
const greySources: readonly SourceName[] = ['ct-12bit-unsigned', 'ct-16bit-signed', 'ct-12bit-signed', 'grey-8bit'];

const losslessVariants: readonly LosslessVariant[] = [
  { name: 'RLE (dcmcrle)', tool: 'dcmcrle', options: [], syntax: uid.rle, sources: allSources },
  { name: 'RLE (gdcmconv)', tool: 'gdcmconv', options: ['--rle'], syntax: uid.rle, sources: allSources },
  { name: 'JPEG lossless SV1 (dcmcjpeg)', tool: 'dcmcjpeg', options: ['+e1'], syntax: uid.jpegSv1, sources: allSources },
  ...[1, 2, 3, 4, 5, 6, 7].map((selection) => ({
    name: `JPEG lossless process 14, selection value ${selection} (dcmcjpeg)`, tool: 'dcmcjpeg', options: ['+el', '+sv', String(selection)],
    syntax: uid.jpegProcess14, sources: greySources,
  })),
  { name: 'JPEG lossless (gdcmconv)', tool: 'gdcmconv', options: ['--jpeg'], syntax: uid.jpegSv1, sources: allSources },
  { name: 'JPEG-LS lossless (dcmcjpls)', tool: 'dcmcjpls', options: ['+el'], syntax: uid.jpegLs, sources: allSources },
  { name: 'JPEG-LS lossless, sample interleaved (dcmcjpls)', tool: 'dcmcjpls', options: ['+el', '+is'], syntax: uid.jpegLs, sources: ['rgb-8bit'] },
  { name: 'JPEG-LS lossless, not interleaved (dcmcjpls)', tool: 'dcmcjpls', options: ['+el', '+in'], syntax: uid.jpegLs, sources: ['rgb-8bit'] },
  { name: 'JPEG-LS lossless (gdcmconv)', tool: 'gdcmconv', options: ['--jpegls'], syntax: uid.jpegLs, sources: allSources },
  { name: 'JPEG 2000 lossless (gdcmconv)', tool: 'gdcmconv', options: ['--j2k'], syntax: uid.j2kLossless, sources: allSources },
];

/** The index and values of the first differing byte, for a readable failure. */
function firstDifference(actual: Uint8Array, expected: Uint8Array): string | undefined {
  if (actual.length !== expected.length) return `length ${actual.length}, expected ${expected.length}`;
  const index = actual.findIndex((byte, at) => byte !== expected[at]);
  return index < 0 ? undefined : `byte ${index}: ${actual[index]}, expected ${expected[index]}`;
}

describe.skipIf(skip !== undefined)('lossless round trips through dcmtk and GDCM are byte-exact', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());
  const sources = skip === undefined ? prepareSources(temp.dir) : undefined;
  const source = (name: SourceName): SourceImage => {
    if (sources === undefined) throw new Error('sources not prepared');
    return sources[name];
  };

  it('starts from real images, not blank ones', () => {
    for (const name of allSources) {
      const { file, pixels } = source(name);
      expect(file.transferSyntaxUid === '1.2.840.10008.1.2' || file.transferSyntaxUid === uid.explicitLittle).toBe(true);
      const samples = file.bitsAllocated === 16 ? words(pixels, file.pixelRepresentation === 1) : pixels;
      expect(distinctValues(samples), name).toBeGreaterThan(200);
    }
    expect(words(source('ct-12bit-signed').pixels, true).some((value) => value < -1000)).toBe(true);
  });

  losslessVariants.forEach((variant, variantIndex) => {
    describe(variant.name, () => {
      for (const name of variant.sources) {
        it(name, async () => {
          const original = source(name);
          const out = join(temp.dir, `v${variantIndex}-${name}.dcm`);
          run(variant.tool, [...variant.options, original.path, out]);
          const compressed = readImageFile(out);
          expect(compressed.transferSyntaxUid).toBe(variant.syntax);
          const frame = compressed.encodedFrame(0);
          expect(frame.bytes.length).toBeLessThan(original.pixels.length);
          const decoded = await decodeFrame(frame);
          expect(firstDifference(decoded, original.pixels)).toBeUndefined();
        });
      }
    });
  });
});

describe.skipIf(skip !== undefined)('signed data coded as 12-bit unsigned values comes out sign-extended', () => {
  // dcmtk and GDCM code 12-bit data as 16-bit words, which round-trips signed values untouched.
  // Encoders that use BitsStored as the precision (CharLS-based ones; dcmcjpls in its cooked mode,
  // used here) store the two's-complement bit patterns as unsigned 12-bit codes.
  const temp = makeTempDir();
  afterAll(() => temp.remove());
  const sources = skip === undefined ? prepareSources(temp.dir) : undefined;
  const encoders: readonly [string, readonly string[]][] = [['dcmcjpls', ['+el', '+pc']]];

  for (const [tool, options] of encoders) {
    it(`${tool} ${options.join(' ')}`, async () => {
      const signed = sources?.['ct-12bit-signed'];
      if (signed === undefined) throw new Error('sources not prepared');
      const codes = Uint16Array.from(words(signed.pixels, true), (value) => value & 0x0fff);
      const codesPath = join(temp.dir, 'signed-as-12bit-codes.dcm');
      writeDerivedImage(codesPath, {
        rows: signed.file.rows, columns: signed.file.columns, bitsAllocated: 16, bitsStored: 12, pixelRepresentation: 0,
        photometric: 'MONOCHROME2', pixels: new Uint8Array(codes.buffer),
      });
      const out = join(temp.dir, `signed-as-codes-${tool}.dcm`);
      run(tool, [...options, codesPath, out]);
      const frame = readImageFile(out).encodedFrame(0);
      expect(readJpegFrameHeader(frame.bytes).precisionBits).toBe(12);
      const decoded = await decodeFrame({ ...frame, pixelRepresentation: 1 });
      expect(firstDifference(decoded, signed.pixels)).toBeUndefined();
    });
  }
});

describe.skipIf(skip !== undefined)('lossy codecs stay within their tolerance', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());
  const sources = skip === undefined ? prepareSources(temp.dir) : undefined;

  /** Compresses `source`, decodes it ourselves and with the tool's own decoder. */
  async function lossyRoundTrip(source: SourceImage, encode: (out: string) => void, syntax: string, reference: (compressed: string, out: string) => void) {
    const compressedPath = join(temp.dir, `lossy-${syntax}-${source.name}.dcm`);
    encode(compressedPath);
    const compressed = readImageFile(compressedPath);
    expect(compressed.transferSyntaxUid).toBe(syntax);
    const decoded = await decodeFrame(compressed.encodedFrame(0));
    const referencePath = join(temp.dir, `lossy-${syntax}-${source.name}-reference.dcm`);
    reference(compressedPath, referencePath);
    const referencePixels = readImageFile(referencePath).nativeFrame(0);
    return { compressed, decoded, referencePixels };
  }

  it('JPEG baseline, 8-bit greyscale at quality 90: within 1 of dcmtk\'s decoder; mean error under 1, max under 24 against the original', async () => {
    const original = sources?.['grey-8bit'];
    if (original === undefined) throw new Error('sources not prepared');
    const { decoded, referencePixels } = await lossyRoundTrip(original, (out) => run('dcmcjpeg', ['+eb', '+q', '90', original.path, out]), uid.jpegBaseline, (input, out) => run('dcmdjpeg', [input, out]));
    expect(differences(decoded, referencePixels).max).toBeLessThanOrEqual(1);
    const error = differences(decoded, original.pixels);
    expect(error.max).toBeGreaterThan(0); // really lossy, so the test is not vacuous
    expect(error.mean).toBeLessThan(1);
    expect(error.max).toBeLessThan(24);
  });

  it('JPEG baseline, 8-bit RGB: YCbCr 4:2:2 comes out as RGB within 1 of dcmtk\'s decoder; RGB-coded within mean 1 of the original', async () => {
    const original = sources?.['rgb-8bit'];
    if (original === undefined) throw new Error('sources not prepared');
    const ybr = await lossyRoundTrip(original, (out) => run('dcmcjpeg', ['+eb', original.path, out]), uid.jpegBaseline, (input, out) => run('dcmdjpeg', [input, out]));
    expect(ybr.compressed.transferSyntaxUid).toBe(uid.jpegBaseline);
    expect(differences(ybr.decoded, ybr.referencePixels).max).toBeLessThanOrEqual(1);
    const rgbPath = join(temp.dir, 'baseline-rgb-coded.dcm');
    run('dcmcjpeg', ['+eb', '+cr', original.path, rgbPath]);
    const rgbCoded = await decodeFrame(readImageFile(rgbPath).encodedFrame(0));
    const error = differences(rgbCoded, original.pixels);
    expect(error.max).toBeGreaterThan(0);
    expect(error.mean).toBeLessThan(1);
  });

  it('JPEG-LS near-lossless (NEAR 2), 12-bit CT: every sample within 2 of the original, identical to dcmtk\'s decoder', async () => {
    const original = sources?.['ct-12bit-unsigned'];
    if (original === undefined) throw new Error('sources not prepared');
    const { decoded, referencePixels } = await lossyRoundTrip(original, (out) => run('dcmcjpls', ['+en', '+md', '2', original.path, out]), uid.jpegLsNear, (input, out) => run('dcmdjpls', [input, out]));
    expect(firstDifference(decoded, referencePixels)).toBeUndefined();
    const error = differences(words(decoded, false), words(original.pixels, false));
    expect(error.max).toBe(2);
  });

  it('JPEG 2000 irreversible, signed 16-bit CT: identical to GDCM\'s decoder, mean error under 10 HU against the original', async () => {
    const original = sources?.['ct-16bit-signed'];
    if (original === undefined) throw new Error('sources not prepared');
    const { decoded, referencePixels } = await lossyRoundTrip(original, (out) => run('gdcmconv', ['--j2k', '--lossy', '--irreversible', '-r', '10', original.path, out]), uid.j2k, (input, out) => run('gdcmconv', ['--raw', input, out]));
    expect(firstDifference(decoded, referencePixels)).toBeUndefined();
    const error = differences(words(decoded, true), words(original.pixels, true));
    expect(error.max).toBeGreaterThan(0);
    expect(error.mean).toBeLessThan(10);
  });

  it('JPEG extended with 12-bit samples is refused with a decode-failed error that says so', async () => {
    const original = sources?.['ct-12bit-unsigned'];
    if (original === undefined) throw new Error('sources not prepared');
    const out = join(temp.dir, 'extended-12bit.dcm');
    run('dcmcjpeg', ['+ee', original.path, out]);
    const compressed = readImageFile(out);
    expect(compressed.transferSyntaxUid).toBe(uid.jpegExtended);
    const failure = await decodeFrame(compressed.encodedFrame(0)).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(DicomReadError);
    expect(failure).toMatchObject({ code: 'decode-failed', module: 'decodeFrame' });
    expect((failure as DicomReadError).reason).toMatch(/12-bit extended sequential JPEG cannot be decoded/u);
    expect((failure as DicomReadError).hint).toMatch(/dcmdjpeg/u);
  });
});
