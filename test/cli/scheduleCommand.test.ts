import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runSchedule } from '../../src/cli/scheduleCommand.js';
import { captured } from './capture.js';

/** The §5.1 A2 scenario (weekly cisplatin, 70 Gy / 35) with a spinal cord in the worst-case view. */
const scenario = {
  startDate: '2026-01-05',
  fractionation: { fractions: 35, doseGyPerFraction: 2, clock: '09:00' },
  regimens: [{ id: 'cisplatin_weekly_40' }],
  structures: [
    { name: 'GTV', alphaBetaGy: 10, dmfScope: 'target', repopulation: { kickoffDays: 21, kBedGyPerDay: 0.9 } },
    { name: 'cord', alphaBetaGy: 2, dmfScope: 'oarWorstCase' },
  ],
};

function file(content: unknown): string {
  const path = join(tmpdir(), `planlens-scenario-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

describe('planlens schedule', () => {
  it('--json gives each fraction and the §5.1 A2 totals', async () => {
    const { status, stdout } = await captured(runSchedule, ['--scenario', file(scenario), '--json']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { fractions: Record<string, unknown>[]; totals: Record<string, number | string>[]; caveat: string };
    expect(report.caveat).toMatch(/^Educational model only/u);
    expect(report.fractions.length).toBe(35);
    expect(report.fractions[0]).toEqual({ index: 1, dateTime: '2026-01-05T09:00', physicalDoseGy: 2, activeAgents: ['cisplatin_weekly_40'], modifierByStructure: { GTV: 1.2, cord: 1.2 } });
    expect(report.fractions[1]).toMatchObject({ dateTime: '2026-01-06T09:00', activeAgents: [], modifierByStructure: { GTV: 1 } });
    const [gtv] = report.totals;
    expect(gtv).toMatchObject({ structure: 'GTV', physicalGy: 70, overallTimeDays: 46 });
    expect(Math.abs((gtv?.bedNoTimeGy as number) - 88.032)).toBeLessThan(1e-3);
    expect(Math.abs((gtv?.eqd2Gy as number) - 54.61)).toBeLessThan(1e-3);
    expect(Math.abs((gtv?.plainEqd2Gy as number) - 51.25)).toBeLessThan(1e-3);
  });
  it('prints a text table with the caveat, and entered administrations replace generated ones', async () => {
    const late = { ...scenario, administrations: [{ agentId: 'cisplatin_weekly_40', dateTime: '2026-01-05T16:00', dose: 40, unit: 'mg/m2', infusionH: 1 }] };
    const { status, stdout } = await captured(runSchedule, ['--scenario', file(late)]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Educational model only/u);
    expect(stdout).toMatch(/ {2}1 {2}2026-01-05T09:00 {2} 2\.00 +1\.0000 +1\.0000 {2}\n/u);
    expect(stdout).toMatch(/warning: cisplatin_weekly_40 at 16 h sensitises no fraction/u);
  });
  it('refuses a missing --scenario and an unknown regimen', async () => {
    expect((await captured(runSchedule, [])).status).toBe(2);
    await expect(captured(runSchedule, ['--scenario', file({ ...scenario, regimens: [{ id: 'nope' }] })])).rejects.toThrow(/regimens\[0\]\.id: "nope" is not a regimen/u);
  });
  it('runs a regimen of the scenario\'s own regimenLibrary, and refuses a bad one with status 1 and the regimen and field', async () => {
    const mine = { id: 'my_cisplatin', name: 'My cisplatin', drug: 'cisplatin', effectModel: 'dmf', schedule: { anchor: 'RT_START', pattern: 'weekly', days: [0, 7, 14, 21, 28, 35, 42], dose: 40, unit: 'mg/m2', infusionH: 1, clock: '08:00' }, pk: { model: '1c', halfLifeH: 0.42, riseH: 1 }, windowH: { start: -2, end: 6, relativeTo: 'administrationStart' }, dmf: { default: 1.2, min: 1, max: 2.2 }, citations: ['Label_Cisplatin'] };
    const good = { ...scenario, regimenLibrary: { agents: [mine] }, regimens: [{ id: 'my_cisplatin' }] };
    const { status, stdout } = await captured(runSchedule, ['--scenario', file(good), '--json']);
    expect(status).toBe(0);
    const gtv = (JSON.parse(stdout) as { totals: Record<string, number>[] }).totals[0];
    expect(Math.abs((gtv?.eqd2Gy ?? 0) - 54.61)).toBeLessThan(1e-3);
    const bad = { ...good, regimenLibrary: { agents: [{ ...mine, dmf: { default: 3, min: 1, max: 2.2 } }] } };
    const refused = await captured(main, ['schedule', '--scenario', file(bad)]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^planlens schedule: regimenLibrary: a problem .*\n {2}regimen my_cisplatin: dmf\.default \(3\) is outside min\.\.max/u);
    const clash = await captured(main, ['schedule', '--scenario', file({ ...good, regimenLibrary: { agents: [{ ...mine, id: 'cisplatin_weekly_40' }] } })]);
    expect(clash.status).toBe(1);
    expect(clash.stderr).toMatch(/regimen cisplatin_weekly_40: id is already a regimen of the default library/u);
  });
});
