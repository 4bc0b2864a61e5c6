import { referenceOf, type Reference } from '../../src/therapy/references.js';
import library from '../../src/therapy/regimens.json' with { type: 'json' };

/**
 * Where an agent's default parameters come from, for the “(i) sources” details of the parameter editor
 * (§4.9 disclosure 8: every [A] or [U] default carries its status into the UI): the evidence tag
 * regimens.json gives its DMF and its window (V validated, U unverified, A assumption), the PK
 * notes, and the regimen's citation keys with their §8 text (references.json).
 */
export interface ParameterSources {
  readonly dmfEvidence: string;
  readonly windowEvidence: string;
  /** The §6 alternative window preset, when the table gives one (e.g. cisplatin's persistent-adduct window). */
  readonly altWindow: { readonly name: string; readonly startH: number; readonly endH: number } | undefined;
  readonly pkNotes: string;
  readonly citations: readonly (Reference | { readonly key: string; readonly text: undefined; readonly evidence: '' })[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const entries: readonly unknown[] = Array.isArray((library as Json).agents) ? ((library as Json).agents as unknown[]) : [];

/** The sources of an agent id (`regimenId` or `regimenId/drug`); empty tags for an id the table does not have. */
export function parameterSources(agentId: string): ParameterSources {
  const [regimenId, drug] = agentId.split('/');
  const entry = entries.find((candidate) => isObject(candidate) && candidate.id === regimenId);
  const regimen: Json = isObject(entry) ? entry : {};
  const parts = Array.isArray(regimen.components) ? regimen.components : [];
  const component: Json = drug === undefined ? regimen : ((parts.find((part: unknown) => isObject(part) && part.drug === drug) as Json | undefined) ?? {});
  const tagOf = (value: unknown): string => (isObject(value) && typeof value.evidence === 'string' ? value.evidence : '');
  const window = isObject(component.windowH) ? component.windowH : {};
  const alt = isObject(window.altPreset) ? window.altPreset : undefined;
  const pk = isObject(component.pk) ? component.pk : {};
  const keys = Array.isArray(regimen.citations) ? regimen.citations.filter((key: unknown): key is string => typeof key === 'string') : [];
  return {
    dmfEvidence: tagOf(component.dmf),
    windowEvidence: tagOf(component.windowH),
    altWindow: alt !== undefined && typeof alt.start === 'number' && typeof alt.end === 'number' ? { name: String(alt.name ?? 'alternative'), startH: alt.start, endH: alt.end } : undefined,
    pkNotes: typeof pk.notes === 'string' ? pk.notes : '',
    citations: keys.map((key) => referenceOf(key) ?? { key, text: undefined, evidence: '' }),
  };
}
