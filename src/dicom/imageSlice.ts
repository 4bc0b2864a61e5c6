import { cross, dot, length, type Vec3 } from '../geometry/vec3.js';
import type { ObjectIdentity, ReadNote } from './identity.js';
import { readIdentity } from './identity.js';
import type { ParsedDicom } from './parse.js';
import { absentPixelAttributes, readPixelLayout, type PixelLayout } from './pixelLayout.js';
import type { Rescale } from './storedValues.js';
import { T } from './tags.js';

/** Everything about one image slice but its pixels. */
export interface ImageSliceHeader {
  readonly file: string;
  readonly sopInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly seriesDescription: string | undefined;
  readonly modality: string;
  readonly identity: ObjectIdentity;
  readonly layout: PixelLayout;
  /** DICOM PixelSpacing order: [between rows, between columns] in mm. */
  readonly pixelSpacingMm: readonly [number, number];
  readonly positionLps: Vec3;
  /** Direction of increasing column index (IOP first triplet), unit length. */
  readonly rowDirection: Vec3;
  /** Direction of increasing row index (IOP second triplet), unit length. */
  readonly columnDirection: Vec3;
  readonly sliceThicknessMm: number | undefined;
  readonly instanceNumber: number | undefined;
  readonly rescale: Rescale;
  readonly rescaleType: string | undefined;
  readonly window: { readonly centre: number; readonly width: number } | undefined;
  readonly patientPosition: string | undefined;
  /** What was odd about this slice but did not stop it (defaults assumed for absent attributes). */
  readonly notes: readonly ReadNote[];
}

const orthogonalityTolerance = 1e-3;

/** Reads the header of a single-frame CT, MR or PET image; refuses what cannot be placed in space. */
export function readImageSliceHeader(parsed: ParsedDicom): ImageSliceHeader {
  const root = parsed.root.forModule('readImageSeries');
  const frames = root.number(T.NumberOfFrames) ?? 1;
  if (frames !== 1) {
    throw root.fail('unsupported-object', `a multi-frame image (${frames} frames) in a single-frame image class`, T.NumberOfFrames);
  }
  const orientation = root.requireNumbers(T.ImageOrientationPatient, 6);
  const rowDirection: Vec3 = [orientation[0] ?? 0, orientation[1] ?? 0, orientation[2] ?? 0];
  const columnDirection: Vec3 = [orientation[3] ?? 0, orientation[4] ?? 0, orientation[5] ?? 0];
  checkOrientation(root, rowDirection, columnDirection);
  const spacing = root.requireNumbers(T.PixelSpacing, 2);
  const pixelSpacingMm: [number, number] = [spacing[0] ?? 0, spacing[1] ?? 0];
  if (!(pixelSpacingMm[0] > 0 && pixelSpacingMm[1] > 0)) {
    throw root.fail('invalid-value', `pixel spacing ${pixelSpacingMm.join(' x ')} mm is not positive`, T.PixelSpacing);
  }
  const position = root.requireNumbers(T.ImagePositionPatient, 3);
  const slope = root.number(T.RescaleSlope) ?? 1;
  if (slope === 0) throw root.fail('invalid-value', 'RescaleSlope is 0', T.RescaleSlope);
  const centre = root.number(T.WindowCenter);
  const width = root.number(T.WindowWidth);
  return {
    file: parsed.file,
    sopInstanceUid: parsed.sopInstanceUid,
    seriesInstanceUid: root.requireString(T.SeriesInstanceUID),
    seriesDescription: root.string(T.SeriesDescription),
    modality: parsed.modality ?? 'OT',
    identity: readIdentity(root),
    layout: readPixelLayout(root),
    pixelSpacingMm,
    positionLps: [position[0] ?? 0, position[1] ?? 0, position[2] ?? 0],
    rowDirection: unit(rowDirection),
    columnDirection: unit(columnDirection),
    sliceThicknessMm: root.number(T.SliceThickness),
    instanceNumber: root.number(T.InstanceNumber),
    rescale: { slope, intercept: root.number(T.RescaleIntercept) ?? 0 },
    rescaleType: root.string(T.RescaleType),
    window: centre !== undefined && width !== undefined && width > 0 ? { centre, width } : undefined,
    patientPosition: root.string(T.PatientPosition),
    notes: sliceNotes(parsed, root),
  };
}

/** Modalities whose image module makes the rescale Type 1 (CT Image, PET Image). */
const rescaledModalities = new Set(['CT', 'PT']);

function sliceNotes(parsed: ParsedDicom, root: ParsedDicom['root']): ReadNote[] {
  const notes: ReadNote[] = [];
  const absent = absentPixelAttributes(root);
  if (absent.length > 0) {
    notes.push({ severity: 'warning', code: 'pixel-attribute-absent', file: parsed.file, message: `${absent.join(', ')} absent (Type 1 in the Image Pixel module): unsigned values, BitsStored = BitsAllocated, one sample and MONOCHROME2 are assumed, so the values may be wrong` });
  }
  const modality = parsed.modality ?? '';
  const rescaleAbsent = [T.RescaleIntercept, T.RescaleSlope].filter((tag) => !root.has(tag)).map((tag) => tag.keyword);
  if (rescaledModalities.has(modality) && rescaleAbsent.length > 0) {
    notes.push({ severity: 'warning', code: 'rescale-absent', file: parsed.file, message: `${rescaleAbsent.join(' and ')} absent (Type 1 for ${modality}): slope 1 and intercept 0 are assumed, so ${modality === 'CT' ? 'HU' : 'values'} may be wrong` });
  }
  return notes;
}

function checkOrientation(root: ParsedDicom['root'], row: Vec3, column: Vec3): void {
  const rowLength = length(row);
  const columnLength = length(column);
  if (Math.abs(rowLength - 1) > 0.01 || Math.abs(columnLength - 1) > 0.01) {
    throw root.fail('invalid-value', `orientation vectors have lengths ${rowLength.toFixed(4)} and ${columnLength.toFixed(4)}, not 1`, T.ImageOrientationPatient);
  }
  if (Math.abs(dot(row, column)) > orthogonalityTolerance * 10) {
    throw root.fail('invalid-value', `row and column directions are not perpendicular (cosine ${dot(row, column).toFixed(4)})`, T.ImageOrientationPatient);
  }
}

function unit(vector: Vec3): Vec3 {
  const norm = length(vector);
  return [vector[0] / norm, vector[1] / norm, vector[2] / norm];
}

/** The slice normal (row x column): the direction of increasing slice position. */
export function sliceNormal(header: Pick<ImageSliceHeader, 'rowDirection' | 'columnDirection'>): Vec3 {
  return cross(header.rowDirection, header.columnDirection);
}
