import type { Beam, RtPlan } from '../../../src/dicom/rtPlan.js';
import { add, scale, type Vec3 } from '../../../src/geometry/vec3.js';

/** DICOM PatientPosition values for a patient on the couch (head or feet first toward the gantry; supine, prone, decubitus right or left). */
export type PatientPosition = 'HFS' | 'HFP' | 'FFS' | 'FFP' | 'HFDR' | 'HFDL' | 'FFDR' | 'FFDL';

/**
 * The IEC 61217 patient support axes X_s, Y_s, Z_s in patient LPS for each position. Y_s points
 * from the isocentre toward the gantry, Z_s up, X_s = Y_s x Z_s (the right of someone at the
 * couch's foot facing the gantry). HFS: the head toward the gantry (Y_s = S), face up (Z_s = A),
 * so X_s is the patient's left; the others follow from which way the head and the face point.
 */
const supportAxesLps: Readonly<Record<PatientPosition, readonly [Vec3, Vec3, Vec3]>> = {
  HFS: [[1, 0, 0], [0, 0, 1], [0, -1, 0]],
  HFP: [[-1, 0, 0], [0, 0, 1], [0, 1, 0]],
  FFS: [[-1, 0, 0], [0, 0, -1], [0, -1, 0]],
  FFP: [[1, 0, 0], [0, 0, -1], [0, 1, 0]],
  HFDR: [[0, 1, 0], [0, 0, 1], [1, 0, 0]],
  HFDL: [[0, -1, 0], [0, 0, 1], [-1, 0, 0]],
  FFDR: [[0, -1, 0], [0, 0, -1], [1, 0, 0]],
  FFDL: [[0, 1, 0], [0, 0, -1], [-1, 0, 0]],
};

function isPatientPosition(value: string | undefined): value is PatientPosition {
  return value !== undefined && value in supportAxesLps;
}

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * The radiation source in patient LPS mm. In the IEC fixed system the source at gantry angle g is
 * SAD (sin g, 0, cos g) from the isocentre (gantry 0 above, 90 at +X_f); the couch turns the
 * patient support by the couch angle c about Z_f (counter-clockwise seen from above), so in support
 * coordinates the source is the fixed-system point turned by -c; the patient position then maps
 * support axes to LPS. HFS, couch 0: gantry 0 anterior (-y), 90 the patient's left (+x), 180
 * posterior, 270 the patient's right.
 */
export function sourcePositionLps(beam: { readonly gantryDeg: number; readonly couchDeg: number; readonly isocentreLps: Vec3; readonly sourceAxisDistanceMm: number }, position: PatientPosition): Vec3 {
  const g = radians(beam.gantryDeg);
  const c = radians(beam.couchDeg);
  const fixed: Vec3 = [Math.sin(g), 0, Math.cos(g)];
  const support: Vec3 = [Math.cos(c) * fixed[0] + Math.sin(c) * fixed[1], -Math.sin(c) * fixed[0] + Math.cos(c) * fixed[1], fixed[2]];
  const [xs, ys, zs] = supportAxesLps[position];
  const directionLps = add(add(scale(xs, support[0]), scale(ys, support[1])), scale(zs, support[2]));
  return add(beam.isocentreLps, scale(directionLps, beam.sourceAxisDistanceMm));
}

/** A beam as the 3D view draws it: the central axis from the source to the isocentre. */
export interface BeamLine {
  readonly beamNumber: number;
  readonly name: string;
  /** Gantry (start–stop for an arc), collimator and couch angles, e.g. "G181–179° C30° T10°". */
  readonly angles: string;
  readonly setup: boolean;
  readonly sourceLps: Vec3;
  readonly isocentreLps: Vec3;
}

export interface BeamLines {
  readonly lines: readonly BeamLine[];
  /** What was assumed or left out, for the user. */
  readonly notes: readonly string[];
}

const defaultSadMm = 1000;

/** The plan's beams at their first control point's gantry angle, couch angle and isocentre. */
export function beamLines(plan: RtPlan): BeamLines {
  const notes: string[] = [];
  const position = isPatientPosition(plan.patientPosition) ? plan.patientPosition : 'HFS';
  if (position !== plan.patientPosition) notes.push(`patient position ${plan.patientPosition === undefined ? 'not given' : `"${plan.patientPosition}" not known`}: HFS assumed`);
  const lines: BeamLine[] = [];
  for (const beam of plan.beams) {
    const line = beamLine(beam, position, notes);
    if (line !== undefined) lines.push(line);
  }
  return { lines, notes };
}

function beamLine(beam: Beam, position: PatientPosition, notes: string[]): BeamLine | undefined {
  if (beam.isocenterLps === undefined || beam.gantryStartDeg === undefined) {
    notes.push(`beam ${beam.name || beam.number} has no ${beam.isocenterLps === undefined ? 'isocentre' : 'gantry angle'}: not drawn`);
    return undefined;
  }
  if (beam.sourceAxisDistanceMm === undefined) notes.push(`beam ${beam.name || beam.number} gives no SAD: ${defaultSadMm} mm assumed`);
  const couchDeg = beam.couchAngleDeg ?? 0;
  const arc = beam.gantryStopDeg !== undefined && beam.gantryStopDeg !== beam.gantryStartDeg ? `–${beam.gantryStopDeg}` : '';
  return {
    beamNumber: beam.number,
    name: beam.name || `Beam ${beam.number}`,
    angles: `G${beam.gantryStartDeg}${arc}° C${beam.collimatorAngleDeg ?? 0}° T${couchDeg}°`,
    setup: beam.deliveryType === 'SETUP',
    isocentreLps: beam.isocenterLps,
    sourceLps: sourcePositionLps({ gantryDeg: beam.gantryStartDeg, couchDeg, isocentreLps: beam.isocenterLps, sourceAxisDistanceMm: beam.sourceAxisDistanceMm ?? defaultSadMm }, position),
  };
}
