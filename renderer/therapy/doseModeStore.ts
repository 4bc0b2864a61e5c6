import { createStore } from 'zustand/vanilla';
import type { DoseMode } from '../../src/therapy/doseMode.js';

/**
 * What dose the views and the DVH show (issue 6): the mode, and the fractions delivered so far
 * (1-based, undefined = the whole course) that the time slider sets.
 */
export interface DoseModeState {
  readonly mode: DoseMode;
  readonly throughFraction: number | undefined;
}

export const doseModeStore = createStore<DoseModeState>(() => ({ mode: 'physical', throughFraction: undefined }));

export const DOSE_MODE_LABELS: Readonly<Record<DoseMode, string>> = {
  physical: 'Physical',
  eqd2: 'EQD2',
  sensitisedEqd2: 'Sensitised EQD2 (model)',
};

export function setDoseMode(mode: DoseMode): void {
  doseModeStore.setState({ mode });
}

/** Through fraction `fraction` of `count`; the last one (or beyond) is the whole course. */
export function setThroughFraction(fraction: number | undefined, count: number): void {
  doseModeStore.setState({ throughFraction: fraction === undefined || fraction >= count ? undefined : Math.max(1, Math.round(fraction)) });
}
