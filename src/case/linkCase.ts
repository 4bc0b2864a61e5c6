import type { ImageVolume } from '../dicom/imageVolume.js';
import type { RtDose } from '../dicom/rtDose.js';
import type { RtPlan } from '../dicom/rtPlan.js';
import type { StructureSet } from '../dicom/rtStruct.js';
import type { CaseLinks, CaseProblem } from './reviewCase.js';

interface Linkable {
  readonly images: readonly ImageVolume[];
  readonly doses: readonly RtDose[];
  readonly structureSets: readonly StructureSet[];
  readonly plans: readonly RtPlan[];
}

type Problems = CaseProblem[];

/**
 * Links RTSTRUCT -> image series (by referenced series UID, else by a unique shared frame of
 * reference), RTDOSE -> RTPLAN and RTPLAN -> RTSTRUCT (by UID), and reports what is missing or
 * inconsistent on the way.
 */
export function linkCase(objects: Linkable): { links: CaseLinks; problems: CaseProblem[] } {
  const problems: Problems = [];
  if (objects.images.length === 0 && (objects.structureSets.length > 0 || objects.doses.length > 0)) {
    problems.push({ severity: 'warning', code: 'no-image-series', message: 'no CT/MR/PET series was loaded: structures and dose can be reviewed in patient coordinates only', file: undefined });
  }
  return {
    links: {
      structureSetToImages: objects.structureSets.flatMap((set) => linkStructureSet(set, objects.images, problems)),
      doseToPlan: objects.doses.flatMap((dose) => linkDose(dose, objects, problems)),
      planToStructureSet: objects.plans.flatMap((plan) => linkPlan(plan, objects.structureSets, problems)),
    },
    problems,
  };
}

function linkStructureSet(set: StructureSet, images: readonly ImageVolume[], problems: Problems): CaseLinks['structureSetToImages'] {
  const referenced = set.referencedSeries[0];
  if (referenced === undefined) {
    problems.push({ severity: 'warning', code: 'no-referenced-series', message: 'the structure set names no referenced image series (RTReferencedStudySequence is missing)', file: set.file });
    return linkByFrame(set, images, problems);
  }
  const image = images.find((volume) => volume.seriesInstanceUid === referenced.seriesInstanceUid);
  if (image === undefined) {
    problems.push({ severity: 'warning', code: 'missing-referenced-series', message: `the structure set was drawn on image series ${referenced.seriesInstanceUid}, which is not loaded`, file: set.file });
    return linkByFrame(set, images, problems);
  }
  if (image.identity.frameOfReferenceUid !== set.frameOfReferenceUid) {
    problems.push({ severity: 'error', code: 'frame-of-reference-mismatch', message: `the structure set's frame of reference ${set.frameOfReferenceUid ?? '(none)'} differs from that of its image series ${image.identity.frameOfReferenceUid ?? '(none)'}: contours may not line up with the images`, file: set.file });
  }
  const present = new Set(image.sliceSopInstanceUids);
  const absent = new Set([
    ...referenced.contourImageSopInstanceUids,
    ...set.rois.flatMap((roi) => roi.contours.flatMap((contour) => contour.referencedSopInstanceUids)),
  ].filter((uid) => !present.has(uid)));
  if (absent.size > 0) {
    problems.push({ severity: 'warning', code: 'missing-referenced-images', message: `${absent.size} image(s) the structure set references are not in series ${image.seriesInstanceUid} as loaded (${[...absent].slice(0, 3).join(', ')}${absent.size > 3 ? ', ...' : ''})`, file: set.file });
  }
  return [{ structureSetUid: set.sopInstanceUid, seriesInstanceUid: image.seriesInstanceUid, basis: 'reference' }];
}

function linkByFrame(set: StructureSet, images: readonly ImageVolume[], problems: Problems): CaseLinks['structureSetToImages'] {
  const sameFrame = images.filter((image) => image.identity.frameOfReferenceUid !== undefined && image.identity.frameOfReferenceUid === set.frameOfReferenceUid);
  const only = sameFrame[0];
  if (sameFrame.length === 1 && only !== undefined) {
    problems.push({ severity: 'info', code: 'linked-by-frame-of-reference', message: `the structure set is shown on series ${only.seriesInstanceUid}, which shares its frame of reference`, file: set.file });
    return [{ structureSetUid: set.sopInstanceUid, seriesInstanceUid: only.seriesInstanceUid, basis: 'frame-of-reference' }];
  }
  if (images.length > 0 && sameFrame.length === 0) {
    problems.push({ severity: 'error', code: 'frame-of-reference-mismatch', message: `no loaded image series shares the structure set's frame of reference ${set.frameOfReferenceUid ?? '(none)'}`, file: set.file });
  }
  return [];
}

function linkDose(dose: RtDose, objects: Linkable, problems: Problems): CaseLinks['doseToPlan'] {
  const frame = dose.identity.frameOfReferenceUid;
  const planUid = dose.referencedPlanSopInstanceUid;
  const plan = objects.plans.find((candidate) => candidate.sopInstanceUid === planUid);
  if (dose.summationType !== 'PLAN') {
    const fractions = plan?.fractionsPlanned;
    problems.push({ severity: 'warning', code: 'dose-summation-type', message: `dose summation type is ${dose.summationType}${fractions !== undefined ? ` while the plan has ${fractions} fractions` : ''}: the grid is shown as stored, not scaled to a course dose`, file: dose.file });
  }
  if (objects.images.length > 0 && frame !== undefined && !objects.images.some((image) => image.identity.frameOfReferenceUid === frame)) {
    problems.push({ severity: 'error', code: 'frame-of-reference-mismatch', message: `the dose's frame of reference ${frame} matches no loaded image series`, file: dose.file });
  }
  if (planUid === undefined) return [];
  if (plan === undefined) {
    problems.push({ severity: 'info', code: 'missing-referenced-plan', message: `the dose refers to plan ${planUid}, which is not loaded`, file: dose.file });
    return [];
  }
  if (plan.identity.frameOfReferenceUid !== undefined && frame !== undefined && plan.identity.frameOfReferenceUid !== frame) {
    problems.push({ severity: 'error', code: 'frame-of-reference-mismatch', message: `the dose and its plan are in different frames of reference (${frame} vs ${plan.identity.frameOfReferenceUid})`, file: dose.file });
  }
  return [{ doseUid: dose.sopInstanceUid, planUid: plan.sopInstanceUid }];
}

function linkPlan(plan: RtPlan, sets: readonly StructureSet[], problems: Problems): CaseLinks['planToStructureSet'] {
  const uid = plan.referencedStructureSetSopInstanceUid;
  if (uid === undefined) return [];
  const set = sets.find((candidate) => candidate.sopInstanceUid === uid);
  if (set === undefined) {
    problems.push({ severity: 'info', code: 'missing-referenced-structure-set', message: `the plan refers to structure set ${uid}, which is not loaded`, file: plan.file });
    return [];
  }
  return [{ planUid: plan.sopInstanceUid, structureSetUid: set.sopInstanceUid }];
}
