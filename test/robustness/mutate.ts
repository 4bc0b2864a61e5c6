import type dicomParser from 'dicom-parser';
import { parseDicom } from '../../src/dicom/parse.js';
import { T } from '../../src/dicom/tags.js';

/**
 * A deterministic generator of damaged copies of real DICOM files, for the robustness tests:
 * truncation, bit flips in element headers, rewritten tag numbers and bit flips in values. Every
 * mutation is a pure function of the input bytes and a seeded PRNG, so a failing case is replayed
 * from its seed.
 */

export type MutationClass = 'truncate' | 'header-bitflip' | 'tag-mangle' | 'value-bitflip';

export const mutationClasses: readonly MutationClass[] = ['truncate', 'header-bitflip', 'tag-mangle', 'value-bitflip'];

export interface Mutation {
  readonly kind: MutationClass;
  /** What was done, precisely enough to redo by hand: offsets, tags, bits. */
  readonly description: string;
  readonly bytes: Uint8Array;
  /** The element whose tag was rewritten (mangled, or a bit flipped in its tag), as xggggeeee. */
  readonly renamedTag: string | undefined;
}

export type Random = () => number;

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence everywhere. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for one case, mixed from the run's seed and the case's coordinates (FNV-1a over the parts). */
export function caseSeed(runSeed: number, ...parts: (string | number)[]): number {
  let hash = 0x811c9dc5 ^ runSeed;
  for (const char of parts.join('/')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

function randomInt(random: Random, below: number): number {
  return Math.floor(random() * below);
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[randomInt(random, items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Where one element (or sequence item) sits in the file, and how its header is laid out. */
export interface ElementSite {
  /** dicom-parser form, xggggeeee. */
  readonly tag: string;
  readonly headerOffset: number;
  readonly headerLength: number;
  /** Offset of the two VR characters, for explicit-VR elements. */
  readonly vrOffset: number | undefined;
  readonly lengthOffset: number;
  readonly lengthSize: 2 | 4;
  readonly dataOffset: number;
  readonly length: number;
  readonly littleEndian: boolean;
  /** 0 for the top-level data set, +1 per sequence item. */
  readonly depth: number;
  /** True for sequences and items: their value is more elements, not a value. */
  readonly nested: boolean;
  readonly isItem: boolean;
}

const longVrs = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);

/**
 * Every element header of a file, nested items included, found from dicom-parser's parse of the
 * intact file: a header ends at the element's dataOffset and is 8 bytes long (implicit VR, and
 * explicit VR with a 2-byte length) or 12 (explicit VR OB/OW/SQ/UN/UT...). Each site is checked by
 * reading its tag back from the bytes; a site that does not read back is left out.
 */
export function elementSites(bytes: Uint8Array, file: string): ElementSite[] {
  const parsed = parseDicom(bytes, file);
  const { explicitVr, littleEndian } = parsed.transferSyntax;
  const sites: ElementSite[] = [];
  const visit = (dataSet: dicomParser.DataSet, depth: number): void => {
    for (const element of Object.values(dataSet.elements)) {
      const meta = element.tag.startsWith('x0002');
      const site = elementSite(bytes, element, depth, meta || explicitVr, meta || littleEndian);
      if (site !== undefined) sites.push(site);
      for (const item of element.items ?? []) {
        const itemSite = itemSiteOf(bytes, item, depth, littleEndian);
        if (itemSite !== undefined) sites.push(itemSite);
        if (item.dataSet !== undefined) visit(item.dataSet, depth + 1);
      }
    }
  };
  visit(parsed.root.dataSet, 0);
  return sites.sort((a, b) => a.headerOffset - b.headerOffset);
}

function elementSite(bytes: Uint8Array, element: dicomParser.Element, depth: number, explicit: boolean, littleEndian: boolean): ElementSite | undefined {
  const long = explicit && element.vr !== undefined && longVrs.has(element.vr);
  const headerLength = long ? 12 : 8;
  const headerOffset = element.dataOffset - headerLength;
  if (headerOffset < 0 || readTag(bytes, headerOffset, littleEndian) !== element.tag) return undefined;
  return {
    tag: element.tag,
    headerOffset,
    headerLength,
    vrOffset: explicit ? headerOffset + 4 : undefined,
    lengthOffset: long ? headerOffset + 8 : explicit ? headerOffset + 6 : headerOffset + 4,
    lengthSize: explicit && !long ? 2 : 4,
    dataOffset: element.dataOffset,
    length: element.hadUndefinedLength === true && element.length === 0xffffffff ? 0 : element.length,
    littleEndian,
    depth,
    nested: element.items !== undefined || element.encapsulatedPixelData === true,
    isItem: false,
  };
}

function itemSiteOf(bytes: Uint8Array, item: dicomParser.Element, depth: number, littleEndian: boolean): ElementSite | undefined {
  const headerOffset = item.dataOffset - 8;
  if (headerOffset < 0 || readTag(bytes, headerOffset, littleEndian) !== 'xfffee000') return undefined;
  return {
    tag: 'xfffee000', headerOffset, headerLength: 8, vrOffset: undefined, lengthOffset: headerOffset + 4, lengthSize: 4,
    dataOffset: item.dataOffset, length: item.length, littleEndian, depth: depth + 1, nested: true, isItem: true,
  };
}

function readUint16(bytes: Uint8Array, offset: number, littleEndian: boolean): number {
  const a = bytes[offset] ?? 0;
  const b = bytes[offset + 1] ?? 0;
  return littleEndian ? a | (b << 8) : (a << 8) | b;
}

function writeUint16(bytes: Uint8Array, offset: number, value: number, littleEndian: boolean): void {
  bytes[offset] = littleEndian ? value & 0xff : value >>> 8;
  bytes[offset + 1] = littleEndian ? value >>> 8 : value & 0xff;
}

function hex4(value: number): string {
  return value.toString(16).padStart(4, '0');
}

function readTag(bytes: Uint8Array, offset: number, littleEndian: boolean): string {
  return `x${hex4(readUint16(bytes, offset, littleEndian))}${hex4(readUint16(bytes, offset + 2, littleEndian))}`;
}

/** `(GGGG,EEEE)` with the keyword when tags.ts knows it. */
export function tagName(tag: string): string {
  const known = Object.values(T).find((def) => def.tag === tag);
  const text = `(${tag.slice(1, 5).toUpperCase()},${tag.slice(5).toUpperCase()})`;
  return known !== undefined ? `${text} ${known.keyword}` : text;
}

/** The file cut to `offset` bytes, offset drawn from [minOffset, length). */
export function truncate(bytes: Uint8Array, random: Random, minOffset: number): Mutation {
  const offset = minOffset + randomInt(random, bytes.length - minOffset);
  return { kind: 'truncate', description: `cut to ${offset} of ${bytes.length} bytes`, bytes: bytes.slice(0, offset), renamedTag: undefined };
}

/** One bit flipped in the tag, VR or length field of a random element or item header. */
export function flipHeaderBit(bytes: Uint8Array, sites: readonly ElementSite[], random: Random): Mutation {
  const site = pick(random, sites);
  const fields: { name: string; offset: number; size: number }[] = [
    { name: 'tag', offset: site.headerOffset, size: 4 },
    ...(site.vrOffset !== undefined ? [{ name: 'VR', offset: site.vrOffset, size: 2 }] : []),
    { name: 'length', offset: site.lengthOffset, size: site.lengthSize },
  ];
  const field = pick(random, fields);
  const byte = field.offset + randomInt(random, field.size);
  const bit = randomInt(random, 8);
  const copy = bytes.slice();
  copy[byte] = (copy[byte] ?? 0) ^ (1 << bit);
  return {
    kind: 'header-bitflip',
    description: `bit ${bit} of byte ${byte} (${field.name} of ${site.isItem ? 'an item' : tagName(site.tag)} at depth ${site.depth}, header at ${site.headerOffset})`,
    bytes: copy,
    renamedTag: field.name === 'tag' && !site.isItem ? site.tag : undefined,
  };
}

/** Attributes whose loss or confusion changes geometry, values or identity: mangled more often. */
export const criticalTags: readonly string[] = [
  T.ImagePositionPatient, T.ImageOrientationPatient, T.PixelSpacing, T.Rows, T.Columns, T.BitsAllocated,
  T.DoseGridScaling, T.GridFrameOffsetVector, T.NumberOfFrames, T.ContourData, T.SOPClassUID,
  T.TransferSyntaxUID, T.PixelData, T.RescaleSlope, T.RescaleIntercept, T.PixelRepresentation, T.BitsStored,
  T.DoseUnits, T.ROINumber, T.ReferencedROINumber, T.BeamNumber, T.GantryAngle, T.BeamMeterset,
  T.NumberOfFractionsPlanned, T.TargetPrescriptionDose,
].map((def) => def.tag);

/**
 * The tag number of one element rewritten: half the time a critical attribute (when the file has
 * one), else any element; the new element number is, a third of the time, another attribute of
 * the same group that the readers use (tag confusion), else random.
 */
export function mangleTag(bytes: Uint8Array, sites: readonly ElementSite[], random: Random): Mutation {
  const elements = sites.filter((site) => !site.isItem);
  const critical = elements.filter((site) => criticalTags.includes(site.tag));
  const site = critical.length > 0 && random() < 0.5 ? pick(random, critical) : pick(random, elements);
  const group = site.tag.slice(1, 5);
  const siblings = Object.values(T).map((def) => def.tag).filter((tag) => tag.slice(1, 5) === group && tag !== site.tag);
  const target = siblings.length > 0 && random() < 1 / 3
    ? Number.parseInt(pick(random, siblings).slice(5), 16)
    : differentElementNumber(random, Number.parseInt(site.tag.slice(5), 16));
  const copy = bytes.slice();
  writeUint16(copy, site.headerOffset + 2, target, site.littleEndian);
  return {
    kind: 'tag-mangle',
    description: `${tagName(site.tag)} at depth ${site.depth} (header at ${site.headerOffset}) renamed ${tagName(`x${group}${hex4(target)}`)}`,
    bytes: copy,
    renamedTag: site.tag,
  };
}

function differentElementNumber(random: Random, current: number): number {
  const candidate = randomInt(random, 0x10000);
  return candidate === current ? (candidate + 1) & 0xffff : candidate;
}

/** One bit flipped in the value of a random non-sequence element before the pixel data. */
export function flipValueBit(bytes: Uint8Array, sites: readonly ElementSite[], random: Random): Mutation {
  const pixelData = sites.find((site) => site.tag === T.PixelData.tag && site.depth === 0);
  const end = pixelData?.headerOffset ?? bytes.length;
  const leaves = sites.filter((site) => !site.nested && site.length > 0 && site.dataOffset + site.length <= end);
  const site = pick(random, leaves);
  const byte = site.dataOffset + randomInt(random, site.length);
  const bit = randomInt(random, 8);
  const copy = bytes.slice();
  copy[byte] = (copy[byte] ?? 0) ^ (1 << bit);
  return {
    kind: 'value-bitflip',
    description: `bit ${bit} of byte ${byte} (value byte ${byte - site.dataOffset} of ${tagName(site.tag)} at depth ${site.depth})`,
    bytes: copy,
    renamedTag: undefined,
  };
}
