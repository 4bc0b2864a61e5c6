/**
 * Reading untrusted JSON (a session or walkthrough file) one field at a time. Every problem is
 * written as `path: what is wrong` (`view.slices.axial.zoom: 0 is out of range 0.25 to 64`);
 * errors refuse the file, notes only tell (an ignored field). Nothing here throws.
 */
export interface FieldIssues {
  readonly errors: string[];
  readonly notes: string[];
}

/** A value found at `path` in the file being read. */
export interface Field {
  readonly path: string;
  readonly value: unknown;
  readonly issues: FieldIssues;
}

export function rootField(value: unknown, path: string, issues: FieldIssues = { errors: [], notes: [] }): Field {
  return { path, value, issues };
}

/** `view.slices.axial`; after a label (a path ending in a space, `step 3 ("Overview") `) no dot: `step 3 ("Overview") view.layout`. */
const join = (path: string, key: string): string => (path === '' || path.endsWith(' ') ? `${path}${key}` : `${path}.${key}`);

/** A field named by a label rather than a key (`step 3 ("Overview")`); its fields are named after it. */
export function labelled(field: Field, label: string): Field {
  return { ...field, path: `${label} ` };
}

export function child(field: Field, key: string): Field {
  const value = isRecord(field.value) ? field.value[key] : undefined;
  return { path: join(field.path, key), value, issues: field.issues };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a value is, for messages: `"3x3"`, `-2`, `a list`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Records an error at the field; returns undefined so that readers can `return fail(...)`. */
export function fail(field: Field, what: string): undefined {
  field.issues.errors.push(`${field.path.trimEnd()}: ${what}`);
  return undefined;
}

export type Reader<T> = (field: Field) => T | undefined;

/** The field's value read by `read`; an error when it is absent. */
export function required<T>(field: Field, read: Reader<T>): T | undefined {
  return field.value === undefined ? fail(field, 'missing') : read(field);
}

/** The field's value read by `read`, or undefined (and no error) when it is absent. */
export function optional<T>(field: Field, read: Reader<T>): T | undefined {
  return field.value === undefined ? undefined : read(field);
}

/** An object; keys other than `known` are noted as ignored (a newer or hand-edited file). */
export function readObject(field: Field, known: readonly string[]): Record<string, unknown> | undefined {
  if (!isRecord(field.value)) return fail(field, `expected an object, got ${describeValue(field.value)}`);
  for (const key of Object.keys(field.value)) {
    if (!known.includes(key)) field.issues.notes.push(`${join(field.path, key)} is not a field this version of PlanLens knows; ignored`);
  }
  return field.value;
}

export interface NumberRange {
  readonly min?: number;
  readonly max?: number;
  /** Exclusive lower bound (a width must be above 0). */
  readonly above?: number;
  readonly integer?: boolean;
}

function rangeText(range: NumberRange): string {
  const low = range.above !== undefined ? `above ${range.above}` : range.min !== undefined ? `${range.min}` : undefined;
  if (low !== undefined && range.max !== undefined) return range.above !== undefined ? `${low} and at most ${range.max}` : `${low} to ${range.max}`;
  if (low !== undefined) return range.above !== undefined ? low : `at least ${low}`;
  return range.max !== undefined ? `at most ${range.max}` : 'finite';
}

export function numberIn(range: NumberRange): Reader<number> {
  return (field) => {
    const value = field.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail(field, `expected a number, got ${describeValue(value)}`);
    if (range.integer === true && !Number.isInteger(value)) return fail(field, `expected a whole number, got ${value}`);
    const low = (range.min !== undefined && value < range.min) || (range.above !== undefined && value <= range.above);
    if (low || (range.max !== undefined && value > range.max)) return fail(field, `${value} is out of range (${rangeText(range)})`);
    return value;
  };
}

export const readBoolean: Reader<boolean> = (field) =>
  typeof field.value === 'boolean' ? field.value : fail(field, `expected true or false, got ${describeValue(field.value)}`);

export function stringUpTo(maxLength: number, options: { readonly nonEmpty?: boolean } = {}): Reader<string> {
  return (field) => {
    const value = field.value;
    if (typeof value !== 'string') return fail(field, `expected text, got ${describeValue(value)}`);
    if (options.nonEmpty === true && value.trim() === '') return fail(field, 'is empty');
    if (value.length > maxLength) return fail(field, `is ${value.length} characters long (at most ${maxLength})`);
    return value;
  };
}

export function oneOf<T extends string>(options: readonly T[]): Reader<T> {
  return (field) => {
    const found = options.find((option) => option === field.value);
    return found ?? fail(field, `${describeValue(field.value)} is not one of ${options.join(', ')}`);
  };
}

/** A list of at most `maxItems`, each read by `readItem` at `path[index]`; undefined if any item fails. */
export function listOf<T>(maxItems: number, readItem: Reader<T>): Reader<T[]> {
  return (field) => {
    const value = field.value;
    if (!Array.isArray(value)) return fail(field, `expected a list, got ${describeValue(value)}`);
    if (value.length > maxItems) return fail(field, `has ${value.length} entries (at most ${maxItems})`);
    const items: T[] = [];
    let complete = true;
    value.forEach((entry: unknown, index) => {
      const item = readItem({ path: `${field.path}[${index}]`, value: entry, issues: field.issues });
      if (item === undefined) complete = false;
      else items.push(item);
    });
    return complete ? items : undefined;
  };
}

/** A fixed-length tuple of numbers in `range` (a point, a colour). */
export function numbersIn(count: number, range: NumberRange): Reader<number[]> {
  const readNumber = numberIn(range);
  return (field) => {
    const value = field.value;
    if (!Array.isArray(value) || value.length !== count) return fail(field, `expected ${count} numbers, got ${describeValue(value)}`);
    const numbers = value.map((entry: unknown, index) => readNumber({ path: `${field.path}[${index}]`, value: entry, issues: field.issues }));
    return numbers.every((entry) => entry !== undefined) ? (numbers as number[]) : undefined;
  };
}

/** Keeps the defined entries of a record: optional properties stay absent rather than undefined. */
export function definedOnly<T extends object>(record: { readonly [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
