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
  const fractionGroups = root.sequence(T.FractionGroupSequence);
  const firstGroup = fractionGroups[0];
  if (firstGroup === undefined) notes.push({ severity: 'warning', code: 'no-fraction-group', message: 'the plan has no FractionGroupSequence: fractions are unknown', file: parsed.file });
  if (fractionGroups.length > 1) notes.push({ severity: 'info', code: 'several-fraction-groups', message: `the plan has ${fractionGroups.length} fraction groups; fractions are those of the first`, file: parsed.file });
  const metersets = new Map<number, number>();
  for (const reference of firstGroup?.sequence(T.ReferencedBeamSequence) ?? []) {
    const number = reference.number(T.ReferencedBeamNumber);
    const meterset = reference.number(T.BeamMeterset);
    if (number !== undefined && meterset !== undefined) metersets.set(number, meterset);
  }
  const doseReferences = root.sequence(T.DoseReferenceSequence).map(readDoseReference);
  const targetDoses = doseReferences.filter((ref) => ref.type === 'TARGET').flatMap((ref) => ref.targetPrescriptionGy ?? []);
  const beams = root.sequence(isIonPlan ? T.IonBeamSequence : T.BeamSequence).map((item) => readBeam(item, isIonPlan, metersets));
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

function readDoseReference(item: DicomObject): DoseReference {
  return {
    number: item.number(T.DoseReferenceNumber),
    structureType: item.string(T.DoseReferenceStructureType),
    description: item.string(T.DoseReferenceDescription),
    type: item.string(T.DoseReferenceType),
    targetPrescriptionGy: item.number(T.TargetPrescriptionDose),
    deliveryMaximumGy: item.number(T.DeliveryMaximumDose),
  };
}

function readBeam(item: DicomObject, isIonPlan: boolean, metersets: ReadonlyMap<number, number>): Beam {
  const number = item.requireNumber(T.BeamNumber);
  const controlPoints = item.sequence(isIonPlan ? T.IonControlPointSequence : T.ControlPointSequence);
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
