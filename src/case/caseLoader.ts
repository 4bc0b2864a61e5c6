import { DicomReadError } from '../dicom/errors.js';
import { ImageSeriesBuilder } from '../dicom/imageSeriesBuilder.js';
import { readImageSliceHeader } from '../dicom/imageSlice.js';
import { parseDicom, type ParsedDicom } from '../dicom/parse.js';
import { readFrameBytes } from '../dicom/pixelData.js';
import { readRtDose, type RtDose } from '../dicom/rtDose.js';
import { readRtPlan, type RtPlan } from '../dicom/rtPlan.js';
import { readRtStruct, type StructureSet } from '../dicom/rtStruct.js';
import { objectKind } from '../dicom/sopClasses.js';
import { indexCase } from './indexCase.js';
import type { CaseProblem, ReviewCase } from './reviewCase.js';

export interface InputFile {
  /** A label for messages: the path or file name. */
  readonly name: string;
  /** The file's bytes; the loader copies what it keeps, so the caller may reuse them once addFile resolves. */
  readonly bytes: Uint8Array;
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

  async addFile(file: InputFile): Promise<void> {
    this.fileCount += 1;
    try {
      const parsed = parseDicom(file.bytes, file.name);
      const firstFile = this.seen.get(parsed.sopInstanceUid);
      if (firstFile !== undefined) {
        this.problem('warning', 'duplicate-sop-instance', `SOP instance ${parsed.sopInstanceUid} was already loaded from ${firstFile}; this copy is ignored`, file.name);
        return;
      }
      this.seen.set(parsed.sopInstanceUid, file.name);
      for (const warning of parsed.warnings) {
        this.problem('warning', 'malformed-structure', `the DICOM structure is damaged (${warning}); what was read is shown, check it against the source`, file.name);
      }
      await this.addObject(parsed);
    } catch (error) {
      this.recordFailure(error, file.name);
    }
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

  private async addObject(parsed: ParsedDicom): Promise<void> {
    switch (objectKind(parsed.sopClassUid, parsed.modality)) {
      case 'image': return this.addImageSlice(parsed);
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
    const stacks = this.series.get(header.seriesInstanceUid) ?? [];
    let builder = stacks.find((stack) => stack.mismatch(header) === undefined);
    if (builder === undefined) {
      const first = stacks[0];
      if (first !== undefined) {
        this.problem('warning', 'series-split', `slice does not fit series ${header.seriesInstanceUid} (${first.mismatch(header) ?? ''}); it starts stack ${stacks.length + 1} of that series`, parsed.file);
      }
      builder = new ImageSeriesBuilder(header, this.expectedFileCount - this.fileCount + 1);
      stacks.push(builder);
      this.series.set(header.seriesInstanceUid, stacks);
    }
    builder.addSlice(header, frameBytes);
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
