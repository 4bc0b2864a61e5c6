/**
 * Conformity, gradient and homogeneity indices from plain numbers (volumes in cc, doses in Gy),
 * and the isodose volume of a dose grid that feeds them.
 *
 * Notation: TV target volume; V_RI volume of the reference (prescription) isodose; TV_PIV part of
 * the target inside the prescription isodose; V_50%RI volume of the 50 % prescription isodose.
 */

/** Volume (cc) of the voxels whose dose is at least `levelGy`. */
export function isodoseVolumeCc(values: Float32Array, voxelVolumeCc: number, levelGy: number): number {
  requirePositive('isodoseVolumeCc', 'voxelVolumeCc', voxelVolumeCc);
  if (!Number.isFinite(levelGy)) throw new RangeError(`isodoseVolumeCc: levelGy is ${levelGy}; pass a finite dose level in Gy`);
  let voxels = 0;
  for (const doseGy of values) if (doseGy >= levelGy) voxels += 1;
  return voxels * voxelVolumeCc;
}

/** RTOG conformity index V_RI / TV (Shaw et al., IJROBP 1993; RTOG radiosurgery guidelines). */
export function rtogConformityIndex(prescriptionIsodoseVolumeCc: number, targetVolumeCc: number): number {
  requireNonNegative('rtogConformityIndex', 'prescriptionIsodoseVolumeCc', prescriptionIsodoseVolumeCc);
  requirePositive('rtogConformityIndex', 'targetVolumeCc', targetVolumeCc);
  return prescriptionIsodoseVolumeCc / targetVolumeCc;
}

/** Paddick conformity index TV_PIV² / (TV × V_RI) (Paddick, J Neurosurg 2000;93 Suppl 3:219-222). */
export function paddickConformityIndex(targetInPrescriptionIsodoseCc: number, targetVolumeCc: number, prescriptionIsodoseVolumeCc: number): number {
  requireNonNegative('paddickConformityIndex', 'targetInPrescriptionIsodoseCc', targetInPrescriptionIsodoseCc);
  requirePositive('paddickConformityIndex', 'targetVolumeCc', targetVolumeCc);
  requirePositive('paddickConformityIndex', 'prescriptionIsodoseVolumeCc', prescriptionIsodoseVolumeCc);
  if (targetInPrescriptionIsodoseCc > Math.min(targetVolumeCc, prescriptionIsodoseVolumeCc) * (1 + 1e-9)) {
    throw new RangeError(`paddickConformityIndex: the covered target (${targetInPrescriptionIsodoseCc} cc) exceeds the target (${targetVolumeCc} cc) or the isodose volume (${prescriptionIsodoseVolumeCc} cc); it is their intersection`);
  }
  return (targetInPrescriptionIsodoseCc * targetInPrescriptionIsodoseCc) / (targetVolumeCc * prescriptionIsodoseVolumeCc);
}

/** Paddick gradient index V_50%RI / V_RI (Paddick & Lippitz, J Neurosurg 2006;105 Suppl:194-201). */
export function paddickGradientIndex(halfPrescriptionIsodoseVolumeCc: number, prescriptionIsodoseVolumeCc: number): number {
  requireNonNegative('paddickGradientIndex', 'halfPrescriptionIsodoseVolumeCc', halfPrescriptionIsodoseVolumeCc);
  requirePositive('paddickGradientIndex', 'prescriptionIsodoseVolumeCc', prescriptionIsodoseVolumeCc);
  return halfPrescriptionIsodoseVolumeCc / prescriptionIsodoseVolumeCc;
}

/** ICRU Report 83 (2010) homogeneity index (D2% − D98%) / D50%; 0 is a perfectly uniform dose. */
export function icru83HomogeneityIndex(d2PercentGy: number, d98PercentGy: number, d50PercentGy: number): number {
  requireNonNegative('icru83HomogeneityIndex', 'd98PercentGy', d98PercentGy);
  requirePositive('icru83HomogeneityIndex', 'd50PercentGy', d50PercentGy);
  if (!(d2PercentGy >= d50PercentGy && d50PercentGy >= d98PercentGy)) {
    throw new RangeError(`icru83HomogeneityIndex: expected D2% >= D50% >= D98%, got ${d2PercentGy}, ${d50PercentGy}, ${d98PercentGy} Gy; check the argument order (D2%, D98%, D50%)`);
  }
  return (d2PercentGy - d98PercentGy) / d50PercentGy;
}

function requirePositive(where: string, name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`${where}: ${name} is ${value}; it must be a finite number above 0`);
}

function requireNonNegative(where: string, name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`${where}: ${name} is ${value}; it must be a finite number, 0 or more`);
}
