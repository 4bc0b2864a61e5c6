import type { DicomDvh } from '../dicom/dvhSequence.js';
import type { DvhData } from './dvhData.js';
import { metricNamed, type Metric } from './metricName.js';
import { metricValueOrNull } from './metrics.js';

export type PlanningSystemDvh = { readonly ok: true; readonly dvh: DvhData } | { readonly ok: false; readonly reason: string };

/**
 * A DVHSequence item (the planning system's own DVH) as DvhData on fixed bins of `binWidthGy`, so
 * that the same metrics can be read off it. DICOM DVH bins have any widths; a cumulative DVH gives,
 * for each bin, the volume receiving at least the bin's lower dose (PS3.3 C.8.8.4), and between
 * those points the curve is taken as linear. Volumes in PERCENT need the structure's volume
 * (`structureVolumeCc`, ours from the contours); RELATIVE dose and PER_U volumes cannot be compared.
 */
export function planningSystemDvh(item: DicomDvh, binWidthGy: number, structureVolumeCc: number): PlanningSystemDvh {
  if (item.doseUnits !== 'GY') return { ok: false, reason: `its dose units are ${item.doseUnits}, not GY` };
  const volumeScale = item.volumeUnits === 'CM3' ? 1 : item.volumeUnits === 'PERCENT' ? structureVolumeCc / 100 : undefined;
  if (volumeScale === undefined) return { ok: false, reason: `its volume units are ${item.volumeUnits}, neither CM3 nor PERCENT` };
  const lowerEdgesGy = Float64Array.from(item.binEdgesUpper, (_, bin) => (bin === 0 ? 0 : (item.binEdgesUpper[bin - 1] ?? 0)));
  const cumulativeCc = item.type === 'CUMULATIVE' ? Float64Array.from(item.volumes, (volume) => volume * volumeScale) : cumulativeFromDifferential(item.volumes, volumeScale);
  const totalCc = cumulativeCc[0] ?? 0;
  if (!(totalCc > 0)) return { ok: false, reason: 'it holds no volume' };
  const topGy = item.binEdgesUpper[item.binEdgesUpper.length - 1] ?? 0;
  const at = (doseGy: number): number => cumulativeAt(lowerEdgesGy, cumulativeCc, topGy, doseGy);
  const bins = Math.ceil(topGy / binWidthGy) + 1;
  const differentialCc = Float64Array.from({ length: bins }, (_, bin) => at(bin * binWidthGy) - at((bin + 1) * binWidthGy));
  let doseVolume = 0;
  differentialCc.forEach((volume, bin) => { doseVolume += volume * (bin + 0.5) * binWidthGy; });
  const occupied = [...differentialCc.keys()].filter((bin) => (differentialCc[bin] ?? 0) > totalCc * 1e-9);
  return {
    ok: true,
    dvh: {
      binWidthGy,
      differentialCc,
      volumeCc: totalCc,
      minGy: item.minimumDose ?? (occupied[0] ?? 0) * binWidthGy,
      meanGy: item.meanDose ?? doseVolume / totalCc,
      maxGy: item.maximumDose ?? ((occupied[occupied.length - 1] ?? 0) + 1) * binWidthGy,
    },
  };
}

function cumulativeFromDifferential(volumes: Float64Array, scale: number): Float64Array {
  const cumulative = new Float64Array(volumes.length);
  let sum = 0;
  for (let bin = volumes.length - 1; bin >= 0; bin -= 1) {
    sum += (volumes[bin] ?? 0) * scale;
    cumulative[bin] = sum;
  }
  return cumulative;
}

/** The cumulative volume at a dose, linear between the bins' lower edges, 0 at the top edge. */
function cumulativeAt(lowerEdgesGy: Float64Array, cumulativeCc: Float64Array, topGy: number, doseGy: number): number {
  if (doseGy >= topGy) return 0;
  let bin = 0;
  while (bin + 1 < lowerEdgesGy.length && (lowerEdgesGy[bin + 1] ?? 0) <= doseGy) bin += 1;
  const fromGy = lowerEdgesGy[bin] ?? 0;
  const toGy = bin + 1 < lowerEdgesGy.length ? (lowerEdgesGy[bin + 1] ?? topGy) : topGy;
  const fromCc = cumulativeCc[bin] ?? 0;
  const toCc = bin + 1 < cumulativeCc.length ? (cumulativeCc[bin + 1] ?? 0) : 0;
  return fromCc + ((toCc - fromCc) * (doseGy - fromGy)) / (toGy - fromGy);
}

export interface MetricComparison {
  readonly metric: string;
  readonly ours: number | null;
  readonly planningSystem: number | null;
  /** ours - planning system, in the metric's unit. */
  readonly difference: number | null;
}

const comparedMetrics: readonly Metric[] = ['Dmin', 'Dmean', 'Dmax', 'D99%', 'D98%', 'D95%', 'D50%', 'D5%', 'D2%', 'D1%', 'V5Gy[%]', 'V20Gy[%]'].map(metricNamed);

/** Our metrics beside the planning system's, with their differences. */
export function compareDvhs(ours: DvhData, planningSystem: DvhData): MetricComparison[] {
  return [
    { metric: 'volumeCc', ours: ours.volumeCc, planningSystem: planningSystem.volumeCc, difference: ours.volumeCc - planningSystem.volumeCc },
    ...comparedMetrics.map((metric) => {
      const mine = metricValueOrNull(metric, ours);
      const theirs = metricValueOrNull(metric, planningSystem);
      return { metric: metric.name, ours: mine, planningSystem: theirs, difference: mine !== null && theirs !== null ? mine - theirs : null };
    }),
  ];
}
