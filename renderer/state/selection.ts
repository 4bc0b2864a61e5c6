import type { ReviewCase } from '../../src/case/reviewCase.js';

/** Which objects of the case the views show. */
export interface CaseSelection {
  readonly imageUid: string | undefined;
  readonly doseUid: string | undefined;
  readonly structureSetUid: string | undefined;
  readonly planUid: string | undefined;
}

export const emptySelection: CaseSelection = { imageUid: undefined, doseUid: undefined, structureSetUid: undefined, planUid: undefined };

/**
 * What a reviewer expects to see first: the first image series (CT before MR/PET), the first dose
 * with a grid in its frame of reference (any dose with a grid when there is no image), the
 * structure set linked to that series or else in the same frame of reference, and the plan the
 * dose references (or that references the structure set).
 */
export function defaultSelection(reviewCase: ReviewCase): CaseSelection {
  const images = [...reviewCase.images].sort((a, b) => Number(b.modality === 'CT') - Number(a.modality === 'CT'));
  const image = images[0];
  const withGrid = reviewCase.doses.filter((dose) => dose.grid !== undefined);
  const dose = image === undefined ? withGrid[0] : withGrid.find((candidate) => candidate.identity.frameOfReferenceUid === image.identity.frameOfReferenceUid);
  // Without an image the dose's frame of reference decides which structures belong with it.
  const frame = image?.identity.frameOfReferenceUid ?? dose?.identity.frameOfReferenceUid;
  const structureSetUid = reviewCase.links.structureSetToImages.find((link) => link.seriesInstanceUid === image?.seriesInstanceUid)?.structureSetUid
    ?? (frame === undefined ? undefined : reviewCase.structureSets.find((set) => set.frameOfReferenceUid === frame)?.sopInstanceUid);
  const planUid = reviewCase.links.doseToPlan.find((link) => link.doseUid === dose?.sopInstanceUid)?.planUid
    ?? reviewCase.links.planToStructureSet.find((link) => link.structureSetUid === structureSetUid)?.planUid;
  return { imageUid: image?.seriesInstanceUid, doseUid: dose?.sopInstanceUid, structureSetUid, planUid };
}
