import type { DvhData } from '../../../src/dvh/dvhData.js';
import type { Metric } from '../../../src/dvh/metricName.js';
import { evaluateMetric } from '../../../src/dvh/metrics.js';

export interface VolumeReading {
  readonly volumeCc: number;
  readonly volumePercent: number;
}

/**
 * The volume receiving at least `doseGy`, in cc and % of the structure: the V<d>Gy metrics of
 * src/dvh (linear within bins), so the cursor reads what the metrics report. Undefined for a DVH
 * without volume.
 */
export function volumeAtDose(dvh: DvhData, doseGy: number): VolumeReading | undefined {
  const volume = (unit: '%' | 'cc'): Metric => ({ kind: 'volume-at-dose', doseGy, unit, name: `V${doseGy}Gy[${unit}]` });
  const cc = evaluateMetric(volume('cc'), dvh);
  const percent = evaluateMetric(volume('%'), dvh);
  return cc.ok && percent.ok ? { volumeCc: cc.value, volumePercent: percent.value } : undefined;
}
