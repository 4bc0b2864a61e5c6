import type { DvhData } from '../dvh/dvhData.js';
import { requireAlphaBeta, requireFractions } from './lq.js';

/**
 * EQD2 of a physical dose distribution delivered in `fractions` equal fractions:
 * EQD2(D) = D (1 + D / (n · α/β)) / (1 + 2 / (α/β)), increasing for D >= 0 (docs §1.1).
 */

/** Per-voxel EQD2 (Gy) of a grid of total course dose (Gy). */
export function eqd2Grid(physicalDoseGy: Float32Array, fractions: number, alphaBetaGy: number): Float32Array {
  const map = eqd2Map('eqd2Grid', fractions, alphaBetaGy);
  const eqd2 = new Float32Array(physicalDoseGy.length);
  physicalDoseGy.forEach((doseGy, index) => {
    if (!(doseGy >= 0 && Number.isFinite(doseGy))) throw new RangeError(`eqd2Grid: voxel ${index} has dose ${doseGy} Gy; EQD2 needs finite doses of 0 Gy or more`);
    eqd2[index] = map.eqd2Gy(doseGy);
  });
  return eqd2;
}

/**
 * The EQD2 DVH, in bins of `binWidthGy` EQD2, of a physical DVH delivered in `fractions` fractions.
 *
 * Bin-edge handling: within a physical bin the dose is taken as spread evenly (the convention of
 * metrics.ts), over the bin clipped to [minGy, maxGy]. The map is increasing, so the bin [lo, hi)
 * becomes [EQD2(lo), EQD2(hi)); its volume is shared among the EQD2 bins it overlaps in proportion
 * to the physical dose range that lands in each (found with the inverse map), so no volume is
 * lost or doubled. A bin clipped to a single dose (e.g. a uniform dose) moves whole into the EQD2
 * bin holding its image; an image on a bin edge belongs to the bin above it, as in DvhData.
 * minGy and maxGy map exactly; meanGy is mean(D)/c + mean(D²)/(n · α/β · c), c = 1 + 2/(α/β),
 * with mean(D) exact and mean(D²) from the histogram (exact when dose is even within bins). For
 * exact statistics, compute the DVH of eqd2Grid instead.
 */
export function eqd2Dvh(dvh: DvhData, fractions: number, alphaBetaGy: number, binWidthGy: number): DvhData {
  const map = eqd2Map('eqd2Dvh', fractions, alphaBetaGy);
  if (!(Number.isFinite(binWidthGy) && binWidthGy > 0)) throw new RangeError(`eqd2Dvh: binWidthGy is ${binWidthGy}; pass a finite EQD2 bin width above 0 Gy`);
  if (!(Number.isFinite(dvh.minGy) && Number.isFinite(dvh.maxGy) && dvh.minGy >= 0 && dvh.maxGy >= dvh.minGy)) {
    throw new RangeError(`eqd2Dvh: the DVH's dose range is ${dvh.minGy}..${dvh.maxGy} Gy; EQD2 needs finite doses of 0 Gy or more (an empty structure has no EQD2 DVH)`);
  }
  const maxEqd2Gy = map.eqd2Gy(dvh.maxGy);
  const differentialCc = new Float64Array(Math.floor(maxEqd2Gy / binWidthGy) + 1);
  let sumDoseSquaredCc = 0;
  let totalCc = 0;
  dvh.differentialCc.forEach((volumeCc, bin) => {
    if (volumeCc === 0) return;
    const lowGy = Math.min(Math.max(bin * dvh.binWidthGy, dvh.minGy), dvh.maxGy);
    const highGy = Math.min(Math.max((bin + 1) * dvh.binWidthGy, dvh.minGy), dvh.maxGy);
    sumDoseSquaredCc += (volumeCc * (lowGy * lowGy + lowGy * highGy + highGy * highGy)) / 3;
    totalCc += volumeCc;
    spreadBin(differentialCc, binWidthGy, map, lowGy, highGy, volumeCc);
  });
  const meanSquareGy2 = totalCc > 0 ? sumDoseSquaredCc / totalCc : 0;
  const meanGy = (dvh.meanGy + meanSquareGy2 / (fractions * alphaBetaGy)) / (1 + 2 / alphaBetaGy);
  return { binWidthGy, differentialCc, volumeCc: dvh.volumeCc, minGy: map.eqd2Gy(dvh.minGy), meanGy, maxGy: maxEqd2Gy };
}

/** Adds `volumeCc`, evenly spread over physical [lowGy, highGy], to the EQD2 bins its image overlaps. */
function spreadBin(differentialCc: Float64Array, binWidthGy: number, map: Eqd2Map, lowGy: number, highGy: number, volumeCc: number): void {
  const lastBin = differentialCc.length - 1;
  const lowEqd2Gy = map.eqd2Gy(lowGy);
  const firstBin = Math.min(Math.floor(lowEqd2Gy / binWidthGy), lastBin);
  if (!(highGy > lowGy)) {
    differentialCc[firstBin] = (differentialCc[firstBin] ?? 0) + volumeCc;
    return;
  }
  const highEqd2Gy = map.eqd2Gy(highGy);
  let fromGy = lowGy;
  for (let bin = firstBin; bin <= lastBin && fromGy < highGy; bin += 1) {
    const toGy = (bin + 1) * binWidthGy >= highEqd2Gy ? highGy : Math.min(highGy, Math.max(fromGy, map.physicalGy((bin + 1) * binWidthGy)));
    differentialCc[bin] = (differentialCc[bin] ?? 0) + (volumeCc * (toGy - fromGy)) / (highGy - lowGy);
    fromGy = toGy;
  }
}

interface Eqd2Map {
  eqd2Gy(physicalGy: number): number;
  physicalGy(eqd2Gy: number): number;
}

/**
 * EQD2(D) = (D + D²/(n·α/β)) / c and its inverse D = 2 E c / (1 + √(1 + 4 E c / (n·α/β))), the
 * positive root written so that small E loses no digits.
 */
function eqd2Map(where: string, fractions: number, alphaBetaGy: number): Eqd2Map {
  requireFractions(where, fractions);
  requireAlphaBeta(where, alphaBetaGy);
  const courseAlphaBetaGy = fractions * alphaBetaGy;
  const c = 1 + 2 / alphaBetaGy;
  return {
    eqd2Gy: (physicalGy) => (physicalGy + (physicalGy * physicalGy) / courseAlphaBetaGy) / c,
    physicalGy: (eqd2Gy) => (2 * eqd2Gy * c) / (1 + Math.sqrt(1 + (4 * eqd2Gy * c) / courseAlphaBetaGy)),
  };
}
