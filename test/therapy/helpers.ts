import { expect } from 'vitest';
import type { Fraction } from '../../src/therapy/administration.js';
import { buildFractions } from '../../src/therapy/calendar.js';
import type { Regimen } from '../../src/therapy/regimen.js';
import { defaultRegimen } from '../../src/therapy/regimenLibrary.js';
import { expandRegimen } from '../../src/therapy/schedule.js';
import { agentCourse, type AgentCourse } from '../../src/therapy/sensitisation.js';

/** 2026-01-05 is a Monday, RT day 0 of the §5 examples. */
export const monday = '2026-01-05';

export function course(fractionCount: number, doseGy: number, clock = '09:00'): Fraction[] {
  return buildFractions({ startDate: monday, fractionCount, doseGyPerFraction: doseGy, clock });
}

export function regimen(id: string): Regimen {
  const found = defaultRegimen(id);
  if (found === undefined) throw new Error(`no default regimen ${id}`);
  return found;
}

/** Every component of a default regimen as an AgentCourse on the fraction days of `fractions`. */
export function agentsOf(id: string, fractions: readonly Fraction[], edit: (agent: AgentCourse) => AgentCourse = (agent) => agent): AgentCourse[] {
  const r = regimen(id);
  const fractionDays = fractions.map((fraction) => Math.floor(fraction.timeH / 24));
  const { administrations } = expandRegimen(r, { fractionDays });
  return r.components.map((component) => edit(agentCourse(component, administrations)));
}

/** |actual − expected| ≤ 1e-3, the §5 tolerance. */
export function near(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-3);
}
