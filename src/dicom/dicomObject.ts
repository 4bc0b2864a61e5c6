import type dicomParser from 'dicom-parser';
import { DicomReadError, type DicomErrorCode } from './errors.js';
import { describeTag, type TagDef } from './tags.js';

type DataSet = dicomParser.DataSet;

/** What DicomObject needs of a TextDecoder (the global exists in Node, workers and pages). */
export interface TextDecoding {
  decode(input: Uint8Array): string;
}

const textVrs = new Set(['LO', 'LT', 'PN', 'SH', 'ST', 'UT']);

/**
 * Typed, VR-aware access to one parsed DICOM data set (or sequence item). Knows where it came
 * from, so every error it raises names the reader, the file and the tag. Missing optional values
 * are `undefined`; `require*` methods throw a DicomReadError instead.
 */
export class DicomObject {
  constructor(
    readonly dataSet: DataSet,
    readonly file: string,
    readonly module: string,
    private readonly textDecoder: TextDecoding,
  ) {}

  /** The same object reported under another reader's name. */
  forModule(module: string): DicomObject {
    return new DicomObject(this.dataSet, this.file, module, this.textDecoder);
  }

  has(tag: TagDef): boolean {
    const element = this.dataSet.elements[tag.tag];
    return element !== undefined && (element.length > 0 || (element.items?.length ?? 0) > 0);
  }

  /** True when the element is in the data set at all, even with an empty value (a Type 2 attribute). */
  present(tag: TagDef): boolean {
    return this.dataSet.elements[tag.tag] !== undefined;
  }

  /** A string value, trimmed of DICOM padding, or undefined when absent or empty. */
  string(tag: TagDef): string | undefined {
    const element = this.dataSet.elements[tag.tag];
    if (element === undefined || element.length === 0) return undefined;
    this.assertInside(tag, element);
    const bytes = new Uint8Array(this.dataSet.byteArray.buffer, this.dataSet.byteArray.byteOffset + element.dataOffset, element.length);
    const raw = textVrs.has(tag.vr) ? this.textDecoder.decode(bytes) : latin1(bytes);
    const trimmed = raw.replace(/[\0 ]+$/u, '').replace(/^ +/u, '');
    return trimmed.length > 0 ? trimmed : undefined;
  }

  requireString(tag: TagDef): string {
    const value = this.string(tag);
    if (value === undefined) throw this.missing(tag);
    return value;
  }

  /** All numeric values of a tag (DS/IS strings or binary US/SS/UL/SL/FL/FD), [] when absent. */
  numbers(tag: TagDef): number[] {
    const element = this.dataSet.elements[tag.tag];
    if (element === undefined || element.length === 0) return [];
    this.assertInside(tag, element);
    if (tag.vr === 'DS' || tag.vr === 'IS') return this.parseDecimalStrings(tag);
    const width = binaryWidth(tag);
    const count = Math.floor(element.length / width);
    const values: number[] = [];
    for (let index = 0; index < count; index += 1) values.push(this.readBinary(tag, index));
    return values;
  }

  number(tag: TagDef): number | undefined {
    return this.numbers(tag)[0];
  }

  requireNumber(tag: TagDef): number {
    const value = this.number(tag);
    if (value === undefined) throw this.missing(tag);
    return value;
  }

  /** Exactly `count` numbers, or a DicomReadError saying how many there were. */
  requireNumbers(tag: TagDef, count: number): number[] {
    const values = this.numbers(tag);
    if (values.length === 0) throw this.missing(tag);
    if (values.length !== count) {
      throw this.fail('invalid-value', `expected ${count} values, found ${values.length}`, tag);
    }
    return values;
  }

  /**
   * The items of a sequence, [] when absent. A sequence with a value that could not be read as
   * items (its first item tag is damaged, so the parser took it for a plain value) is refused.
   */
  sequence(tag: TagDef): DicomObject[] {
    const element = this.dataSet.elements[tag.tag];
    if (element !== undefined && element.items === undefined && element.length > 0) {
      throw this.fail('malformed', `the sequence's ${element.length}-byte value does not start with an item`, tag, 'An item or element header in the file is damaged; export it again.');
    }
    const items = element?.items ?? [];
    return items.flatMap((item) =>
      item.dataSet === undefined ? [] : [new DicomObject(item.dataSet, this.file, this.module, this.textDecoder)],
    );
  }

  fail(code: DicomErrorCode, message: string, tag?: TagDef, hint?: string): DicomReadError {
    return new DicomReadError({
      module: this.module,
      code,
      message,
      file: this.file,
      ...(tag !== undefined ? { tag: describeTag(tag) } : {}),
      ...(hint !== undefined ? { hint } : {}),
    });
  }

  private missing(tag: TagDef): DicomReadError {
    return this.fail('missing-tag', 'a required attribute is missing or empty', tag, 'The file is incomplete or was written by a non-conforming exporter; re-export it from the planning system.');
  }

  private parseDecimalStrings(tag: TagDef): number[] {
    const text = this.string(tag);
    if (text === undefined) return [];
    return text.split('\\').map((part) => {
      const trimmed = part.trim();
      const value = Number(trimmed);
      if (trimmed.length === 0 || !Number.isFinite(value)) {
        throw this.fail('invalid-value', `"${trimmed}" is not a number`, tag);
      }
      return value;
    });
  }

  private readBinary(tag: TagDef, index: number): number {
    switch (tag.vr) {
      case 'US': return this.dataSet.uint16(tag.tag, index) ?? Number.NaN;
      case 'SS': return this.dataSet.int16(tag.tag, index) ?? Number.NaN;
      case 'UL': return this.dataSet.uint32(tag.tag, index) ?? Number.NaN;
      case 'SL': return this.dataSet.int32(tag.tag, index) ?? Number.NaN;
      case 'FL': return this.dataSet.float(tag.tag, index) ?? Number.NaN;
      case 'FD': return this.dataSet.double(tag.tag, index) ?? Number.NaN;
      case 'AT': return ((this.dataSet.uint16(tag.tag, index * 2) ?? 0) * 0x10000) + (this.dataSet.uint16(tag.tag, index * 2 + 1) ?? 0);
      default: throw this.fail('invalid-value', `VR ${tag.vr} is not numeric`, tag);
    }
  }

  private assertInside(tag: TagDef, element: dicomParser.Element): void {
    if (element.dataOffset + element.length > this.dataSet.byteArray.length) {
      throw this.fail('truncated', 'the value runs past the end of the file', tag, 'The file is truncated; copy it again from the source.');
    }
  }
}

function binaryWidth(tag: TagDef): number {
  switch (tag.vr) {
    case 'US': case 'SS': return 2;
    case 'FD': return 8;
    default: return 4;
  }
}

const latin1Decoder = new TextDecoder('latin1');

function latin1(bytes: Uint8Array): string {
  return latin1Decoder.decode(bytes);
}
