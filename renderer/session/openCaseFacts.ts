import { definedOnly } from '../../src/session/fields.js';
import type { OpenCase } from '../../src/session/restorePlan.js';
import type { CaseIdentity } from '../../src/session/session.js';
import { demoUids } from '../../src/phantom/uids.js';
import type { CaseState } from '../state/caseStore.js';
import { selectedObjects } from '../state/selectedObjects.js';

/** The open case and the objects shown, as a session or walkthrough records it; undefined when no case is open. */
export function openCaseIdentity(state: CaseState): CaseIdentity | undefined {
  if (state.reviewCase === undefined) return undefined;
  const { image, dose, structureSet, plan } = selectedObjects(state);
  const identities = [image?.identity, dose?.identity, structureSet?.identity, plan?.identity];
  const first = <K extends 'patientId' | 'studyInstanceUid' | 'frameOfReferenceUid'>(key: K): string | undefined => identities.find((identity) => identity?.[key] !== undefined)?.[key];
  const studyUid = first('studyInstanceUid');
  return definedOnly<CaseIdentity>({
    label: state.load.sourceLabel,
    // The generated demo case, however it was opened (its study UID is fixed and unique).
    demo: studyUid === demoUids.study,
    patientId: first('patientId'),
    studyUid,
    frameOfReferenceUid: first('frameOfReferenceUid') ?? structureSet?.frameOfReferenceUid,
    imageSeriesUid: state.selection.imageUid,
    structureSetUid: state.selection.structureSetUid,
    planUid: state.selection.planUid,
    doseUid: state.selection.doseUid,
  });
}

/** What restoring a session needs to know of the open case; undefined when none is open. */
export function openCaseFacts(state: CaseState): OpenCase | undefined {
  const identity = openCaseIdentity(state);
  const reviewCase = state.reviewCase;
  if (identity === undefined || reviewCase === undefined) return undefined;
  const objects = selectedObjects(state);
  return {
    identity,
    imageSeriesUids: reviewCase.images.map((image) => image.seriesInstanceUid),
    doseUids: reviewCase.doses.map((dose) => dose.sopInstanceUid),
    planUids: reviewCase.plans.map((plan) => plan.sopInstanceUid),
    structureSets: reviewCase.structureSets.map((set) => ({ uid: set.sopInstanceUid, rois: set.rois.map((roi) => ({ number: roi.number, name: roi.name })) })),
    prescriptionKnown: objects.plan?.prescriptionGy !== undefined && objects.dose?.doseUnits !== 'RELATIVE',
  };
}
