import type { ImageVolume } from '../../src/dicom/imageVolume.js';
import type { RtDose, DoseGrid } from '../../src/dicom/rtDose.js';
import type { RtPlan } from '../../src/dicom/rtPlan.js';
import type { StructureSet } from '../../src/dicom/rtStruct.js';
import type { CaseState } from './caseStore.js';

export interface SelectedObjects {
  readonly image: ImageVolume | undefined;
  readonly dose: RtDose | undefined;
  readonly doseGrid: DoseGrid | undefined;
  readonly structureSet: StructureSet | undefined;
  readonly plan: RtPlan | undefined;
}

const none: SelectedObjects = { image: undefined, dose: undefined, doseGrid: undefined, structureSet: undefined, plan: undefined };
const cache = new WeakMap<CaseState['selection'], SelectedObjects>();

/** The objects the selection names (one object per selection, so React sees stable references). */
export function selectedObjects(state: CaseState): SelectedObjects {
  const reviewCase = state.reviewCase;
  if (reviewCase === undefined) return none;
  const cached = cache.get(state.selection);
  if (cached !== undefined) return cached;
  const { imageUid, doseUid, structureSetUid, planUid } = state.selection;
  const dose = reviewCase.doses.find((candidate) => candidate.sopInstanceUid === doseUid);
  const objects: SelectedObjects = {
    image: reviewCase.images.find((candidate) => candidate.seriesInstanceUid === imageUid),
    dose,
    doseGrid: dose?.grid,
    structureSet: reviewCase.structureSets.find((candidate) => candidate.sopInstanceUid === structureSetUid),
    plan: reviewCase.plans.find((candidate) => candidate.sopInstanceUid === planUid),
  };
  cache.set(state.selection, objects);
  return objects;
}
