import { describe, expect, it } from 'vitest';
import { courseBed, structureDmf, type StructureModel } from '../../src/therapy/effectiveDose.js';
import { leaCatchesideG } from '../../src/therapy/incompleteRepair.js';
import { concentration } from '../../src/therapy/pk.js';
import { evidenceBandDays } from '../../src/therapy/schedule.js';
import { fractionModifiers, type AgentCourse } from '../../src/therapy/sensitisation.js';
import { dosePolynomial, mapDoseVolume } from '../../src/therapy/doseMode.js';
import type { Fraction } from '../../src/therapy/administration.js';
import { agentsOf, course, near, regimen } from './helpers.js';

/** The §5 test vectors of docs/sensitisation-model.md, tolerance 1e-3 as the document asks. */
const gtv: StructureModel = { name: 'GTV', alphaBetaGy: 10, dmfScope: 'target', repopulation: { kickoffDays: 21, kBedGyPerDay: 0.9 } };

function run(fractions: readonly Fraction[], agents: readonly AgentCourse[], structure: StructureModel) {
  const timesH = fractions.map((fraction) => fraction.timeH);
  const modifiers = fractionModifiers(timesH, agents, (agent) => structureDmf(structure, agent));
  const result = courseBed(fractions.map((fraction) => fraction.doseGy), timesH, modifiers, structure);
  return { ...result, modifiers, sensitised: modifiers.filter((m) => m > 1).length };
}

function expectRow(r: ReturnType<typeof run>, sensitised: number, bedNoTime: number, eqd2NoTime: number, bed: number, eqd2: number): void {
  expect(r.sensitised).toBe(sensitised);
  near(r.bedNoTimeGy, bedNoTime);
  near(r.eqd2NoTimeGy, eqd2NoTime);
  near(r.bedGy, bed);
  near(r.eqd2Gy, eqd2);
}

describe('§5.1 head & neck, 70 Gy / 35 fractions with cisplatin', () => {
  const hn = course(35, 2);

  it('has T = 46 d and the 22.5 Gy10 repopulation term', () => {
    const r = run(hn, [], gtv);
    expect(r.overallTimeDays).toBe(46);
    near(r.repopulationBedGy, 22.5);
  });
  it('A1 RT alone', () => expectRow(run(hn, [], gtv), 0, 84, 70, 61.5, 51.25));
  it('A2 weekly cisplatin, window mode', () => expectRow(run(hn, agentsOf('cisplatin_weekly_40', hn), gtv), 7, 88.032, 73.36, 65.532, 54.61));
  it('A3 q3w cisplatin, window mode', () => expectRow(run(hn, agentsOf('cisplatin_q3w_100', hn), gtv), 3, 85.728, 71.44, 63.228, 52.69));
  it('A4 weekly cisplatin, persistent-adduct window -2..+72 h', () => {
    const agents = agentsOf('cisplatin_weekly_40', hn, (agent) => ({ ...agent, windowH: { startH: -2, endH: 72, relativeTo: 'administrationStart' } }));
    expectRow(run(hn, agents, gtv), 21, 96.096, 80.08, 73.596, 61.33);
  });
  it('A5 cetuximab, loading day -7 then weekly, window 0..168 h', () => expectRow(run(hn, agentsOf('cetuximab_bonner', hn), gtv), 35, 93.94, 78.2833, 71.44, 59.5333));
  it('A6 weekly cisplatin, concentration mode, fraction at infusion end (C = 1)', () => {
    const r = run(hn, agentsOf('cisplatin_weekly_40', hn, (agent) => ({ ...agent, mode: 'concentration' })), gtv);
    expectRow(r, 7, 88.032, 73.36, 65.532, 54.61);
    near(r.modifiers[0] ?? 0, 1.2);
  });
  it('A7 as A6 with fractions at 10:00 (C = 2^(-1/0.42))', () => {
    const at10 = course(35, 2, '10:00');
    const r = run(at10, agentsOf('cisplatin_weekly_40', at10, (agent) => ({ ...agent, mode: 'concentration' })), gtv);
    expectRow(r, 7, 84.7567, 70.6306, 62.2567, 51.8806);
    expect(Math.abs((r.modifiers[0] ?? 0) - (1 + 0.2 * 0.191983))).toBeLessThan(1e-6);
  });

  describe('voxel checks on the A2 timeline', () => {
    const timesH = hn.map((fraction) => fraction.timeH);
    const cisplatin = agentsOf('cisplatin_weekly_40', hn);
    const withDrug = fractionModifiers(timesH, cisplatin, (agent) => agent.dmf);
    const ones = fractionModifiers(timesH, [], () => 1);
    const eqd2 = (doseGy: number, modifiers: Float64Array, alphaBetaGy: number, repop: boolean): number => {
      const model: StructureModel = { name: 'voxel', alphaBetaGy, dmfScope: 'target', ...(repop ? { repopulation: { kickoffDays: 21, kBedGyPerDay: 0.9 } } : {}) };
      const course = { model, modifiers, timesH, doseShares: timesH.map(() => 1 / timesH.length) };
      return mapDoseVolume(Float32Array.of(doseGy), undefined, [dosePolynomial('sensitisedEqd2', course, timesH.length)]).values[0] ?? Number.NaN;
    };
    const rows: [string, number, number, boolean, number, number][] = [
      ['V1 GTV 70 Gy', 70, 10, true, 51.25, 54.61],
      ['V2 PTV edge 66.5 Gy', 66.5, 10, true, 47.1958, 50.3391],
      ['V4 cord 44 Gy, worst case', 44, 2, false, 35.8286, 37.9255],
      ['V5 oral mucosa 60 Gy, worst case', 60, 10, false, 58.5714, 61.3257],
    ];
    it.each(rows)('%s', (_, doseGy, alphaBetaGy, repop, plain, drug) => {
      const alone = eqd2(doseGy, ones, alphaBetaGy, repop);
      const sensitised = eqd2(doseGy, withDrug, alphaBetaGy, repop);
      near(alone, plain);
      near(sensitised, drug);
      near(sensitised - alone, drug - plain);
    });
    it('V3 cord 44 Gy, tumour-only view: DMF 1, no change', () => {
      const cord: StructureModel = { name: 'cord', alphaBetaGy: 2, dmfScope: 'oarTumourOnly' };
      const r = run(hn.map((fraction) => ({ ...fraction, doseGy: 44 / 35 })), cisplatin, cord);
      near(r.plainEqd2Gy, 35.8286);
      near(r.eqd2Gy, 35.8286);
      expect(r.deltaEqd2Gy).toBe(0);
    });
  });
});

describe('§5.2 glioblastoma, 60 Gy / 30 fractions with daily temozolomide', () => {
  const gbm = course(30, 2);
  const tumour: StructureModel = { name: 'GTV', alphaBetaGy: 10, dmfScope: 'target' };
  const tmz = (mode: 'window' | 'concentration') => agentsOf('temozolomide_stupp', gbm, (agent) => ({ ...agent, mode }));

  it('generates 40 daily doses at 07:00 from day 0 to day 39', () => {
    const [agent] = tmz('window');
    expect(agent?.administrations.length).toBe(40);
    expect(agent?.administrations.at(-1)?.startH).toBe(39 * 24 + 7);
  });
  it('gives the activity 0.680395 on day 0 and 0.680461 later', () => {
    const r = run(gbm, tmz('concentration'), tumour);
    expect(Math.abs((r.modifiers[0] ?? 0) - (1 + 0.1 * 0.680395))).toBeLessThan(1e-6);
    expect(Math.abs((r.modifiers[1] ?? 0) - (1 + 0.1 * 0.680461))).toBeLessThan(1e-6);
    near(r.modifiers.reduce((sum, m) => sum + m, 0) / 30, 1.068046);
  });
  it('B1 RT alone', () => {
    const r = run(gbm, [], tumour);
    near(r.bedGy, 72);
    near(r.eqd2Gy, 60);
  });
  it('B2 concentration mode', () => {
    const r = run(gbm, tmz('concentration'), tumour);
    near(r.bedGy, 77.7714);
    near(r.eqd2Gy, 64.8095);
  });
  it('B3 window mode (all 30 fractions in window)', () => {
    const r = run(gbm, tmz('window'), tumour);
    expect(r.sensitised).toBe(30);
    near(r.bedGy, 80.52);
    near(r.eqd2Gy, 67.1);
  });
  it('B4 brainstem 54 Gy / 30, alpha/beta 2, RT alone', () => {
    near(run(course(30, 1.8), [], { name: 'brainstem', alphaBetaGy: 2, dmfScope: 'oarTumourOnly' }).eqd2Gy, 51.3);
  });
});

describe('§5.3 CROSS, carboplatin and paclitaxel combined multiplicatively', () => {
  const cross = course(23, 1.8);
  const agents = [...agentsOf('cross_carboplatin', cross), ...agentsOf('cross_paclitaxel', cross)];
  it('sensitises Mondays by 1.1 and Tuesdays by 1.2', () => {
    const r = run(cross, agents, { name: 'GTV', alphaBetaGy: 10, dmfScope: 'target' });
    near(r.modifiers[0] ?? 0, 1.1);
    near(r.modifiers[1] ?? 0, 1.2);
    expect(r.modifiers[2]).toBe(1);
  });
  it('C1 RT alone and C2 with both drugs, tumour', () => {
    const r = run(cross, agents, { name: 'GTV', alphaBetaGy: 10, dmfScope: 'target' });
    near(r.plainBedGy, 48.852);
    near(r.plainEqd2Gy, 40.71);
    near(r.bedGy, 52.605);
    near(r.eqd2Gy, 43.8375);
  });
  it('C3 oesophageal wall RT alone and C4 worst case', () => {
    near(run(cross, agents, { name: 'oesophagus', alphaBetaGy: 3, dmfScope: 'oarTumourOnly' }).eqd2Gy, 39.744);
    near(run(cross, agents, { name: 'oesophagus', alphaBetaGy: 3, dmfScope: 'oarWorstCase' }).eqd2Gy, 43.47);
  });
});

describe('§5.4 durvalumab overlay', () => {
  it('keeps BED as A1 and leaves 2^(-21/18) = 0.445 of one dose after 21 d', () => {
    const hn = course(35, 2);
    const durvalumab = agentsOf('durvalumab_pacific', hn)[0];
    expect(durvalumab?.effectModel).toBe('immuneOverlay');
    const r = run(hn, durvalumab === undefined ? [] : [{ ...durvalumab, administrations: [{ agentId: durvalumab.agentId, startH: 47 * 24 + 8, dose: 10, unit: 'mg/kg', infusionH: 0 }] }], gtv);
    near(r.bedGy, 61.5);
    near(r.eqd2Gy, 51.25);
    near(concentration({ model: '1c', halfLifeH: 432, riseH: 0 }, 21 * 24, 1, 0), 0.445);
  });
});

describe('§5.4 PACIFIC bands', () => {
  it('last fraction on day 46 gives the band days 47-88 and the < 14 d sub-band 47-59', () => {
    const fractionDays = course(35, 2).map((f) => Math.floor(f.timeH / 24));
    expect(evidenceBandDays(regimen('durvalumab_pacific'), { fractionDays }).map((b) => [b.fromDay, b.toDay])).toEqual([[47, 88], [47, 59]]);
    expect(evidenceBandDays(regimen('ipilimumab_q3w'), { fractionDays }).map((b) => [b.fromDay, b.toDay])).toEqual([[-7, 0]]);
  });
});

describe('§5.5 incomplete repair', () => {
  it('T1/2,rep 17 min, 30 min delivery: G = 0.6917 and one 2-Gy fraction at alpha/beta 10 has BED 2.2767', () => {
    const g = leaCatchesideG(17, 30);
    near(g, 0.6917);
    near(leaCatchesideG(17, 5), 0.9354);
    expect(leaCatchesideG(17, 0)).toBe(1);
    const one = courseBed([2], [9], [1], { name: 'GTV', alphaBetaGy: 10, dmfScope: 'target', quadraticFactor: g });
    near(one.bedGy, 2.2767);
    const voxel = mapDoseVolume(Float32Array.of(2), undefined, [dosePolynomial('eqd2', { model: { name: 'GTV', alphaBetaGy: 10, dmfScope: 'target', quadraticFactor: g }, modifiers: [1], timesH: [9], doseShares: [1] }, 1)]).values[0] ?? 0;
    near(voxel * 1.2, 2.2767);
  });
});
