import { describe, expect, it } from 'vitest';
import { bedFromFractionsGy, eqd2FromBedGy, eqd2Gy, repopulationBedGy } from '../../src/radiobiology/lq.js';
import { courseBed, structureDmf, type StructureModel } from '../../src/therapy/effectiveDose.js';
import { concentration } from '../../src/therapy/pk.js';
import { fractionModifiers } from '../../src/therapy/sensitisation.js';
import { applyDosePolynomial, dosePolynomial, mapDoseVolume } from '../../src/therapy/doseMode.js';
import { agentsOf, course } from './helpers.js';

describe('removing all drugs gives the plain EQD2', () => {
  // A small deterministic generator: courses of 1..40 fractions of 0.5..8 Gy, alpha/beta 1..15, with and without repopulation.
  let seed = 7;
  const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const cases = Array.from({ length: 50 }, () => ({ n: 1 + Math.floor(random() * 40), doseGy: 0.5 + random() * 7.5, alphaBetaGy: 1 + random() * 14, repop: random() < 0.5 }));

  it.each(cases)('$n x $doseGy Gy at alpha/beta $alphaBetaGy (repopulation $repop)', ({ n, doseGy, alphaBetaGy, repop }) => {
    const fractions = course(n, doseGy);
    const timesH = fractions.map((f) => f.timeH);
    const doses = fractions.map((f) => f.doseGy);
    const structure: StructureModel = { name: 'S', alphaBetaGy, dmfScope: 'target', ...(repop ? { repopulation: { kickoffDays: 10, kBedGyPerDay: 0.9 } } : {}) };
    const modifiers = fractionModifiers(timesH, [], () => 1.5);
    expect([...modifiers].every((m) => m === 1)).toBe(true);
    const r = courseBed(doses, timesH, modifiers, structure);
    const repopGy = repop ? repopulationBedGy(0.9, 10, r.overallTimeDays) : 0;
    expect(r.eqd2Gy).toBe(eqd2FromBedGy(bedFromFractionsGy(doses, alphaBetaGy) - repopGy, alphaBetaGy));
    expect(r.deltaEqd2Gy).toBe(0);
    const noTime = { model: { name: 'S', alphaBetaGy, dmfScope: 'target' as const }, modifiers, timesH, doseShares: doses.map(() => 1 / n) };
    const voxel = mapDoseVolume(Float32Array.of(n * doseGy), undefined, [dosePolynomial('sensitisedEqd2', noTime, n)]).values[0] ?? 0;
    expect(voxel).toBeCloseTo(eqd2Gy(Math.fround(n * doseGy), n, alphaBetaGy), 4);
    expect(applyDosePolynomial(dosePolynomial('sensitisedEqd2', { ...noTime, model: structure }, n), n * doseGy)).toBeCloseTo(r.eqd2Gy, 9);
  });
});

describe('what a parameter changes', () => {
  const hn = course(35, 2);
  const timesH = hn.map((f) => f.timeH);
  const doses = hn.map((f) => f.doseGy);
  const gtv: StructureModel = { name: 'GTV', alphaBetaGy: 10, dmfScope: 'target' };
  const cord: StructureModel = { name: 'cord', alphaBetaGy: 2, dmfScope: 'oarTumourOnly' };
  const eqd2 = (structure: StructureModel, dmf: number) => {
    const agents = agentsOf('cisplatin_weekly_40', hn, (agent) => ({ ...agent, dmf }));
    return courseBed(doses, timesH, fractionModifiers(timesH, agents, (agent) => structureDmf(structure, agent)), structure);
  };
  it('a higher cisplatin DMF raises the tumour EQD2 but not the cord in the tumour-only view', () => {
    expect(eqd2(gtv, 1.3).eqd2Gy).toBeGreaterThan(eqd2(gtv, 1.2).eqd2Gy);
    expect(eqd2(cord, 1.3).eqd2Gy).toBe(eqd2(cord, 1.2).eqd2Gy);
    expect(eqd2(gtv, 1.3).plainEqd2Gy).toBe(eqd2(gtv, 1.2).plainEqd2Gy);
  });
  it('a per-structure DMF overrides the scope', () => {
    const own: StructureModel = { ...cord, dmfByAgent: { cisplatin_weekly_40: 1.1 } };
    expect(eqd2(own, 1.3).deltaEqd2Gy).toBeGreaterThan(0);
    expect(eqd2(own, 1.3).eqd2Gy).toBe(eqd2(own, 1.2).eqd2Gy);
  });
  it('Option B is linear in m: B_add and the drug term stay separate', () => {
    const b = eqd2({ ...gtv, lqOption: 'B', additiveBedGy: 1.2 }, 1.2);
    // 7 sensitised fractions: 7 x 2 x 0.2 = 2.8 Gy10 drug term, plus the 1.2 Gy10 additive term
    expect(b.bedGy - b.plainBedGy).toBeCloseTo(4, 12);
  });
  it('the max rule takes the larger factor', () => {
    const agents = [...agentsOf('cross_carboplatin', hn), ...agentsOf('cisplatin_weekly_40', hn)];
    expect(fractionModifiers(timesH, agents, (a) => a.dmf, 'max')[0]).toBe(1.2);
    expect(fractionModifiers(timesH, agents, (a) => a.dmf)[0]).toBeCloseTo(1.32, 12);
  });
});

describe('drug-level curves (§4.2)', () => {
  it('one compartment: zero before, linear rise, half-life decay, bolus peak r', () => {
    const pk = { model: '1c', halfLifeH: 2, riseH: 1 } as const;
    expect(concentration(pk, -0.1, 1, 1)).toBe(0);
    expect(concentration(pk, 0.5, 1, 1)).toBe(0.5);
    expect(concentration(pk, 3, 0.5, 1)).toBe(0.25);
    expect(concentration({ model: '1c', halfLifeH: 2, riseH: 0 }, 0, 0.8, 0)).toBe(0.8);
  });
  it('two compartments: f and 1 − f of the two half-lives', () => {
    const pk = { model: '2c', halfLifeAlphaH: 1, halfLifeBetaH: 4, fractionAlpha: 0.25, riseH: 0 } as const;
    expect(concentration(pk, 4, 1, 0)).toBeCloseTo(0.25 / 16 + 0.75 / 2, 14);
  });
  it('continuous infusion: rises to steady state 1, then decays from its level at the end', () => {
    const pk = { model: 'ci', halfLifeH: 0.25 } as const;
    expect(concentration(pk, 0.5, 1, 10)).toBeCloseTo(0.75, 14);
    expect(concentration(pk, 10.25, 1, 10)).toBeCloseTo((1 - 2 ** -40) / 2, 14);
  });
});
