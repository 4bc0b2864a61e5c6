import data from './references.json' with { type: 'json' };

/**
 * The §8 reference list of docs/sensitisation-model.md as data (references.json, extracted from
 * the document verbatim): the text of each citation key and its evidence tag (V, U or V/U; '' when
 * the entry carries none). Regimen entries cite these keys.
 */
export interface Reference {
  readonly key: string;
  readonly text: string;
  readonly evidence: string;
}

const entries: Readonly<Record<string, { readonly text: string; readonly evidence: string }>> = data.references;

/** The reference of a citation key, or undefined for a key the list does not have. */
export function referenceOf(key: string): Reference | undefined {
  const entry = entries[key];
  return entry === undefined ? undefined : { key, text: entry.text, evidence: entry.evidence };
}
