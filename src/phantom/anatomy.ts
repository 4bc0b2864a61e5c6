import type { Vec3 } from '../geometry/vec3.js';

/**
 * The demo patient, defined analytically in patient coordinates (LPS, mm): a thorax-like elliptic
 * cylinder along z with two lungs, a vertebra with the spinal cord, an oesophagus and a spherical
 * target. Every shape is exact, so contours, HU and dose follow from these numbers alone.
 */
export interface EllipticCylinder {
  readonly centreXMm: number;
  readonly centreYMm: number;
  readonly semiAxisXMm: number;
  readonly semiAxisYMm: number;
}

export interface Sphere {
  readonly centreLps: Vec3;
  readonly radiusMm: number;
}

export const body: EllipticCylinder = { centreXMm: 0, centreYMm: 0, semiAxisXMm: 150, semiAxisYMm: 100 };
const bodyWithoutFat: EllipticCylinder = { centreXMm: 0, centreYMm: 0, semiAxisXMm: 140, semiAxisYMm: 90 };
/** Patient left is +x in LPS. */
export const lungLeft: EllipticCylinder = { centreXMm: 70, centreYMm: -10, semiAxisXMm: 40, semiAxisYMm: 55 };
export const lungRight: EllipticCylinder = { centreXMm: -70, centreYMm: -10, semiAxisXMm: 40, semiAxisYMm: 55 };
const vertebralBody: EllipticCylinder = { centreXMm: 0, centreYMm: 55, semiAxisXMm: 18, semiAxisYMm: 15 };
const spinalCanal: EllipticCylinder = { centreXMm: 0, centreYMm: 82, semiAxisXMm: 11, semiAxisYMm: 11 };
/** Posterior is +y in LPS: the spine lies behind the target. */
export const spinalCord: EllipticCylinder = { centreXMm: 0, centreYMm: 82, semiAxisXMm: 6, semiAxisYMm: 6 };
export const oesophagus: EllipticCylinder = { centreXMm: 0, centreYMm: 28, semiAxisXMm: 7, semiAxisYMm: 7 };

export const isocentreLps: Vec3 = [0, -30, 0];
export const ptv: Sphere = { centreLps: isocentreLps, radiusMm: 22 };
export const ctv: Sphere = { centreLps: isocentreLps, radiusMm: 15 };

export const prescriptionGy = 70;
export const fractions = 35;
/** Dose is the prescription out to this distance from the isocentre (the PTV lies inside)... */
export const dosePlateauRadiusMm = 24;
/** ... then falls linearly to zero at this distance. */
export const doseZeroRadiusMm = 130;

export function insideCylinder(shape: EllipticCylinder, xMm: number, yMm: number): boolean {
  const u = (xMm - shape.centreXMm) / shape.semiAxisXMm;
  const v = (yMm - shape.centreYMm) / shape.semiAxisYMm;
  return u * u + v * v <= 1;
}

/** CT number (HU) at a point: air, fat, soft tissue, lung, cortical and cancellous bone, cord. */
export function demoHu(pointLps: Vec3): number {
  const [x, y] = pointLps;
  if (!insideCylinder(body, x, y)) return -1000;
  if (!insideCylinder(bodyWithoutFat, x, y)) return -100;
  if (insideCylinder(lungLeft, x, y) || insideCylinder(lungRight, x, y)) return -800;
  if (insideCylinder(spinalCord, x, y)) return 30;
  if (insideCylinder(spinalCanal, x, y)) return 1100;
  if (insideCylinder(vertebralBody, x, y)) return insideCylinder({ ...vertebralBody, semiAxisXMm: 15, semiAxisYMm: 12 }, x, y) ? 350 : 1100;
  return 40;
}

/**
 * The demo dose in Gy at a point: with r the distance from the isocentre,
 * D(r) = 70 Gy for r <= 24 mm, 70 Gy x (130 - r) / (130 - 24) for 24 < r < 130 mm, 0 beyond.
 */
export function demoDoseGy(pointLps: Vec3): number {
  const r = Math.hypot(pointLps[0] - isocentreLps[0], pointLps[1] - isocentreLps[1], pointLps[2] - isocentreLps[2]);
  if (r <= dosePlateauRadiusMm) return prescriptionGy;
  if (r >= doseZeroRadiusMm) return 0;
  return (prescriptionGy * (doseZeroRadiusMm - r)) / (doseZeroRadiusMm - dosePlateauRadiusMm);
}
