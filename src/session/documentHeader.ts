import { describeValue, isRecord } from './fields.js';

/** One step up: a document of version n made into one of version n + 1. */
export type Migration = (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** What a file must say it is, and the versions this code reads (with migrations[n] taking version n to n + 1). */
export interface DocumentKind {
  readonly format: string;
  /** "session", "walkthrough": for messages. */
  readonly what: string;
  readonly currentVersion: number;
  readonly migrations: Readonly<Record<number, Migration>>;
}

export type Checked = { readonly ok: true; readonly document: Record<string, unknown> } | { readonly ok: false; readonly errors: readonly string[] };

/** JSON text parsed; a one-line reason when it is not JSON (truncated files end up here). */
export function parseJson(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly errors: readonly string[] } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`the file is not valid JSON (${reason}); it may be truncated or damaged`] };
  }
}

/**
 * The document if it is of this kind and of a version this code reads, brought up to the current
 * version by the migrations; else why not (the format, a newer version, a missing migration).
 */
export function checkedDocument(value: unknown, kind: DocumentKind): Checked {
  if (!isRecord(value)) return { ok: false, errors: [`expected a PlanLens ${kind.what} (an object with "format": "${kind.format}"), got ${describeValue(value)}`] };
  if (value.format !== kind.format) return { ok: false, errors: [`format: ${describeValue(value.format)} is not "${kind.format}": this is not a PlanLens ${kind.what} file`] };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, errors: [`version: expected a whole number from 1, got ${describeValue(version)}`] };
  if (version > kind.currentVersion) {
    return { ok: false, errors: [`version: ${version} is newer than this PlanLens reads (up to ${kind.currentVersion}); open it with a newer PlanLens`] };
  }
  let document: Record<string, unknown> = value;
  for (let from = version; from < kind.currentVersion; from += 1) {
    const migration = kind.migrations[from];
    if (migration === undefined) return { ok: false, errors: [`version: ${version} cannot be read (no migration from version ${from})`] };
    document = { ...migration(document), version: from + 1 };
  }
  return { ok: true, document };
}
