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
});
