import type { Element as DicomParserElement } from 'dicom-parser';
import { dicomParser } from './dicomParserModule.js';
import { DicomReadError } from './errors.js';
import { T } from './tags.js';

/**
 * What parseDicom does to dicom-parser's output before anything reads it: sequences written with
 * VR UN are read into items, and the structure is checked for the traces a damaged element or item
 * header leaves (dicom-parser itself trusts every length it reads).
 */

const sequenceTags = new Set(Object.values(T).filter((def) => def.vr === 'SQ').map((def) => def.tag));

/**
 * A sequence written with VR UN (by a converter that did not know the attribute, as GDCM does)
 * keeps its items in Implicit VR Little Endian (PS3.5 6.2.2), but dicom-parser reads them only
 * when the length is undefined. The sequences PlanLens reads are read here, at any depth.
 */
export function readUnknownVrSequences(elements: Record<string, DicomParserElement>, byteArray: Uint8Array, file: string): void {
  for (const element of Object.values(elements)) {
    if (element.vr === 'UN' && element.items === undefined && element.length > 0 && sequenceTags.has(element.tag)) {
      try {
        dicomParser.readSequenceItemsImplicit(new dicomParser.ByteStream(dicomParser.littleEndianByteArrayParser, byteArray, element.dataOffset), element);
      } catch (error) {
        throw structureError({ bytes: byteArray, file, warnings: [], where: 'the data set' }, element.tag, `the items of this sequence (VR UN) cannot be read (${String(error)})`);
      }
    }
    for (const item of element.items ?? []) {
      if (item.dataSet !== undefined) readUnknownVrSequences(item.dataSet.elements, byteArray, file);
    }
  }
}

interface ParserElement {
  readonly tag: string;
  readonly vr?: string;
  readonly dataOffset: number;
  readonly length: number;
  readonly hadUndefinedLength?: boolean;
  readonly items?: readonly { readonly dataOffset: number; readonly length: number; readonly hadUndefinedLength?: boolean; readonly dataSet?: { readonly elements: Record<string, ParserElement> } }[];
}

const undefinedLength = 0xffffffff;

/**
 * dicom-parser trusts the lengths it reads, stops at the first delimiter it meets and keeps the
 * last of two elements with one tag, so a damaged header shows only afterwards. Refused: a value
 * that runs past the end of the file (truncated) or of its sequence item (a wrong length), and an
 * item tag where a data element should be (a lost delimiter: two items read as one). Returned as
 * warnings, since what was read may still be right: tags out of ascending order, and bytes between
 * two elements that belong to neither (an element overwritten by a later one with the same tag).
 */
export function checkStructure(elements: Record<string, ParserElement>, bytes: Uint8Array, file: string): string[] {
  const warnings: string[] = [];
  checkDataSet(elements, undefined, bytes.length, { bytes, file, warnings, where: 'the data set' });
  return warnings;
}

interface StructureContext {
  readonly bytes: Uint8Array;
  readonly file: string;
  readonly warnings: string[];
  readonly where: string;
}

/** Checks one data set whose elements start at `start` (unchecked at the top level) and end by `end`. */
function checkDataSet(elements: Record<string, ParserElement>, start: number | undefined, end: number, context: StructureContext): void {
  // The transfer syntax that parseDicom supplies for a raw data set is an element without a place in the file.
  const ordered = Object.values(elements).filter((element) => Number.isFinite(element.dataOffset)).sort((a, b) => a.dataOffset - b.dataOffset);
  let expectedStart = start;
  ordered.forEach((element, index) => {
    checkElementBounds(element, end, index === ordered.length - 1, context);
    const previous = ordered[index - 1];
    if (previous !== undefined && element.tag <= previous.tag && !element.tag.startsWith('xfffe')) {
      context.warnings.push(`${tagText(element.tag)} follows ${tagText(previous.tag)} in ${context.where}: tags out of ascending order (a damaged tag?)`);
    }
    if (expectedStart !== undefined) checkContiguous(expectedStart, element, context);
    checkItems(element, end, context);
    expectedStart = element.length === undefinedLength ? undefined : element.dataOffset + element.length;
  });
}

function checkItems(element: ParserElement, end: number, context: StructureContext): void {
  const itemsEnd = element.hadUndefinedLength === true ? end : element.dataOffset + element.length;
  element.items?.forEach((item, itemIndex) => {
    const itemEnd = item.dataOffset + item.length;
    const where = `item ${itemIndex + 1} of ${tagText(element.tag)}`;
    if (itemEnd > itemsEnd) throw structureError(context, element.tag, `${where} runs ${itemEnd - itemsEnd} bytes past the end of its sequence`);
    if (item.dataSet !== undefined) checkDataSet(item.dataSet.elements, item.dataOffset, itemEnd, { ...context, where });
  });
}

/** dicom-parser's VRs with a 4-byte length (and a 12-byte header) in explicit VR. */
const longHeaderVrs = new Set(['OB', 'OD', 'OL', 'OW', 'SQ', 'OF', 'UC', 'UR', 'UT', 'UN']);

/**
 * Each element's header should begin where the previous element's value ends; only a sequence
 * delimiter (which an undefined-length sequence's length leaves out) may sit between them.
 */
function checkContiguous(expectedStart: number, element: ParserElement, context: StructureContext): void {
  const headerLength = element.vr !== undefined && longHeaderVrs.has(element.vr) ? 12 : 8;
  const headerStart = element.dataOffset - headerLength;
  if (headerStart === expectedStart || (headerStart - expectedStart === 8 && isSequenceDelimiter(context.bytes, expectedStart))) return;
  const detail = headerStart > expectedStart
    ? `bytes ${expectedStart}-${headerStart - 1} before it belong to no element (an element overwritten by a later one with the same tag?)`
    : `its header overlaps the previous element by ${expectedStart - headerStart} bytes`;
  context.warnings.push(`${tagText(element.tag)} in ${context.where}: ${detail}`);
}

function isSequenceDelimiter(bytes: Uint8Array, offset: number): boolean {
  const tag = Array.from(bytes.subarray(offset, offset + 4), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return tag === 'feffdde0' || tag === 'fffee0dd';
}

function checkElementBounds(element: ParserElement, end: number, last: boolean, context: StructureContext): void {
  if (element.tag.startsWith('xfffe')) {
    const closingDelimiter = element.tag === 'xfffee00d' && last && element.length === 0;
    if (!closingDelimiter) throw structureError(context, element.tag, `an item or delimiter tag stands where a data element should be, in ${context.where}`);
    return;
  }
  const valueEnd = element.dataOffset + (element.length === undefinedLength ? 0 : element.length);
  if (valueEnd > context.bytes.length) {
    throw new DicomReadError({
      module: 'parseDicom', code: 'truncated', file: context.file, tag: tagText(element.tag),
      message: `the value of this element runs ${valueEnd - context.bytes.length} bytes past the end of the file`,
      hint: 'The file is truncated; copy or export it again.',
    });
  }
  if (valueEnd > end) throw structureError(context, element.tag, `the value runs ${valueEnd - end} bytes past the end of ${context.where}`);
}

function structureError(context: StructureContext, tag: string, message: string): DicomReadError {
  return new DicomReadError({
    module: 'parseDicom', code: 'malformed', file: context.file, tag: tagText(tag), message,
    hint: 'An element or item length in the file is wrong: the file is damaged; export it again.',
  });
}

function tagText(tag: string): string {
  return `(${tag.slice(1, 5).toUpperCase()},${tag.slice(5).toUpperCase()})`;
}
