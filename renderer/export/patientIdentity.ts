import type { PatientEntry, ReviewCase } from '../../src/case/reviewCase.js';
import type { CaseSelection } from '../state/selection.js';

/**
 * Who the objects shown belong to, for exports that are asked to show it: the patient whose
 * studies hold the selected plan, dose, structure set or image series; the only patient of a
 * case with one; undefined otherwise.
 */
export function patientOfSelection(reviewCase: ReviewCase, selection: CaseSelection): PatientEntry | undefined {
  const holds = (uids: readonly string[], uid: string | undefined): boolean => uid !== undefined && uids.includes(uid);
  const found = reviewCase.patients.find((patient) => patient.studies.some((study) =>
    holds(study.planUids, selection.planUid) || holds(study.doseUids, selection.doseUid) || holds(study.structureSetUids, selection.structureSetUid) || holds(study.imageSeriesUids, selection.imageUid)));
  return found ?? (reviewCase.patients.length === 1 ? reviewCase.patients[0] : undefined);
}

/**
 * A DICOM person name (family^given^middle^prefix^suffix, alphabetic group before any '=') as
 * people write it: "PHANTOM^Demo" is "PHANTOM, Demo".
 */
export function personNameText(personName: string): string {
  const [family = '', given = '', middle = '', prefix = '', suffix = ''] = (personName.split('=')[0] ?? '').split('^').map((part) => part.trim());
  const first = [prefix, given, middle].filter((part) => part !== '').join(' ');
  const name = [family, first].filter((part) => part !== '').join(', ');
  return [name, suffix].filter((part) => part !== '').join(' ');
}

/** The identity line an export draws when asked to: "Patient: PHANTOM, Demo · ID PLANLENS-DEMO". */
export function identityText(patient: PatientEntry): string {
  const name = patient.patientName === undefined ? '' : personNameText(patient.patientName);
  return `Patient: ${name === '' ? '(no name)' : name} · ID ${patient.patientId === '' ? '(none)' : patient.patientId}`;
}
