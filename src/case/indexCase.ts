import type { ObjectIdentity, ReadNote } from '../dicom/identity.js';
import { linkCase } from './linkCase.js';
import type { CaseProblem, FrameOfReferenceEntry, PatientEntry, ReviewCase, StudyEntry } from './reviewCase.js';

/** What the loader gathered: the case's objects and problems, before grouping and linking. */
export type LoadedObjects = Pick<ReviewCase, 'images' | 'doses' | 'structureSets' | 'plans' | 'problems' | 'fileCount'>;

/** Groups loaded objects by patient, study and frame of reference, links them and gathers every note. */
export function indexCase(objects: LoadedObjects): ReviewCase {
  const { links, problems: linkProblems } = linkCase(objects);
  const notes: readonly ReadNote[] = [
    ...objects.images.flatMap((image) => image.notes),
    ...objects.doses.flatMap((dose) => dose.notes),
    ...objects.structureSets.flatMap((set) => set.notes),
    ...objects.plans.flatMap((plan) => plan.notes),
  ];
  return {
    patients: groupPatients(objects),
    framesOfReference: groupFrames(objects),
    images: objects.images,
    doses: objects.doses,
    structureSets: objects.structureSets,
    plans: objects.plans,
    links,
    problems: [...objects.problems, ...notes, ...linkProblems, ...patientProblems(objects)],
    fileCount: objects.fileCount,
  };
}

interface Member {
  readonly identity: ObjectIdentity;
  readonly uid: string;
  readonly role: 'image' | 'structureSet' | 'plan' | 'dose';
}

function members(objects: LoadedObjects): Member[] {
  return [
    ...objects.images.map((image) => ({ identity: image.identity, uid: image.seriesInstanceUid, role: 'image' as const })),
    ...objects.structureSets.map((set) => ({ identity: set.identity, uid: set.sopInstanceUid, role: 'structureSet' as const })),
    ...objects.plans.map((plan) => ({ identity: plan.identity, uid: plan.sopInstanceUid, role: 'plan' as const })),
    ...objects.doses.map((dose) => ({ identity: dose.identity, uid: dose.sopInstanceUid, role: 'dose' as const })),
  ];
}

function groupPatients(objects: LoadedObjects): PatientEntry[] {
  const patients = new Map<string, { name: string | undefined; studies: Map<string, Member[]> }>();
  for (const member of members(objects)) {
    const patientId = member.identity.patientId ?? '(no patient ID)';
    const patient = patients.get(patientId) ?? { name: member.identity.patientName, studies: new Map<string, Member[]>() };
    const studyUid = member.identity.studyInstanceUid ?? '(no study UID)';
    patient.studies.set(studyUid, [...(patient.studies.get(studyUid) ?? []), member]);
    patients.set(patientId, patient);
  }
  return [...patients].map(([patientId, patient]) => ({
    patientId,
    patientName: patient.name,
    studies: [...patient.studies].map(([studyInstanceUid, list]): StudyEntry => ({
      studyInstanceUid,
      date: list.find((m) => m.identity.studyDate !== undefined)?.identity.studyDate,
      description: list.find((m) => m.identity.studyDescription !== undefined)?.identity.studyDescription,
      imageSeriesUids: list.filter((m) => m.role === 'image').map((m) => m.uid),
      structureSetUids: list.filter((m) => m.role === 'structureSet').map((m) => m.uid),
      planUids: list.filter((m) => m.role === 'plan').map((m) => m.uid),
      doseUids: list.filter((m) => m.role === 'dose').map((m) => m.uid),
    })),
  }));
}

function groupFrames(objects: LoadedObjects): FrameOfReferenceEntry[] {
  const frames = new Map<string, string[]>();
  const add = (frame: string | undefined, uid: string): void => {
    if (frame !== undefined) frames.set(frame, [...(frames.get(frame) ?? []), uid]);
  };
  for (const image of objects.images) add(image.identity.frameOfReferenceUid, image.seriesInstanceUid);
  for (const set of objects.structureSets) add(set.frameOfReferenceUid, set.sopInstanceUid);
  for (const plan of objects.plans) add(plan.identity.frameOfReferenceUid, plan.sopInstanceUid);
  for (const dose of objects.doses) add(dose.identity.frameOfReferenceUid, dose.sopInstanceUid);
  return [...frames].map(([frameOfReferenceUid, objectUids]) => ({ frameOfReferenceUid, objectUids }));
}

function patientProblems(objects: LoadedObjects): CaseProblem[] {
  const ids = new Set(members(objects).map((member) => member.identity.patientId ?? ''));
  return ids.size > 1
    ? [{ severity: 'warning', code: 'several-patients', message: `the files belong to ${ids.size} different patient IDs (${[...ids].map((id) => id || '(none)').join(', ')}); check that they are one case`, file: undefined }]
    : [];
}
