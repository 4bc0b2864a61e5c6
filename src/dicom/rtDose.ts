import { gridAffine, type Affine } from '../geometry/affine.js';
import { cross, length, type Vec3 } from '../geometry/vec3.js';
import type { DicomObject } from './dicomObject.js';
import { readDvhSequence, type DicomDvh } from './dvhSequence.js';
import { readIdentity, type ObjectIdentity, type ReadNote } from './identity.js';
import type { ParsedDicom } from './parse.js';
import { readFrameBytes } from './pixelData.js';
import { absentPixelAttributes, readPixelLayout } from './pixelLayout.js';
import { convertStoredValues, type ValueRange } from './storedValues.js';
import { T } from './tags.js';

export type DoseUnits = 'GY' | 'RELATIVE';

/** A dose grid; voxel (i, j, k) is `values[i + columns * (j + rows * k)]`, as for images. */
export interface DoseGrid {
  readonly dimensions: readonly [number, number, number];
  /** Voxel size along i, j and k in mm. */
  readonly spacingMm: Vec3;
  readonly ijkToLps: Affine;
  /** Dose per voxel in `RtDose.doseUnits` (Gy, or relative), DoseGridScaling applied. */
  readonly values: Float32Array;
  readonly maxValue: number;
  /** Offset of each frame from the first along the slice normal, mm (GridFrameOffsetVector, relative form). */
  readonly frameOffsetsMm: Float64Array;
  readonly uniformSpacing: boolean;
}

export interface RtDose {
  readonly sopInstanceUid: string;
  readonly file: string;
  readonly identity: ObjectIdentity;
  readonly seriesInstanceUid: string | undefined;
  readonly doseUnits: DoseUnits;
  readonly doseType: string;
  readonly summationType: string;
  readonly doseComment: string | undefined;
  readonly referencedPlanSopInstanceUid: string | undefined;
  readonly heterogeneityCorrection: string | undefined;
  /** Undefined for a DVH-only RTDOSE (no pixel data). */
  readonly grid: DoseGrid | undefined;
  /** The planning system's own DVHs, when the file carries a DVHSequence. */
  readonly dvhs: readonly DicomDvh[];
  readonly notes: readonly ReadNote[];
}

/** The defined terms of DoseSummationType (PS3.3 C.8.8.3). */
const summationTypes = new Set(['PLAN', 'MULTI_PLAN', 'FRACTION', 'BEAM', 'BRACHY', 'FRACTION_SESSION', 'BEAM_SESSION', 'BRACHY_SESSION', 'CONTROL_POINT', 'RECORD']);

/** Reads an RTDOSE object: grid geometry, values in Gy (or relative), and any DVHSequence. */
export async function readRtDose(parsed: ParsedDicom): Promise<RtDose> {
  const root = parsed.root.forModule('readRtDose');
  const notes: ReadNote[] = [];
  const note = (severity: ReadNote['severity'], code: string, message: string): void => {
    notes.push({ severity, code, message, file: parsed.file });
  };
  const units = root.requireString(T.DoseUnits);
  if (units !== 'GY' && units !== 'RELATIVE') {
    throw root.fail('invalid-value', `DoseUnits "${units}" is neither GY nor RELATIVE`, T.DoseUnits);
  }
  if (units === 'RELATIVE') note('warning', 'relative-dose', 'dose units are RELATIVE: values are not in Gy and cannot be compared with a prescription');
  const summationType = root.string(T.DoseSummationType) ?? 'UNKNOWN';
  if (!root.has(T.DoseSummationType)) note('warning', 'no-summation-type', 'DoseSummationType is absent (Type 1): whether the grid is a plan, fraction or beam dose is unknown');
  else if (!summationTypes.has(summationType)) note('warning', 'unknown-summation-type', `DoseSummationType "${summationType}" is not a defined term: what the grid sums is unknown`);
  const planReference = root.sequence(T.ReferencedRTPlanSequence)[0]?.string(T.ReferencedSOPInstanceUID);
  const grid = hasGrid(root) ? await readDoseGrid(parsed, root, note) : undefined;
  if (grid === undefined) note('info', 'dose-without-grid', 'the RTDOSE has no pixel data (DVH only)');
  return {
    sopInstanceUid: parsed.sopInstanceUid,
    file: parsed.file,
    identity: readIdentity(root),
    seriesInstanceUid: root.string(T.SeriesInstanceUID),
    doseUnits: units,
    doseType: root.string(T.DoseType) ?? 'UNKNOWN',
    summationType,
    doseComment: root.string(T.DoseComment),
    referencedPlanSopInstanceUid: planReference,
    heterogeneityCorrection: root.string(T.TissueHeterogeneityCorrection),
    grid,
    dvhs: readDvhSequence(root, notes),
    notes,
  };
}

type Note = (severity: ReadNote['severity'], code: string, message: string) => void;

/**
 * A DVH-only RTDOSE has neither pixel data nor the Image Pixel module; one that describes a grid
 * (Rows, Columns) without pixel data has lost it, and is refused rather than shown as DVH only.
 */
function hasGrid(root: DicomObject): boolean {
  if (root.has(T.PixelData)) return true;
  if (root.has(T.Rows) || root.has(T.Columns)) {
    throw root.fail('missing-tag', 'the dose describes a grid (Rows, Columns) but has no pixel data', T.PixelData, 'The file is damaged or incomplete; export the dose again.');
  }
  return false;
}

async function readDoseGrid(parsed: ParsedDicom, root: DicomObject, note: Note): Promise<DoseGrid> {
  const layout = readPixelLayout(root);
  const absent = absentPixelAttributes(root);
  if (absent.length > 0) note('warning', 'pixel-attribute-absent', `${absent.join(', ')} absent (Type 1 in the Image Pixel module): unsigned values, BitsStored = BitsAllocated, one sample and MONOCHROME2 are assumed, so the dose may be wrong`);
  const frames = root.number(T.NumberOfFrames) ?? 1;
  if (!Number.isInteger(frames) || frames < 1) throw root.fail('invalid-value', `NumberOfFrames ${frames} is not a positive integer`, T.NumberOfFrames);
  const scaling = root.number(T.DoseGridScaling) ?? 1;
  if (!root.has(T.DoseGridScaling)) note('warning', 'no-dose-grid-scaling', 'DoseGridScaling is absent: stored values are taken as dose');
  const orientation = root.requireNumbers(T.ImageOrientationPatient, 6);
  const rowDirection: Vec3 = [orientation[0] ?? 0, orientation[1] ?? 0, orientation[2] ?? 0];
  const columnDirection: Vec3 = [orientation[3] ?? 0, orientation[4] ?? 0, orientation[5] ?? 0];
  const normal = cross(rowDirection, columnDirection);
  if (Math.abs(length(normal) - 1) > 0.01) throw root.fail('invalid-value', 'the orientation vectors are not orthonormal', T.ImageOrientationPatient);
  const position = root.requireNumbers(T.ImagePositionPatient, 3);
  const originLps: Vec3 = [position[0] ?? 0, position[1] ?? 0, position[2] ?? 0];
  const pixelSpacing = root.requireNumbers(T.PixelSpacing, 2);
  const frameOffsetsMm = readFrameOffsets(root, frames, originLps, normal, note);
  const stepMm = frames > 1 ? ((frameOffsetsMm[frames - 1] ?? 0) - (frameOffsetsMm[0] ?? 0)) / (frames - 1) : (root.number(T.SliceThickness) ?? 1);
  const uniformSpacing = checkUniform(frameOffsetsMm, stepMm, note);
  const voxelsPerFrame = layout.rows * layout.columns;
  // The first frame is read before the grid is allocated: a damaged Rows, Columns or BitsAllocated
  // is refused by the pixel data's size, not met with a huge allocation.
  const firstFrame = await readFrameBytes(parsed, layout, 0, frames);
  const values = new Float32Array(voxelsPerFrame * frames);
  const range: ValueRange = { min: Infinity, max: -Infinity };
  for (let frame = 0; frame < frames; frame += 1) {
    const bytes = frame === 0 ? firstFrame : await readFrameBytes(parsed, layout, frame, frames);
    convertStoredValues(bytes, layout, { slope: scaling, intercept: 0 }, values, frame * voxelsPerFrame, range);
  }
  if (range.min < 0) note('warning', 'negative-dose', `the grid holds negative dose values (min ${range.min.toPrecision(4)})`);
  const spacingMm: Vec3 = [pixelSpacing[1] ?? 0, pixelSpacing[0] ?? 0, Math.abs(stepMm)];
  return {
    dimensions: [layout.columns, layout.rows, frames],
    spacingMm,
    ijkToLps: gridAffine({
      originLps, rowDirection, columnDirection,
      sliceDirection: stepMm < 0 ? [-normal[0], -normal[1], -normal[2]] : normal,
      spacingMm,
    }),
    values,
    maxValue: range.max,
    frameOffsetsMm,
    uniformSpacing,
  };
}

/**
 * GridFrameOffsetVector in its relative form. DICOM allows two forms (C.8.8.3.2): relative, whose
 * first value is 0, and absolute (axial grids only), whose values are z positions with the first
 * equal to ImagePositionPatient's z. Anything else is refused: which plane is which would be a guess.
 */
function readFrameOffsets(root: DicomObject, frames: number, originLps: Vec3, normal: Vec3, note: Note): Float64Array {
  if (frames === 1 && !root.has(T.GridFrameOffsetVector)) return Float64Array.of(0);
  const offsets = root.numbers(T.GridFrameOffsetVector);
  if (offsets.length === 0) throw root.fail('missing-tag', `a ${frames}-frame dose grid needs GridFrameOffsetVector`, T.GridFrameOffsetVector);
  if (offsets.length < frames) throw root.fail('invalid-value', `${offsets.length} offsets for ${frames} frames`, T.GridFrameOffsetVector);
  if (offsets.length > frames) {
    note('warning', 'extra-frame-offsets', `GridFrameOffsetVector has ${offsets.length} values for ${frames} frame(s); the first ${frames} are used`);
  }
  const used = offsets.slice(0, frames);
  const increasing = used.every((value, k) => k === 0 || value > (used[k - 1] ?? 0));
  const decreasing = used.every((value, k) => k === 0 || value < (used[k - 1] ?? 0));
  if (!increasing && !decreasing) {
    throw root.fail('invalid-value', 'the frame offsets are neither strictly increasing nor strictly decreasing', T.GridFrameOffsetVector, 'Two dose planes would overlap or swap; re-export the dose.');
  }
  const first = used[0] ?? 0;
  if (first === 0) return Float64Array.from(used);
  const axial = Math.abs(normal[2] - 1) < 1e-4;
  if (axial && Math.abs(first - originLps[2]) < 1e-3) {
    note('info', 'absolute-frame-offsets', 'GridFrameOffsetVector is in the absolute (z position) form');
    return Float64Array.from(used, (z) => z - originLps[2]);
  }
  throw root.fail('invalid-value', `the first offset is ${first} mm: neither 0 (relative form) nor the grid's z position ${originLps[2]} mm (absolute form)`, T.GridFrameOffsetVector, 'The dose planes cannot be placed without guessing; re-export the dose.');
}

function checkUniform(offsetsMm: Float64Array, stepMm: number, note: Note): boolean {
  for (let k = 1; k < offsetsMm.length; k += 1) {
    const gap = (offsetsMm[k] ?? 0) - (offsetsMm[k - 1] ?? 0);
    if (Math.abs(gap - stepMm) > Math.max(0.01, Math.abs(stepMm) * 1e-3)) {
      note('warning', 'uneven-dose-planes', `dose planes are unevenly spaced (e.g. ${gap.toFixed(3)} mm where the mean is ${stepMm.toFixed(3)} mm); frameOffsetsMm keeps the true positions`);
      return false;
    }
  }
  return true;
}
