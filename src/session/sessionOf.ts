import type { Vec3 } from '../geometry/vec3.js';
import { definedOnly } from './fields.js';
import { jsonText } from './jsonText.js';
import { sessionFormat, sessionVersion, type Annotation, type CaseIdentity, type Session } from './session.js';
import type { TherapySnapshot } from './therapySnapshot.js';
import type { DoseSnapshot, Rgb, SliceSnapshot, StructureSnapshot, ViewSnapshot, VolumeSnapshot } from './viewSnapshot.js';

export interface SessionInput {
  readonly savedAt: Date;
  readonly case: CaseIdentity;
  /** The view; a richer object (the workspace's own state) is fine: only the session's fields are kept. */
  readonly view: ViewSnapshot;
  readonly structures: readonly StructureSnapshot[];
  readonly annotations: readonly Annotation[];
  /** Plain data already (the renderer builds it field by field); copied through JSON. */
  readonly therapy?: TherapySnapshot;
}

const point = (p: Vec3): Vec3 => [p[0], p[1], p[2]];
const rgb = (c: Rgb): Rgb => [c[0], c[1], c[2]];
const slice = (s: SliceSnapshot): SliceSnapshot => ({ zoom: s.zoom, panLps: point(s.panLps) });

function doseOf(dose: DoseSnapshot): DoseSnapshot {
  return {
    washVisible: dose.washVisible,
    washOpacity: dose.washOpacity,
    washThreshold: dose.washThreshold,
    isodoseVisible: dose.isodoseVisible,
    unit: dose.unit,
    levels: dose.levels.map((level) => ({ value: level.value, colourRgb: rgb(level.colourRgb), visible: level.visible })),
  };
}

function volumeOf(volume: VolumeSnapshot): VolumeSnapshot {
  const { orbit, cloud, clip } = volume;
  return {
    orbit: { azimuthDeg: orbit.azimuthDeg, elevationDeg: orbit.elevationDeg, zoom: orbit.zoom, panLps: point(orbit.panLps) },
    structuresVisible: volume.structuresVisible,
    isodoseSurfacesVisible: volume.isodoseSurfacesVisible,
    isodoseOpacity: volume.isodoseOpacity,
    cloud: { visible: cloud.visible, thresholdGy: cloud.thresholdGy, opacityPerCm: cloud.opacityPerCm },
    ctMode: volume.ctMode,
    clip: { orientation: clip.orientation, keepPositive: clip.keepPositive },
    beamsVisible: volume.beamsVisible,
  };
}

/** A plain copy of the view's session fields (nothing else of a richer object comes along). */
export function viewSnapshotOf(view: ViewSnapshot): ViewSnapshot {
  return {
    layout: view.layout,
    mainViewport: view.mainViewport,
    crosshairLps: point(view.crosshairLps),
    showCrosshair: view.showCrosshair,
    windowLevel: { centre: view.windowLevel.centre, width: view.windowLevel.width },
    slices: { axial: slice(view.slices.axial), sagittal: slice(view.slices.sagittal), coronal: slice(view.slices.coronal) },
    dose: doseOf(view.dose),
    volume: volumeOf(view.volume),
  };
}

export function caseIdentityOf(identity: CaseIdentity): CaseIdentity {
  return definedOnly<CaseIdentity>({
    label: identity.label,
    demo: identity.demo,
    patientId: identity.patientId,
    studyUid: identity.studyUid,
    frameOfReferenceUid: identity.frameOfReferenceUid,
    imageSeriesUid: identity.imageSeriesUid,
    structureSetUid: identity.structureSetUid,
    planUid: identity.planUid,
    doseUid: identity.doseUid,
    recentCaseId: identity.recentCaseId,
  });
}

/** The session of the review state given as plain data. */
export function sessionOf(input: SessionInput): Session {
  return {
    format: sessionFormat,
    version: sessionVersion,
    savedAt: input.savedAt.toISOString(),
    case: caseIdentityOf(input.case),
    view: viewSnapshotOf(input.view),
    structures: input.structures.map((s) => ({ roiNumber: s.roiNumber, name: s.name, visible: s.visible, colourRgb: rgb(s.colourRgb), fill: s.fill, fillOpacity: s.fillOpacity })),
    annotations: input.annotations.map((a) => ({ id: a.id, text: a.text, pointLps: point(a.pointLps), orientation: a.orientation })),
    ...(input.therapy === undefined ? {} : { therapy: JSON.parse(JSON.stringify(input.therapy)) as TherapySnapshot }),
  };
}

/** The session file's text. */
export function serialiseSession(session: Session): string {
  return jsonText(session);
}
