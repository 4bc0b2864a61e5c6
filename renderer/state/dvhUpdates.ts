import type { DoseGrid } from '../../src/dicom/rtDose.js';
import type { StructureSet } from '../../src/dicom/rtStruct.js';
import { caseStore, type CaseState } from './caseStore.js';
import { clearDvhs, computeDvhs } from './dvhStore.js';
import { selectedObjects } from './selectedObjects.js';

/**
 * Keeps the DVH store in step with the selection: whenever the selected structure set or dose grid
 * changes, the running DVHs are cancelled and those of the new pair computed. Returns the stop.
 */
export function keepDvhsCurrent(): () => void {
  let shown: { readonly structureSet: StructureSet | undefined; readonly doseGrid: DoseGrid | undefined } | undefined;
  const follow = (state: CaseState): void => {
    const { structureSet, doseGrid } = selectedObjects(state);
    if (shown !== undefined && shown.structureSet === structureSet && shown.doseGrid === doseGrid) return;
    shown = { structureSet, doseGrid };
    computeDvhs(structureSet, doseGrid);
  };
  follow(caseStore.getState());
  const unsubscribe = caseStore.subscribe(follow);
  return () => {
    unsubscribe();
    clearDvhs();
  };
}
