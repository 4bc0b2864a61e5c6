import { useStore } from 'zustand';
import { caseStore } from '../state/caseStore.js';
import { maskStore } from '../state/maskStore.js';
import { doseModeStore } from './doseModeStore.js';
import { shownDose, type ShownDose } from './shownDose.js';
import { therapyStore } from './therapyStore.js';

/** shownDose() in a component: read again when the case, the masks, the therapy or the dose mode change. */
export function useShownDose(): ShownDose {
  useStore(caseStore);
  useStore(maskStore);
  useStore(therapyStore);
  useStore(doseModeStore);
  return shownDose();
}
