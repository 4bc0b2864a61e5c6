import type { DvhData } from '../../src/dvh/dvhData.js';

/** A DvhData from bin contents written out: `binsCc` maps bin index to cc, `length` bins in all. */
export function handDvh(binWidthGy: number, length: number, binsCc: Record<number, number>, stats: { minGy: number; meanGy: number; maxGy: number }): DvhData {
  const differentialCc = new Float64Array(length);
  let volumeCc = 0;
  for (const [bin, cc] of Object.entries(binsCc)) {
    differentialCc[Number(bin)] = cc;
    volumeCc += cc;
  }
  return { binWidthGy, differentialCc, volumeCc, ...stats };
}

/**
 * Dose spread evenly from 10 to 30 Gy over 40 cc, bins of 0.5 Gy (bins 20..59 hold 1 cc each).
 * The cumulative curve is V(>= d) = 40 − 2 (d − 10) cc for 10 <= d <= 30.
 */
export function rampDvh(): DvhData {
  const binsCc: Record<number, number> = {};
  for (let bin = 20; bin < 60; bin += 1) binsCc[bin] = 1;
  return handDvh(0.5, 60, binsCc, { minGy: 10, meanGy: 20, maxGy: 30 });
}
