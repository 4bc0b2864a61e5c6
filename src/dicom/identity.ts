import type { DicomObject } from './dicomObject.js';
import { T } from './tags.js';

/** Who and which study an object belongs to (Patient and General Study modules). */
export interface ObjectIdentity {
  readonly patientId: string | undefined;
  readonly patientName: string | undefined;
  readonly studyInstanceUid: string | undefined;
  readonly studyDate: string | undefined;
  readonly studyDescription: string | undefined;
  readonly frameOfReferenceUid: string | undefined;
  readonly manufacturer: string | undefined;
}

export function readIdentity(root: DicomObject): ObjectIdentity {
  return {
    patientId: root.string(T.PatientID),
    patientName: root.string(T.PatientName),
    studyInstanceUid: root.string(T.StudyInstanceUID),
    studyDate: root.string(T.StudyDate),
    studyDescription: root.string(T.StudyDescription),
    frameOfReferenceUid: root.string(T.FrameOfReferenceUID),
    manufacturer: root.string(T.Manufacturer),
  };
}

/** A note a reader attaches to an object it could read: odd, but not fatal. */
export interface ReadNote {
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
  readonly file: string;
}
