import { checkedDocument, parseJson, type Migration } from '../session/documentHeader.js';
import { child, definedOnly, describeValue, fail, isRecord, labelled, listOf, optional, readObject, required, rootField, stringUpTo, type Field, type Reader } from '../session/fields.js';
import { readCaseIdentity } from '../session/parseSession.js';
import { readViewPatch } from '../session/readView.js';
import type { ObjectSelection } from '../session/restorePlan.js';
import { sessionLimits } from '../session/session.js';
import { walkthroughFormat, walkthroughLimits, walkthroughVersion, type Walkthrough, type WalkthroughStep } from './walkthrough.js';

/** walkthroughMigrations[n] turns a version-n walkthrough into version n + 1. Version 1 is the first: none yet. */
export const walkthroughMigrations: Readonly<Record<number, Migration>> = {};

export type WalkthroughParse =
  | { readonly ok: true; readonly walkthrough: Walkthrough; readonly notes: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

const readUid = stringUpTo(sessionLimits.uidLength, { nonEmpty: true });
const readTitle = stringUpTo(walkthroughLimits.titleLength, { nonEmpty: true });
const readNames = listOf(walkthroughLimits.roiNames, stringUpTo(walkthroughLimits.roiNameLength, { nonEmpty: true }));

const readObjects: Reader<ObjectSelection> = (field) => {
  if (readObject(field, ['imageSeriesUid', 'doseUid', 'structureSetUid', 'planUid']) === undefined) return undefined;
  const errorsBefore = field.issues.errors.length;
  const objects = definedOnly<ObjectSelection>({
    imageSeriesUid: optional(child(field, 'imageSeriesUid'), readUid),
    doseUid: optional(child(field, 'doseUid'), readUid),
    structureSetUid: optional(child(field, 'structureSetUid'), readUid),
    planUid: optional(child(field, 'planUid'), readUid),
  });
  return field.issues.errors.length === errorsBefore ? objects : undefined;
};

/** A step; its problems are named `step 3 ("Its title") view.layout: ...` (numbered from 1, as the presenter counts). */
function readStep(entry: Field, index: number): WalkthroughStep | undefined {
  const bare = labelled(entry, `step ${index + 1}`);
  const title = isRecord(entry.value) ? required(child(bare, 'title'), readTitle) : undefined;
  const field = title === undefined ? bare : labelled(entry, `step ${index + 1} (${JSON.stringify(title)})`);
  if (readObject(field, ['title', 'text', 'objects', 'view', 'highlight', 'hidden']) === undefined) return undefined;
  const errorsBefore = field.issues.errors.length;
  const text = required(child(field, 'text'), stringUpTo(walkthroughLimits.textLength));
  const objects = optional(child(field, 'objects'), readObjects);
  const view = optional(child(field, 'view'), readViewPatch) ?? {};
  const highlight = optional(child(field, 'highlight'), readNames) ?? [];
  const hidden = optional(child(field, 'hidden'), readNames) ?? [];
  if (title === undefined || text === undefined || field.issues.errors.length > errorsBefore) return undefined;
  return objects === undefined ? { title, text, view, highlight, hidden } : { title, text, objects, view, highlight, hidden };
}

const readSteps: Reader<WalkthroughStep[]> = (field) => {
  const value = field.value;
  if (!Array.isArray(value)) return fail(field, `expected a list of steps, got ${describeValue(value)}`);
  if (value.length === 0) return fail(field, 'has no steps');
  if (value.length > walkthroughLimits.steps) return fail(field, `has ${value.length} steps (at most ${walkthroughLimits.steps})`);
  const steps = value.map((entry: unknown, index) => readStep({ path: field.path, value: entry, issues: field.issues }, index));
  return steps.every((step) => step !== undefined) ? (steps as WalkthroughStep[]) : undefined;
};

/**
 * A walkthrough file's text read and checked: the walkthrough with notes (fields ignored), or every
 * problem found, each naming the step and field. Never throws.
 */
export function parseWalkthrough(text: string, migrations: Readonly<Record<number, Migration>> = walkthroughMigrations): WalkthroughParse {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const checked = checkedDocument(parsed.value, { format: walkthroughFormat, what: 'walkthrough', currentVersion: walkthroughVersion, migrations });
  if (!checked.ok) return checked;
  const root = rootField(checked.document, '');
  readObject(root, ['format', 'version', 'title', 'case', 'steps']);
  const title = required(child(root, 'title'), readTitle);
  const identity = required(child(root, 'case'), readCaseIdentity);
  const steps = required(child(root, 'steps'), readSteps);
  const { errors, notes } = root.issues;
  if (title === undefined || identity === undefined || steps === undefined || errors.length > 0) return { ok: false, errors };
  return { ok: true, walkthrough: { format: walkthroughFormat, version: walkthroughVersion, title, case: identity, steps }, notes };
}
