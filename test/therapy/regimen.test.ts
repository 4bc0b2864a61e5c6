import { describe, expect, it } from 'vitest';
import { parseRegimenLibrary } from '../../src/therapy/regimen.js';
import { DEFAULT_REGIMEN_LIBRARY } from '../../src/therapy/regimenLibrary.js';
import defaults from '../../src/therapy/regimens.json' with { type: 'json' };

const sectionSixIds = [
  'cisplatin_weekly_40', 'cisplatin_q3w_100', 'cross_carboplatin', 'cross_paclitaxel', 'fu_ci_rectal', 'capecitabine_rectal', 'anal_fu_mmc_rtog9811',
  'gemcitabine_weekly_lowdose', 'temozolomide_stupp', 'cetuximab_bonner', 'durvalumab_pacific', 'pembrolizumab_pembro_rt', 'nivolumab_cm577',
  'ipilimumab_q3w', 'trastuzumab_q3w', 'adt_short_rtog9408',
];
const copy = (): { agents: Record<string, unknown>[] } => structuredClone(defaults) as unknown as { agents: Record<string, unknown>[] };

describe('the default regimen library', () => {
  it('reads every §6 regimen without a problem, each with citations', () => {
    expect(DEFAULT_REGIMEN_LIBRARY.problems).toEqual([]);
    expect(DEFAULT_REGIMEN_LIBRARY.regimens.map((r) => r.id)).toEqual(sectionSixIds);
    for (const r of DEFAULT_REGIMEN_LIBRARY.regimens) expect(r.citations.length).toBeGreaterThan(0);
  });
  it('splits RTOG 98-11 into its 5-FU and mitomycin components', () => {
    const anal = DEFAULT_REGIMEN_LIBRARY.regimens.find((r) => r.id === 'anal_fu_mmc_rtog9811');
    expect(anal?.components.map((c) => c.agentId)).toEqual(['anal_fu_mmc_rtog9811/fluorouracil', 'anal_fu_mmc_rtog9811/mitomycin']);
    expect(anal?.components[1]?.pk).toEqual({ model: '2c', halfLifeAlphaH: 0.16, halfLifeBetaH: 1.07, fractionAlpha: 0.5, riseH: 0 });
  });
});

describe('validation of edited regimens', () => {
  it('names the regimen id and the field of each problem, and keeps the good regimens', () => {
    const library = copy();
    const cisplatin = library.agents[0] as { dmf: Record<string, unknown>; windowH: Record<string, unknown>; pk: Record<string, unknown> };
    cisplatin.dmf.default = 3;
    cisplatin.windowH.end = -5;
    cisplatin.pk.halfLifeH = 0;
    const result = parseRegimenLibrary(library);
    expect(result.regimens.length).toBe(15);
    expect(result.problems.map((p) => [p.regimenId, p.field])).toEqual([
      ['cisplatin_weekly_40', 'windowH.end'],
      ['cisplatin_weekly_40', 'pk.halfLifeH'],
      ['cisplatin_weekly_40', 'dmf.default'],
    ]);
    expect(result.problems[2]?.message).toBe('regimen cisplatin_weekly_40: dmf.default (3) is outside min..max (1..2.2)');
  });
  it('reports duplicate ids, bad clocks, a missing window and a non-library', () => {
    const library = copy();
    library.agents[1] = { ...library.agents[0], schedule: { ...(library.agents[0]?.schedule as object), clock: '8:00' } };
    delete library.agents[2]?.windowH;
    const fields = parseRegimenLibrary(library).problems.map((p) => `${p.regimenId} ${p.field}`);
    expect(fields).toEqual(['cisplatin_weekly_40 id', 'cisplatin_weekly_40 schedule.clock', 'cross_carboplatin windowH']);
    expect(parseRegimenLibrary([]).problems[0]?.field).toBe('agents');
  });
  it('an edit changes only the edited regimen', () => {
    const library = copy();
    (library.agents[0] as { dmf: { default: number } }).dmf.default = 1.3;
    const edited = parseRegimenLibrary(library).regimens;
    expect(edited[0]?.components[0]?.dmf.default).toBe(1.3);
    expect(edited.slice(1)).toEqual(DEFAULT_REGIMEN_LIBRARY.regimens.slice(1));
  });
});
