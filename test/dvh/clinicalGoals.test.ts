import { describe, expect, it } from 'vitest';
import { evaluateClinicalGoal, evaluateClinicalGoals, parseClinicalGoal, parseClinicalGoals, type ClinicalGoal, type GoalContext } from '../../src/dvh/clinicalGoals.js';
import type { DvhData } from '../../src/dvh/dvhData.js';
import { rampDvh } from './dvhBuilders.js';

function goal(line: string): ClinicalGoal {
  const parsed = parseClinicalGoal(line);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.goal;
}

function error(line: string): string {
  const parsed = parseClinicalGoal(line);
  if (parsed.ok) throw new Error(`"${line}" parsed`);
  return parsed.error;
}

describe('parseClinicalGoal', () => {
  it('reads ROI, metric, operator, limit and unit', () => {
    expect(goal('PTV D95 >= 66.5 Gy')).toMatchObject({ roiName: 'PTV', metric: { kind: 'dose-at-volume-percent', volumePercent: 95 }, operator: '>=', limit: 66.5, unit: 'Gy' });
    expect(goal('Heart Dmean < 26Gy')).toMatchObject({ roiName: 'Heart', metric: { statistic: 'mean' }, operator: '<', limit: 26, unit: 'Gy' });
    expect(goal('PTV D0.03cc <= 107 %')).toMatchObject({ metric: { kind: 'dose-at-volume-cc', volumeCc: 0.03 }, limit: 107, unit: '%' });
  });

  it('reads ROI names with spaces and symbols from the right', () => {
    expect(goal('SPINAL CORD2 Dmax < 45 Gy')).toMatchObject({ roiName: 'SPINAL CORD2', metric: { statistic: 'max' } });
    expect(goal('  Body - PTV 70  D2cc ≤ 50 gy ')).toMatchObject({ roiName: 'Body - PTV 70', operator: '<=', limit: 50, unit: 'Gy', text: 'Body - PTV 70  D2cc ≤ 50 gy' });
    expect(goal('Lung L+R (total) V5Gy ≥ 1%')).toMatchObject({ roiName: 'Lung L+R (total)', operator: '>=', unit: '%' });
  });

  it('lets the limit unit choose the unit of a V-metric unless the metric names its own', () => {
    expect(goal('Lung_L V20Gy <= 30 %').metric).toMatchObject({ kind: 'volume-at-dose', doseGy: 20, unit: '%' });
    expect(goal('Lung_L V20Gy <= 200 cc').metric).toEqual({ kind: 'volume-at-dose', doseGy: 20, unit: 'cc', name: 'V20Gy[cc]' });
    expect(goal('Lung_L V20Gy[cc] <= 200 cc').metric).toMatchObject({ unit: 'cc' });
    expect(error('Lung_L V20Gy[%] <= 200 cc')).toBe('parseClinicalGoal: in "Lung_L V20Gy[%] <= 200 cc": V20Gy[%] is in % but its limit is in cc; make the two agree');
  });

  it('refuses units that do not fit the metric', () => {
    expect(error('PTV D95 >= 66.5 cc')).toContain('D95% is a dose; give its limit in Gy or in % of the prescription, not cc');
    expect(error('Lung V20Gy <= 30 Gy')).toContain('V20Gy[%] is a volume; give its limit in % or cc, not Gy');
  });

  it('refuses lines that are not goals, saying what it expected', () => {
    expect(error('PTV D95 >= 66.5')).toBe('parseClinicalGoal: "PTV D95 >= 66.5" is not a goal; expected "<ROI name> <metric> <operator> <limit> <unit>", e.g. "PTV D95% >= 66.5 Gy" or "Lung_L V20Gy <= 30 %"');
    expect(error('D95 >= 66.5 Gy')).toContain('is not a goal');
    expect(error('PTV D95 = 66.5 Gy')).toContain('is not a goal');
    expect(error('PTV Dfoo >= 1 Gy')).toContain('in "PTV Dfoo >= 1 Gy": parseMetric: "Dfoo" is not a DVH metric');
  });
});

describe('parseClinicalGoals', () => {
  it('skips blank and # lines and numbers the errors by line', () => {
    const { goals, errors } = parseClinicalGoals('# protocol\r\nPTV D95 >= 66.5 Gy\n\nCord Dmax < 45\nHeart Dmean < 26 Gy\n');
    expect(goals.map((parsed) => parsed.roiName)).toEqual(['PTV', 'Heart']);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(4);
    expect(errors[0]?.error).toContain('"Cord Dmax < 45" is not a goal');
  });
});

describe('evaluateClinicalGoal (PTV: the ramp, 10..30 Gy over 40 cc; D95% = 11 Gy, V20Gy = 20 cc)', () => {
  const context: GoalContext = { dvhByRoi: new Map<string, DvhData>([['PTV', rampDvh()]]), prescriptionGy: 20 };

  it('passes and fails with a signed margin in the goal unit', () => {
    expect(evaluateClinicalGoal(goal('PTV D95 >= 10.5 Gy'), context)).toMatchObject({ status: 'pass', value: 11, margin: 0.5 });
    expect(evaluateClinicalGoal(goal('PTV D95 >= 12 Gy'), context)).toMatchObject({ status: 'fail', margin: -1 });
    expect(evaluateClinicalGoal(goal('PTV V20Gy <= 25 cc'), context)).toMatchObject({ status: 'pass', margin: 5 });
  });

  it('treats the limit itself as met for <= and >= and not for < and >', () => {
    expect(evaluateClinicalGoal(goal('PTV Dmax <= 30 Gy'), context)).toMatchObject({ status: 'pass', margin: 0 });
    expect(evaluateClinicalGoal(goal('PTV Dmax < 30 Gy'), context)).toMatchObject({ status: 'fail', margin: 0 });
    expect(evaluateClinicalGoal(goal('PTV Dmin > 10 Gy'), context)).toMatchObject({ status: 'fail', margin: 0 });
  });

  it('converts D-metrics to % of the prescription when the limit is in %', () => {
    // D0.03cc = 29.985 Gy = 149.925 % of 20 Gy.
    const result = evaluateClinicalGoal(goal('PTV D0.03cc <= 150 %'), context);
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect(result.value).toBeCloseTo(149.925, 9);
    expect(result.margin).toBeCloseTo(0.075, 9);
    const withoutPrescription = evaluateClinicalGoal(goal('PTV D0.03cc <= 150 %'), { dvhByRoi: context.dvhByRoi });
    expect(withoutPrescription).toMatchObject({ status: 'not-evaluated', reason: '"PTV D0.03cc <= 150 %" has a limit in % of the prescription; give the prescription dose in Gy' });
  });

  it('finds the ROI ignoring case when the name is unique', () => {
    expect(evaluateClinicalGoal(goal('ptv Dmax < 31 Gy'), context)).toMatchObject({ status: 'pass', margin: 1 });
    const twins: GoalContext = { dvhByRoi: new Map([['Cord', rampDvh()], ['CORD', rampDvh()]]) };
    expect(evaluateClinicalGoal(goal('cord Dmax < 45 Gy'), twins)).toMatchObject({ status: 'not-evaluated', reason: 'ROI "cord" matches "Cord", "CORD" ignoring case; write the name exactly' });
    expect(evaluateClinicalGoal(goal('Cord Dmax < 45 Gy'), twins)).toMatchObject({ status: 'pass', margin: 15 });
  });

  it('does not evaluate a missing ROI or a metric that does not apply', () => {
    const results = evaluateClinicalGoals([goal('Lung Dmax < 1 Gy'), goal('PTV D41cc >= 1 Gy')], context);
    expect(results[0]).toMatchObject({ status: 'not-evaluated', reason: 'no DVH for ROI "Lung"; the ROIs with a DVH are "PTV"' });
    expect(results[1]).toMatchObject({ status: 'not-evaluated', reason: 'D41cc: the structure is only 40.000 cc, smaller than the 41 cc asked for' });
  });
});
