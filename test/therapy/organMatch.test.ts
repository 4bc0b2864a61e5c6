import { describe, expect, it } from 'vitest';
import { matchOrgan, normaliseRoiName } from '../../src/therapy/organMatch.js';
import { ORGAN_OVERLAPS } from '../../src/therapy/organOverlap.js';
import { oarOverlay, overlapLines } from '../../src/therapy/oarOverlay.js';

const organOf = (name: string, type = 'ORGAN'): string => {
  const match = matchOrgan(name, type);
  return match.kind === 'organ' ? match.organ : match.kind;
};

describe('normaliseRoiName', () => {
  it('splits underscores, hyphens, camelCase and digits into lower-case words', () => {
    expect(normaliseRoiName('Lung_L')).toBe(' lung l ');
    expect(normaliseRoiName('LungR')).toBe(' lung r ');
    expect(normaliseRoiName('OralCavity')).toBe(' oral cavity ');
    expect(normaliseRoiName('Lungs-GTV')).toBe(' lungs gtv ');
    expect(normaliseRoiName('  Skin5mm ')).toBe(' skin 5 mm ');
  });
});

describe('matchOrgan: ROI to a §2.3 organ row', () => {
  it.each([
    ['OralCavity', 'oral/pharyngeal mucosa'], ['Cavity_Oral', 'oral/pharyngeal mucosa'], ['Oral cavity', 'oral/pharyngeal mucosa'], ['Mucosa', 'oral/pharyngeal mucosa'],
    ['Pharynx', 'oral/pharyngeal mucosa'], ['Oropharynx', 'oral/pharyngeal mucosa'], ['LARYNX', 'oral/pharyngeal mucosa'], ['Lips', 'oral/pharyngeal mucosa'],
    ['Musc_Constrict_S', 'oral/pharyngeal mucosa'], ['Glottis', 'oral/pharyngeal mucosa'],
    ['Esophagus', 'oesophagus'], ['Oesophagus', 'oesophagus'], ['Esophagus_Cerv', 'oesophagus'],
    ['Lung', 'lung'], ['Lungs', 'lung'], ['Lung_L', 'lung'], ['LungR', 'lung'], ['LUNG_TOTAL', 'lung'], ['Lungs-GTV', 'lung'],
    ['Kidney_L', 'kidney'], ['Kidneys', 'kidney'],
    ['Cochlea_R', 'inner ear'], ['InnerEar_L', 'inner ear'], ['Ear_Internal_L', 'inner ear'],
    ['Heart', 'heart'], ['Pericardium', 'heart'],
    ['Rectum', 'bowel/rectum'], ['Bowel', 'bowel/rectum'], ['SmallBowel', 'bowel/rectum'], ['Bowel_Small', 'bowel/rectum'], ['Colon_Sigmoid', 'bowel/rectum'], ['Duodenum', 'bowel/rectum'],
    ['BoneMarrow', 'bone marrow'], ['Bone_Marrow', 'bone marrow'], ['Bone_Pelvic', 'bone marrow'], ['PelvicBones', 'bone marrow'], ['Vertebra_L5', 'bone marrow'], ['Sacrum', 'bone marrow'],
    ['Thyroid', 'endocrine'], ['Glnd_Thyroid', 'endocrine'], ['Pituitary', 'endocrine'], ['Hypophysis', 'endocrine'], ['Adrenal_L', 'endocrine'],
    ['Skin', 'in-field skin'], ['Skin_5mm', 'in-field skin'],
  ])('%s is %s', (name, organ) => {
    expect(organOf(name)).toBe(organ);
  });

  it('never colours targets, by type or by a name starting PTV/CTV/GTV/ITV', () => {
    expect(organOf('Lung_L', 'PTV')).toBe('target');
    expect(organOf('Oral cavity', 'CTV')).toBe('target');
    for (const name of ['PTV70', 'PTV_High', 'CTVn_5400', 'GTVp', 'ITV_Lung', 'ptv esophagus']) expect(organOf(name, '')).toBe('target');
  });

  it('does not call BODY or External skin (the outline is the whole patient)', () => {
    expect(organOf('BODY', 'EXTERNAL')).toBe('excluded');
    expect(organOf('External', 'ORGAN')).toBe('excluded');
    expect(organOf('Body', '')).toBe('excluded');
    expect(organOf('Skin', 'EXTERNAL')).toBe('excluded');
    const why = matchOrgan('BODY', 'EXTERNAL');
    expect(why.kind === 'excluded' && why.reason).toContain('not the in-field skin');
  });

  it('leaves out organs that are not in the §2.3 table, and look-alikes', () => {
    for (const name of ['Parotid_L', 'Submandibular_R', 'SpinalCord', 'BrainStem', 'Bladder', 'Femur_Head_L', 'Stomach', 'Liver', 'OpticNerve_L', 'Ear_Middle_L', 'Musc_Rectus'])
      expect([name, organOf(name)]).toEqual([name, 'unmatched']);
    expect(organOf('Cartlg_Thyroid')).toBe('excluded');
    expect(organOf('A_Pulmonary')).toBe('excluded');
    expect(organOf('A_Vertebral_L')).toBe('excluded');
    expect(organOf('z_Lung')).toBe('excluded');
    expect(organOf('Opt_Lung')).toBe('excluded');
    expect(organOf('Zygoma_L')).toBe('unmatched');
    expect(organOf('Couch', 'SUPPORT')).toBe('excluded');
    expect(organOf('Parathyroid')).toBe('unmatched');
  });

  it('names what matched', () => {
    expect(matchOrgan('Lung_L', 'ORGAN')).toEqual({ kind: 'organ', organ: 'lung', matchedBy: 'name containing "lung"' });
  });

  it('can reach every organ row of the table except the circulating lymphocytes (no ROI is blood)', () => {
    const rows = new Set(ORGAN_OVERLAPS.map((row) => row.organ));
    const reached = new Set(['Cavity_Oral', 'Esophagus', 'Lung', 'BoneMarrow', 'Skin', 'Rectum', 'Kidney', 'Cochlea', 'Heart', 'Thyroid'].map((name) => organOf(name)));
    expect([...rows].filter((organ) => !reached.has(organ))).toEqual(['circulating lymphocytes']);
  });
});

describe('oarOverlay: the OARs the course adds to', () => {
  const rois = [
    { number: 1, name: 'PTV70', interpretedType: 'PTV' },
    { number: 2, name: 'Cavity_Oral', interpretedType: 'ORGAN' },
    { number: 3, name: 'Parotid_L', interpretedType: 'ORGAN' },
    { number: 4, name: 'Kidney_L', interpretedType: 'ORGAN' },
    { number: 5, name: 'Rectum', interpretedType: 'ORGAN' },
  ];
  it('cisplatin and cetuximab: the oral cavity [V] from both, the kidney from cisplatin; no target, no parotid', () => {
    const entries = oarOverlay(rois, [{ agentId: 'cisplatin_weekly_40', drug: 'cisplatin' }, { agentId: 'cetuximab_bonner', drug: 'cetuximab' }]);
    const coloured = entries.filter((entry) => entry.overlap !== undefined).map((entry) => [entry.roiNumber, entry.overlap?.evidence, entry.overlap?.agents.map((a) => a.agentId)]);
    expect(coloured).toEqual([[2, 'V', ['cisplatin_weekly_40', 'cetuximab_bonner']], [4, 'V', ['cisplatin_weekly_40']]]);
    const oral = entries[1]?.overlap;
    expect(oral?.effect).toBe('oral/pharyngeal mucositis, dysphagia');
    expect(oral === undefined ? [] : overlapLines(oral)).toEqual(['cisplatin (cisplatin_weekly_40) [V] Label_Cisplatin', 'cetuximab (cetuximab_bonner) [V] Ang2014_RTOG0522']);
  });
  it('uses the component drugs of a combination: RTOG 98-11 5-FU [U] on the rectum, mitomycin [V] on the kidney', () => {
    const entries = oarOverlay(rois, [{ agentId: 'anal_fu_mmc_rtog9811/fluorouracil', drug: 'fluorouracil' }, { agentId: 'anal_fu_mmc_rtog9811/mitomycin', drug: 'mitomycin' }]);
    expect(entries[4]?.overlap?.evidence).toBe('U');
    expect(entries[4]?.overlap && overlapLines(entries[4].overlap)).toEqual(['fluorouracil (anal_fu_mmc_rtog9811/fluorouracil) [U] no citation in §2.3']);
    expect(entries[3]?.overlap?.agents.map((a) => a.drug)).toEqual(['mitomycin']);
    expect(entries[1]?.overlap?.evidence).toBe('U');
  });
  it('colours nothing without agents, or with a drug §2.3 does not list', () => {
    expect(oarOverlay(rois, []).every((entry) => entry.overlap === undefined)).toBe(true);
    expect(oarOverlay(rois, [{ agentId: 'adt_short_rtog9408', drug: 'LHRH agonist +/- antiandrogen' }]).every((entry) => entry.overlap === undefined)).toBe(true);
  });
});
