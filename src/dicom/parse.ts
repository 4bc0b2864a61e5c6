import { inflateSync } from 'fflate';
import { checkStructure, readUnknownVrSequences } from './dataSetStructure.js';
import { DicomObject, type TextDecoding } from './dicomObject.js';
import { dicomParser } from './dicomParserModule.js';
import { DicomReadError } from './errors.js';
import { T } from './tags.js';
import { findTransferSyntax, type TransferSyntaxInfo } from './transferSyntax.js';

type DataSet = ReturnType<typeof dicomParser.parseDicom>;

const implicitLittleEndian = '1.2.840.10008.1.2';
const explicitLittleEndian = '1.2.840.10008.1.2.1';
const deflatedExplicitLittleEndian = '1.2.840.10008.1.2.1.99';

/** One parsed DICOM file: its data set, how it was encoded, and its identity. */
export interface ParsedDicom {
  readonly root: DicomObject;
  readonly file: string;
  readonly transferSyntax: TransferSyntaxInfo;
  /** False for raw data sets without the 128-byte preamble, "DICM" and group 0002. */
  readonly hasFileMeta: boolean;
  readonly sopClassUid: string;
  readonly sopInstanceUid: string;
  readonly modality: string | undefined;
  readonly seriesInstanceUid: string | undefined;
  /** Notes from the parser (non-fatal oddities). */
  readonly warnings: readonly string[];
}

/**
 * Parses the bytes of one DICOM file (Part 10, or a raw data set without file meta) into a
 * ParsedDicom. Throws a DicomReadError saying what is wrong and where; never returns a partial
 * result for a truncated or foreign file.
 */
export function parseDicom(bytes: Uint8Array, file: string): ParsedDicom {
  const hasFileMeta = hasPart10Preamble(bytes);
  const rawSyntax = hasFileMeta ? undefined : guessRawTransferSyntax(bytes, file);
  const { dataSet, warnings } = runParser(bytes, file, rawSyntax, false);
  return toParsed(dataSet, warnings, file, hasFileMeta, rawSyntax);
}

/**
 * Parses the start of a file up to the header of its PixelData element, for loaders that read the
 * pixels themselves straight into place. The result's PixelData element has its offset and length
 * in the file, but no value in memory. Undefined (never an error) when the prefix does not hold
 * every element before the pixel data cleanly: the caller then reads the whole file with parseDicom,
 * which reports whatever is wrong.
 */
export function parseDicomHeader(prefix: Uint8Array, file: string): ParsedDicom | undefined {
  try {
    const hasFileMeta = hasPart10Preamble(prefix);
    const rawSyntax = hasFileMeta ? undefined : guessRawTransferSyntax(prefix, file);
    const { dataSet, warnings } = runParser(prefix, file, rawSyntax, true);
    const pixelData = dataSet.elements[T.PixelData.tag];
    if (warnings.length > 0 || pixelData === undefined || pixelData.dataOffset > prefix.length) return undefined;
    return toParsed(dataSet, warnings, file, hasFileMeta, rawSyntax);
  } catch {
    return undefined;
  }
}

function toParsed(dataSet: DataSet, warnings: readonly string[], file: string, hasFileMeta: boolean, rawSyntax: string | undefined): ParsedDicom {
  const module = 'parseDicom';
  const syntaxUid = rawSyntax ?? dataSet.string(T.TransferSyntaxUID.tag)?.replace(/\0/gu, '').trim();
  if (syntaxUid === undefined) {
    throw new DicomReadError({ module, code: 'missing-tag', message: 'the file meta group has no transfer syntax', file, tag: '(0002,0010) TransferSyntaxUID' });
  }
  const transferSyntax = findTransferSyntax(syntaxUid);
  if (transferSyntax === undefined) {
    throw new DicomReadError({
      module, code: 'unsupported-transfer-syntax', file, tag: '(0002,0010) TransferSyntaxUID',
      message: `transfer syntax ${syntaxUid} is not supported`,
      hint: 'Convert the file to Explicit VR Little Endian (e.g. dcmtk: dcmconv +te in.dcm out.dcm) and load it again.',
    });
  }
  const characterSet = dataSet.string(T.SpecificCharacterSet.tag);
  const root = new DicomObject(dataSet, file, module, textDecoderFor(characterSet));
  const sopClassUid = root.string(T.SOPClassUID);
  const sopInstanceUid = root.string(T.SOPInstanceUID);
  if (sopClassUid === undefined || sopInstanceUid === undefined) {
    throw root.fail('not-dicom', 'the data set has no SOP Class or SOP Instance UID', sopClassUid === undefined ? T.SOPClassUID : T.SOPInstanceUID, 'This is not a DICOM object PlanLens can use.');
  }
  return {
    root, file, transferSyntax, hasFileMeta, sopClassUid, sopInstanceUid,
    modality: root.string(T.Modality),
    seriesInstanceUid: root.string(T.SeriesInstanceUID),
    warnings: [...warnings, ...fileMetaMismatches(dataSet, hasFileMeta, sopClassUid)],
  };
}

/**
 * The file meta group repeats the data set's SOP class (PS3.10 7.1); when the two differ, one copy
 * is damaged and the object may be read as the wrong kind. (Instance UIDs are not compared: files
 * edited by hand or by anonymisers often keep the old one in the meta group.)
 */
function fileMetaMismatches(dataSet: { string(tag: string): string | undefined }, hasFileMeta: boolean, sopClassUid: string): string[] {
  const metaClass = hasFileMeta ? dataSet.string(T.MediaStorageSOPClassUID.tag)?.replace(/\0/gu, '').trim() : undefined;
  if (metaClass === undefined || metaClass === '' || metaClass === sopClassUid) return [];
  return [`the file meta's MediaStorageSOPClassUID ${metaClass} differs from the data set's SOPClassUID ${sopClassUid}`];
}

function hasPart10Preamble(bytes: Uint8Array): boolean {
  return bytes.length >= 132 && bytes[128] === 0x44 && bytes[129] === 0x49 && bytes[130] === 0x43 && bytes[131] === 0x4d;
}

/**
 * A data set without file meta must begin with a group-0008 element (the identifying group);
 * whether its VRs are explicit shows in bytes 4-5 of that first element.
 */
function guessRawTransferSyntax(bytes: Uint8Array, file: string): string {
  const group = (bytes[0] ?? 0) | ((bytes[1] ?? 0) << 8);
  if (bytes.length < 8 || group !== 0x0008) {
    throw new DicomReadError({
      module: 'parseDicom', code: 'not-dicom', file,
      message: 'not a DICOM file: no "DICM" marker at byte 128 and no DICOM data set at byte 0',
      hint: 'Only DICOM files can be loaded; remove other files from the selection or ignore this message.',
    });
  }
  const vr = String.fromCharCode(bytes[4] ?? 0, bytes[5] ?? 0);
  return /^[A-Z]{2}$/u.test(vr) ? explicitLittleEndian : implicitLittleEndian;
}

function runParser(bytes: Uint8Array, file: string, rawSyntax: string | undefined, untilPixelData: boolean): { dataSet: DataSet; warnings: string[] } {
  let dataSet: DataSet;
  try {
    dataSet = dicomParser.parseDicom(bytes, {
      ...(rawSyntax !== undefined ? { TransferSyntaxUID: rawSyntax } : {}),
      ...(untilPixelData ? { untilTag: T.PixelData.tag } : {}),
      inflater: (whole: Uint8Array, position: number) => inflate(whole, position, file),
    });
  } catch (error) {
    throw parserFailure(error, file);
  }
  readUnknownVrSequences(dataSet.elements, dataSet.byteArray, file);
  // Up to the pixel data only, the PixelData value lies beyond the bytes in hand: check the rest.
  const checked = untilPixelData ? withoutPixelData(dataSet.elements) : dataSet.elements;
  const structureWarnings = checkStructure(checked, dataSet.byteArray, file);
  return { dataSet, warnings: [...dataSet.warnings, ...structureWarnings] };
}

function withoutPixelData<Element>(elements: Record<string, Element>): Record<string, Element> {
  return Object.fromEntries(Object.entries(elements).filter(([tag]) => tag !== T.PixelData.tag));
}

/** Deflated transfer syntax: everything after the file meta group is a raw deflate stream. */
function inflate(whole: Uint8Array, position: number, file: string): Uint8Array {
  let inflated: Uint8Array;
  try {
    inflated = inflateSync(whole.subarray(position));
  } catch (error) {
    throw new DicomReadError({ module: 'parseDicom', code: 'decode-failed', file, message: `the deflated data set cannot be inflated (${String(error)})`, hint: `Transfer syntax ${deflatedExplicitLittleEndian}: the file is damaged.` });
  }
  const full = new Uint8Array(position + inflated.length);
  full.set(whole.subarray(0, position), 0);
  full.set(inflated, position);
  return full;
}

function parserFailure(error: unknown, file: string): DicomReadError {
  if (error instanceof DicomReadError) return error;
  const detail = typeof error === 'string' ? error
    : error instanceof Error ? error.message
    : typeof error === 'object' && error !== null && 'exception' in error ? String((error as { exception: unknown }).exception)
    : String(error);
  const truncated = /past end|beyond|overrun|eof|end of buffer|outside|maxPosition/iu.test(detail);
  return new DicomReadError({
    module: 'parseDicom', code: truncated ? 'truncated' : 'malformed', file,
    message: truncated ? `the file ends in the middle of a DICOM element (${detail})` : `the DICOM structure cannot be read (${detail})`,
    hint: truncated ? 'The file is truncated; copy or export it again.' : 'The file is damaged or not DICOM; export it again.',
  });
}

const decoders = new Map<string, TextDecoding>();

/** The decoder for a SpecificCharacterSet (one instance per encoding, shared by all files). */
function textDecoderFor(specificCharacterSet: string | undefined): TextDecoding {
  const encoding = encodingOf(specificCharacterSet);
  let decoder = decoders.get(encoding);
  if (decoder === undefined) {
    decoder = new TextDecoder(encoding);
    decoders.set(encoding, decoder);
  }
  return decoder;
}

function encodingOf(specificCharacterSet: string | undefined): string {
  const terms = (specificCharacterSet ?? '').split('\\').map((term) => term.trim());
  if (terms.includes('ISO_IR 192')) return 'utf-8';
  if (terms.includes('GB18030') || terms.includes('GBK')) return 'gb18030';
  if (terms.includes('ISO_IR 144')) return 'iso-8859-5';
  if (terms.includes('ISO_IR 127')) return 'iso-8859-6';
  if (terms.includes('ISO_IR 126')) return 'iso-8859-7';
  if (terms.includes('ISO_IR 138')) return 'iso-8859-8';
  return 'windows-1252';
}
