import { describe, expect, it } from 'vitest';
import { dmfStatus, editedAgent, editedPk } from '../../src/therapy/agentEdit.js';
import { administrationRows, NO_EDITS, type TherapyEdits } from '../../renderer/therapy/therapyEdits.js';
import { buildTimeline, type TimelineInput } from '../../renderer/therapy/timelineModel.js';
import { parameterSources } from '../../renderer/therapy/parameterSources.js';
import { referenceOf } from '../../src/therapy/references.js';
import { defaultRegimen } from '../../src/therapy/regimenLibrary.js';
import { agentCourse } from '../../src/therapy/sensitisation.js';

const base: TimelineInput = {
  startDate: '2026-12-07',
  clock: '09:00',
  fractionCount: 35,
  doseGyPerFraction: 2,
  regimenIds: ['cisplatin_weekly_40', 'cetuximab_bonner'],
  structures: [{ name: 'PTV70', interpretedType: 'PTV' }, { name: 'Parotid_L', interpretedType: 'ORGAN' }, { name: 'Mandible', interpretedType: 'ORGAN' }],
};
const withEdits = (edits: Partial<TherapyEdits>, extra: Partial<TimelineInput> = {}): TimelineInput => ({ ...base, ...extra, edits: { ...NO_EDITS, ...edits } });
const cisplatin = defaultRegimen('cisplatin_weekly_40')?.components[0];

describe('the model edits', () => {
  it('validates a DMF against the regimen range, with a confirmation outside it', () => {
    const range = { default: 1.2, min: 1, max: 2.2 };
    expect(dmfStatus(1.5, range, false)).toBe('inRange');
    expect(dmfStatus(2.2, range, false)).toBe('inRange');
    expect(dmfStatus(3, range, false)).toBe('outsideUnconfirmed');
    expect(dmfStatus(0.8, range, true)).toBe('outsideConfirmed');
    expect(dmfStatus(0, range, true)).toBe('invalid');
    expect(dmfStatus(Number.NaN, range, true)).toBe('invalid');
  });

  it('applies an agent edit, and keeps the default with a note when the DMF is not confirmed or the window is reversed', () => {
    expect(cisplatin).toBeDefined();
    if (cisplatin === undefined) return;
    const agent = agentCourse(cisplatin, []);
    const notes: string[] = [];
    expect(editedAgent(agent, cisplatin, { dmf: 1.5, windowStartH: -1, windowEndH: 72, mode: 'concentration', halfLifeH: 2 }, notes)).toMatchObject({ dmf: 1.5, mode: 'concentration', windowH: { startH: -1, endH: 72 }, pk: { model: '1c', halfLifeH: 2 } });
    expect(notes).toEqual([]);
    expect(editedAgent(agent, cisplatin, { dmf: 3 }, notes).dmf).toBe(1.2);
    expect(notes[0]).toMatch(/outside the validated range 1–2\.2; confirm it/u);
    expect(editedAgent(agent, cisplatin, { dmf: 3, dmfConfirmed: true }, notes).dmf).toBe(3);
    expect(editedAgent(agent, cisplatin, { windowStartH: 10, windowEndH: 5 }, notes).windowH).toEqual(agent.windowH);
    expect(notes.at(-1)).toMatch(/start after its end/u);
    expect(editedPk({ model: '2c', halfLifeAlphaH: 1, halfLifeBetaH: 5, fractionAlpha: 0.5, riseH: 0 }, { halfLifeBetaH: 9 })).toEqual({ model: '2c', halfLifeAlphaH: 1, halfLifeBetaH: 9, fractionAlpha: 0.5, riseH: 0 });
    expect(editedPk({ model: 'depot', castrationLagDays: 21 }, { halfLifeH: 3 })).toEqual({ model: 'depot', castrationLagDays: 21 });
  });

  it('lists generated administrations edited or omitted, and entered ones; an imported agent drops its generated ones', () => {
    const generated = [0, 168, 336].map((startH) => ({ agentId: 'a', startH, dose: 40, unit: 'mg/m2', infusionH: 1 }));
    const entered = [{ agentId: 'a', startH: 500, dose: 30, unit: 'mg/m2', infusionH: 1 }, { agentId: 'b', startH: 1, dose: 1, unit: '', infusionH: 0 }];
    const rows = administrationRows('a', generated, { ...NO_EDITS, administrations: { 'a#2': { omitted: true }, 'a#3': { startH: 340, dose: 20 } }, entered });
    expect(rows.map((r) => [r.key, r.source, r.used?.startH, r.used?.dose])).toEqual([['a#1', 'generated', 0, 40], ['a#2', 'generated', undefined, undefined], ['a#3', 'generated', 340, 20], ['entered#0', 'entered', 500, 30]]);
    expect(administrationRows('a', generated, { ...NO_EDITS, entered, replacedAgentIds: ['a'] }).map((r) => r.key)).toEqual(['entered#0']);
  });
});

describe('buildTimeline with edits', () => {
  const plain = buildTimeline(base);
  const [target, parotid, mandible] = plain.structures;

  it('defaults OARs to the tumour-only view (DMF 1.0), with a one-click worst case', () => {
    expect(plain.oarView).toBe('tumourOnly');
    expect(parotid?.dmfScope).toBe('oarTumourOnly');
    expect(parotid?.modifiers.every((m) => m === 1)).toBe(true);
    expect(parotid?.bed.deltaEqd2Gy).toBe(0);
    expect(target?.bed.deltaEqd2Gy).toBeGreaterThan(0);
    const worst = buildTimeline(withEdits({ oarView: 'worstCase' }));
    expect(worst.structures[1]?.dmfScope).toBe('oarWorstCase');
    expect(worst.structures[1]?.bed.deltaEqd2Gy).toBeGreaterThan(0);
    expect(worst.structures[0]?.bed).toEqual(target?.bed);
  });

  it('changes only the edited agent', () => {
    const edited = buildTimeline(withEdits({ agents: { cisplatin_weekly_40: { dmf: 1.8 } } }));
    expect(edited.agents.map((a) => [a.agentId, a.dmf])).toEqual([['cisplatin_weekly_40', 1.8], ['cetuximab_bonner', plain.agents[1]?.dmf]]);
    expect(edited.agents[1]).toEqual(plain.agents[1]);
    expect(edited.structures[0]?.bed.eqd2Gy).toBeGreaterThan(target?.bed.eqd2Gy ?? Infinity);
    const unconfirmed = buildTimeline(withEdits({ agents: { cisplatin_weekly_40: { dmf: 4 } } }));
    expect(unconfirmed.agents[0]?.dmf).toBe(1.2);
    expect(unconfirmed.notes.some((n) => n.includes('confirm'))).toBe(true);
    expect(unconfirmed.structures).toEqual(plain.structures);
  });

  it('changes only the totals of the structure whose α/β is edited', () => {
    const edited = buildTimeline(withEdits({ structures: { Parotid_L: { alphaBetaGy: 5 } } }));
    expect(edited.structures[1]).toMatchObject({ alphaBetaGy: 5, defaultAlphaBetaGy: 3, model: { alphaBetaGy: 5 } });
    expect(edited.structures[1]?.bed).not.toEqual(parotid?.bed);
    expect(edited.structures[0]).toEqual(target);
    expect(edited.structures[2]).toEqual(mandible);
  });

  it('moves fractions past break and missed days, and omits, moves and enters administrations', () => {
    const breaks = buildTimeline({ ...base, breakDates: ['2026-12-08'], missedDates: ['2026-12-09'] });
    expect(breaks.fractions.slice(0, 3).map((f) => f.timeH)).toEqual([9, 3 * 24 + 9, 4 * 24 + 9]);
    expect(breaks.structures[0]?.bed.overallTimeDays).toBeGreaterThan(target?.bed.overallTimeDays ?? Infinity);
    const first = plain.administrationRows.find((r) => r.agentId === 'cisplatin_weekly_40');
    expect(first?.key).toBe('cisplatin_weekly_40#1');
    const cisCount = plain.agents[0]?.administrations.length ?? 0;
    const omitted = buildTimeline(withEdits({ administrations: { 'cisplatin_weekly_40#1': { omitted: true }, 'cisplatin_weekly_40#2': { startH: 200, dose: 30 } } }));
    expect(omitted.agents[0]?.administrations.length).toBe(cisCount - 1);
    expect(omitted.agents[0]?.administrations[0]).toMatchObject({ startH: 200, dose: 30 });
    expect(omitted.agents[1]).toEqual(plain.agents[1]);
    const entered = buildTimeline(withEdits({ entered: [{ agentId: 'cisplatin_weekly_40', startH: 1000, dose: 40, unit: 'mg/m2', infusionH: 1 }, { agentId: 'temozolomide_stupp', startH: 10, dose: 75, unit: 'mg/m2', infusionH: 0 }] }));
    expect(entered.agents[0]?.administrations.length).toBe(cisCount + 1);
    expect(entered.notes.some((n) => n.startsWith('temozolomide_stupp: an entered administration'))).toBe(true);
  });

  it('uses imported fractions in place of the calendar', () => {
    const fractions = [{ index: 0, timeH: 9, doseGy: 3 }, { index: 1, timeH: 33, doseGy: 3 }];
    const model = buildTimeline({ ...base, fractions });
    expect(model.fractionSource).toBe('imported');
    expect(model.fractions).toEqual(fractions);
    expect(model.structures[0]?.bed.physicalGy).toBe(6);
    expect(plain.fractionSource).toBe('calendar');
  });
});

describe('the parameter sources', () => {
  it('gives evidence tags and the §8 text of the citations', () => {
    const sources = parameterSources('cisplatin_weekly_40');
    expect(sources.dmfEvidence).toBe('A');
    expect(sources.windowEvidence).toBe('A');
    expect(sources.altWindow).toEqual({ name: 'persistent-adduct', startH: -2, endH: 72 });
    expect(sources.citations.map((c) => c.key)).toContain('Label_Cisplatin');
    expect(sources.citations.every((c) => c.text !== undefined)).toBe(true);
    expect(referenceOf('Label_Cisplatin')?.evidence).toBe('V');
    expect(parameterSources('anal_fu_mmc_rtog9811/mitomycin').dmfEvidence).toBe('A');
    expect(parameterSources('nope').citations).toEqual([]);
  });
});
