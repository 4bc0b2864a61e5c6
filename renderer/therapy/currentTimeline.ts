import { caseStore } from '../state/caseStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { therapyStore, timelineInput, type TherapyState } from './therapyStore.js';
import { buildTimeline, type TimelineModel } from './timelineModel.js';

/** The timeline of the open case, or why there is none (a sentence). */
export type CurrentTimeline = TimelineModel | string;

let last: { readonly therapy: TherapyState; readonly objects: ReturnType<typeof selectedObjects>; readonly built: CurrentTimeline } | undefined;

/**
 * The therapy timeline of the open case and the therapy store, built once per change of either
 * (the panel, the dose modes and the OAR colouring all read this one object).
 */
export function currentTimeline(): CurrentTimeline {
  const therapy = therapyStore.getState();
  const objects = selectedObjects(caseStore.getState());
  if (last !== undefined && last.therapy === therapy && last.objects === objects) return last.built;
  const built = buildOrExplain(therapy, objects);
  last = { therapy, objects, built };
  return built;
}

function buildOrExplain(therapy: TherapyState, objects: ReturnType<typeof selectedObjects>): CurrentTimeline {
  const input = timelineInput(therapy, objects.plan, objects.structureSet);
  if (typeof input === 'string') return input;
  try {
    return buildTimeline(input);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
