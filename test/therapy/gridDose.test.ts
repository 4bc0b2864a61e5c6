import { describe, expect, it } from 'vitest';
import { gridDoseOfCourse } from '../../src/therapy/gridDose.js';

const course = Array(35).fill(2) as number[];

describe('the planned dose an RTDOSE holds for the course', () => {
  it('is the whole course for PLAN and MULTI_PLAN, one fraction for FRACTION', () => {
    expect(gridDoseOfCourse({ doseUnits: 'GY', summationType: 'PLAN' }, course)).toEqual({ gridDoseGy: 70, note: undefined });
    expect(gridDoseOfCourse({ doseUnits: 'GY', summationType: 'MULTI_PLAN' }, course)).toEqual({ gridDoseGy: 70, note: undefined });
    expect(gridDoseOfCourse({ doseUnits: 'GY', summationType: 'FRACTION' }, course)).toMatchObject({ gridDoseGy: 2, note: expect.stringContaining('FRACTION') });
  });

  it('takes an absent summation type as the course and says so', () => {
    expect(gridDoseOfCourse({ doseUnits: 'GY', summationType: 'UNKNOWN' }, course)).toMatchObject({ gridDoseGy: 70, note: expect.stringContaining('absent') });
  });

  it('refuses beam and record doses, RELATIVE doses and a course without dose, saying why', () => {
    expect(gridDoseOfCourse({ doseUnits: 'GY', summationType: 'BEAM' }, course)).toMatch(/a BEAM dose, not a plan's or a fraction's/);
    expect(gridDoseOfCourse({ doseUnits: 'RELATIVE', summationType: 'PLAN' }, course)).toMatch(/RELATIVE/);
    expect(gridDoseOfCourse({ doseUnits: 'GY', summationType: 'PLAN' }, [])).toMatch(/no planned dose/);
  });
});
