import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_THERAPY_PRESET } from '../../renderer/therapy/demoPreset.js';
import { readSchedule } from '../../renderer/therapy/scheduleImport.js';
import { NO_EDITS } from '../../renderer/therapy/therapyEdits.js';
import {
  addCalendarDate, addRegimen, editAdministration, editAgent, followPlan, regimenIdOf, removeCalendarDate, resetAgent, restoreGenerated, setClock, setOarView, setStartDate, setStructureAlphaBeta, therapyStore, timelineInput, useCalendarFractions,
} from '../../renderer/therapy/therapyStore.js';
import { buildTimeline } from '../../renderer/therapy/timelineModel.js';
import type { RtPlan } from '../../src/dicom/rtPlan.js';
import { demoUids } from '../../src/phantom/uids.js';
import { scheduleToCsv, scheduleToJson } from '../../src/therapy/scheduleFile.js';

const plan = { sopInstanceUid: '1.2.3', fractionsPlanned: 35, prescriptionGy: 70 } as unknown as RtPlan;

beforeEach(() => {
  followPlan('reset-between-tests');
  followPlan('1.2.3');
});

describe('the therapy store', () => {
  it('opens the demo plan with its shipped weekly cisplatin, keeps it for the same plan and starts again for another', () => {
    expect(DEMO_THERAPY_PRESET).toMatchObject({ planUid: demoUids.plan, regimenIds: ['cisplatin_weekly_40'] });
    followPlan(demoUids.plan);
    expect(therapyStore.getState()).toMatchObject({ planUid: demoUids.plan, startDate: '2026-01-05', clock: '09:00', regimenIds: ['cisplatin_weekly_40'] });
    addRegimen('cetuximab_bonner');
    followPlan(demoUids.plan); // the demo's plan selected again: nothing lost
    expect(therapyStore.getState().regimenIds).toEqual(['cisplatin_weekly_40', 'cetuximab_bonner']);
    followPlan('9.9.9');
    expect(therapyStore.getState()).toMatchObject({ planUid: '9.9.9', regimenIds: [], edits: NO_EDITS });
  });

  it('edits the calendar, refusing what is not a date or a time', () => {
    setStartDate('2026-12-07');
    setStartDate('2026-02-30');
    setClock('08:30');
    setClock('25:00');
    expect(therapyStore.getState()).toMatchObject({ startDate: '2026-12-07', clock: '08:30' });
    expect(addCalendarDate('breakDates', '2026-12-25')).toBeUndefined();
    expect(addCalendarDate('breakDates', '2026-12-24')).toBeUndefined();
    expect(addCalendarDate('breakDates', '2026-12-24')).toBeUndefined();
    expect(addCalendarDate('missedDates', 'soon')).toMatch(/not a date/u);
    expect(therapyStore.getState().breakDates).toEqual(['2026-12-24', '2026-12-25']);
    removeCalendarDate('breakDates', '2026-12-24');
    const input = timelineInput(therapyStore.getState(), plan, undefined);
    expect(typeof input === 'string' ? input : input.breakDates).toEqual(['2026-12-25']);
  });

  it('patches and resets agent, administration and structure edits, and they reach the timeline input', () => {
    editAgent('cisplatin_weekly_40', { dmf: 3, dmfConfirmed: true, windowEndH: 72 });
    editAgent('cisplatin_weekly_40', { dmfConfirmed: undefined });
    expect(therapyStore.getState().edits.agents).toEqual({ cisplatin_weekly_40: { dmf: 3, windowEndH: 72 } });
    editAgent('cisplatin_weekly_40', { dmf: undefined, windowEndH: undefined });
    expect(therapyStore.getState().edits.agents).toEqual({});
    editAgent('cetuximab_bonner', { mode: 'concentration' });
    resetAgent('cetuximab_bonner');
    expect(therapyStore.getState().edits.agents).toEqual({});
    editAdministration('cisplatin_weekly_40#1', { omitted: true });
    setStructureAlphaBeta('PTV', 8);
    setOarView('worstCase');
    const input = timelineInput(therapyStore.getState(), plan, undefined);
    expect(typeof input === 'string' ? input : input.edits).toMatchObject({ administrations: { 'cisplatin_weekly_40#1': { omitted: true } }, structures: { PTV: { alphaBetaGy: 8 } }, oarView: 'worstCase' });
    setStructureAlphaBeta('PTV', undefined);
    expect(therapyStore.getState().edits.structures).toEqual({});
  });

  it('imports a JSON schedule: fractions, administrations in place of the generated ones, problems with their position', () => {
    addRegimen('cisplatin_weekly_40');
    const text = scheduleToJson({
      startDate: '2026-12-07',
      fractions: [{ index: 0, timeH: 9, doseGy: 2 }, { index: 1, timeH: 33, doseGy: 2 }],
      administrations: [{ agentId: 'cisplatin_weekly_40', startH: 8, dose: 40, unit: 'mg/m2', infusionH: 1 }, { agentId: 'cetuximab_bonner', startH: 7, dose: 250, unit: 'mg/m2', infusionH: 1 }, { agentId: 'aspirin', startH: 7, dose: 1, unit: 'g', infusionH: 0 }],
    }).replace('"doseGy": 2\n    },\n    {', '"doseGy": 2\n    },\n    { "dateTime": "never", "doseGy": 2 },\n    {');
    const lines = readSchedule('mine.json', text, 'json');
    expect(lines[0]).toBe('Imported mine.json: 2 fractions, 2 administrations');
    expect(lines.some((l) => l.startsWith('mine.json: fractions[1]'))).toBe(true);
    expect(lines.some((l) => l.includes('"aspirin"') && l.includes('left out'))).toBe(true);
    const state = therapyStore.getState();
    expect(state).toMatchObject({ startDate: '2026-12-07', importedFrom: 'mine.json', regimenIds: ['cisplatin_weekly_40', 'cetuximab_bonner'] });
    expect(state.edits.replacedAgentIds).toEqual(['cetuximab_bonner', 'cisplatin_weekly_40']);
    const input = timelineInput(state, plan, undefined);
    if (typeof input === 'string') throw new Error(input);
    const model = buildTimeline(input);
    expect(model.fractions).toHaveLength(2);
    expect(model.agents.map((a) => a.administrations.length)).toEqual([1, 1]);
    restoreGenerated('cisplatin_weekly_40');
    useCalendarFractions();
    const back = timelineInput(therapyStore.getState(), plan, undefined);
    if (typeof back === 'string') throw new Error(back);
    expect(buildTimeline(back).fractions).toHaveLength(35);
    expect(readSchedule('bad.json', '{ nope', 'json')).toEqual([expect.stringMatching(/^bad\.json: not JSON/u), 'bad.json: nothing to import (no fractions and no administrations read)']);
    expect(regimenIdOf('anal_fu_mmc_rtog9811/mitomycin')).toBe('anal_fu_mmc_rtog9811');
  });

  it('imports a CSV schedule the same way: administrations in place of the generated ones, problems with their line', () => {
    addRegimen('cisplatin_weekly_40');
    const text = scheduleToCsv({
      startDate: '2026-12-07',
      fractions: [{ index: 0, timeH: 9, doseGy: 2 }, { index: 1, timeH: 33, doseGy: 2 }],
      administrations: [{ agentId: 'cisplatin_weekly_40', startH: 8, dose: 40, unit: 'mg/m2', infusionH: 1 }, { agentId: 'aspirin', startH: 7, dose: 1, unit: 'g', infusionH: 0 }],
    }).replace('\nadministration,', '\nfraction,3,never,2,Gy,0\nadministration,');
    const lines = readSchedule('mine.csv', text, 'csv');
    expect(lines[0]).toBe('Imported mine.csv: 2 fractions, 1 administrations');
    expect(lines.some((l) => l.startsWith('mine.csv: line 4'))).toBe(true);
    expect(lines.some((l) => l.includes('"aspirin"') && l.includes('left out'))).toBe(true);
    const state = therapyStore.getState();
    expect(state).toMatchObject({ startDate: '2026-12-07', importedFrom: 'mine.csv', regimenIds: ['cisplatin_weekly_40'] });
    expect(state.edits.replacedAgentIds).toEqual(['cisplatin_weekly_40']);
    const input = timelineInput(state, plan, undefined);
    if (typeof input === 'string') throw new Error(input);
    const model = buildTimeline(input);
    expect(model.fractions).toHaveLength(2);
    expect(model.agents.map((a) => a.administrations.length)).toEqual([1]);
    expect(readSchedule('bad.csv', 'a,b\n1,2\n', 'csv')).toEqual(['bad.csv: line 1: expected the header "kind,id,dateTime,dose,unit,infusionH"', 'bad.csv: nothing to import (no fractions and no administrations read)']);
    expect(readSchedule('session.json', '{}', 'csv')[0]).toMatch(/^session\.json: line 1: expected the header/u);
  });
});
