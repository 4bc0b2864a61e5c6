import { describe, expect, it } from 'vitest';
import { therapySnapshotOf, therapyStateOf } from '../../renderer/therapy/therapySession.js';
import { NO_EDITS } from '../../renderer/therapy/therapyEdits.js';
import { parseUserRegimens } from '../../src/therapy/regimenLibrary.js';
import { myCisplatin } from './userRegimenFixture.js';
import type { TherapyState } from '../../renderer/therapy/therapyStore.js';
import { parseSession } from '../../src/session/parseSession.js';
import { serialiseSession, sessionOf } from '../../src/session/sessionOf.js';
import { annotations, caseIdentity, session as plainSession, structures, view } from '../session/sessionFixtures.js';

const state: TherapyState = {
  planUid: '1.2.3',
  startDate: '2026-12-07',
  clock: '08:30',
  regimenIds: ['cisplatin_weekly_40', 'anal_fu_mmc_rtog9811', 'my_cisplatin'],
  userRegimens: parseUserRegimens({ agents: [myCisplatin] }).regimens,
  breakDates: ['2026-12-25'],
  missedDates: ['2026-12-09'],
  importedFractions: [{ index: 0, timeH: 8.5, doseGy: 2 }, { index: 1, timeH: 32.5, doseGy: 2 }],
  importedFrom: 'mine.json',
  edits: {
    agents: { cisplatin_weekly_40: { dmf: 2.5, dmfConfirmed: true, windowEndH: 72, mode: 'concentration' }, 'anal_fu_mmc_rtog9811/mitomycin': { halfLifeH: 0.2, halfLifeBetaH: 2 } },
    administrations: { 'cisplatin_weekly_40#2': { omitted: true }, 'cisplatin_weekly_40#3': { startH: 340, dose: 30 } },
    entered: [{ agentId: 'cisplatin_weekly_40', startH: 1000, dose: 40, unit: 'mg/m2', infusionH: 1 }],
    replacedAgentIds: ['anal_fu_mmc_rtog9811/fluorouracil'],
    structures: { PTV: { alphaBetaGy: 8 }, GTV: { repopulation: { kickoffDays: 21, kBedGyPerDay: 0.9 } }, Mucosa: { alphaBetaGy: 10, repopulation: { kickoffDays: 7, kBedGyPerDay: 0.8 } } },
    oarView: 'worstCase',
  },
};

const saved = (therapy: unknown): string => {
  const document = JSON.parse(serialiseSession(sessionOf({ savedAt: new Date('2026-01-01T09:00:00Z'), case: caseIdentity, view, structures, annotations }))) as Record<string, unknown>;
  return JSON.stringify({ ...document, therapy });
};

describe('the therapy scenario in a session', () => {
  it('survives saving and reading back, every edit included', () => {
    const session = sessionOf({ savedAt: new Date('2026-01-01T09:00:00Z'), case: caseIdentity, view, structures, annotations, therapy: therapySnapshotOf(state) });
    const parsed = parseSession(serialiseSession(session));
    expect(parsed.ok && parsed.notes).toEqual([]);
    if (!parsed.ok || parsed.session.therapy === undefined) throw new Error('not read back');
    expect(therapyStateOf(parsed.session.therapy, '1.2.3')).toEqual(state);
    const blank: TherapyState = { ...state, userRegimens: [], importedFractions: undefined, importedFrom: undefined, edits: NO_EDITS };
    expect(therapyStateOf(therapySnapshotOf(blank), '1.2.3')).toEqual(blank);
  });

  it('reads a session without a therapy field as before, and refuses a bad field naming it', () => {
    const old = parseSession(serialiseSession(plainSession));
    expect(old.ok && old.session.therapy).toBeUndefined();
    const bad = { ...therapySnapshotOf(state), clock: '8 am', agents: [{ agentId: 'x', dmf: -1 }] };
    const parsed = parseSession(saved(bad));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([expect.stringMatching(/therapy\.clock.*not a time/u), expect.stringMatching(/therapy\.agents\[0\]\.dmf.*out of range/u)]);
    const extra = parseSession(saved({ ...therapySnapshotOf(state), colour: 'red' }));
    expect(extra.ok && extra.notes).toEqual([expect.stringMatching(/therapy.*colour.*ignored/u)]);
  });
  it('refuses a user regimen or a repopulation that does not check, naming the field', () => {
    const snapshot = therapySnapshotOf(state);
    const bad = {
      ...snapshot,
      userRegimens: [{ ...myCisplatin, dmf: { default: 3, min: 1, max: 2.2 } }, { ...myCisplatin, id: 'cisplatin_weekly_40' }],
      structures: [{ name: 'GTV', repopulation: { kickoffDays: 21, kBedGyPerDay: -1 } }],
    };
    const parsed = parseSession(saved(bad));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([
      expect.stringMatching(/therapy\.structures\[0\]\.repopulation\.kBedGyPerDay.*out of range/u),
      expect.stringMatching(/therapy\.userRegimens\[0\].*regimen my_cisplatin: dmf\.default \(3\) is outside/u),
      expect.stringMatching(/therapy\.userRegimens\[1\].*already a regimen of the default library/u),
    ]);
  });
});
