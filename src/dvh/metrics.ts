import { cumulativeCc, type DvhData } from './dvhData.js';
import { metricUnit, type Metric, type MetricUnit } from './metricName.js';

/**
 * Evaluation of DVH metrics on a DvhData.
 *
 * Conventions:
 * - Within a bin the dose is taken as spread evenly, so the cumulative curve V(>= d) is linear
 *   between bin edges. The edges are clipped to the exact [minGy, maxGy] of the statistics, so the
 *   lowest occupied bin starts at minGy and the highest ends at maxGy (a uniform dose gives exact
 *   D-metrics rather than a bin-width blur).
 * - V(>= d) is the whole volume for d <= minGy (every voxel receives at least the minimum) and 0
 *   for d > maxGy; in between it is the continuous curve. At d = maxGy it is the volume exactly at
 *   the maximum: 0, unless the maximum is a plateau (volumeAtMaximumCc).
 * - D(v) is the highest dose d such that V(>= d) >= v, interpolated within its bin. D100% is
 *   minGy and D0% (and D0cc) is maxGy exactly; Dmin, Dmean and Dmax come from the statistics.
 * - Percentages are of the histogram's total volume (the structure volume: computeDvh scales the
 *   sampled volume to it). Dxcc with x above that volume is not applicable, with the reason.
 */
export type MetricValue =
  | { readonly ok: true; readonly value: number; readonly unit: MetricUnit }
  | { readonly ok: false; readonly reason: string };

export function evaluateMetric(metric: Metric, dvh: DvhData): MetricValue {
  const unit = metricUnit(metric);
  const curve = clippedCumulative(dvh);
  const totalCc = curve.volumeCc[0] ?? 0;
  if (!(totalCc > 0)) return { ok: false, reason: `${metric.name}: the DVH holds no volume (an empty structure or one outside the dose grid)` };
  if (metric.kind === 'dose-statistic') {
    const value = metric.statistic === 'min' ? dvh.minGy : metric.statistic === 'mean' ? dvh.meanGy : dvh.maxGy;
    return { ok: true, value, unit };
  }
  if (metric.kind === 'volume-at-dose') {
    const volumeCc = volumeAtDoseCc(curve, metric.doseGy);
    return { ok: true, value: metric.unit === 'cc' ? volumeCc : (100 * volumeCc) / totalCc, unit };
  }
  if (metric.kind === 'dose-at-volume-percent') {
    if (metric.volumePercent === 100) return { ok: true, value: dvh.minGy, unit };
    return { ok: true, value: doseAtVolumeGy(curve, (metric.volumePercent / 100) * totalCc), unit };
  }
  if (metric.volumeCc > totalCc * (1 + 1e-9)) {
    return { ok: false, reason: `${metric.name}: the structure is only ${totalCc.toFixed(3)} cc, smaller than the ${metric.volumeCc} cc asked for` };
  }
  return { ok: true, value: doseAtVolumeGy(curve, Math.min(metric.volumeCc, totalCc)), unit };
}

/** The cumulative curve as points (edgeGy[i], volumeCc[i]), edges clipped to [minGy, maxGy]. */
interface ClippedCumulative {
  readonly edgeGy: Float64Array;
  readonly volumeCc: Float64Array;
  readonly binWidthGy: number;
  readonly minGy: number;
  readonly maxGy: number;
}

function clippedCumulative(dvh: DvhData): ClippedCumulative {
  const volumeCc = cumulativeCc(dvh);
  const edgeGy = new Float64Array(volumeCc.length);
  for (let edge = 0; edge < edgeGy.length; edge += 1) edgeGy[edge] = Math.min(Math.max(edge * dvh.binWidthGy, dvh.minGy), dvh.maxGy);
  return { edgeGy, volumeCc, binWidthGy: dvh.binWidthGy, minGy: dvh.minGy, maxGy: dvh.maxGy };
}

/** V(>= doseGy) in cc, linear within the (clipped) bin holding doseGy. */
function volumeAtDoseCc(curve: ClippedCumulative, doseGy: number): number {
  const totalCc = curve.volumeCc[0] ?? 0;
  if (doseGy <= curve.minGy) return totalCc;
  if (doseGy > curve.maxGy) return 0;
  if (doseGy === curve.maxGy) return volumeAtMaximumCc(curve);
  // minGy < doseGy < maxGy, so the clipped edges of the bin holding doseGy bracket it.
  const bin = Math.min(Math.floor(doseGy / curve.binWidthGy), curve.volumeCc.length - 2);
  const lowGy = curve.edgeGy[bin] ?? 0;
  const highGy = curve.edgeGy[bin + 1] ?? lowGy;
  const atLow = curve.volumeCc[bin] ?? 0;
  const atHigh = curve.volumeCc[bin + 1] ?? 0;
  const fraction = highGy > lowGy ? Math.min(1, (doseGy - lowGy) / (highGy - lowGy)) : 1;
  return atLow - fraction * (atLow - atHigh);
}

/**
 * V(>= maxGy): zero for a dose spread through its top bin, but the whole top bin when the maximum
 * sits exactly on that bin's lower edge, i.e. a plateau of voxels all at the maximum (a uniform
 * dose, or a dose prescribed to its own plateau: V100% must count it).
 */
function volumeAtMaximumCc(curve: ClippedCumulative): number {
  const bin = Math.min(Math.floor(curve.maxGy / curve.binWidthGy), curve.volumeCc.length - 2);
  return (curve.edgeGy[bin] ?? 0) >= curve.maxGy ? (curve.volumeCc[bin] ?? 0) : 0;
}

/** The highest dose d with V(>= d) >= targetCc, linear within its bin; maxGy for targetCc = 0. */
function doseAtVolumeGy(curve: ClippedCumulative, targetCc: number): number {
  let bin = curve.volumeCc.length - 1;
  while (bin > 0 && (curve.volumeCc[bin] ?? 0) < targetCc) bin -= 1;
  const atLow = curve.volumeCc[bin] ?? 0;
  const atHigh = curve.volumeCc[bin + 1];
  if (atHigh === undefined) return curve.maxGy;
  const lowGy = curve.edgeGy[bin] ?? 0;
  const highGy = curve.edgeGy[bin + 1] ?? lowGy;
  return lowGy + ((atLow - targetCc) / (atLow - atHigh)) * (highGy - lowGy);
}

/** The metric's value, or null where it does not apply (the reason is dropped: for reports). */
export function metricValueOrNull(metric: Metric, dvh: DvhData): number | null {
  const result = evaluateMetric(metric, dvh);
  return result.ok ? result.value : null;
}
