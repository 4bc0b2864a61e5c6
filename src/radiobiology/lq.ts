/**
 * The linear-quadratic model: BED and EQD2 (docs/sensitisation-model.md §1.1, Fowler 1989;
 * EQD2 as EQD_X with X = 2 Gy, Bentzen et al. 2012) and the repopulation time factor (§1.3).
 * α/β is always an explicit argument: see alphaBetaDefaults.ts for suggested values.
 *
 * BED = Σ d_i (1 + d_i / (α/β)) − RepopTerm   [Gy_(α/β)]      EQD2 = BED / (1 + 2 / (α/β))
 */

/** BED (Gy_(α/β)) of `fractions` equal fractions delivering `totalDoseGy`, without time factor. */
export function bedGy(totalDoseGy: number, fractions: number, alphaBetaGy: number): number {
  requireDose('bedGy', 'totalDoseGy', totalDoseGy);
  requireFractions('bedGy', fractions);
  requireAlphaBeta('bedGy', alphaBetaGy);
  return totalDoseGy * (1 + totalDoseGy / fractions / alphaBetaGy);
}

/** EQD2 (Gy) of `fractions` equal fractions delivering `totalDoseGy`, without time factor. */
export function eqd2Gy(totalDoseGy: number, fractions: number, alphaBetaGy: number): number {
  return eqd2FromBedGy(bedGy(totalDoseGy, fractions, alphaBetaGy), alphaBetaGy);
}

/** EQD2 (Gy) of a BED (Gy_(α/β)) for the same α/β; a BED net of repopulation gives a net EQD2. */
export function eqd2FromBedGy(bedGyAlphaBeta: number, alphaBetaGy: number): number {
  requireAlphaBeta('eqd2FromBedGy', alphaBetaGy);
  if (!Number.isFinite(bedGyAlphaBeta)) throw new RangeError(`eqd2FromBedGy: BED is ${bedGyAlphaBeta}; pass a finite BED in Gy`);
  return bedGyAlphaBeta / (1 + 2 / alphaBetaGy);
}

/** BED (Gy_(α/β)) summed fraction by fraction, for fractions of unequal size; 0 for none. */
export function bedFromFractionsGy(fractionDosesGy: readonly number[], alphaBetaGy: number): number {
  requireAlphaBeta('bedFromFractionsGy', alphaBetaGy);
  let bed = 0;
  fractionDosesGy.forEach((doseGy, index) => {
    requireDose('bedFromFractionsGy', `fraction ${index + 1} dose`, doseGy);
    bed += doseGy * (1 + doseGy / alphaBetaGy);
  });
  return bed;
}

/**
 * The repopulation term K · max(0, T − Tk) in Gy_(α/β), to subtract from a BED (§1.3).
 * K is in BED units (Gy_(α/β) per day); convert an EQD2-unit rate with kBedFromEqd2RatePerDay.
 */
export function repopulationBedGy(kBedGyPerDay: number, kickoffDays: number, overallTimeDays: number): number {
  requireNonNegative('repopulationBedGy', 'kBedGyPerDay', kBedGyPerDay);
  requireNonNegative('repopulationBedGy', 'kickoffDays (Tk)', kickoffDays);
  requireNonNegative('repopulationBedGy', 'overallTimeDays (T)', overallTimeDays);
  return kBedGyPerDay * Math.max(0, overallTimeDays - kickoffDays);
}

/** K in BED units (Gy_(α/β)/day) from a rate in EQD2 units ("Dprolif", Gy/day): K = Dprolif (1 + 2/(α/β)). */
export function kBedFromEqd2RatePerDay(dprolifEqd2GyPerDay: number, alphaBetaGy: number): number {
  requireNonNegative('kBedFromEqd2RatePerDay', 'dprolifEqd2GyPerDay', dprolifEqd2GyPerDay);
  requireAlphaBeta('kBedFromEqd2RatePerDay', alphaBetaGy);
  return dprolifEqd2GyPerDay * (1 + 2 / alphaBetaGy);
}

/** The same rate in EQD2 units (Gy/day), for display: Dprolif = K / (1 + 2/(α/β)). */
export function eqd2RateFromKBedPerDay(kBedGyPerDay: number, alphaBetaGy: number): number {
  requireNonNegative('eqd2RateFromKBedPerDay', 'kBedGyPerDay', kBedGyPerDay);
  requireAlphaBeta('eqd2RateFromKBedPerDay', alphaBetaGy);
  return kBedGyPerDay / (1 + 2 / alphaBetaGy);
}

export function requireAlphaBeta(where: string, alphaBetaGy: number): void {
  if (!(Number.isFinite(alphaBetaGy) && alphaBetaGy > 0)) {
    throw new RangeError(`${where}: α/β is ${alphaBetaGy}; pass a finite α/β above 0 Gy (e.g. 10 for tumours, 3 for late normal tissue)`);
  }
}

export function requireFractions(where: string, fractions: number): void {
  if (!(Number.isInteger(fractions) && fractions >= 1)) throw new RangeError(`${where}: fractions is ${fractions}; pass a whole number of fractions, 1 or more`);
}

function requireDose(where: string, name: string, doseGy: number): void {
  if (!(Number.isFinite(doseGy) && doseGy >= 0)) throw new RangeError(`${where}: ${name} is ${doseGy}; pass a finite dose in Gy, 0 or more`);
}

function requireNonNegative(where: string, name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`${where}: ${name} is ${value}; it must be a finite number, 0 or more`);
}
