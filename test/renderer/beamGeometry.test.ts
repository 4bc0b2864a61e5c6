import { describe, expect, it } from 'vitest';
import type { Beam, RtPlan } from '../../src/dicom/rtPlan.js';
import type { Vec3 } from '../../src/geometry/vec3.js';
import { beamLines, sourcePositionLps, type PatientPosition } from '../../renderer/viewports/volume/beamGeometry.js';

const isocentreLps: Vec3 = [10, -30, 5];
const sad = 1000;

/** The unit vector from the isocentre to the source. */
function sourceDirection(gantryDeg: number, position: PatientPosition = 'HFS', couchDeg = 0): number[] {
  const source = sourcePositionLps({ gantryDeg, couchDeg, isocentreLps, sourceAxisDistanceMm: sad }, position);
  return source.map((value, c) => Math.round(((value - isocentreLps[c as 0]) / sad) * 1e9) / 1e9 + 0);
}

describe('beam sources in patient LPS (IEC 61217)', () => {
  it('puts the HFS source anterior at gantry 0, on the patient\'s left at 90, posterior at 180, on the right at 270, SAD from the isocentre', () => {
    expect(sourceDirection(0)).toEqual([0, -1, 0]);
    expect(sourceDirection(90)).toEqual([1, 0, 0]);
    expect(sourceDirection(180)).toEqual([0, 1, 0]);
    expect(sourceDirection(270)).toEqual([-1, 0, 0]);
    const source = sourcePositionLps({ gantryDeg: 45, couchDeg: 0, isocentreLps, sourceAxisDistanceMm: sad }, 'HFS');
    expect(Math.hypot(...source.map((value, c) => value - isocentreLps[c as 0]))).toBeCloseTo(sad, 9);
  });

  it('mirrors left and right for feet first and for prone, keeps gantry 0 above the couch (anterior supine, posterior prone)', () => {
    expect(sourceDirection(90, 'FFS')).toEqual([-1, 0, 0]);
    expect(sourceDirection(90, 'HFP')).toEqual([-1, 0, 0]);
    expect(sourceDirection(90, 'FFP')).toEqual([1, 0, 0]);
    expect(sourceDirection(0, 'HFP')).toEqual([0, 1, 0]);
    expect(sourceDirection(0, 'FFS')).toEqual([0, -1, 0]);
  });

  it('puts gantry 0 on the side facing up for decubitus positions', () => {
    expect(sourceDirection(0, 'HFDR')).toEqual([1, 0, 0]);
    expect(sourceDirection(0, 'HFDL')).toEqual([-1, 0, 0]);
    expect(sourceDirection(90, 'HFDR')).toEqual([0, 1, 0]);
    expect(sourceDirection(90, 'FFDL')).toEqual([0, 1, 0]);
  });

  it('turns the patient with the couch: HFS, couch 90 (counter-clockwise from above), gantry 90 comes from the feet, gantry 0 stays anterior', () => {
    expect(sourceDirection(90, 'HFS', 90)).toEqual([0, 0, -1]);
    expect(sourceDirection(90, 'HFS', 270)).toEqual([0, 0, 1]);
    expect(sourceDirection(0, 'HFS', 90)).toEqual([0, -1, 0]);
  });
});

const beam = (change: Partial<Beam>): Beam => ({
  number: 1, name: 'B1', description: undefined, beamType: 'STATIC', radiationType: 'PHOTON', deliveryType: 'TREATMENT', machineName: undefined,
  sourceAxisDistanceMm: sad, controlPointCount: 2, nominalEnergy: 6, gantryStartDeg: 0, gantryStopDeg: 0, gantryRotationDirection: 'NONE',
  collimatorAngleDeg: 0, couchAngleDeg: 0, isocenterLps: isocentreLps, meterset: 100, ...change,
  gantryStopDeg: change.gantryStopDeg ?? change.gantryStartDeg ?? 0,
});
const plan = (beams: readonly Beam[], patientPosition: string | undefined): RtPlan => ({ beams, patientPosition } as unknown as RtPlan);

describe('the beam lines of a plan', () => {
  it('labels each beam with its angles and notes what it assumed or left out', () => {
    const { lines, notes } = beamLines(plan([
      beam({ number: 1, name: 'AP', gantryStartDeg: 0 }),
      beam({ number: 2, name: '', gantryStartDeg: 181, gantryStopDeg: 179, couchAngleDeg: 10, collimatorAngleDeg: 30, sourceAxisDistanceMm: undefined }),
      beam({ number: 3, name: 'Setup', deliveryType: 'SETUP', gantryStartDeg: 270 }),
      beam({ number: 4, name: 'Lost', isocenterLps: undefined }),
    ], undefined));
    expect(lines.map((line) => [line.beamNumber, line.name, line.angles, line.setup])).toEqual([
      [1, 'AP', 'G0° C0° T0°', false],
      [2, 'Beam 2', 'G181–179° C30° T10°', false],
      [3, 'Setup', 'G270° C0° T0°', true],
    ]);
    expect(lines[0]?.sourceLps).toEqual([10, -1030, 5]);
    expect(notes).toEqual(['patient position not given: HFS assumed', 'beam 2 gives no SAD: 1000 mm assumed', 'beam Lost has no isocentre: not drawn']);
  });

  it('uses the plan\'s patient position', () => {
    const { lines, notes } = beamLines(plan([beam({ gantryStartDeg: 90 })], 'FFS'));
    expect(notes).toEqual([]);
    expect(lines[0]?.sourceLps.map((value) => Math.round(value))).toEqual([-990, -30, 5]);
  });
});
