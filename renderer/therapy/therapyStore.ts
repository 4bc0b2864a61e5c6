import { createStore } from 'zustand/vanilla';
import type { RtPlan } from '../../src/dicom/rtPlan.js';
import type { StructureSet } from '../../src/dicom/rtStruct.js';
import { DEFAULT_REGIMEN_LIBRARY } from '../../src/therapy/regimenLibrary.js';
import { nextMonday, type TimelineInput } from './timelineModel.js';

/**
 * The therapy scenario of the open case: the RT course comes from the selected RTPLAN
 * (fractionsPlanned, prescriptionGy / fractions), Mon–Fri at `clock` from `startDate` (by default
 * the next Monday); the user's part is the list of library regimens.
 */
export interface TherapyState {
  readonly startDate: string;
  readonly clock: string;
  /** Regimen ids of DEFAULT_REGIMEN_LIBRARY, in the order added. */
  readonly regimenIds: readonly string[];
  /** The RTPLAN the regimens were chosen for; another plan starts with none. */
  readonly planUid: string | undefined;
}

export const WEEKLY_CISPLATIN_ID = 'cisplatin_weekly_40';

export const therapyStore = createStore<TherapyState>(() => ({ startDate: nextMonday(new Date()), clock: '09:00', regimenIds: [], planUid: undefined }));

/** The library's regimens as picker options. */
export const regimenOptions: readonly { readonly id: string; readonly name: string }[] = DEFAULT_REGIMEN_LIBRARY.regimens.map((r) => ({ id: r.id, name: r.name }));

export function addRegimen(id: string): void {
  if (!regimenOptions.some((option) => option.id === id)) return;
  therapyStore.setState((state) => (state.regimenIds.includes(id) ? state : { regimenIds: [...state.regimenIds, id] }));
}

export function removeRegimen(id: string): void {
  therapyStore.setState((state) => ({ regimenIds: state.regimenIds.filter((candidate) => candidate !== id) }));
}

export function setStartDate(startDate: string): void {
  therapyStore.setState({ startDate });
}

/** Keeps the regimens for the same plan; another plan (a new case) starts with none. */
export function followPlan(planUid: string | undefined): void {
  if (therapyStore.getState().planUid !== planUid) therapyStore.setState({ planUid, regimenIds: [] });
}

/** The timeline input for a plan, or why there is none. */
export function timelineInput(state: TherapyState, plan: RtPlan | undefined, structureSet: StructureSet | undefined): TimelineInput | string {
  if (plan === undefined) return 'No RTPLAN in this case: the timeline needs its fractions.';
  const fractions = plan.fractionsPlanned;
  if (fractions === undefined || !(Number.isInteger(fractions) && fractions >= 1)) return 'The RTPLAN gives no number of fractions planned.';
  if (plan.prescriptionGy === undefined) return 'The RTPLAN gives no prescription dose.';
  return {
    startDate: state.startDate,
    clock: state.clock,
    fractionCount: fractions,
    doseGyPerFraction: plan.prescriptionGy / fractions,
    regimenIds: state.regimenIds,
    structures: (structureSet?.rois ?? []).map((roi) => ({ name: roi.name, interpretedType: roi.interpretedType })),
  };
}
