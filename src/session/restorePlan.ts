import { caseMismatch, sameFrameOfReference } from './caseMatch.js';
import type { Annotation, CaseIdentity, Session } from './session.js';
import type { StructureSnapshot, ViewPatch } from './viewSnapshot.js';

/** What the workspace has open, as far as restoring needs to know. */
export interface OpenCase {
  /** The case and the objects shown now. */
  readonly identity: CaseIdentity;
  readonly imageSeriesUids: readonly string[];
  readonly doseUids: readonly string[];
  readonly planUids: readonly string[];
  readonly structureSets: readonly { readonly uid: string; readonly rois: readonly { readonly number: number; readonly name: string }[] }[];
  /** Whether the plan shown (or the one the session selects) gives a prescription, for % Rx isodoses. */
  readonly prescriptionKnown: boolean;
}

export type ObjectSelection = Partial<Record<'imageSeriesUid' | 'doseUid' | 'structureSetUid' | 'planUid', string>>;

/** What restoring a session onto the open case does: the objects to show, the view, the ROIs and notes. */
export interface RestorePlan {
  /** Why the open case is not the session's (the user decides whether to apply what applies); undefined when it is. */
  readonly mismatch: string | undefined;
  readonly selection: ObjectSelection;
  /** The whole view for the same frame of reference; without positions (crosshair, pans) for another. */
  readonly view: ViewPatch;
  readonly structures: readonly StructureSnapshot[];
  /** The session's notes; undefined when they cannot be placed (another frame of reference). */
  readonly annotations: readonly Annotation[] | undefined;
  /** What was not restored, and why. */
  readonly notes: readonly string[];
}

const objectKinds = [
  ['imageSeriesUid', 'image series'],
  ['doseUid', 'dose'],
  ['planUid', 'plan'],
  ['structureSetUid', 'structure set'],
] as const;

function uidsOf(open: OpenCase, key: (typeof objectKinds)[number][0]): readonly string[] {
  if (key === 'imageSeriesUid') return open.imageSeriesUids;
  if (key === 'doseUid') return open.doseUids;
  if (key === 'planUid') return open.planUids;
  return open.structureSets.map((set) => set.uid);
}

/** The session's objects that the open case has (for the same case, a note for each it lacks). */
function selectionOf(session: Session, open: OpenCase, sameCase: boolean, notes: string[]): ObjectSelection {
  const selection: Record<string, string> = {};
  for (const [key, what] of objectKinds) {
    const uid = session.case[key];
    if (uid === undefined) continue;
    if (uidsOf(open, key).includes(uid)) selection[key] = uid;
    else if (sameCase) notes.push(`The session's ${what} (${uid}) is not in the open case; the one shown is kept.`);
  }
  return selection;
}

/** The session's ROI displays that fit the structure set to be shown (same number and name); notes for the others. */
function structuresFor(session: Session, rois: readonly { readonly number: number; readonly name: string }[], notes: string[]): StructureSnapshot[] {
  return session.structures.filter((structure) => {
    const roi = rois.find((candidate) => candidate.number === structure.roiNumber);
    if (roi === undefined) notes.push(`ROI ${structure.roiNumber} (${structure.name}) is not in the structure set shown; its display was ignored.`);
    else if (roi.name !== structure.name) notes.push(`ROI ${structure.roiNumber} is ${roi.name} here, not ${structure.name}; its display was ignored.`);
    return roi?.name === structure.name;
  });
}

/** The view to apply: positions only in the same frame of reference; % Rx levels only where a prescription is known. */
function viewFor(session: Session, samePlace: boolean, prescriptionKnown: boolean, notes: string[]): ViewPatch {
  const { crosshairLps, slices, volume, dose, ...rest } = session.view;
  const doseWithoutLevels = { washVisible: dose.washVisible, washOpacity: dose.washOpacity, isodoseVisible: dose.isodoseVisible };
  const doseApplied = dose.unit === 'pct-rx' && !prescriptionKnown ? doseWithoutLevels : dose;
  if (doseApplied !== dose) notes.push('The isodose levels are in % of the prescription, which the open case does not give; its own levels are kept.');
  if (samePlace) return { ...rest, crosshairLps, slices, volume, dose: doseApplied };
  notes.push('The crosshair and pan positions are points of another frame of reference; they were not restored.');
  return {
    ...rest,
    slices: { axial: { zoom: slices.axial.zoom }, sagittal: { zoom: slices.sagittal.zoom }, coronal: { zoom: slices.coronal.zoom } },
    volume: { ...volume, orbit: { azimuthDeg: volume.orbit.azimuthDeg, elevationDeg: volume.orbit.elevationDeg, zoom: volume.orbit.zoom } },
    dose: doseApplied,
  };
}

/**
 * What of a session applies to the open case, and what does not. Nothing is lost silently: ROIs
 * the structure set lacks, objects the case lacks and positions of another frame of reference come
 * back as notes. With `mismatch` set the user is asked before anything is applied.
 */
export function restorePlan(session: Session, open: OpenCase | undefined): RestorePlan {
  const notes: string[] = [];
  const mismatch = caseMismatch(session.case, open?.identity, 'session');
  if (open === undefined) return { mismatch, selection: {}, view: {}, structures: [], annotations: undefined, notes };
  const selection = selectionOf(session, open, mismatch === undefined, notes);
  const setUid = selection.structureSetUid ?? open.identity.structureSetUid;
  const rois = open.structureSets.find((set) => set.uid === setUid)?.rois ?? [];
  const samePlace = sameFrameOfReference(session.case, open.identity);
  const annotations = samePlace ? session.annotations : undefined;
  if (!samePlace && session.annotations.length > 0) notes.push(`${session.annotations.length} note(s) are pinned to points of another frame of reference; they were not restored.`);
  return {
    mismatch,
    selection,
    view: viewFor(session, samePlace, open.prescriptionKnown, notes),
    structures: structuresFor(session, rois, notes),
    annotations,
    notes,
  };
}
