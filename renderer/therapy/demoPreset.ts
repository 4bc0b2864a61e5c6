import demoPresetText from '../../sample-data/demo-case-therapy.json?raw';
import { parseTherapyPreset, type TherapyPreset } from '../../src/therapy/therapyPreset.js';

/**
 * The therapy preset shipped with the demo case (sample-data/demo-case-therapy.json, written by
 * `planlens phantom --therapy`): weekly cisplatin on the demo plan. A broken file gives no preset
 * (its tests fail first), never a crash.
 */
export const DEMO_THERAPY_PRESET: TherapyPreset | undefined = (() => {
  const read = parseTherapyPreset(demoPresetText);
  return 'problems' in read ? undefined : read;
})();

/** The preset a plan opens with: the demo's for the demo plan, none for any other. */
export function presetForPlan(planUid: string | undefined): TherapyPreset | undefined {
  return planUid !== undefined && DEMO_THERAPY_PRESET?.planUid === planUid ? DEMO_THERAPY_PRESET : undefined;
}
