import type { Vec3 } from '../geometry/vec3.js';
import { isocentreLps } from './anatomy.js';

/**
 * The analytic demo dose: spherically symmetric about the isocentre. With r the distance from the
 * isocentre in mm,
 *   D(r) = 70 Gy                             for r <= 25
 *   D(r) = 70 Gy x (125 - r) / (125 - 25)    for 25 < r < 125   (0.7 Gy per mm)
 *   D(r) = 0                                 for r >= 125
 * sample-data/README.md derives the true DVHs of the target spheres and the cord from it.
 */
export const demoDose = {
  centreLps: isocentreLps,
  prescriptionGy: 70,
  fractions: 35,
  /** The dose is the prescription out to this distance from the isocentre ... */
  plateauRadiusMm: 25,
  /** ... then falls linearly to zero at this distance. */
  zeroRadiusMm: 125,
} as const;

export function demoDoseGy(pointLps: Vec3): number {
  const { centreLps, prescriptionGy, plateauRadiusMm, zeroRadiusMm } = demoDose;
  const rMm = Math.hypot(pointLps[0] - centreLps[0], pointLps[1] - centreLps[1], pointLps[2] - centreLps[2]);
  if (rMm <= plateauRadiusMm) return prescriptionGy;
  if (rMm >= zeroRadiusMm) return 0;
  return (prescriptionGy * (zeroRadiusMm - rMm)) / (zeroRadiusMm - plateauRadiusMm);
}
