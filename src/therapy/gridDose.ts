/**
 * What planned dose an RTDOSE grid holds for the course (Gy), so that fraction i's share of a voxel
 * is w_i = d_i / gridDoseGy: the whole course for PLAN and MULTI_PLAN (and, said so, when
 * DoseSummationType is absent), one fraction for FRACTION. Other sums (BEAM, BRACHY, RECORD …) and
 * RELATIVE doses cannot be accumulated over a course: the answer is then the reason, a sentence.
 */
export function gridDoseOfCourse(dose: { readonly doseUnits: string; readonly summationType: string }, fractionDosesGy: readonly number[]): { readonly gridDoseGy: number; readonly note: string | undefined } | string {
  if (dose.doseUnits === 'RELATIVE') return 'the dose is RELATIVE: fractions and EQD2 need a dose in Gy';
  const perFractionGy = fractionDosesGy[0] ?? 0;
  const plannedGy = fractionDosesGy.length * perFractionGy;
  if (!(plannedGy > 0)) return 'the course has no planned dose';
  switch (dose.summationType) {
    case 'PLAN':
    case 'MULTI_PLAN':
      return { gridDoseGy: plannedGy, note: undefined };
    case 'FRACTION':
      return { gridDoseGy: perFractionGy, note: "the RTDOSE is one fraction's dose (DoseSummationType FRACTION)" };
    case 'UNKNOWN':
      return { gridDoseGy: plannedGy, note: 'DoseSummationType absent: the grid is taken as the whole course' };
    default:
      return `the RTDOSE is a ${dose.summationType} dose, not a plan's or a fraction's: the course cannot be accumulated from it`;
  }
}
