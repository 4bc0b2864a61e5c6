import type { DvhData } from '../../src/dvh/dvhData.js';
import { metricNamed } from '../../src/dvh/metricName.js';
import { evaluateMetric } from '../../src/dvh/metrics.js';

/** A metric's value read off a DVH; throws with the reason when it does not apply. */
export function metricValue(name: string, dvh: DvhData): number {
  const result = evaluateMetric(metricNamed(name), dvh);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}
