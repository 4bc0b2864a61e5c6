import { useStore } from 'zustand';
import { caseStore } from '../state/caseStore.js';
import { therapyStore } from './therapyStore.js';
import { currentTimeline, type CurrentTimeline } from './currentTimeline.js';

/** currentTimeline() in a component: rebuilt (once) when the case or the therapy store changes. */
export function useCurrentTimeline(): CurrentTimeline {
  useStore(caseStore);
  useStore(therapyStore);
  return currentTimeline();
}
