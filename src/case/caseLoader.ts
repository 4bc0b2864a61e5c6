import { DicomReadError } from '../dicom/errors.js';
import { ImageSeriesBuilder } from '../dicom/imageSeriesBuilder.js';
import { readImageSliceHeader, type ImageSliceHeader } from '../dicom/imageSlice.js';
import { parseDicom, parseDicomHeader, type ParsedDicom } from '../dicom/parse.js';
import { nativeFrameOffset, readFrameBytes } from '../dicom/pixelData.js';
import { storedFitsInt16 } from '../dicom/storedValues.js';
import { readRtDose, type RtDose } from '../dicom/rtDose.js';
import { readRtPlan, type RtPlan } from '../dicom/rtPlan.js';
import { readRtStruct, type StructureSet } from '../dicom/rtStruct.js';
import { objectKind, type ObjectKind } from '../dicom/sopClasses.js';
import { indexCase } from './indexCase.js';
import type { CaseProblem, ReviewCase } from './reviewCase.js';

export interface InputFile {
  /** A label for messages: the path or file name. */
  readonly name: string;
  /** The file's bytes; the loader copies what it keeps, so the caller may reuse them once addFile resolves. */
  readonly bytes: Uint8Array;
}

/** Random access to one file (on disk, a browser File, bytes in memory), for addSource. */
export interface FileSource {
  readonly name: string;
  readonly sizeBytes: number;
  /** Bytes [offset, offset + length); valid until the next call on this source. */
  read(offset: number, length: number): Uint8Array | Promise<Uint8Array>;
  /** Fills `target` with the file's bytes from `offset` on (the file must hold them). */
  readInto(target: Uint8Array, offset: number): void | Promise<void>;
}

/**
 * What one file became, for progress reports: the object it joined (an image series by its series
 * UID, any other object by its SOP instance UID), or `failed` when it was refused or ignored (a
 * problem says why).
 */
export type AddedFile =
  | { readonly kind: ObjectKind; readonly objectUid: string; readonly modality: string | undefined }
  | { readonly kind: 'failed'; readonly objectUid: undefined; readonly modality: undefined };

const failedFile: AddedFile = { kind: 'failed', objectUid: undefined, modality: undefined };

/** The first bytes read of every file: enough for the header of any ordinary image. */
const headerPrefixBytes = 64 * 1024;

function memorySource(file: InputFile): FileSource {
  return {
    name: file.name,
    sizeBytes: file.bytes.length,
    read: (offset, length) => file.bytes.subarray(offset, offset + length),
    readInto: (target, offset) => { target.set(file.bytes.subarray(offset, offset + target.length)); },
  };
}

/**
 * Builds a ReviewCase from files given one at a time. Each file is parsed, turned into domain
 * objects, and its bytes are let go before the next one comes, so memory stays near the size of
 * the voxels themselves. Nothing a file holds is dropped without a CaseProblem saying so; no input
 * makes it throw.
 */
export class CaseLoader {
  private readonly series = new Map<string, ImageSeriesBuilder[]>();
  private readonly doses: RtDose[] = [];
  private readonly structureSets: StructureSet[] = [];
  private readonly plans: RtPlan[] = [];
  private readonly problems: CaseProblem[] = [];
  private readonly seen = new Map<string, string>();
  private fileCount = 0;

  /** @param expectedFileCount how many files will be given: volumes reserve room by it. */
  constructor(private readonly expectedFileCount: number) {}

  async addFile(file: InputFile): Promise<AddedFile> {
    return this.addSource(memorySource(file));
  }

  /**
   * Adds one file read through `source`. A single-frame image in native little-endian encoding
   * whose stored values fit int16 (the usual CT) has only its header parsed; its pixels are read
   * straight into the volume. Everything else is read whole and parsed.
   */
  async addSource(source: FileSource): Promise<AddedFile> {
    this.fileCount += 1;
    try {
      const prefix = await source.read(0, Math.min(source.sizeBytes, headerPrefixBytes));
      const header = prefix.length < source.sizeBytes ? parseDicomHeader(prefix, source.name) : undefined;
      const parsed = header !== undefined && readsInPlace(header) ? header : parseDicom(prefix.length === source.sizeBytes ? prefix : await source.read(0, source.sizeBytes), source.name);
      return await this.addParsed(parsed, parsed === header ? source : undefined);
    } catch (error) {
      this.recordFailure(error, source.name);
      return failedFile;
    }
  }

  /** `pixelSource` is given when `parsed` holds the header only and the pixels are still in the file. */
  private async addParsed(parsed: ParsedDicom, pixelSource: FileSource | undefined): Promise<AddedFile> {
    const firstFile = this.seen.get(parsed.sopInstanceUid);
    if (firstFile !== undefined) {
      this.problem('warning', 'duplicate-sop-instance', `SOP instance ${parsed.sopInstanceUid} was already loaded from ${firstFile}; this copy is ignored`, parsed.file);
      return failedFile;
    }
    this.seen.set(parsed.sopInstanceUid, parsed.file);
    this.recordParserWarnings(parsed);
    const kind = objectKind(parsed.sopClassUid, parsed.modality);
    await this.addObject(kind, parsed, pixelSource);
    const objectUid = kind === 'image' ? parsed.seriesInstanceUid ?? parsed.sopInstanceUid : parsed.sopInstanceUid;
    return { kind, objectUid, modality: parsed.modality };
  }

  finish(): ReviewCase {
    const images = [...this.series.values()].flat().map((builder) => builder.finish());
    return indexCase({
      images,
      doses: this.doses,
      structureSets: this.structureSets,
      plans: this.plans,
      problems: this.problems,
      fileCount: this.fileCount,
    });
  }

  private async addObject(kind: ObjectKind, parsed: ParsedDicom, pixelSource: FileSource | undefined): Promise<void> {
    switch (kind) {
      case 'image': return pixelSource === undefined ? this.addImageSlice(parsed) : this.addImageSliceInPlace(parsed, pixelSource);
      case 'rtdose': this.doses.push(await readRtDose(parsed)); return;
      case 'rtstruct': this.structureSets.push(readRtStruct(parsed)); return;
      case 'rtplan': this.plans.push(readRtPlan(parsed)); return;
      case 'unsupported-image':
        this.problem('warning', 'unsupported-object', `enhanced multi-frame image (SOP class ${parsed.sopClassUid}) is not supported; convert it to single-frame images (e.g. dcmtk's dcmconv or emf2sf)`, parsed.file);
        return;
      case 'other':
        this.problem('info', 'ignored-object', `${parsed.modality ?? 'an object'} of SOP class ${parsed.sopClassUid} is not used by PlanLens`, parsed.file);
    }
  }

  private async addImageSlice(parsed: ParsedDicom): Promise<void> {
    const header = readImageSliceHeader(parsed);
    // Pixels first: a slice whose pixel data cannot be read must not leave an empty stack behind.
    const frameBytes = await readFrameBytes(parsed, header.layout, 0, 1);
    (this.findStack(header) ?? this.newStack(header, parsed.file)).addSlice(header, frameBytes);
  }

  /** Reads the slice's pixels from the file straight into its volume, or the whole file when that cannot be done. */
  private async addImageSliceInPlace(parsed: ParsedDicom, source: FileSource): Promise<void> {
    const header = readImageSliceHeader(parsed);
    const stack = this.findStack(header);
    if (stack !== undefined ? !stack.takesStoredInt16(header) : !storedFitsInt16(header.layout)) {
      const whole = parseDicom(await source.read(0, source.sizeBytes), source.name);
      this.recordParserWarnings(whole);
      await this.addImageSlice(whole);
      return;
    }
    const offset = nativeFrameOffset(parsed, header.layout, source.sizeBytes);
    const builder = stack ?? this.newStack(header, parsed.file);
    try {
      await builder.addSliceInPlace(header, (slotBytes) => source.readInto(slotBytes, offset));
    } finally {
      if (builder.sliceCount === 0) this.dropStack(header, builder);
    }
  }

  private findStack(header: ImageSliceHeader): ImageSeriesBuilder | undefined {
    return this.series.get(header.seriesInstanceUid)?.find((stack) => stack.mismatch(header) === undefined);
  }

  private newStack(header: ImageSliceHeader, file: string): ImageSeriesBuilder {
    const stacks = this.series.get(header.seriesInstanceUid) ?? [];
    const first = stacks[0];
    if (first !== undefined) {
      this.problem('warning', 'series-split', `slice does not fit series ${header.seriesInstanceUid} (${first.mismatch(header) ?? ''}); it starts stack ${stacks.length + 1} of that series`, file);
    }
    const builder = new ImageSeriesBuilder(header, this.expectedFileCount - this.fileCount + 1);
    this.series.set(header.seriesInstanceUid, [...stacks, builder]);
    return builder;
  }

  private dropStack(header: ImageSliceHeader, builder: ImageSeriesBuilder): void {
    const stacks = (this.series.get(header.seriesInstanceUid) ?? []).filter((stack) => stack !== builder);
    if (stacks.length > 0) this.series.set(header.seriesInstanceUid, stacks);
    else this.series.delete(header.seriesInstanceUid);
  }

  private recordParserWarnings(parsed: ParsedDicom): void {
    for (const warning of parsed.warnings) {
      this.problem('warning', 'malformed-structure', `the DICOM structure is damaged (${warning}); what was read is shown, check it against the source`, parsed.file);
    }
  }

  private recordFailure(error: unknown, file: string): void {
    if (error instanceof DicomReadError) {
      const severity = error.code === 'not-dicom' ? 'warning' : 'error';
      this.problem(severity, error.code, error.message, file);
      return;
    }
    const detail = error instanceof Error ? error.message : String(error);
    this.problem('error', 'unreadable', `the file could not be read: ${detail}`, file);
  }

  private problem(severity: CaseProblem['severity'], code: string, message: string, file: string | undefined): void {
    this.problems.push({ severity, code, message, file });
  }
}

/** Header-only parsing pays off for single-frame images whose pixels are stored as they are. */
function readsInPlace(header: ParsedDicom): boolean {
  return objectKind(header.sopClassUid, header.modality) === 'image' && header.transferSyntax.pixelEncoding === 'native' && header.transferSyntax.littleEndian;
}
