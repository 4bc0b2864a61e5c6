/**
 * Default α/β values (docs/sensitisation-model.md §1.2) and a suggestion by ROI. A suggestion is
 * shown with its source and is editable; the LQ functions always take α/β as an argument.
 */
export type TissueKey =
  | 'tumour-generic'
  | 'normal-acute'
  | 'normal-late'
  | 'prostate-cancer'
  | 'breast-cancer'
  | 'cns'
  | 'lung-rectum-bladder'
  | 'glioblastoma';

export interface AlphaBetaDefault {
  readonly tissueKey: TissueKey;
  /** The tissue as the table names it. */
  readonly tissue: string;
  readonly alphaBetaGy: number;
  /** The reported value or range, as in the table. */
  readonly reported: string;
  /** Citation keys exactly as in the document's reference list. */
  readonly citationKeys: readonly string[];
}

export const ALPHA_BETA_DEFAULTS: readonly AlphaBetaDefault[] = [
  { tissueKey: 'tumour-generic', tissue: 'Generic tumour, head & neck SCC', alphaBetaGy: 10, reported: 'H&N clinical fit 10.6 (95% CI 8.4–12.6); in-vitro H&N cell lines 8.1 ± 4.1', citationKeys: ['Pedicini2015', 'Qi2012'] },
  { tissueKey: 'normal-acute', tissue: 'Acute-responding normal tissue (mucosa, acute skin)', alphaBetaGy: 10, reported: 'convention', citationKeys: ['Fowler1989'] },
  { tissueKey: 'normal-late', tissue: 'Late-responding normal tissue (generic)', alphaBetaGy: 3, reported: 'convention', citationKeys: ['Fowler1989'] },
  { tissueKey: 'prostate-cancer', tissue: 'Prostate cancer', alphaBetaGy: 1.5, reported: '1.4 (0.9–2.2) from 5,969 patients', citationKeys: ['Miralbell2012'] },
  { tissueKey: 'breast-cancer', tissue: 'Breast cancer (tumour control)', alphaBetaGy: 3.5, reported: 'START-A early estimate 5.0 (−2.7 to 12.7); 10-year START pooled ≈3.5', citationKeys: ['Dewar2007_STARTabstract', 'Haviland2013'] },
  { tissueKey: 'cns', tissue: 'CNS: spinal cord, brainstem, brain necrosis, optic apparatus', alphaBetaGy: 2, reported: 'QUANTEC convention', citationKeys: ['QUANTEC2010'] },
  { tissueKey: 'lung-rectum-bladder', tissue: 'Lung (pneumonitis), rectum (late), bladder (late)', alphaBetaGy: 3, reported: 'QUANTEC / convention', citationKeys: ['QUANTEC2010'] },
  { tissueKey: 'glioblastoma', tissue: 'Glioblastoma', alphaBetaGy: 10, reported: 'literature is heterogeneous; 10 is a placeholder (assumption)', citationKeys: ['vanLeeuwen2018'] },
];

export function alphaBetaForTissue(tissueKey: TissueKey): AlphaBetaDefault {
  const entry = ALPHA_BETA_DEFAULTS.find((candidate) => candidate.tissueKey === tissueKey);
  if (!entry) throw new Error(`alphaBetaForTissue: no default for tissue "${tissueKey}"; the table in alphaBetaDefaults.ts lacks it`);
  return entry;
}

/** A suggested α/β with the table entry it comes from and what matched. */
export type AlphaBetaSuggestion =
  | { readonly ok: true; readonly entry: AlphaBetaDefault; readonly matchedBy: string }
  | { readonly ok: false; readonly reason: string };

const TARGET_TYPES = new Set(['PTV', 'CTV', 'GTV']);
const TARGET_NAME = /^(ptv|ctv|gtv)/;
const CNS_NAME = /(^|[^a-z])(spinal|cord|brain ?stem|brain|optic|chiasm)/;
const LATE_NAME = /(^|[^a-z])(lung|rectum|bladder)/;

/**
 * Suggest α/β for an ROI: RTROIInterpretedType PTV/CTV/GTV, or a name starting with PTV/CTV/GTV,
 * gives 10 (generic tumour); a name with a word starting cord, spinal, brainstem, brain, optic or
 * chiasm gives 2 (CNS); lung, rectum or bladder gives 3. Nothing else is guessed (prostate,
 * breast and the others are chosen by tissue key with alphaBetaForTissue).
 */
export function suggestAlphaBeta(roiName: string, interpretedType: string): AlphaBetaSuggestion {
  const type = interpretedType.trim().toUpperCase();
  if (TARGET_TYPES.has(type)) return { ok: true, entry: alphaBetaForTissue('tumour-generic'), matchedBy: `RT ROI interpreted type ${type}` };
  const name = roiName.trim().toLowerCase();
  const target = TARGET_NAME.exec(name);
  if (target) return { ok: true, entry: alphaBetaForTissue('tumour-generic'), matchedBy: `ROI name starting "${target[1] ?? ''}"` };
  const cns = CNS_NAME.exec(name);
  if (cns) return { ok: true, entry: alphaBetaForTissue('cns'), matchedBy: `ROI name containing "${cns[2] ?? ''}"` };
  const late = LATE_NAME.exec(name);
  if (late) return { ok: true, entry: alphaBetaForTissue('lung-rectum-bladder'), matchedBy: `ROI name containing "${late[2] ?? ''}"` };
  return { ok: false, reason: `no default α/β for ROI "${roiName}"${type ? ` (type ${type})` : ''}; enter α/β or choose a tissue` };
}
