import { checkedDocument, parseJson, type DocumentKind, type Migration } from './documentHeader.js';
import { child, definedOnly, fail, listOf, oneOf, optional, readBoolean, readObject, required, rootField, stringUpTo, type Field, type Reader } from './fields.js';
import { readPointLps, readStructure, readViewSnapshot } from './readView.js';
import { sessionFormat, sessionLimits, sessionVersion, type Annotation, type CaseIdentity, type Session } from './session.js';
import { readTherapySnapshot } from './therapySnapshot.js';
import { sliceOrientationIds, type StructureSnapshot } from './viewSnapshot.js';

/** sessionMigrations[n] turns a version-n session into version n + 1. Version 1 is the first, so there are none yet. */
export const sessionMigrations: Readonly<Record<number, Migration>> = {};

export type SessionParse =
  | { readonly ok: true; readonly session: Session; readonly notes: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

const readUid = stringUpTo(sessionLimits.uidLength, { nonEmpty: true });

export const readCaseIdentity: Reader<CaseIdentity> = (field) => {
  if (readObject(field, ['label', 'demo', 'patientId', 'studyUid', 'frameOfReferenceUid', 'imageSeriesUid', 'structureSetUid', 'planUid', 'doseUid', 'recentCaseId']) === undefined) return undefined;
  const errorsBefore = field.issues.errors.length;
  const at = (key: string): Field => child(field, key);
  const identity = definedOnly<CaseIdentity>({
    label: required(at('label'), stringUpTo(sessionLimits.labelLength)),
    demo: required(at('demo'), readBoolean),
    patientId: optional(at('patientId'), stringUpTo(sessionLimits.uidLength)),
    studyUid: optional(at('studyUid'), readUid),
    frameOfReferenceUid: optional(at('frameOfReferenceUid'), readUid),
    imageSeriesUid: optional(at('imageSeriesUid'), readUid),
    structureSetUid: optional(at('structureSetUid'), readUid),
    planUid: optional(at('planUid'), readUid),
    doseUid: optional(at('doseUid'), readUid),
    recentCaseId: optional(at('recentCaseId'), stringUpTo(sessionLimits.labelLength, { nonEmpty: true })),
  });
  return field.issues.errors.length === errorsBefore ? identity : undefined;
};

const readAnnotation: Reader<Annotation> = (field) => {
  if (readObject(field, ['id', 'text', 'pointLps', 'orientation']) === undefined) return undefined;
  const id = required(child(field, 'id'), stringUpTo(64, { nonEmpty: true }));
  const text = required(child(field, 'text'), stringUpTo(sessionLimits.annotationTextLength, { nonEmpty: true }));
  const pointLps = required(child(field, 'pointLps'), readPointLps);
  const orientation = required(child(field, 'orientation'), oneOf(sliceOrientationIds));
  return id === undefined || text === undefined || pointLps === undefined || orientation === undefined ? undefined : { id, text, pointLps, orientation };
};

const readSavedAt: Reader<string> = (field) => {
  const text = stringUpTo(64)(field);
  if (text === undefined) return undefined;
  return Number.isNaN(Date.parse(text)) ? fail(field, `${JSON.stringify(text)} is not a date and time`) : text;
};

/** Each ROI once: a second entry for the same ROI number is noted and the first kept. */
function uniqueStructures(structures: readonly StructureSnapshot[], notes: string[]): StructureSnapshot[] {
  const seen = new Set<number>();
  return structures.filter((structure) => {
    if (!seen.has(structure.roiNumber)) return seen.add(structure.roiNumber);
    notes.push(`structures: ROI ${structure.roiNumber} is listed twice; the first entry is used`);
    return false;
  });
}

/**
 * A session file's text read and checked: the session with notes (fields ignored), or every
 * problem found, each naming its field. Never throws; a refused file changes nothing.
 */
export function parseSession(text: string, migrations: Readonly<Record<number, Migration>> = sessionMigrations): SessionParse {
  const kind: DocumentKind = { format: sessionFormat, what: 'session', currentVersion: sessionVersion, migrations };
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const checked = checkedDocument(parsed.value, kind);
  if (!checked.ok) return checked;
  const root = rootField(checked.document, '');
  readObject(root, ['format', 'version', 'savedAt', 'case', 'view', 'structures', 'annotations', 'therapy']);
  const savedAt = required(child(root, 'savedAt'), readSavedAt);
  const identity = required(child(root, 'case'), readCaseIdentity);
  const view = required(child(root, 'view'), readViewSnapshot);
  const structures = required(child(root, 'structures'), listOf(sessionLimits.structures, readStructure));
  const annotations = required(child(root, 'annotations'), listOf(sessionLimits.annotations, readAnnotation));
  const therapy = optional(child(root, 'therapy'), readTherapySnapshot);
  const { errors, notes } = root.issues;
  if (errors.length > 0 || savedAt === undefined || identity === undefined || view === undefined || structures === undefined || annotations === undefined) {
    return { ok: false, errors: errors.length > 0 ? errors : ['the session is incomplete'] };
  }
  const session: Session = { format: sessionFormat, version: sessionVersion, savedAt, case: identity, view, structures: uniqueStructures(structures, notes), annotations, ...(therapy === undefined ? {} : { therapy }) };
  return { ok: true, session, notes };
}
