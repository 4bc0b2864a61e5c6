import { describe, expect, it } from 'vitest';
import { ALPHA_BETA_DEFAULTS, alphaBetaForTissue, suggestAlphaBeta } from '../../src/radiobiology/alphaBetaDefaults.js';

describe('ALPHA_BETA_DEFAULTS (docs/sensitisation-model.md §1.2)', () => {
  it('holds the table values with their citation keys', () => {
    expect(ALPHA_BETA_DEFAULTS.map((entry) => [entry.tissueKey, entry.alphaBetaGy, entry.citationKeys.join(' ')])).toEqual([
      ['tumour-generic', 10, 'Pedicini2015 Qi2012'],
      ['normal-acute', 10, 'Fowler1989'],
      ['normal-late', 3, 'Fowler1989'],
      ['prostate-cancer', 1.5, 'Miralbell2012'],
      ['breast-cancer', 3.5, 'Dewar2007_STARTabstract Haviland2013'],
      ['cns', 2, 'QUANTEC2010'],
      ['lung-rectum-bladder', 3, 'QUANTEC2010'],
      ['glioblastoma', 10, 'vanLeeuwen2018'],
    ]);
  });

  it('looks an entry up by tissue key', () => {
    expect(alphaBetaForTissue('prostate-cancer')).toMatchObject({ alphaBetaGy: 1.5, citationKeys: ['Miralbell2012'] });
  });
});

describe('suggestAlphaBeta', () => {
  function suggested(roiName: string, interpretedType: string): [number, string] {
    const suggestion = suggestAlphaBeta(roiName, interpretedType);
    if (!suggestion.ok) throw new Error(suggestion.reason);
    return [suggestion.entry.alphaBetaGy, suggestion.matchedBy];
  }

  it('suggests 10 for targets by interpreted type, then by a name starting PTV/CTV/GTV', () => {
    expect(suggested('Boost', 'ptv')).toEqual([10, 'RT ROI interpreted type PTV']);
    expect(suggested('Cord', 'GTV')).toEqual([10, 'RT ROI interpreted type GTV']);
    expect(suggested('PTV_70', '')).toEqual([10, 'ROI name starting "ptv"']);
    expect(suggested('GTVp', 'ORGAN')).toEqual([10, 'ROI name starting "gtv"']);
  });

  it('suggests 2 for CNS names and 3 for lung, rectum and bladder', () => {
    expect(suggested('SpinalCord_PRV5', 'ORGAN')).toEqual([2, 'ROI name containing "spinal"']);
    expect(suggested('Cord', 'ORGAN')).toEqual([2, 'ROI name containing "cord"']);
    expect(suggested('Brain Stem', 'ORGAN')).toEqual([2, 'ROI name containing "brain stem"']);
    expect(suggested('OpticNerve_L', 'ORGAN')).toEqual([2, 'ROI name containing "optic"']);
    expect(suggested('Lung_L', 'ORGAN')).toEqual([3, 'ROI name containing "lung"']);
    expect(suggested('Lungs-GTV', 'ORGAN')).toEqual([3, 'ROI name containing "lung"']);
    expect(suggested('Rectum', '')).toEqual([3, 'ROI name containing "rectum"']);
    expect(suggested('bladder_wall', 'AVOIDANCE')).toEqual([3, 'ROI name containing "bladder"']);
  });

  it('guesses nothing else, and says what to do', () => {
    expect(suggestAlphaBeta('Prostate', 'ORGAN')).toEqual({ ok: false, reason: 'no default α/β for ROI "Prostate" (type ORGAN); enter α/β or choose a tissue' });
    expect(suggestAlphaBeta('Record', '')).toEqual({ ok: false, reason: 'no default α/β for ROI "Record"; enter α/β or choose a tissue' });
    expect(suggestAlphaBeta('zPTV_ring', 'CONTROL').ok).toBe(false);
  });
});
