import type { Vec3 } from '../geometry/vec3.js';
import type { DicomObject } from './dicomObject.js';
import { readIdentity, type ObjectIdentity, type ReadNote } from './identity.js';
import type { ParsedDicom } from './parse.js';
import { SopClass } from './sopClasses.js';
import { T } from './tags.js';

export interface Beam {
  readonly number: number;
  readonly name: string;
  readonly description: string | undefined;
  readonly beamType: string | undefined;
  readonly radiationType: string | undefined;
  readonly deliveryType: string | undefined;
  readonly machineName: string | undefined;
  readonly sourceAxisDistanceMm: number | undefined;
  readonly controlPointCount: number;
  readonly nominalEnergy: number | undefined;
  /** Gantry angle at the first control point, and at the last (differs for arcs). */
  readonly gantryStartDeg: number | undefined;
  readonly gantryStopDeg: number | undefined;
  readonly gantryRotationDirection: string | undefined;
  readonly collimatorAngleDeg: number | undefined;
  readonly couchAngleDeg: number | undefined;
  readonly isocenterLps: Vec3 | undefined;
  /** BeamMeterset from the fraction group (MU, or NP for ions), per fraction. */
  readonly meterset: number | undefined;
}

export interface DoseReference {
  readonly number: number | undefined;
  readonly structureType: string | undefined;
  readonly description: string | undefined;
  readonly type: string | undefined;
  readonly targetPrescriptionGy: number | undefined;
  readonly deliveryMaximumGy: number | undefined;
}

export interface RtPlan {
  readonly sopInstanceUid: string;
  readonly file: string;
  readonly identity: ObjectIdentity;
  readonly isIonPlan: boolean;
  readonly label: string | undefined;
  readonly name: string | undefined;
  readonly intent: string | undefined;
  readonly geometry: string | undefined;
  /** NumberOfFractionsPlanned of the first fraction group. */
  readonly fractionsPlanned: number | undefined;
  readonly fractionGroupCount: number;
  readonly doseReferences: readonly DoseReference[];
  /** The largest TargetPrescriptionDose of the TARGET dose references, in Gy as the file states it. */
  readonly prescriptionGy: number | undefined;
  readonly beams: readonly Beam[];
  readonly referencedStructureSetSopInstanceUid: string | undefined;
  readonly patientPosition: string | undefined;
  readonly notes: readonly ReadNote[];
}

/** Reads an RTPLAN or RT Ion Plan: label, intent, fractionation, prescription and beams. */
export function readRtPlan(parsed: ParsedDicom): RtPlan {
  const root = parsed.root.forModule('readRtPlan');
  const isIonPlan = parsed.sopClassUid === SopClass.rtIonPlan;
  const notes: ReadNote[] = [];
  const note: Note = (severity, code, message) => { notes.push({ severity, code, message, file: parsed.file }); };
  const fractionGroups = root.sequence(T.FractionGroupSequence);
  const firstGroup = fractionGroups[0];
  if (firstGroup === undefined) note('warning', 'no-fraction-group', 'the plan has no FractionGroupSequence: fractions are unknown');
  if (fractionGroups.length > 1) note('info', 'several-fraction-groups', `the plan has ${fractionGroups.length} fraction groups; fractions are those of the first`);
  if (firstGroup !== undefined && firstGroup.number(T.NumberOfFractionsPlanned) === undefined) {
    note('warning', 'fractions-unknown', 'the first fraction group gives no NumberOfFractionsPlanned: the number of fractions is unknown');
  }
  if (!root.has(T.RTPlanLabel)) note('warning', 'no-plan-label', 'RTPlanLabel is absent (Type 1)');
  const metersets = readMetersets(firstGroup, note);
  const doseReferences = root.sequence(T.DoseReferenceSequence).map((item, index) => readDoseReference(item, index, note));
  const targetDoses = doseReferences.filter((ref) => ref.type === 'TARGET').flatMap((ref) => ref.targetPrescriptionGy ?? []);
  const beams = root.sequence(isIonPlan ? T.IonBeamSequence : T.BeamSequence).map((item) => readBeam(item, isIonPlan, metersets, note));
  checkFractionGroupBeams(fractionGroups, beams, note);
  return {
    sopInstanceUid: parsed.sopInstanceUid,
    file: parsed.file,
    identity: readIdentity(root),
    isIonPlan,
    label: root.string(T.RTPlanLabel),
    name: root.string(T.RTPlanName),
    intent: root.string(T.PlanIntent),
    geometry: root.string(T.RTPlanGeometry),
    fractionsPlanned: firstGroup?.number(T.NumberOfFractionsPlanned),
    fractionGroupCount: fractionGroups.length,
    doseReferences,
    prescriptionGy: targetDoses.length > 0 ? Math.max(...targetDoses) : undefined,
    beams,
    referencedStructureSetSopInstanceUid: root.sequence(T.ReferencedStructureSetSequence)[0]?.string(T.ReferencedSOPInstanceUID),
    patientPosition: root.sequence(T.PatientSetupSequence)[0]?.string(T.PatientPosition),
    notes,
  };
}

type Note = (severity: ReadNote['severity'], code: string, message: string) => void;

/** BeamMeterset per beam number, from the first fraction group's ReferencedBeamSequence. */
function readMetersets(group: DicomObject | undefined, note: Note): Map<number, number> {
  const metersets = new Map<number, number>();
  group?.sequence(T.ReferencedBeamSequence).forEach((reference, index) => {
    const number = reference.number(T.ReferencedBeamNumber);
    const meterset = reference.number(T.BeamMeterset);
    if (number === undefined) note('warning', 'referenced-beam-without-number', `ReferencedBeamSequence item ${index + 1} has no ReferencedBeamNumber (Type 1): its meterset ${meterset ?? '(none)'} is not given to any beam`);
    if (number !== undefined && meterset !== undefined) metersets.set(number, meterset);
  });
  return metersets;
}

/**
 * Each fraction group lists its beams (NumberOfBeams, one ReferencedBeamSequence item per beam),
 * and every treatment beam belongs to a fraction group: a plan whose lists disagree has lost a
 * beam or its meterset.
 */
function checkFractionGroupBeams(groups: readonly DicomObject[], beams: readonly Beam[], note: Note): void {
  const referenced = new Set<number>();
  groups.forEach((group, index) => {
    const references = group.sequence(T.ReferencedBeamSequence).flatMap((item) => item.number(T.ReferencedBeamNumber) ?? []);
    const declared = group.number(T.NumberOfBeams);
    const items = group.sequence(T.ReferencedBeamSequence).length;
    if (declared !== undefined && declared !== items) {
      note('warning', 'fraction-group-beam-count', `fraction group ${index + 1}: NumberOfBeams is ${declared}, ReferencedBeamSequence has ${items} item(s)`);
    }
    for (const number of references) {
      referenced.add(number);
      if (!beams.some((beam) => beam.number === number)) note('warning', 'missing-referenced-beam', `fraction group ${index + 1} refers to beam ${number}, which the plan does not define`);
    }
  });
  if (groups.length === 0) return;
  for (const beam of beams) {
    if ((beam.deliveryType ?? 'TREATMENT') === 'TREATMENT' && !referenced.has(beam.number)) {
      note('warning', 'beam-not-in-fraction-group', `treatment beam ${beam.number} "${beam.name}" is in no fraction group: its meterset is unknown`);
    }
  }
}

function readDoseReference(item: DicomObject, index: number, note: Note): DoseReference {
  if (!item.has(T.DoseReferenceType)) note('warning', 'dose-reference-type-absent', `DoseReferenceSequence item ${index + 1} has no DoseReferenceType (Type 1): whether it is a target, and so the prescription, is unknown`);
  return {
    number: item.number(T.DoseReferenceNumber),
    structureType: item.string(T.DoseReferenceStructureType),
    description: item.string(T.DoseReferenceDescription),
    type: item.string(T.DoseReferenceType),
    targetPrescriptionGy: item.number(T.TargetPrescriptionDose),
    deliveryMaximumGy: item.number(T.DeliveryMaximumDose),
  };
}

function readBeam(item: DicomObject, isIonPlan: boolean, metersets: ReadonlyMap<number, number>, note: Note): Beam {
  const number = item.requireNumber(T.BeamNumber);
  const controlPoints = item.sequence(isIonPlan ? T.IonControlPointSequence : T.ControlPointSequence);
  checkControlPoints(item, number, controlPoints, note);
  const first = controlPoints[0];
  const last = controlPoints[controlPoints.length - 1];
  const firstDefined = (tag: typeof T.GantryAngle): number | undefined => controlPoints.find((cp) => cp.has(tag))?.number(tag);
  const isocenter = controlPoints.find((cp) => cp.has(T.IsocenterPosition))?.numbers(T.IsocenterPosition);
  return {
    number,
    name: item.string(T.BeamName) ?? `Beam ${number}`,
    description: item.string(T.BeamDescription),
    beamType: item.string(T.BeamType),
    radiationType: item.string(T.RadiationType),
    deliveryType: item.string(T.TreatmentDeliveryType),
    machineName: item.string(T.TreatmentMachineName),
    sourceAxisDistanceMm: item.number(T.SourceAxisDistance),
    controlPointCount: item.number(T.NumberOfControlPoints) ?? controlPoints.length,
    nominalEnergy: firstDefined(T.NominalBeamEnergy),
    gantryStartDeg: first?.number(T.GantryAngle),
    gantryStopDeg: [...controlPoints].reverse().find((cp) => cp.has(T.GantryAngle))?.number(T.GantryAngle) ?? last?.number(T.GantryAngle),
    gantryRotationDirection: first?.string(T.GantryRotationDirection),
    collimatorAngleDeg: firstDefined(T.BeamLimitingDeviceAngle),
    couchAngleDeg: firstDefined(T.PatientSupportAngle),
    isocenterLps: isocenter !== undefined && isocenter.length === 3 ? [isocenter[0] ?? 0, isocenter[1] ?? 0, isocenter[2] ?? 0] : undefined,
    meterset: metersets.get(number),
  };
}

/** The first control point must state the machine angles (Type 1C there); the declared count must match the sequence. */
function checkControlPoints(item: DicomObject, beamNumber: number, controlPoints: readonly DicomObject[], note: Note): void {
  const declared = item.number(T.NumberOfControlPoints);
  if (declared !== undefined && declared !== controlPoints.length) {
    note('warning', 'control-point-count', `beam ${beamNumber}: NumberOfControlPoints is ${declared}, the control point sequence has ${controlPoints.length}`);
  }
  const first = controlPoints[0];
  if (first === undefined) {
    note('warning', 'no-control-points', `beam ${beamNumber} has no control points: its angles are unknown`);
    return;
  }
  const absent = [T.GantryAngle, T.BeamLimitingDeviceAngle, T.PatientSupportAngle].filter((tag) => !first.has(tag)).map((tag) => tag.keyword);
  if (absent.length > 0) note('warning', 'first-control-point-incomplete', `beam ${beamNumber}: the first control point has no ${absent.join(', ')} (required there)`);
}
