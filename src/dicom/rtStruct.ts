import type { DicomObject } from './dicomObject.js';
import { readIdentity, type ObjectIdentity, type ReadNote } from './identity.js';
import type { ParsedDicom } from './parse.js';
import { T } from './tags.js';

export type ContourGeometricType = 'CLOSED_PLANAR' | 'OPEN_PLANAR' | 'OPEN_NONPLANAR' | 'POINT';

export interface Contour {
  readonly geometricType: ContourGeometricType;
  /** x0, y0, z0, x1, ... in patient LPS mm. */
  readonly pointsLps: Float64Array;
  readonly referencedSopInstanceUids: readonly string[];
}

export interface Roi {
  readonly number: number;
  readonly name: string;
  /** RGB 0-255, or undefined when the file gives none. */
  readonly colorRgb: readonly [number, number, number] | undefined;
  /** RTROIInterpretedType (PTV, ORGAN, EXTERNAL ...); '' when the file leaves it empty. */
  readonly interpretedType: string;
  readonly frameOfReferenceUid: string | undefined;
  readonly generationAlgorithm: string | undefined;
  readonly contours: readonly Contour[];
}

export interface ReferencedSeries {
  readonly frameOfReferenceUid: string | undefined;
  readonly studyInstanceUid: string | undefined;
  readonly seriesInstanceUid: string;
  readonly contourImageSopInstanceUids: readonly string[];
}

export interface StructureSet {
  readonly sopInstanceUid: string;
  readonly file: string;
  readonly identity: ObjectIdentity;
  readonly label: string | undefined;
  readonly name: string | undefined;
  /** The frame of reference of the contours (first ReferencedFrameOfReferenceSequence item). */
  readonly frameOfReferenceUid: string | undefined;
  readonly referencedSeries: readonly ReferencedSeries[];
  readonly rois: readonly Roi[];
  readonly notes: readonly ReadNote[];
}

const geometricTypes = new Set<string>(['CLOSED_PLANAR', 'OPEN_PLANAR', 'OPEN_NONPLANAR', 'POINT']);

/** Reads an RTSTRUCT: ROIs with names, colours, types and contours, and what images it references. */
export function readRtStruct(parsed: ParsedDicom): StructureSet {
  const root = parsed.root.forModule('readRtStruct');
  const notes: ReadNote[] = [];
  const note = (severity: ReadNote['severity'], code: string, message: string): void => {
    notes.push({ severity, code, message, file: parsed.file });
  };
  const roiItems = root.sequence(T.StructureSetROISequence);
  if (!root.has(T.StructureSetROISequence)) note('warning', 'no-rois', 'the structure set defines no ROI');
  if (roiItems.length > 0 && !root.has(T.ROIContourSequence)) note('warning', 'no-roi-contour-sequence', 'ROIContourSequence is absent (Type 1): no ROI has contours or a colour');
  if (roiItems.length > 0 && !root.has(T.RTROIObservationsSequence)) note('warning', 'no-roi-observations', 'RTROIObservationsSequence is absent (Type 1): no ROI has an interpreted type (PTV, ORGAN, EXTERNAL ...)');
  const observations = readObservations(root, note);
  const contoursByRoi = readRoiContours(root, note);
  const referencedFrames = root.sequence(T.ReferencedFrameOfReferenceSequence);
  const rois = roiItems.map((item) => {
    const number = item.requireNumber(T.ROINumber);
    const contour = contoursByRoi.get(number);
    if (contour === undefined) note('info', 'roi-without-contours', `ROI ${number} "${item.string(T.ROIName) ?? ''}" has no contours`);
    if (!item.present(T.ROIName)) note('warning', 'roi-name-absent', `ROI ${number} has no ROIName (Type 2, present even when empty): it is shown as "ROI ${number}"`);
    contoursByRoi.delete(number);
    return {
      number,
      name: item.string(T.ROIName) ?? `ROI ${number}`,
      colorRgb: contour?.colorRgb,
      interpretedType: observations.get(number) ?? '',
      frameOfReferenceUid: item.string(T.ReferencedFrameOfReferenceUID),
      generationAlgorithm: item.string(T.ROIGenerationAlgorithm),
      contours: contour?.contours ?? [],
    };
  });
  for (const orphan of contoursByRoi.keys()) {
    note('warning', 'contours-without-roi', `ROIContourSequence refers to ROI ${orphan}, which StructureSetROISequence does not define; its contours are ignored`);
  }
  return {
    sopInstanceUid: parsed.sopInstanceUid,
    file: parsed.file,
    identity: readIdentity(root),
    label: root.string(T.StructureSetLabel),
    name: root.string(T.StructureSetName),
    frameOfReferenceUid: referencedFrames[0]?.string(T.FrameOfReferenceUID) ?? rois[0]?.frameOfReferenceUid,
    referencedSeries: readReferencedSeries(referencedFrames),
    rois,
    notes,
  };
}

type Note = (severity: ReadNote['severity'], code: string, message: string) => void;

/** RTROIInterpretedType per ROI number; an item that names no ROI, or lacks the type attribute altogether, is noted. */
function readObservations(root: DicomObject, note: Note): Map<number, string> {
  const types = new Map<number, string>();
  root.sequence(T.RTROIObservationsSequence).forEach((item, index) => {
    const number = item.number(T.ReferencedROINumber);
    if (number === undefined) {
      note('warning', 'roi-observation-without-roi', `RTROIObservationsSequence item ${index + 1} has no ReferencedROINumber (Type 1): its interpreted type "${item.string(T.RTROIInterpretedType) ?? ''}" is not applied`);
      return;
    }
    if (!item.present(T.RTROIInterpretedType)) note('warning', 'roi-type-absent', `ROI ${number}: RTROIInterpretedType is absent (Type 2, present even when empty); its type is unknown`);
    types.set(number, item.string(T.RTROIInterpretedType) ?? '');
  });
  return types;
}

function readRoiContours(root: DicomObject, note: Note): Map<number, { colorRgb: [number, number, number] | undefined; contours: Contour[] }> {
  const byRoi = new Map<number, { colorRgb: [number, number, number] | undefined; contours: Contour[] }>();
  for (const item of root.sequence(T.ROIContourSequence)) {
    const number = item.requireNumber(T.ReferencedROINumber);
    const color = item.numbers(T.ROIDisplayColor);
    const colorRgb: [number, number, number] | undefined = color.length === 3 && color.every((c) => c >= 0 && c <= 255)
      ? [color[0] ?? 0, color[1] ?? 0, color[2] ?? 0] : undefined;
    if (color.length > 0 && colorRgb === undefined) note('warning', 'bad-roi-colour', `ROI ${number}: ROIDisplayColor "${color.join('\\')}" is not three values 0-255`);
    const contours = item.sequence(T.ContourSequence).flatMap((contourItem, index) => readContour(contourItem, number, index, note));
    byRoi.set(number, { colorRgb, contours });
  }
  return byRoi;
}

function readContour(item: DicomObject, roiNumber: number, index: number, note: Note): Contour[] {
  const where = `ROI ${roiNumber} contour ${index + 1}`;
  const type = item.string(T.ContourGeometricType) ?? '';
  if (!geometricTypes.has(type)) {
    note('warning', 'bad-contour-type', `${where}: ContourGeometricType "${type}" is unknown; the contour is skipped`);
    return [];
  }
  const values = item.numbers(T.ContourData);
  if (values.length === 0 || values.length % 3 !== 0) {
    note('warning', 'bad-contour-data', `${where}: ContourData has ${values.length} values, not a positive multiple of 3; the contour is skipped`);
    return [];
  }
  const declared = item.number(T.NumberOfContourPoints);
  if (declared !== undefined && declared !== values.length / 3) {
    note('warning', 'contour-point-count', `${where}: NumberOfContourPoints says ${declared}, ContourData holds ${values.length / 3} points; the data is used`);
  }
  return [{
    geometricType: type as ContourGeometricType,
    pointsLps: Float64Array.from(values),
    referencedSopInstanceUids: item.sequence(T.ContourImageSequence).flatMap((image) => image.string(T.ReferencedSOPInstanceUID) ?? []),
  }];
}

function readReferencedSeries(frames: readonly DicomObject[]): ReferencedSeries[] {
  return frames.flatMap((frame) =>
    frame.sequence(T.RTReferencedStudySequence).flatMap((study) =>
      study.sequence(T.RTReferencedSeriesSequence).flatMap((series) => {
        const seriesInstanceUid = series.string(T.SeriesInstanceUID);
        if (seriesInstanceUid === undefined) return [];
        return [{
          frameOfReferenceUid: frame.string(T.FrameOfReferenceUID),
          studyInstanceUid: study.string(T.ReferencedSOPInstanceUID),
          seriesInstanceUid,
          contourImageSopInstanceUids: series.sequence(T.ContourImageSequence).flatMap((image) => image.string(T.ReferencedSOPInstanceUID) ?? []),
        }];
      }),
    ),
  );
}
