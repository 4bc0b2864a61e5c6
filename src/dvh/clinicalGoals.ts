import type { DvhData } from './dvhData.js';
import { parseMetric, type Metric } from './metricName.js';
import { evaluateMetric } from './metrics.js';

/**
 * Clinical goals, one per line: `<ROI name> <metric> <operator> <limit> <unit>`, e.g.
 * `PTV D95 >= 66.5 Gy`, `SPINAL CORD2 Dmax < 45 Gy`, `Lung_L V20Gy <= 30 %`, `Heart Dmean < 26Gy`,
 * `PTV D0.03cc <= 107 %`.
 *
 * A line is read from the right, so the ROI name is everything before the metric and may hold
 * spaces. The metric is one token (grammar in metricName.ts); the operator is <, <=, >, >=
 * (or ≤, ≥); the unit is case-insensitive and may touch the number.
 * - D-metrics take Gy, or % of the prescription (the prescription is given at evaluation).
 * - V-metrics take % or cc; the limit's unit decides the metric's unit (`V20Gy <= 200 cc` asks
 *   for cc) unless the metric names its own unit in brackets, which must then agree.
 * Blank lines and lines starting with `#` are skipped.
 */
export type GoalOperator = '<' | '<=' | '>' | '>=';
export type GoalUnit = 'Gy' | '%' | 'cc';

export interface ClinicalGoal {
  readonly roiName: string;
  readonly metric: Metric;
  readonly operator: GoalOperator;
  readonly limit: number;
  readonly unit: GoalUnit;
  /** The line as written, trimmed. */
  readonly text: string;
}

export type GoalParse = { readonly ok: true; readonly goal: ClinicalGoal } | { readonly ok: false; readonly error: string };

const GOAL_LINE = /^(.*\S)\s+([^\s<>=≤≥]+)\s*(<=|>=|<|>|≤|≥)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(gy|%|cc)$/i;
const FORM = 'expected "<ROI name> <metric> <operator> <limit> <unit>", e.g. "PTV D95% >= 66.5 Gy" or "Lung_L V20Gy <= 30 %"';

export function parseClinicalGoal(line: string): GoalParse {
  const text = line.trim();
  const match = GOAL_LINE.exec(text);
  if (!match) return { ok: false, error: `parseClinicalGoal: "${text}" is not a goal; ${FORM}` };
  const [, roiName = '', metricText = '', operatorText = '', limitText = '', unitText = ''] = match;
  const parsed = parseMetric(metricText);
  if (!parsed.ok) return { ok: false, error: `parseClinicalGoal: in "${text}": ${parsed.error}` };
  const unit: GoalUnit = unitText.toLowerCase() === 'gy' ? 'Gy' : unitText.toLowerCase() === 'cc' ? 'cc' : '%';
  const metric = metricForUnit(parsed.metric, metricText, unit);
  if (typeof metric === 'string') return { ok: false, error: `parseClinicalGoal: in "${text}": ${metric}` };
  const operator = operatorText === '≤' ? '<=' : operatorText === '≥' ? '>=' : (operatorText as GoalOperator);
  return { ok: true, goal: { roiName: roiName.trim(), metric, operator, limit: Number(limitText), unit, text } };
}

/** The metric to evaluate for a limit in `unit`, or why the two do not fit. */
function metricForUnit(metric: Metric, metricText: string, unit: GoalUnit): Metric | string {
  if (metric.kind !== 'volume-at-dose') {
    return unit === 'cc' ? `${metric.name} is a dose; give its limit in Gy or in % of the prescription, not cc` : metric;
  }
  if (unit === 'Gy') return `${metric.name} is a volume; give its limit in % or cc, not Gy`;
  if (metric.unit === unit) return metric;
  if (metricText.includes('[')) return `${metric.name} is in ${metric.unit} but its limit is in ${unit}; make the two agree`;
  return { ...metric, unit, name: `V${metric.doseGy}Gy[${unit}]` };
}

export interface GoalLineError {
  /** 1-based line number in the text. */
  readonly line: number;
  readonly error: string;
}

/** Every goal of a multi-line text, and an error per line that is not one. */
export function parseClinicalGoals(text: string): { readonly goals: readonly ClinicalGoal[]; readonly errors: readonly GoalLineError[] } {
  const goals: ClinicalGoal[] = [];
  const errors: GoalLineError[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const parsed = parseClinicalGoal(trimmed);
    if (parsed.ok) goals.push(parsed.goal);
    else errors.push({ line: index + 1, error: parsed.error });
  });
  return { goals, errors };
}

/**
 * A goal's outcome. `value` is in the goal's unit; `margin` is signed in that unit, positive when
 * the goal is met with room to spare (limit − value for < and <=, value − limit for > and >=).
 */
export type GoalResult =
  | { readonly goal: ClinicalGoal; readonly status: 'pass' | 'fail'; readonly value: number; readonly margin: number }
  | { readonly goal: ClinicalGoal; readonly status: 'not-evaluated'; readonly reason: string };

export interface GoalContext {
  /** DVHs by ROI name; a goal's ROI is found by exact name, else by the one name equal ignoring case and surrounding spaces. */
  readonly dvhByRoi: ReadonlyMap<string, DvhData>;
  /** Prescription dose, Gy, for D-metric limits written in %. */
  readonly prescriptionGy?: number;
}

export function evaluateClinicalGoals(goals: readonly ClinicalGoal[], context: GoalContext): GoalResult[] {
  return goals.map((goal) => evaluateClinicalGoal(goal, context));
}

export function evaluateClinicalGoal(goal: ClinicalGoal, context: GoalContext): GoalResult {
  const dvh = findDvh(goal.roiName, context.dvhByRoi);
  if (typeof dvh === 'string') return { goal, status: 'not-evaluated', reason: dvh };
  const evaluated = evaluateMetric(goal.metric, dvh);
  if (!evaluated.ok) return { goal, status: 'not-evaluated', reason: evaluated.reason };
  let value = evaluated.value;
  if (evaluated.unit === 'Gy' && goal.unit === '%') {
    const prescriptionGy = context.prescriptionGy;
    if (prescriptionGy === undefined || !(prescriptionGy > 0)) {
      return { goal, status: 'not-evaluated', reason: `"${goal.text}" has a limit in % of the prescription; give the prescription dose in Gy` };
    }
    value = (100 * value) / prescriptionGy;
  }
  const margin = goal.operator.startsWith('<') ? goal.limit - value : value - goal.limit;
  const met = goal.operator.length === 2 ? margin >= 0 : margin > 0;
  return { goal, status: met ? 'pass' : 'fail', value, margin };
}

function findDvh(roiName: string, dvhByRoi: ReadonlyMap<string, DvhData>): DvhData | string {
  const exact = dvhByRoi.get(roiName);
  if (exact) return exact;
  const wanted = roiName.trim().toLowerCase();
  const matches = [...dvhByRoi.keys()].filter((name) => name.trim().toLowerCase() === wanted);
  const [only] = matches;
  if (matches.length === 1 && only !== undefined) return dvhByRoi.get(only) ?? `no DVH for ROI "${roiName}"`;
  if (matches.length > 1) return `ROI "${roiName}" matches ${matches.map((name) => `"${name}"`).join(', ')} ignoring case; write the name exactly`;
  return `no DVH for ROI "${roiName}"; the ROIs with a DVH are ${[...dvhByRoi.keys()].map((name) => `"${name}"`).join(', ') || 'none'}`;
}
