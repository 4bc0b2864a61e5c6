import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_REPOPULATION, eqd2RatePerDay, REPOPULATION_CITATIONS } from '../../renderer/therapy/therapyEdits.js';
import { addRegimen, followPlan, importRegimens, regimenOptionsOf, removeUserRegimen, setStartDate, setStructureRepopulation, therapyStore, timelineInput } from '../../renderer/therapy/therapyStore.js';
import { buildTimeline, type TimelineModel } from '../../renderer/therapy/timelineModel.js';
import type { RtPlan } from '../../src/dicom/rtPlan.js';
import type { StructureSet } from '../../src/dicom/rtStruct.js';
import { referenceOf } from '../../src/therapy/references.js';
import { myCisplatin } from './userRegimenFixture.js';

const plan = { sopInstanceUid: '1.2.3', fractionsPlanned: 35, prescriptionGy: 70 } as unknown as RtPlan;
const structureSet = { rois: [{ name: 'GTV', interpretedType: 'GTV' }, { name: 'PTV', interpretedType: 'PTV' }, { name: 'Cord', interpretedType: 'ORGAN' }] } as unknown as StructureSet;
const near = (value: number | undefined, expected: number): void => expect(Math.abs((value ?? Number.NaN) - expected)).toBeLessThan(1e-3);

function timeline(): TimelineModel {
  const input = timelineInput(therapyStore.getState(), plan, structureSet);
  if (typeof input === 'string') throw new Error(input);
  return buildTimeline(input);
}
const totals = (model: TimelineModel, name: string) => model.structures.find((s) => s.name === name)?.bed;

beforeEach(() => {
  therapyStore.setState({ userRegimens: [] });
  followPlan('reset-between-tests');
  followPlan('1.2.3');
  setStartDate('2026-01-05'); // a Monday: the §5.1 calendar
});

describe('user regimens', () => {
  it('imports the good regimens into the picker as user regimens and lists each problem with its regimen and field', () => {
    const file = JSON.stringify({ agents: [myCisplatin, { ...myCisplatin, id: 'broken', windowH: undefined }, { ...myCisplatin, id: 'cisplatin_weekly_40' }] });
    const messages = importRegimens('mine.json', file);
    expect(messages).toEqual([
      expect.stringMatching(/^mine\.json: regimen broken: windowH is missing.*left out$/u),
      expect.stringMatching(/^mine\.json: regimen cisplatin_weekly_40: id is already a regimen of the default library/u),
      expect.stringMatching(/^mine\.json: 1 regimen imported \(my_cisplatin\)/u),
    ]);
    const options = regimenOptionsOf(therapyStore.getState());
    expect(options.filter((o) => o.user)).toEqual([{ id: 'my_cisplatin', name: 'My weekly cisplatin', user: true }]);
    expect(options.find((o) => o.id === 'cisplatin_weekly_40')?.user).toBe(false);
    expect(importRegimens('x.json', '{ nope')).toEqual([expect.stringMatching(/^x\.json: not JSON .*nothing imported$/u)]);
    expect(importRegimens('y.json', '[]')).toEqual([expect.stringMatching(/^y\.json: the library must be an object with an "agents" array; write/u), 'y.json: 0 regimens imported']);
  });

  it('buildTimeline finds an added user regimen: §5.1 A2 through it, and it stays across plans until forgotten', () => {
    addRegimen('my_cisplatin');
    expect(therapyStore.getState().regimenIds).toEqual([]); // not imported yet: nothing happens
    importRegimens('mine.json', JSON.stringify({ agents: [myCisplatin] }));
    addRegimen('my_cisplatin');
    const model = timeline();
    expect(model.agents.map((a) => a.agentId)).toEqual(['my_cisplatin']);
    near(totals(model, 'GTV')?.bedNoTimeGy, 88.032);
    near(totals(model, 'GTV')?.eqd2Gy, 73.36);
    importRegimens('again.json', JSON.stringify({ agents: [{ ...myCisplatin, name: 'Renamed', dmf: { default: 1, min: 1, max: 2.2 } }] }));
    expect(therapyStore.getState().userRegimens.map((u) => u.regimen.name)).toEqual(['Renamed']); // same id: replaced (edited)
    near(totals(timeline(), 'GTV')?.eqd2Gy, 70);
    followPlan('another');
    expect(therapyStore.getState().userRegimens).toHaveLength(1);
    removeUserRegimen('my_cisplatin');
    expect(regimenOptionsOf(therapyStore.getState()).some((o) => o.user)).toBe(false);
  });
});

describe('repopulation per structure', () => {
  it('is off for every structure by default; on, it gives §5.1 A2 54.61 Gy EQD2 and changes only that structure', () => {
    addRegimen('cisplatin_weekly_40');
    const off = timeline();
    expect(off.structures.every((s) => s.model.repopulation === undefined)).toBe(true);
    near(totals(off, 'GTV')?.eqd2Gy, 73.36);
    setStructureRepopulation('GTV', DEFAULT_REPOPULATION);
    const on = timeline();
    expect(on.structures.find((s) => s.name === 'GTV')?.model.repopulation).toEqual({ kickoffDays: 21, kBedGyPerDay: 0.9 });
    near(totals(on, 'GTV')?.eqd2Gy, 54.61);
    near(totals(on, 'GTV')?.repopulationBedGy, 22.5);
    near(totals(on, 'GTV')?.plainEqd2Gy, 51.25);
    expect(totals(on, 'PTV')).toEqual(totals(off, 'PTV'));
    expect(totals(on, 'Cord')).toEqual(totals(off, 'Cord'));
    setStructureRepopulation('GTV', { kickoffDays: 28, kBedGyPerDay: 0.9 });
    near(totals(timeline(), 'GTV')?.repopulationBedGy, 16.2);
    setStructureRepopulation('GTV', undefined);
    expect(timeline().structures).toEqual(off.structures);
  });

  it('shows K in EQD2 units too and cites §1.3 keys the reference list has', () => {
    near(eqd2RatePerDay(0.9, 10), 0.75);
    for (const key of REPOPULATION_CITATIONS) expect(referenceOf(key), key).toBeDefined();
  });
});
