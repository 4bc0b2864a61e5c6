import { createStore } from 'zustand/vanilla';
import type { DoseGrid } from '../../src/dicom/rtDose.js';
import type { StructureSet } from '../../src/dicom/rtStruct.js';
import type { DvhOptions } from '../../src/dvh/computeDvh.js';
import { DvhClient } from '../workers/dvhClient.js';
import { roiGeometry } from '../../src/structures/roiGeometry.js';
import { applyDvhResponse, pendingRoiDvhs, type RoiDvh } from './roiDvhs.js';

export interface DvhState {
  /** The DVH of each ROI with closed contours of the selected structure set, in the set's order. */
  readonly rois: readonly RoiDvh[];
}

export const dvhStore = createStore<DvhState>(() => ({ rois: [] }));

/** computeDvh's defaults, as `planlens dvh` uses them, so the panel and the CLI agree. */
const dvhOptions: DvhOptions = {};
const client = new DvhClient();

/**
 * Cancels the DVHs being computed and starts those of `structureSet`'s ROIs with closed contours
 * in `doseGrid`, in the worker; with no structure set or no dose grid, the store empties.
 */
export function computeDvhs(structureSet: StructureSet | undefined, doseGrid: DoseGrid | undefined): void {
  client.cancel();
  const rois = doseGrid === undefined ? [] : (structureSet?.rois ?? []).filter((roi) => roiGeometry(roi).volumeCc > 0);
  dvhStore.setState({ rois: pendingRoiDvhs(rois) });
  if (doseGrid === undefined || rois.length === 0) return;
  client.compute(rois, doseGrid, dvhOptions, (response) => dvhStore.setState((state) => ({ rois: applyDvhResponse(state.rois, response) })));
}

/** Stops computing and empties the store. */
export function clearDvhs(): void {
  client.cancel();
  dvhStore.setState({ rois: [] });
}
