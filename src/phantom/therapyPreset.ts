import { therapyPresetToJson } from '../therapy/therapyPreset.js';
import { demoUids } from './uids.js';

/**
 * The demo case's therapy preset (sample-data/demo-case-therapy.json): weekly cisplatin 40 mg/m²
 * with the 70 Gy / 35 fraction plan, as in a head-and-neck chemoradiation course (§5.1 of
 * docs/sensitisation-model.md), fractions at 09:00 from Monday 2026-01-05 (the first Monday after
 * the case's fixed date, 2026-01-01).
 */
export function demoTherapyPresetJson(): string {
  return therapyPresetToJson({ planUid: demoUids.plan, startDate: '2026-01-05', clock: '09:00', regimenIds: ['cisplatin_weekly_40'] });
}
