import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EncodedFrame } from '../../../src/dicom/codecs/decodeFrame.js';
import { dicomParser } from '../../../src/dicom/dicomParserModule.js';
import { el, writeDicom } from '../../../src/dicom/dicomWriter.js';
import { findTransferSyntax } from '../../../src/dicom/transferSyntax.js';
import { samplePath, samplesMissingMessage, samplesPresent } from '../../samplesDir.js';

/**
 * Shared by the codec tests: which external encoders are installed, real source images (and
 * images derived from them), running dcmtk / GDCM, and reading frames back with dicom-parser.
 */
export { samplePath };

/** The tools of `tools` that cannot be started here. */
export function missingTools(tools: readonly string[]): string[] {
  return tools.filter((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).error !== undefined);
}

/** Why a block of tests is skipped, or undefined when everything it needs is here. */
export function skipReason(tools: readonly string[]): string | undefined {
  const reasons: string[] = [];
  const missing = missingTools(tools);
  if (missing.length > 0) reasons.push(`${missing.join(', ')} not installed (apt-get install dcmtk libgdcm-tools)`);
  if (!samplesPresent) reasons.push(samplesMissingMessage);
  if (reasons.length === 0) return undefined;
  const reason = reasons.join('; ');
  console.warn(`codec tests skipped: ${reason}`);
  return reason;
}

export function makeTempDir(): { readonly dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'planlens-codecs-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs an encoder; throws with its output when it fails. */
export function run(tool: string, args: readonly string[]): void {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error !== undefined || result.status !== 0) {
    throw new Error(`${tool} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}${result.stdout}`);
  }
}

export interface DicomImageFile {
  readonly path: string;
  readonly transferSyntaxUid: string;
  readonly rows: number;
  readonly columns: number;
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly samplesPerPixel: number;
  readonly pixelRepresentation: 0 | 1;
  readonly frameCount: number;
  /** Native little-endian pixel bytes of one frame (uncompressed little-endian files only). */
  nativeFrame(index: number): Uint8Array;
  /** One frame of an encapsulated file, ready for decodeFrame. */
  encodedFrame(index: number): EncodedFrame;
}

export function readImageFile(path: string): DicomImageFile {
  const dataSet = dicomParser.parseDicom(new Uint8Array(readFileSync(path)));
  const transferSyntaxUid = dataSet.string('x00020010') ?? '';
  const number = (tag: string, fallback?: number): number => {
    const value = dataSet.uint16(tag) ?? fallback;
    if (value === undefined) throw new Error(`${path} has no ${tag}`);
    return value;
  };
  const image = {
    path, transferSyntaxUid,
    rows: number('x00280010'), columns: number('x00280011'),
    bitsAllocated: number('x00280100'), bitsStored: number('x00280101'),
    samplesPerPixel: number('x00280002', 1),
    pixelRepresentation: (number('x00280103', 0) === 1 ? 1 : 0) as 0 | 1,
    frameCount: dataSet.intString('x00280008') ?? 1,
  };
  const pixelData = dataSet.elements.x7fe00010;
  if (pixelData === undefined) throw new Error(`${path} has no pixel data`);
  const frameBytes = image.rows * image.columns * image.samplesPerPixel * (image.bitsAllocated / 8);
  return {
    ...image,
    nativeFrame: (index) => {
      const syntax = findTransferSyntax(transferSyntaxUid);
      if (syntax?.pixelEncoding !== 'native' || !syntax.littleEndian) throw new Error(`${path} is not uncompressed little endian`);
      const start = pixelData.dataOffset + index * frameBytes;
      return dataSet.byteArray.subarray(start, start + frameBytes);
    },
    encodedFrame: (index) => {
      const encoding = findTransferSyntax(transferSyntaxUid)?.pixelEncoding;
      if (encoding === undefined || encoding === 'native') throw new Error(`${path} (${transferSyntaxUid}) is not encapsulated`);
      const fragments = pixelData.fragments ?? [];
      const bytes = image.frameCount === 1
        ? dicomParser.readEncapsulatedPixelDataFromFragments(dataSet, pixelData, 0, fragments.length)
        : (pixelData.basicOffsetTable?.length ?? 0) === 0 && fragments.length === image.frameCount
          ? dicomParser.readEncapsulatedPixelDataFromFragments(dataSet, pixelData, index, 1)
          : dicomParser.readEncapsulatedImageFrame(dataSet, pixelData, index);
      return { ...image, encoding, bytes, file: path };
    },
  };
}

/** An image derived from a real one, written as explicit VR little endian for the encoders. */
export interface DerivedImage {
  readonly rows: number;
  readonly columns: number;
  readonly bitsAllocated: 8 | 16;
  readonly bitsStored: number;
  readonly pixelRepresentation: 0 | 1;
  readonly photometric: 'MONOCHROME2' | 'RGB';
  /** Native little-endian pixel bytes, colour interleaved by pixel. */
  readonly pixels: Uint8Array;
}

let uidCounter = 0;

export function writeDerivedImage(path: string, image: DerivedImage): void {
  uidCounter += 1;
  const uid = (kind: number): string => `2.25.${process.pid}${kind}${uidCounter}`;
  const colour = image.photometric === 'RGB';
  const elements = [
    el(0x00080016, 'UI', colour ? '1.2.840.10008.5.1.4.1.1.7' : '1.2.840.10008.5.1.4.1.1.2'),
    el(0x00080018, 'UI', uid(1)),
    el(0x00080060, 'CS', colour ? 'OT' : 'CT'),
    el(0x00100010, 'PN', 'Codec^Test'),
    el(0x00100020, 'LO', 'CODEC-TEST'),
    el(0x0020000d, 'UI', uid(2)),
    el(0x0020000e, 'UI', uid(3)),
    el(0x00280002, 'US', [colour ? 3 : 1]),
    el(0x00280004, 'CS', image.photometric),
    ...(colour ? [el(0x00280006, 'US', [0])] : []),
    el(0x00280010, 'US', [image.rows]),
    el(0x00280011, 'US', [image.columns]),
    el(0x00280100, 'US', [image.bitsAllocated]),
    el(0x00280101, 'US', [image.bitsStored]),
    el(0x00280102, 'US', [image.bitsStored - 1]),
    el(0x00280103, 'US', [image.pixelRepresentation]),
    el(0x7fe00010, image.bitsAllocated === 8 ? 'OB' : 'OW', image.pixels),
  ];
  writeFileSync(path, writeDicom(elements, { syntax: 'explicit-le', fileMeta: true }));
}

/** 16-bit words of native little-endian bytes. */
export function words(bytes: Uint8Array, signed: boolean): Int16Array | Uint16Array {
  const copy = bytes.slice();
  return signed ? new Int16Array(copy.buffer, 0, copy.length / 2) : new Uint16Array(copy.buffer, 0, copy.length / 2);
}

/** The largest absolute difference between two equally long sample arrays, and the mean one. */
export function differences(a: ArrayLike<number>, b: ArrayLike<number>): { max: number; mean: number } {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} vs ${b.length}`);
  let max = 0;
  let sum = 0;
  for (let index = 0; index < a.length; index += 1) {
    const difference = Math.abs((a[index] as number) - (b[index] as number));
    max = Math.max(max, difference);
    sum += difference;
  }
  return { max, mean: sum / a.length };
}

/** How many different values the samples take: a guard against round trips of blank images. */
export function distinctValues(samples: ArrayLike<number>): number {
  return new Set(Array.from(samples)).size;
}

export type SourceName = 'ct-12bit-unsigned' | 'ct-16bit-signed' | 'ct-12bit-signed' | 'grey-8bit' | 'rgb-8bit';

export interface SourceImage {
  readonly name: SourceName;
  readonly path: string;
  readonly file: DicomImageFile;
  /** The native pixel bytes every lossless round trip must reproduce. */
  readonly pixels: Uint8Array;
}

/**
 * Two real CT slices (512 x 512: 12 bits stored unsigned, implicit VR; 16 bits signed, explicit VR)
 * and three images derived from them into `dir`: signed 12-bit (values clamped to -2048..2047 and
 * sign-extended), 8-bit greyscale (the top 8 of 12 bits) and 8-bit RGB (three different mappings).
 */
export function prepareSources(dir: string): Record<SourceName, SourceImage> {
  const real = (name: SourceName, path: string): SourceImage => {
    const file = readImageFile(path);
    return { name, path, file, pixels: file.nativeFrame(0) };
  };
  const unsigned = real('ct-12bit-unsigned', samplePath('pinnacle-ct-rtdose', 'ct.0.dcm'));
  const signed = real('ct-16bit-signed', samplePath('rtutils-edge-cases', 'mock_data', 'ct_1.dcm'));
  const ct12 = words(unsigned.pixels, false);
  const ct16 = words(signed.pixels, true);
  const { rows, columns } = unsigned.file;
  const derived = (name: SourceName, image: DerivedImage): SourceImage => {
    const path = join(dir, `${name}.dcm`);
    writeDerivedImage(path, image);
    return real(name, path);
  };
  const clamped = Int16Array.from(ct16, (value) => Math.max(-2048, Math.min(2047, value)));
  return {
    'ct-12bit-unsigned': unsigned,
    'ct-16bit-signed': signed,
    'ct-12bit-signed': derived('ct-12bit-signed', {
      rows: signed.file.rows, columns: signed.file.columns, bitsAllocated: 16, bitsStored: 12, pixelRepresentation: 1,
      photometric: 'MONOCHROME2', pixels: new Uint8Array(clamped.buffer),
    }),
    'grey-8bit': derived('grey-8bit', {
      rows, columns, bitsAllocated: 8, bitsStored: 8, pixelRepresentation: 0, photometric: 'MONOCHROME2',
      pixels: Uint8Array.from(ct12, (value) => (value >> 4) & 0xff),
    }),
    'rgb-8bit': derived('rgb-8bit', {
      rows, columns, bitsAllocated: 8, bitsStored: 8, pixelRepresentation: 0, photometric: 'RGB',
      pixels: Uint8Array.from({ length: ct12.length * 3 }, (_, index) => {
        const value = ct12[Math.floor(index / 3)] as number;
        return [(value >> 4) & 0xff, (value >> 2) & 0xff, 255 - ((value >> 4) & 0xff)][index % 3] as number;
      }),
    }),
  };
}
