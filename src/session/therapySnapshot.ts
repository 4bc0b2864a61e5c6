import { parseUserRegimens } from '../therapy/regimenLibrary.js';
import { child, definedOnly, fail, listOf, numberIn, oneOf, optional, readBoolean, readObject, required, stringUpTo, type Field, type Reader } from './fields.js';

/**
 * The therapy timeline's scenario as a session holds it (plain data, every field checked on
 * reading): the RT calendar, the regimens, an imported schedule's fractions, and the model edits
 * of docs/sensitisation-model.md §4.8 (per agent, per administration, per structure, the OAR view)
 * and the user's imported regimens (their regimens.json entries, checked again by parseUserRegimens).
 * Times are hours from 00:00 of RT day 0, as the model's.
 */
export interface TherapySnapshot {
  readonly startDate: string;
  readonly clock: string;
  readonly regimenIds: readonly string[];
  readonly breakDates: readonly string[];
  readonly missedDates: readonly string[];
  readonly importedFractions?: readonly { readonly timeH: number; readonly doseGy: number }[];
  readonly importedFrom?: string;
  readonly agents: readonly AgentEditSnapshot[];
  readonly administrations: readonly AdministrationEditSnapshot[];
  readonly entered: readonly EnteredSnapshot[];
  readonly replacedAgentIds: readonly string[];
  readonly structures: readonly StructureEditSnapshot[];
  readonly oarView: 'tumourOnly' | 'worstCase';
  /** Regimens the user imported, as their regimens.json entries (absent in older sessions: none). */
  readonly userRegimens?: readonly Readonly<Record<string, unknown>>[];
}

export interface StructureEditSnapshot {
  readonly name: string;
  readonly alphaBetaGy?: number;
  /** Present = repopulation on: Tk in days, K in BED units (Gy_(α/β)/day). */
  readonly repopulation?: { readonly kickoffDays: number; readonly kBedGyPerDay: number };
}

export interface AgentEditSnapshot {
  readonly agentId: string;
  readonly dmf?: number;
  readonly dmfConfirmed?: boolean;
  readonly windowStartH?: number;
  readonly windowEndH?: number;
  readonly mode?: 'window' | 'concentration';
  readonly halfLifeH?: number;
  readonly halfLifeBetaH?: number;
}

export interface AdministrationEditSnapshot {
  readonly key: string;
  readonly startH?: number;
  readonly dose?: number;
  readonly omitted?: boolean;
}

export interface EnteredSnapshot {
  readonly agentId: string;
  readonly startH: number;
  readonly dose: number;
  readonly unit: string;
  readonly infusionH: number;
}

const limits = { list: 2000, id: 120, text: 200 } as const;
const readId = stringUpTo(limits.id, { nonEmpty: true });
const pattern = (re: RegExp, what: string): Reader<string> => (field) => {
  const text = stringUpTo(limits.id)(field);
  return text === undefined ? undefined : re.test(text) ? text : fail(field, `${JSON.stringify(text)} is not ${what}`);
};
const readDate = pattern(/^\d{4}-\d{2}-\d{2}$/u, 'a date (YYYY-MM-DD)');
const readClock = pattern(/^([01]\d|2[0-3]):[0-5]\d$/u, 'a time (HH:MM)');
const hours = numberIn({ min: -1e5, max: 1e5 });
const positive = numberIn({ above: 0, max: 1e6 });
const nonNegative = numberIn({ min: 0, max: 1e6 });

/** Reads an object's fields: `fields` maps each key to [required?, reader]; undefined if any required one fails or any error arose. */
function record<T extends object>(field: Field, fields: { readonly [K in keyof T]-?: readonly [boolean, Reader<NonNullable<T[K]>>] }): T | undefined {
  if (readObject(field, Object.keys(fields)) === undefined) return undefined;
  const before = field.issues.errors.length;
  const values: Record<string, unknown> = {};
  for (const [key, [isRequired, read]] of Object.entries(fields) as [string, readonly [boolean, Reader<unknown>]][]) {
    values[key] = isRequired ? required(child(field, key), read) : optional(child(field, key), read);
  }
  return field.issues.errors.length === before ? definedOnly<T>(values as { [K in keyof T]: T[K] | undefined }) : undefined;
}

const readAgent: Reader<AgentEditSnapshot> = (field) => record<AgentEditSnapshot>(field, {
  agentId: [true, readId], dmf: [false, positive], dmfConfirmed: [false, readBoolean], windowStartH: [false, hours], windowEndH: [false, hours],
  mode: [false, oneOf(['window', 'concentration'] as const)], halfLifeH: [false, positive], halfLifeBetaH: [false, positive],
});
const readAdministration: Reader<AdministrationEditSnapshot> = (field) => record<AdministrationEditSnapshot>(field, { key: [true, readId], startH: [false, hours], dose: [false, nonNegative], omitted: [false, readBoolean] });
const readEntered: Reader<EnteredSnapshot> = (field) => record<EnteredSnapshot>(field, { agentId: [true, readId], startH: [true, hours], dose: [true, nonNegative], unit: [true, stringUpTo(limits.id)], infusionH: [true, nonNegative] });
const readFraction: Reader<{ timeH: number; doseGy: number }> = (field) => record<{ timeH: number; doseGy: number }>(field, { timeH: [true, hours], doseGy: [true, nonNegative] });
type Repopulation = NonNullable<StructureEditSnapshot['repopulation']>;
const readRepopulation: Reader<Repopulation> = (field) => record<Repopulation>(field, { kickoffDays: [true, numberIn({ min: 0, max: 1000 })], kBedGyPerDay: [true, numberIn({ min: 0, max: 100 })] });
const readStructure: Reader<StructureEditSnapshot> = (field) => record<StructureEditSnapshot>(field, {
  name: [true, stringUpTo(limits.text, { nonEmpty: true })], alphaBetaGy: [false, numberIn({ above: 0, max: 1000 })], repopulation: [false, readRepopulation],
});
/** One regimens.json entry: an object of at most 20,000 characters as JSON that parseUserRegimens takes without a problem. */
const readUserRegimen: Reader<Readonly<Record<string, unknown>>> = (field) => {
  const value = field.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(field, 'expected a regimen entry (an object)');
  if (JSON.stringify(value).length > 20000) return fail(field, 'the regimen entry is longer than 20,000 characters');
  const parsed = parseUserRegimens({ agents: [value] });
  return parsed.problems.length > 0 ? fail(field, parsed.problems.map((p) => p.message).join('; ')) : (value as Record<string, unknown>);
};

export const readTherapySnapshot: Reader<TherapySnapshot> = (field) => record<TherapySnapshot>(field, {
  startDate: [true, readDate],
  clock: [true, readClock],
  regimenIds: [true, listOf(100, readId)],
  breakDates: [true, listOf(limits.list, readDate)],
  missedDates: [true, listOf(limits.list, readDate)],
  importedFractions: [false, listOf(limits.list, readFraction)],
  importedFrom: [false, stringUpTo(limits.text)],
  agents: [true, listOf(limits.list, readAgent)],
  administrations: [true, listOf(limits.list, readAdministration)],
  entered: [true, listOf(limits.list, readEntered)],
  replacedAgentIds: [true, listOf(100, readId)],
  structures: [true, listOf(limits.list, readStructure)],
  oarView: [true, oneOf(['tumourOnly', 'worstCase'] as const)],
  userRegimens: [false, listOf(100, readUserRegimen)],
});
