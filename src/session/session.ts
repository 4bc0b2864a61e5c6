import type { Vec3 } from '../geometry/vec3.js';
import type { TherapySnapshot } from './therapySnapshot.js';
import type { SliceOrientation, StructureSnapshot, ViewSnapshot } from './viewSnapshot.js';

/** The `format` every session file names, and the version this code writes. */
export const sessionFormat = 'planlens-session';
export const sessionVersion = 1;

/**
 * Which case a session (or walkthrough) is of. A page cannot know a folder's path, so the case is
 * recorded by what identifies it: the patient, the study and frame of reference, and the objects
 * shown (series UID of the image, SOP instance UIDs of the others). Absent fields were unknown.
 */
export interface CaseIdentity {
  /** What the user saw it called: "demo case", "12 files", a folder's name. */
  readonly label: string;
  /** The bundled demo case (which PlanLens can open again by itself). */
  readonly demo: boolean;
  readonly patientId?: string;
  readonly studyUid?: string;
  readonly frameOfReferenceUid?: string;
  readonly imageSeriesUid?: string;
  readonly structureSetUid?: string;
  readonly planUid?: string;
  readonly doseUid?: string;
  /** The desktop shell's recent-cases id, when the case was opened from there. */
  readonly recentCaseId?: string;
}

/** A text note pinned at a patient point, seen in one slice view. */
export interface Annotation {
  readonly id: string;
  readonly text: string;
  readonly pointLps: Vec3;
  readonly orientation: SliceOrientation;
}

/** Version 1 of the session file. */
export interface Session {
  readonly format: typeof sessionFormat;
  readonly version: typeof sessionVersion;
  /** ISO 8601. */
  readonly savedAt: string;
  readonly case: CaseIdentity;
  readonly view: ViewSnapshot;
  readonly structures: readonly StructureSnapshot[];
  readonly annotations: readonly Annotation[];
  /** The therapy timeline's scenario (absent in files saved before it was recorded: nothing is restored then). */
  readonly therapy?: TherapySnapshot;
}

export const sessionLimits = {
  annotations: 500,
  annotationTextLength: 2000,
  structures: 1000,
  uidLength: 64,
  labelLength: 200,
} as const;
