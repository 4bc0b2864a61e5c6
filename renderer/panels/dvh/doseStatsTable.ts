import type { DvhData } from '../../../src/dvh/dvhData.js';
import { metricNamed, type Metric } from '../../../src/dvh/metricName.js';
import { evaluateMetric, type MetricValue } from '../../../src/dvh/metrics.js';

export interface DoseStatsColumn {
  /** Column heading, e.g. "D95"; `unit` is shown beside it. */
  readonly label: string;
  readonly unit: 'Gy' | '%';
  readonly metric: Metric;
}

/** Heading and metric name of each dose column. */
const doseColumnNames: readonly (readonly [string, string])[] = [
  ['Min', 'Dmin'], ['Mean', 'Dmean'], ['Max', 'Dmax'],
  ['D98', 'D98%'], ['D95', 'D95%'], ['D50', 'D50%'], ['D2', 'D2%'], ['D0.03cc', 'D0.03cc'],
];
const doseColumns = doseColumnNames.map(([label, name]): DoseStatsColumn => ({ label, unit: 'Gy', metric: metricNamed(name) }));

/** The dose-statistics columns after the volume: dose statistics and D-metrics, and V(Rx) in % with a prescription. */
export function doseStatsColumns(prescriptionGy: number | undefined): readonly DoseStatsColumn[] {
  if (prescriptionGy === undefined) return doseColumns;
  const prescribed: Metric = { kind: 'volume-at-dose', doseGy: prescriptionGy, unit: '%', name: `V${prescriptionGy}Gy[%]` };
  return [...doseColumns, { label: `V${prescriptionGy}Gy`, unit: '%', metric: prescribed }];
}

export interface DoseStatsCell {
  readonly column: DoseStatsColumn;
  readonly value: MetricValue;
}

/** One ROI's row: each column's metric evaluated on its DVH by src/dvh. */
export function doseStatsCells(columns: readonly DoseStatsColumn[], dvh: DvhData): readonly DoseStatsCell[] {
  return columns.map((column) => ({ column, value: evaluateMetric(column.metric, dvh) }));
}

/** A cell's text: Gy to 2 decimals, % to 1; "–" where the metric does not apply (the reason goes in a tooltip). */
export function cellText(value: MetricValue): string {
  if (!value.ok) return '–';
  return value.value.toFixed(value.unit === '%' ? 1 : 2);
}

