import type { RtPlan } from '../../../src/dicom/rtPlan.js';
import { add, dot, length, normalize, scale, subtract, type Vec3 } from '../../../src/geometry/vec3.js';
import type { BoundsLps } from '../sliceFrame.js';
import { beamColourRgb } from './beamColours.js';
import { beamLines } from './beamGeometry.js';
import { projectToScreen, type VolumeCamera } from './orbitCamera.js';

/**
 * Where the 3D view's overlays go, for the viewport (SVG and DOM) and for exports (2D canvas)
 * alike: the orientation triad's arms and the beams' labels.
 */
export const triadSizePx = 72;
const triadArmPx = 26;
/** Letters sit this far beyond the arms' ends. */
const triadLetterPx = 7;
/** Narrower viewports show the beams' names alone (the plan panel lists their angles). */
const minWidthForAnglesPx = 700;

/** Patient axes with their letters at the positive and negative ends, and colours (x red, y green, z blue). */
const triadAxes: readonly { readonly axisLps: Vec3; readonly positive: string; readonly negative: string; readonly colour: string }[] = [
  { axisLps: [1, 0, 0], positive: 'L', negative: 'R', colour: '#f66' },
  { axisLps: [0, 1, 0], positive: 'P', negative: 'A', colour: '#6d6' },
  { axisLps: [0, 0, 1], positive: 'S', negative: 'I', colour: '#69f' },
];

/** One arm of the triad, relative to its centre (px, y down): positive end, letters, farthest first. */
export interface TriadArm {
  readonly positive: string;
  readonly negative: string;
  readonly colour: string;
  readonly endPx: readonly [number, number];
  readonly positiveLetterPx: readonly [number, number];
  readonly negativeLetterPx: readonly [number, number];
}

/** The patient's L, P and S axes as the camera sees them, nearer arms last (drawn on top). */
export function triadArms(camera: VolumeCamera): TriadArm[] {
  return triadAxes
    .map((axis) => ({ axis, x: dot(axis.axisLps, camera.rightLps), y: -dot(axis.axisLps, camera.upLps), depth: dot(axis.axisLps, camera.forwardLps) }))
    .sort((a, b) => b.depth - a.depth)
    .map(({ axis, x, y }) => ({
      positive: axis.positive,
      negative: axis.negative,
      colour: axis.colour,
      endPx: [x * triadArmPx, y * triadArmPx],
      positiveLetterPx: [x * (triadArmPx + triadLetterPx), y * (triadArmPx + triadLetterPx)],
      negativeLetterPx: [-x * (triadArmPx + triadLetterPx), -y * (triadArmPx + triadLetterPx)],
    }));
}

export interface BeamLabel {
  readonly beamNumber: number;
  readonly name: string;
  /** Gantry, collimator and couch angles; undefined on viewports too narrow for them. */
  readonly angles: string | undefined;
  readonly colourRgb: readonly [number, number, number];
  readonly atPx: readonly [number, number];
}

/**
 * Each beam's label where its line leaves the scene's bounds (its source, about a metre out, is
 * usually off screen); beams behind the camera get none. Notes say what was assumed about the beams.
 */
export function beamLabels(plan: RtPlan, camera: VolumeCamera, bounds: BoundsLps, widthPx: number, heightPx: number): { readonly labels: BeamLabel[]; readonly notes: readonly string[] } {
  const beams = beamLines(plan);
  const anchorMm = length(subtract(bounds.maxLps, bounds.minLps)) / 2;
  const labels = beams.lines.flatMap((line, index): BeamLabel[] => {
    const towardSource = subtract(line.sourceLps, line.isocentreLps);
    const at = projectToScreen(camera, add(line.isocentreLps, scale(normalize(towardSource), Math.min(anchorMm, length(towardSource)))), widthPx, heightPx);
    if (at === undefined) return [];
    return [{ beamNumber: line.beamNumber, name: line.name, angles: widthPx >= minWidthForAnglesPx ? line.angles : undefined, colourRgb: beamColourRgb(index, line.setup), atPx: at }];
  });
  return { labels, notes: beams.notes };
}
