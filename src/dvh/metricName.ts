/**
 * DVH metric names as a physicist types them, parsed into a typed metric.
 *
 * Grammar (case-insensitive; all whitespace is ignored, so `D 95 %` is `D95%`; <x> is a
 * non-negative decimal number such as `95`, `0.03` or `.5`):
 *
 *   Dmin | Dmax | Dmean           statistics of the dose in the structure, Gy
 *   D<x> | D<x>%                  dose (Gy) to the hottest x % of the volume, 0 <= x <= 100
 *   D<x>cc                        dose (Gy) to the hottest x cc of the volume
 *   V<x>Gy | V<x>Gy[%]            volume receiving at least x Gy, in % of the structure
 *   V<x>Gy[cc]                    volume receiving at least x Gy, in cc
 *
 * Anything else is an error that quotes the name and lists these forms.
 */
export type Metric =
  | { readonly kind: 'dose-statistic'; readonly statistic: 'min' | 'mean' | 'max'; readonly name: string }
  | { readonly kind: 'dose-at-volume-percent'; readonly volumePercent: number; readonly name: string }
  | { readonly kind: 'dose-at-volume-cc'; readonly volumeCc: number; readonly name: string }
  | { readonly kind: 'volume-at-dose'; readonly doseGy: number; readonly unit: '%' | 'cc'; readonly name: string };

/** The unit a metric's value comes in. */
export type MetricUnit = 'Gy' | '%' | 'cc';

export type MetricParse = { readonly ok: true; readonly metric: Metric } | { readonly ok: false; readonly error: string };

const NUMBER = String.raw`(\d+(?:\.\d*)?|\.\d+)`;
const DOSE_AT_VOLUME = new RegExp(`^d${NUMBER}(%|cc)?$`);
const VOLUME_AT_DOSE = new RegExp(`^v${NUMBER}gy(\\[%\\]|\\[cc\\])?$`);

const EXPECTED = 'expected Dmin, Dmax, Dmean, D<x> or D<x>% (x in 0..100), D<x>cc, V<x>Gy or V<x>Gy[%] (volume in %), or V<x>Gy[cc] (volume in cc), e.g. D95%, D0.03cc, V20Gy[cc]';

export function parseMetric(name: string): MetricParse {
  const compact = name.replace(/\s+/g, '').toLowerCase();
  if (compact === 'dmin' || compact === 'dmax' || compact === 'dmean') {
    const statistic = compact.slice(1) as 'min' | 'mean' | 'max';
    return { ok: true, metric: { kind: 'dose-statistic', statistic, name: `D${statistic}` } };
  }
  const dose = DOSE_AT_VOLUME.exec(compact);
  if (dose) return doseAtVolume(name, Number(dose[1]), dose[2] === 'cc');
  const volume = VOLUME_AT_DOSE.exec(compact);
  if (volume) {
    const doseGy = Number(volume[1]);
    const unit = volume[2] === '[cc]' ? 'cc' : '%';
    return { ok: true, metric: { kind: 'volume-at-dose', doseGy, unit, name: `V${doseGy}Gy[${unit}]` } };
  }
  return { ok: false, error: `parseMetric: "${name}" is not a DVH metric; ${EXPECTED}` };
}

function doseAtVolume(name: string, amount: number, inCc: boolean): MetricParse {
  if (inCc) return { ok: true, metric: { kind: 'dose-at-volume-cc', volumeCc: amount, name: `D${amount}cc` } };
  if (amount > 100) return { ok: false, error: `parseMetric: "${name}" asks for the dose to ${amount} % of the volume; a percentage must be 0..100 (write D${amount}cc for a volume in cc)` };
  return { ok: true, metric: { kind: 'dose-at-volume-percent', volumePercent: amount, name: `D${amount}%` } };
}

/** A metric the code names itself (a literal, not user input): parsed, or an Error for a typo. */
export function metricNamed(name: string): Metric {
  const parsed = parseMetric(name);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.metric;
}

/** The unit `evaluateMetric` reports the metric's value in. */
export function metricUnit(metric: Metric): MetricUnit {
  return metric.kind === 'volume-at-dose' ? metric.unit : 'Gy';
}
