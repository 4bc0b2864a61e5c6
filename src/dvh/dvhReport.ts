import type { DicomDvh } from '../dicom/dvhSequence.js';
import type { Roi } from '../dicom/rtStruct.js';
import { eqd2Dvh } from '../radiobiology/eqd2Volume.js';
import type { DvhResult, DvhSettings } from './computeDvh.js';
import { cumulativeCc, type DvhData } from './dvhData.js';
import { metricNamed, type Metric } from './metricName.js';
import { metricValueOrNull } from './metrics.js';
import { compareDvhs, planningSystemDvh, type MetricComparison } from './planningSystemDvh.js';

/** The metrics every DVH report carries, keyed as the `planlens dvh --json` fields are. */
const reportMetrics: readonly [string, string][] = [
  ['D99Gy', 'D99%'], ['D98Gy', 'D98%'], ['D95Gy', 'D95%'], ['D50Gy', 'D50%'], ['D5Gy', 'D5%'], ['D2Gy', 'D2%'], ['D1Gy', 'D1%'],
  ['D0.03ccGy', 'D0.03cc'], ['V5GyPct', 'V5Gy[%]'], ['V20GyPct', 'V20Gy[%]'],
];

const parsedMetrics: readonly [string, Metric][] = reportMetrics.map(([key, name]) => [key, metricNamed(name)]);

export interface StructureReport {
  readonly number: number;
  readonly name: string;
  /** Dose quantity of the numbers: physical dose, or EQD2 with the α/β used. */
  readonly doseQuantity: 'physical' | 'EQD2';
  readonly alphaBetaGy: number | null;
  readonly volumeCc: number | null;
  readonly minGy: number | null;
  readonly meanGy: number | null;
  readonly maxGy: number | null;
  readonly metrics: Readonly<Record<string, number | null>>;
  /** Volume receiving at least each dose: cc and % of the structure. */
  readonly cumulative: { readonly doseGy: number[]; readonly volumeCc: number[]; readonly volumePct: number[] };
  /** Volume in each bin [doseGy, doseGy + binWidthGy): cc and %. */
  readonly differential: { readonly doseGy: number[]; readonly volumeCc: number[]; readonly volumePct: number[] };
  /** How the DVH was computed (bins, end caps, sampling), as computeDvh reports it; null without a DVH. */
  readonly settings: DvhSettings | null;
  /** Beside the planning system's own DVH of this ROI (RTDOSE DVHSequence), when the file has one. */
  readonly planningSystem: { readonly comparison: readonly MetricComparison[] } | { readonly unavailable: string } | null;
  readonly notes: readonly string[];
}

/** EQD2 conversion of a report: n equal fractions and the α/β of this structure. */
export interface Eqd2Conversion {
  readonly fractions: number;
  readonly alphaBetaGy: number;
}

/** One ROI's DVH as reported by the CLI (and later the DVH panel): statistics, metrics, the cumulative curve. */
export function structureReport(roi: Roi, result: DvhResult, eqd2: Eqd2Conversion | undefined, planningSystemItem?: DicomDvh): StructureReport {
  const physical = result.data;
  const data = reportedDvh(result, eqd2);
  const metrics = Object.fromEntries(parsedMetrics.map(([key, metric]) => [key, data === undefined ? null : metricValueOrNull(metric, data)]));
  return {
    number: roi.number,
    name: roi.name,
    doseQuantity: eqd2 === undefined ? 'physical' : 'EQD2',
    alphaBetaGy: eqd2?.alphaBetaGy ?? null,
    volumeCc: data?.volumeCc ?? null,
    minGy: data?.minGy ?? null,
    meanGy: data?.meanGy ?? null,
    maxGy: data?.maxGy ?? null,
    metrics,
    cumulative: data === undefined ? emptyCurve() : cumulativeCurve(data),
    differential: data === undefined ? emptyCurve() : differentialCurve(data),
    settings: result.settings ?? null,
    planningSystem: planningSystemItem === undefined ? null : besidePlanningSystem(planningSystemItem, physical, eqd2),
    notes: result.notes.map((note) => note.message),
  };
}

/** The DVH a report shows: the physical one, or its EQD2 conversion. */
export function reportedDvh(result: DvhResult, eqd2: Eqd2Conversion | undefined): DvhData | undefined {
  const physical = result.data;
  return physical !== undefined && eqd2 !== undefined ? eqd2Dvh(physical, eqd2.fractions, eqd2.alphaBetaGy, physical.binWidthGy) : physical;
}

function besidePlanningSystem(item: DicomDvh, physical: DvhData | undefined, eqd2: Eqd2Conversion | undefined): StructureReport['planningSystem'] {
  if (eqd2 !== undefined) return { unavailable: 'the planning system DVH is physical dose; compare without --eqd2' };
  if (physical === undefined) return { unavailable: 'PlanLens has no DVH for this ROI' };
  const theirs = planningSystemDvh(item, physical.binWidthGy, physical.volumeCc);
  return theirs.ok ? { comparison: compareDvhs(physical, theirs.dvh) } : { unavailable: `the planning system DVH cannot be compared: ${theirs.reason}` };
}

function emptyCurve(): { doseGy: number[]; volumeCc: number[]; volumePct: number[] } {
  return { doseGy: [], volumeCc: [], volumePct: [] };
}

/** The cumulative curve at every bin edge up to the first edge above the maximum dose. */
function cumulativeCurve(data: DvhData): { doseGy: number[]; volumeCc: number[]; volumePct: number[] } {
  const cumulative = cumulativeCc(data);
  return curve(data, Math.min(cumulative.length, Math.floor(data.maxGy / data.binWidthGy) + 2), (edge) => cumulative[edge] ?? 0);
}

/** The differential DVH, bin by bin up to the bin holding the maximum dose. */
function differentialCurve(data: DvhData): { doseGy: number[]; volumeCc: number[]; volumePct: number[] } {
  return curve(data, Math.min(data.differentialCc.length, Math.floor(data.maxGy / data.binWidthGy) + 1), (bin) => data.differentialCc[bin] ?? 0);
}

function curve(data: DvhData, count: number, volumeAt: (index: number) => number): { doseGy: number[]; volumeCc: number[]; volumePct: number[] } {
  const doseGy: number[] = [];
  const volumeCc: number[] = [];
  const volumePct: number[] = [];
  for (let index = 0; index < count; index += 1) {
    doseGy.push(Number((index * data.binWidthGy).toFixed(6)));
    volumeCc.push(volumeAt(index));
    volumePct.push((100 * volumeAt(index)) / data.volumeCc);
  }
  return { doseGy, volumeCc, volumePct };
}

export const reportMetricKeys: readonly string[] = reportMetrics.map(([key]) => key);
