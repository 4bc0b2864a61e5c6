import type { ImageVolume } from '../dicom/imageVolume.js';
import type { RtDose } from '../dicom/rtDose.js';
import type { RtPlan } from '../dicom/rtPlan.js';
import type { StructureSet } from '../dicom/rtStruct.js';

export type Severity = 'error' | 'warning' | 'info';

/** Something the user should know about the loaded files: nothing is dropped without one. */
export interface CaseProblem {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  /** The file concerned, when one is. */
  readonly file: string | undefined;
}

export interface StudyEntry {
  readonly studyInstanceUid: string;
  readonly date: string | undefined;
  readonly description: string | undefined;
  readonly imageSeriesUids: readonly string[];
  readonly structureSetUids: readonly string[];
  readonly planUids: readonly string[];
  readonly doseUids: readonly string[];
}

export interface PatientEntry {
  readonly patientId: string;
  readonly patientName: string | undefined;
  readonly studies: readonly StudyEntry[];
}

export interface FrameOfReferenceEntry {
  readonly frameOfReferenceUid: string;
  /** SOP instance UIDs (series UIDs for images) of the objects in this frame. */
  readonly objectUids: readonly string[];
}

/** How a link was made: an explicit UID reference, or only a shared frame of reference. */
export type LinkBasis = 'reference' | 'frame-of-reference';

export interface CaseLinks {
  readonly structureSetToImages: readonly { readonly structureSetUid: string; readonly seriesInstanceUid: string; readonly basis: LinkBasis }[];
  readonly doseToPlan: readonly { readonly doseUid: string; readonly planUid: string }[];
  readonly planToStructureSet: readonly { readonly planUid: string; readonly structureSetUid: string }[];
}

/** A folder's worth of DICOM RT objects, grouped and linked for review. */
export interface ReviewCase {
  readonly patients: readonly PatientEntry[];
  readonly framesOfReference: readonly FrameOfReferenceEntry[];
  readonly images: readonly ImageVolume[];
  readonly doses: readonly RtDose[];
  readonly structureSets: readonly StructureSet[];
  readonly plans: readonly RtPlan[];
  readonly links: CaseLinks;
  readonly problems: readonly CaseProblem[];
  readonly fileCount: number;
}
