import type { Vec3 } from '../geometry/vec3.js';

/**
 * The demo patient, defined analytically in patient coordinates (LPS mm: +x patient left,
 * +y posterior, +z head): a thorax-like elliptic cylinder along z with two lungs, a vertebra around
 * the spinal cord, an oesophagus, and a spherical target around the isocentre. Every shape is exact,
 * so the CT numbers, the contours and the true DVHs follow from these numbers alone.
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

/** The treatment isocentre, and the centre of the target spheres and of the analytic dose. */
export const isocentreLps: Vec3 = [0, -30, 0];

export const body: EllipticCylinder = { centreXMm: 0, centreYMm: 0, semiAxisXMm: 150, semiAxisYMm: 100 };
/** The body less its 10 mm subcutaneous fat layer. */
const bodyWithoutFat: EllipticCylinder = { centreXMm: 0, centreYMm: 0, semiAxisXMm: 140, semiAxisYMm: 90 };
export const lungLeft: EllipticCylinder = { centreXMm: 75, centreYMm: -5, semiAxisXMm: 42, semiAxisYMm: 60 };
export const lungRight: EllipticCylinder = { centreXMm: -75, centreYMm: -5, semiAxisXMm: 42, semiAxisYMm: 60 };
export const oesophagus: EllipticCylinder = { centreXMm: 0, centreYMm: 22, semiAxisXMm: 7, semiAxisYMm: 7 };
const vertebralBody: EllipticCylinder = { centreXMm: 0, centreYMm: 45, semiAxisXMm: 18, semiAxisYMm: 14 };
/** The vertebral body less its 3 mm cortical shell. */
const vertebralCancellous: EllipticCylinder = { centreXMm: 0, centreYMm: 45, semiAxisXMm: 15, semiAxisYMm: 11 };
/** The neural arch: cortical bone around the spinal canal. */
const vertebralArch: EllipticCylinder = { centreXMm: 0, centreYMm: 72, semiAxisXMm: 20, semiAxisYMm: 14 };
const spinalCanal: EllipticCylinder = { centreXMm: 0, centreYMm: 70, semiAxisXMm: 8, semiAxisYMm: 8 };
export const spinalCord: EllipticCylinder = { centreXMm: 0, centreYMm: 70, semiAxisXMm: 5, semiAxisYMm: 5 };

export const ptv: Sphere = { centreLps: isocentreLps, radiusMm: 30 };
export const ctv: Sphere = { centreLps: isocentreLps, radiusMm: 20 };

function insideCylinder(shape: EllipticCylinder, xMm: number, yMm: number): boolean {
  const u = (xMm - shape.centreXMm) / shape.semiAxisXMm;
  const v = (yMm - shape.centreYMm) / shape.semiAxisYMm;
  return u * u + v * v <= 1;
}

/** CT numbers inside the fat layer, first match wins; anything else in the body is soft tissue. */
const tissuesHu: readonly { readonly shape: EllipticCylinder; readonly hu: number }[] = [
  { shape: lungLeft, hu: -800 },
  { shape: lungRight, hu: -800 },
  { shape: spinalCord, hu: 35 },
  { shape: spinalCanal, hu: 15 },
  { shape: vertebralArch, hu: 1200 },
  { shape: vertebralCancellous, hu: 700 },
  { shape: vertebralBody, hu: 1200 },
];
const softTissueHu = 40;
const fatHu = -100;
const airHu = -1000;

/** CT number (HU) at a point: air outside the body, fat under the skin, then the tissues above. */
export function demoHu(pointLps: Vec3): number {
  const [xMm, yMm] = pointLps;
  if (!insideCylinder(body, xMm, yMm)) return airHu;
  if (!insideCylinder(bodyWithoutFat, xMm, yMm)) return fatHu;
  return tissuesHu.find((tissue) => insideCylinder(tissue.shape, xMm, yMm))?.hu ?? softTissueHu;
}
