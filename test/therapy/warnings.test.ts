import { describe, expect, it } from 'vitest';
import { organOverlaps } from '../../src/therapy/organOverlap.js';
import { timingWarnings } from '../../src/therapy/timingWarnings.js';
import { agentsOf, course } from './helpers.js';

describe('timing warnings', () => {
  const hn = course(35, 2);
  const timesH = hn.map((f) => f.timeH);
  it('for the §5 schedules of cisplatin and cetuximab, only that the day -7 loading dose sensitises no fraction', () => {
    // Its window 0..168 h from day -7 07:00 ends at day 0 07:00, two hours before the first fraction.
    const warnings = timingWarnings(timesH, [...agentsOf('cisplatin_weekly_40', hn), ...agentsOf('cetuximab_bonner', hn)]);
    expect(warnings.map((w) => w.message)).toEqual(['cetuximab_bonner at -161 h sensitises no fraction (window 0..168 h from administrationStart)']);
  });
  it('cisplatin given after the fraction: its Mondays are outside the window and no fraction is sensitised', () => {
    const late = agentsOf('cisplatin_weekly_40', hn, (agent) => ({ ...agent, administrations: agent.administrations.map((a) => ({ ...a, startH: a.startH + 8 })) }));
    const codes = timingWarnings(timesH, late).map((w) => `${w.code} ${w.fractionIndex ?? ''}`);
    expect(codes.filter((code) => code.startsWith('administrationSensitisesNothing')).length).toBe(7);
    expect(codes.filter((code) => code.startsWith('fractionOutsideWindow'))).toEqual([0, 5, 10, 15, 20, 25, 30].map((i) => `fractionOutsideWindow ${i}`));
  });
  it('cetuximab must end 1 h before RT; fractions under 6 h apart; overlay DMFs and DMF < 1', () => {
    const slow = agentsOf('cetuximab_bonner', hn, (agent) => ({ ...agent, administrations: agent.administrations.map((a) => ({ ...a, infusionH: 1.5 })) }));
    expect(timingWarnings(timesH, slow).filter((w) => w.code === 'infusionTooCloseToFraction').map((w) => w.fractionIndex)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(timingWarnings([9, 13], []).map((w) => w.code)).toEqual(['fractionsUnder6h']);
    const durvalumab = agentsOf('durvalumab_pacific', hn, (agent) => ({ ...agent, dmf: 1.1 }));
    expect(timingWarnings(timesH, durvalumab).map((w) => w.code)).toEqual(['overlayWithDmf']);
    expect(timingWarnings(timesH, agentsOf('cisplatin_weekly_40', hn, (agent) => ({ ...agent, dmf: 0.9 }))).map((w) => w.code)).toEqual(['dmfBelowOne']);
  });
});

describe('organ overlap of toxicities (§2.3)', () => {
  it('lists the organs cisplatin and cetuximab both add to', () => {
    const organs = organOverlaps(['cisplatin', 'cetuximab']);
    expect(organs.get('oral/pharyngeal mucosa')?.map((o) => o.drug)).toEqual(['cisplatin', 'cetuximab']);
    expect([...organs.keys()]).toEqual(['oral/pharyngeal mucosa', 'bone marrow', 'in-field skin', 'kidney', 'inner ear']);
  });
  it('reads a combination drug as both drugs', () => {
    expect(organOverlaps(['fluorouracil+mitomycin']).get('kidney')?.map((o) => o.drug)).toEqual(['mitomycin']);
  });
});
