import type { CaseIdentity } from './session.js';

/** How a case is named to the user: "the demo case", "12 files (patient 123456)". */
export function describeCase(identity: CaseIdentity): string {
  if (identity.demo) return 'the demo case';
  return identity.patientId === undefined ? identity.label : `${identity.label} (patient ${identity.patientId})`;
}

const keys = ['patientId', 'studyUid', 'frameOfReferenceUid'] as const;

/**
 * Why the open case is not the one a session or walkthrough was made of, or undefined when it is:
 * the same patient, study and frame of reference wherever both name one (and at least one of them
 * is named by both).
 */
export function caseMismatch(recorded: CaseIdentity, open: CaseIdentity | undefined, what: string): string | undefined {
  if (open === undefined) return `No case is open; this ${what} is of ${describeCase(recorded)}.`;
  const compared = keys.filter((key) => recorded[key] !== undefined && open[key] !== undefined);
  if (compared.length === 0) return `PlanLens cannot tell whether the open case, ${describeCase(open)}, is the one this ${what} is of (${describeCase(recorded)}): neither names a patient, study or frame of reference.`;
  const differing = compared.filter((key) => recorded[key] !== open[key]);
  if (differing.length === 0) return undefined;
  const field = { patientId: 'patient', studyUid: 'study', frameOfReferenceUid: 'frame of reference' } as const;
  const names = differing.map((key) => field[key]);
  const list = names.length === 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  return `This ${what} is of ${describeCase(recorded)}; the open case, ${describeCase(open)}, has another ${list}.`;
}

/** Whether points in one case's patient coordinates mean the same place in the other's. */
export function sameFrameOfReference(a: CaseIdentity, b: CaseIdentity | undefined): boolean {
  return a.frameOfReferenceUid !== undefined && a.frameOfReferenceUid === b?.frameOfReferenceUid;
}
