/**
 * Organ-level overlap of toxicities (docs/sensitisation-model.md §2.3), as data for OAR colouring:
 * which drugs add to the RT toxicity of an organ, with the document's evidence tag and citation keys.
 */
/** The organ rows of §2.3 (organMatch.ts maps an ROI to one of them). */
export type OrganCategory =
  | 'oral/pharyngeal mucosa'
  | 'oesophagus'
  | 'lung'
  | 'bone marrow'
  | 'circulating lymphocytes'
  | 'in-field skin'
  | 'bowel/rectum'
  | 'kidney'
  | 'inner ear'
  | 'heart'
  | 'endocrine';

/** The §2.3 first column: the effect of each organ row. */
export const ORGAN_EFFECTS: Readonly<Record<OrganCategory, string>> = {
  'oral/pharyngeal mucosa': 'oral/pharyngeal mucositis, dysphagia',
  oesophagus: 'oesophagitis',
  lung: 'pneumonitis',
  'bone marrow': 'bone marrow suppression (blood counts)',
  'circulating lymphocytes': 'lymphopenia',
  'in-field skin': 'in-field skin reaction',
  'bowel/rectum': 'diarrhoea, proctitis',
  kidney: 'nephrotoxicity',
  'inner ear': 'ototoxicity',
  heart: 'cardiac events',
  endocrine: 'endocrinopathy (thyroid, hypophysis, adrenal)',
};

export interface OrganOverlap {
  readonly organ: OrganCategory;
  readonly drug: string;
  readonly evidence: 'V' | 'U';
  readonly citations: readonly string[];
}

export const ORGAN_OVERLAPS: readonly OrganOverlap[] = [
  { organ: 'oral/pharyngeal mucosa', drug: 'cisplatin', evidence: 'V', citations: ['Label_Cisplatin'] },
  { organ: 'oral/pharyngeal mucosa', drug: 'cetuximab', evidence: 'V', citations: ['Ang2014_RTOG0522'] },
  { organ: 'oral/pharyngeal mucosa', drug: 'gemcitabine', evidence: 'V', citations: ['Eisbruch2001'] },
  { organ: 'oral/pharyngeal mucosa', drug: 'fluorouracil', evidence: 'U', citations: [] },
  { organ: 'oesophagus', drug: 'gemcitabine', evidence: 'V', citations: ['RadiatOncol2014_gem'] },
  { organ: 'oesophagus', drug: 'carboplatin', evidence: 'U', citations: ['vanHagen2012'] },
  { organ: 'oesophagus', drug: 'paclitaxel', evidence: 'U', citations: ['vanHagen2012'] },
  { organ: 'lung', drug: 'durvalumab', evidence: 'V', citations: ['Antonia2017'] },
  { organ: 'lung', drug: 'gemcitabine', evidence: 'V', citations: ['RadiatOncol2014_gem'] },
  { organ: 'lung', drug: 'pembrolizumab', evidence: 'V', citations: ['Label_Pembrolizumab'] },
  { organ: 'lung', drug: 'nivolumab', evidence: 'V', citations: ['Label_Nivolumab'] },
  { organ: 'lung', drug: 'ipilimumab', evidence: 'V', citations: ['Label_Ipilimumab'] },
  { organ: 'heart', drug: 'durvalumab', evidence: 'U', citations: [] },
  { organ: 'heart', drug: 'pembrolizumab', evidence: 'U', citations: [] },
  { organ: 'heart', drug: 'nivolumab', evidence: 'U', citations: [] },
  { organ: 'heart', drug: 'ipilimumab', evidence: 'U', citations: [] },
  { organ: 'bone marrow', drug: 'mitomycin', evidence: 'V', citations: ['Ajani2008'] },
  { organ: 'bone marrow', drug: 'cisplatin', evidence: 'V', citations: ['Kiyota2022'] },
  { organ: 'bone marrow', drug: 'temozolomide', evidence: 'V', citations: ['Label_Temozolomide'] },
  { organ: 'bone marrow', drug: 'carboplatin', evidence: 'V', citations: ['Label_Carboplatin_SmPC'] },
  { organ: 'circulating lymphocytes', drug: 'temozolomide', evidence: 'V', citations: ['Yovino2013'] },
  { organ: 'in-field skin', drug: 'cetuximab', evidence: 'V', citations: ['Label_Cetuximab'] },
  { organ: 'in-field skin', drug: 'mitomycin', evidence: 'V', citations: ['Yeung2014'] },
  { organ: 'in-field skin', drug: 'capecitabine', evidence: 'U', citations: [] },
  { organ: 'in-field skin', drug: 'fluorouracil', evidence: 'U', citations: [] },
  { organ: 'bowel/rectum', drug: 'fluorouracil', evidence: 'U', citations: [] },
  { organ: 'bowel/rectum', drug: 'capecitabine', evidence: 'U', citations: [] },
  { organ: 'kidney', drug: 'cisplatin', evidence: 'V', citations: ['Label_Cisplatin'] },
  { organ: 'kidney', drug: 'mitomycin', evidence: 'V', citations: ['Label_Mitomycin'] },
  { organ: 'inner ear', drug: 'cisplatin', evidence: 'V', citations: ['Label_Cisplatin'] },
  { organ: 'heart', drug: 'trastuzumab', evidence: 'V', citations: ['Halyard2009'] },
  { organ: 'endocrine', drug: 'durvalumab', evidence: 'V', citations: ['Label_Durvalumab'] },
  { organ: 'endocrine', drug: 'pembrolizumab', evidence: 'V', citations: ['Label_Pembrolizumab'] },
  { organ: 'endocrine', drug: 'nivolumab', evidence: 'V', citations: ['Label_Nivolumab'] },
  { organ: 'endocrine', drug: 'ipilimumab', evidence: 'V', citations: ['Label_Ipilimumab'] },
];

/** The organs with an additive toxicity from any of these drugs (a combination drug "a+b" counts as both). */
export function organOverlaps(drugs: readonly string[]): Map<string, OrganOverlap[]> {
  const given = new Set(drugs.flatMap((drug) => drug.split('+')));
  const byOrgan = new Map<string, OrganOverlap[]>();
  for (const overlap of ORGAN_OVERLAPS) {
    if (given.has(overlap.drug)) byOrgan.set(overlap.organ, [...(byOrgan.get(overlap.organ) ?? []), overlap]);
  }
  return byOrgan;
}
