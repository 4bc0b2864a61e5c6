import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/therapy/scenario.js';
import { near } from './helpers.js';

const base = { startDate: '2026-01-05', fractionation: { fractions: 30, doseGyPerFraction: 2, clock: '09:00' } };

describe('runScenario', () => {
  it('§5.2 B2 through a scenario: temozolomide in concentration mode', () => {
    const report = runScenario(JSON.stringify({ ...base, regimens: [{ id: 'temozolomide_stupp', mode: 'concentration' }], structures: [{ name: 'GTV', alphaBetaGy: 10, dmfScope: 'target' }] }));
    near(report.totals[0]?.bedGy ?? 0, 77.7714);
    expect(report.fractions[0]?.activeAgents).toEqual(['temozolomide_stupp']);
  });
  it('applies incomplete repair per structure (§5.5)', () => {
    const one = { ...base, fractionation: { fractions: 1, doseGyPerFraction: 2, clock: '09:00' } };
    const report = runScenario(JSON.stringify({ ...one, structures: [{ name: 'GTV', alphaBetaGy: 10, dmfScope: 'target', incompleteRepair: { repairHalfTimeMin: 17, deliveryMin: 30 } }] }));
    near(report.totals[0]?.bedGy ?? 0, 2.2767);
  });
  it('names the field that is wrong', () => {
    expect(() => runScenario(JSON.stringify({ ...base, structures: [{ name: 'GTV', alphaBetaGy: 10, dmfScope: 'tumour' }] }))).toThrow(/structures\[0\]\.dmfScope/u);
    expect(() => runScenario(JSON.stringify({ ...base, structures: [] }))).toThrow(/^structures: give at least one/u);
    expect(() => runScenario(JSON.stringify({ ...base, regimens: [{ id: 'cisplatin_weekly_40', dmf: 0 }], structures: [{ name: 'G', alphaBetaGy: 10, dmfScope: 'target' }] }))).toThrow(/regimens\[0\]\.dmf/u);
  });
  it("edits agents by the app's rules: a DMF outside the validated range only when confirmed, half-lives in concentration mode", () => {
    const gtv = [{ name: 'GTV', alphaBetaGy: 10, dmfScope: 'target' }];
    const hn = { ...base, fractionation: { fractions: 35, doseGyPerFraction: 2, clock: '09:00' } };
    // cisplatin_weekly_40: DMF 1 … 2.2 validated; 2.5 is outside it.
    expect(() => runScenario(JSON.stringify({ ...hn, regimens: [{ id: 'cisplatin_weekly_40', dmf: 2.5 }], structures: gtv }))).toThrow(/regimens\[0\]: .*DMF 2\.5 lies outside the validated range 1–2\.2; confirm it/u);
    const confirmed = runScenario(JSON.stringify({ ...hn, regimens: [{ id: 'cisplatin_weekly_40', dmf: 2.5, dmfConfirmed: true }], structures: gtv }));
    expect(confirmed.fractions[0]?.modifierByStructure.GTV).toBe(2.5);
    // §5.1 A6/A7: concentration mode with the default t1/2 0.42 h at 09:00 is s = 1; a 0.84 h half-life at 10:00 gives s = 2^(-1/0.84).
    const at10 = { ...hn, fractionation: { ...hn.fractionation, clock: '10:00' } };
    const slower = runScenario(JSON.stringify({ ...at10, regimens: [{ id: 'cisplatin_weekly_40', mode: 'concentration', halfLifeH: 0.84 }], structures: gtv }));
    expect(slower.fractions[0]?.modifierByStructure.GTV).toBeCloseTo(1 + 0.2 * 2 ** (-1 / 0.84), 9);
    expect(() => runScenario(JSON.stringify({ ...hn, regimens: [{ id: 'cisplatin_weekly_40', halfLifeH: -1 }], structures: gtv }))).toThrow(/regimens\[0\]\.halfLifeH/u);
  });
});
