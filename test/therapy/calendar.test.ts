import { describe, expect, it } from 'vitest';
import { buildFractions, dateTimeOf, timeHOf } from '../../src/therapy/calendar.js';
import { scheduleFromCsv, scheduleFromJson, scheduleToCsv, scheduleToJson, type TreatmentSchedule } from '../../src/therapy/scheduleFile.js';
import { expandRegimen } from '../../src/therapy/schedule.js';
import { course, monday, regimen } from './helpers.js';

describe('the treatment calendar', () => {
  it('puts 35 weekday fractions on days 0-4 ... 42-46 at 09:00', () => {
    const days = course(35, 2).map((f) => (f.timeH - 9) / 24);
    expect(days).toEqual([0, 7, 14, 21, 28, 35, 42].flatMap((week) => [0, 1, 2, 3, 4].map((d) => week + d)));
  });
  it('moves fractions past breaks and missed days, which lengthens the course', () => {
    const fractions = buildFractions({ startDate: monday, fractionCount: 5, doseGyPerFraction: 2, clock: '08:30', breakDates: ['2026-01-06'], missedDates: ['2026-01-08'] });
    expect(fractions.map((f) => f.timeH)).toEqual([0, 2, 4, 7, 8].map((d) => d * 24 + 8.5));
  });
  it('refuses a start on a non-treatment day and bad dates, naming the field', () => {
    expect(() => buildFractions({ startDate: '2026-01-04', fractionCount: 1, doseGyPerFraction: 2, clock: '09:00' })).toThrow(/startDate 2026-01-04 is not a treatment day/u);
    expect(() => buildFractions({ startDate: '2026-02-30', fractionCount: 1, doseGyPerFraction: 2, clock: '09:00' })).toThrow(/"2026-02-30" is not a date/u);
    expect(() => buildFractions({ startDate: monday, fractionCount: 1, doseGyPerFraction: 2, clock: '9:00' })).toThrow(/clock: "9:00"/u);
  });
  it('does date arithmetic in UTC: 24 h days across a daylight-saving change', () => {
    expect(timeHOf('2026-03-27', '2026-03-30T09:00', 't')).toBe(3 * 24 + 9);
    expect(dateTimeOf('2026-03-27', 3 * 24 + 9)).toBe('2026-03-30T09:00');
    expect(dateTimeOf(monday, -7 * 24 + 7)).toBe('2025-12-29T07:00');
  });
});

describe('regimen expansion', () => {
  const hn = course(35, 2);
  const fractionDays = hn.map((f) => Math.floor(f.timeH / 24));
  it('cetuximab: loading dose day -7 (2 h) then weekly 250 mg/m2 (1 h) at 07:00', () => {
    const { administrations } = expandRegimen(regimen('cetuximab_bonner'), { fractionDays });
    expect(administrations[0]).toEqual({ agentId: 'cetuximab_bonner', startH: -161, dose: 400, unit: 'mg/m2', infusionH: 2 });
    expect(administrations.slice(1).every((a) => a.dose === 250 && a.infusionH === 1)).toBe(true);
  });
  it('5-FU continuous infusion over 38 days; capecitabine twice on each RT day; RTOG 98-11 two drugs', () => {
    expect(expandRegimen(regimen('fu_ci_rectal'), { fractionDays }).administrations).toEqual([{ agentId: 'fu_ci_rectal', startH: 0, dose: 225, unit: 'mg/m2/day', infusionH: 38 * 24 }]);
    expect(expandRegimen(regimen('capecitabine_rectal'), { fractionDays }).administrations.length).toBe(70);
    expect(expandRegimen(regimen('anal_fu_mmc_rtog9811'), { fractionDays }).administrations.map((a) => [a.agentId.split('/')[1], a.startH])).toEqual([
      ['fluorouracil', 0], ['mitomycin', 8], ['fluorouracil', 672], ['mitomycin', 680],
    ]);
  });
  it('says which patterns it leaves to be entered by hand', () => {
    expect(expandRegimen(regimen('durvalumab_pacific'), { fractionDays }).notes).toEqual(['durvalumab_pacific: pattern "q2w" is not generated automatically; enter the administrations one by one']);
  });
});

describe('schedule files', () => {
  const schedule: TreatmentSchedule = {
    startDate: monday,
    fractions: course(3, 2),
    administrations: [{ agentId: 'cisplatin_weekly_40', startH: 8, dose: 40, unit: 'mg/m2', infusionH: 1 }],
  };
  it('round-trips through CSV and JSON', () => {
    const csv = scheduleToCsv(schedule);
    expect(csv.split('\n').slice(0, 2)).toEqual(['kind,id,dateTime,dose,unit,infusionH', 'fraction,1,2026-01-05T09:00,2,Gy,0']);
    expect(scheduleFromCsv(csv)).toEqual({ schedule, problems: [] });
    expect(scheduleFromJson(scheduleToJson(schedule))).toEqual({ schedule, problems: [] });
  });
  it('reports bad rows with their line and keeps the rest', () => {
    const read = scheduleFromCsv('kind,id,dateTime,dose,unit,infusionH\nfraction,1,2026-01-05T09:00,2,Gy,0\nfraction,2,2026-01-06T25:00,2,Gy,0\nadministration,x,2026-01-05T08:00,abc,mg,0\n');
    expect(read.schedule.fractions.length).toBe(1);
    expect(read.problems).toEqual(['line 3: "25:00" is not a time; write it as 24-hour HH:MM', 'line 4: dose "abc" is not a number, 0 or more']);
    expect(scheduleFromJson('{').problems[0]).toMatch(/^not JSON/u);
  });
});
