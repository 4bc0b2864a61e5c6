import { describe, expect, it } from 'vitest';
import { axisTicks, clampView, curvePoints, cursorTimeH, MIN_VIEW_H, panView, sampleTimes, spanPx, tickStepH, timeAt, withTimes, xOf, zoomView } from '../../renderer/therapy/timelineLayout.js';
import { agentLevel, buildTimeline, nextMonday, structureRole } from '../../renderer/therapy/timelineModel.js';
import { MODEL_CAVEAT } from '../../src/therapy/scenario.js';

const course = { startH: 0, endH: 24 * 42 };

describe('the timeline scale and zoom', () => {
  it('maps times to x and back', () => {
    const view = { startH: 24, endH: 48 };
    expect(xOf(view, 100, 240, 24)).toBe(100);
    expect(xOf(view, 100, 240, 36)).toBe(220);
    expect(timeAt(view, 100, 240, 220)).toBe(36);
  });

  it('zooms about the anchor, no narrower than a day and no wider than the course', () => {
    const inView = zoomView(course, course, 0.5, 0);
    expect(inView).toEqual({ startH: 0, endH: 24 * 21 });
    let view = course;
    for (let i = 0; i < 20; i += 1) view = zoomView(view, course, 0.5, 500);
    expect(view.endH - view.startH).toBe(MIN_VIEW_H);
    expect(view.startH).toBeLessThanOrEqual(500);
    expect(view.endH).toBeGreaterThanOrEqual(500);
    expect(zoomView(view, course, 1e6)).toEqual(course);
  });

  it('pans inside the course', () => {
    const day = { startH: 0, endH: 24 };
    expect(panView(day, course, -100)).toEqual(day);
    expect(panView(day, course, 48)).toEqual({ startH: 48, endH: 72 });
    expect(panView(day, course, 1e5)).toEqual({ startH: course.endH - 24, endH: course.endH });
    expect(clampView({ startH: 10, endH: 11 }, course)).toEqual({ startH: 10, endH: 34 });
  });

  it('chooses tick steps from hours to weeks and labels them', () => {
    expect(tickStepH(course, 840)).toBe(168); // 1.2 h/px: a day is 20 px, a week 140 px
    expect(tickStepH({ startH: 0, endH: 24 }, 840)).toBe(2); // 35 px/h
    const weekly = axisTicks(course, 840, '2026-12-07');
    expect(weekly.map((t) => t.label)).toEqual(['12-07', '12-14', '12-21', '12-28', '01-04', '01-11', '01-18']);
    expect(weekly.every((t) => t.major)).toBe(true);
    const hourly = axisTicks({ startH: 24, endH: 48 }, 840, '2026-12-07');
    expect(hourly[0]).toEqual({ timeH: 24, label: '12-08', major: true });
    expect(hourly[1]).toEqual({ timeH: 26, label: '02:00', major: false });
    expect(hourly.at(-1)?.timeH).toBe(48);
  });

  it('samples and draws curves clamped into the lane', () => {
    const view = { startH: 0, endH: 10 };
    expect(sampleTimes(view, 3)).toEqual([0, 5, 10]);
    expect(curvePoints(view, { left: 0, top: 10, width: 100, height: 20 }, [0, 5, 10], [0, 1, 5], 2)).toBe('0.0,30.0 50.0,20.0 100.0,10.0');
    expect(spanPx(view, 0, 100, -5, 5)).toEqual([0, 50]);
    expect(spanPx(view, 0, 100, 11, 12)).toBeUndefined();
  });
});

describe('the timeline cursor and curve samples', () => {
  const fractions = [{ timeH: 9 }, { timeH: 33 }, { timeH: 57 }];

  it('puts the current-fraction cursor at fraction n (1-based), none for the whole course', () => {
    expect(cursorTimeH(fractions, 2)).toBe(33);
    expect(cursorTimeH(fractions, 1)).toBe(9);
    expect(cursorTimeH(fractions, undefined)).toBeUndefined();
    expect(cursorTimeH(fractions, 0)).toBeUndefined();
    expect(cursorTimeH(fractions, 4)).toBeUndefined();
    expect(cursorTimeH(fractions, 1.5)).toBeUndefined();
  });

  it('adds the administration times inside the view to the samples', () => {
    expect(withTimes([0, 5, 10], { startH: 0, endH: 10 }, [5, 7.5, 11, -1])).toEqual([0, 5, 7.5, 10]);
  });
});

describe('the timeline model', () => {
  it('finds the next Monday', () => {
    expect(nextMonday(new Date(Date.UTC(2026, 11, 1)))).toBe('2026-12-07'); // a Tuesday
    expect(nextMonday(new Date(Date.UTC(2026, 11, 7)))).toBe('2026-12-14'); // a Monday: the next one
    expect(nextMonday(new Date(Date.UTC(2026, 11, 6)))).toBe('2026-12-07'); // a Sunday
  });

  it('tells targets from OARs by type or name', () => {
    expect(structureRole('PTV_70', '')).toBe('target');
    expect(structureRole('Boost', 'GTV')).toBe('target');
    expect(structureRole('SpinalCord', 'ORGAN')).toBe('oar');
  });

  it('builds 35 × 2 Gy with weekly cisplatin: administrations, windows, curves and totals', () => {
    const model = buildTimeline({
      startDate: '2026-12-07',
      clock: '09:00',
      fractionCount: 35,
      doseGyPerFraction: 2,
      regimenIds: ['cisplatin_weekly_40'],
      structures: [{ name: 'PTV70', interpretedType: 'PTV' }, { name: 'Parotid_L', interpretedType: 'ORGAN' }],
    });
    expect(model.caveat).toBe(MODEL_CAVEAT);
    expect(model.fractions).toHaveLength(35);
    expect(model.fractions[5]?.timeH).toBe(7 * 24 + 9); // Monday of week 2
    expect(model.administrations.length).toBeGreaterThan(0);
    expect(model.windows).toHaveLength(model.administrations.length);
    expect(model.spanH.startH).toBe(0);
    expect(model.spanH.endH).toBeGreaterThan(model.fractions.at(-1)?.timeH ?? 0);
    const [target, oar] = model.structures;
    expect(target?.role).toBe('target');
    expect(target?.alphaBetaGy).toBe(10);
    expect(oar?.alphaBetaGy).toBe(3);
    expect(target?.bed.physicalGy).toBeCloseTo(70, 9);
    expect(target?.bed.plainEqd2Gy).toBeCloseTo(70, 9); // 2 Gy fractions
    expect(target?.bed.eqd2Gy).toBeGreaterThan(70);
    const agent = model.agents[0];
    expect(agent).toBeDefined();
    if (agent === undefined) return;
    const first = model.administrations[0]?.startH ?? 0;
    const [before, after] = agentLevel(agent, [first - 1, first + 2]);
    expect(before).toBe(0);
    expect(after).toBeGreaterThan(0);
  });

  it('gives RT-alone totals with no regimen and a generic target and OAR without a structure set', () => {
    const model = buildTimeline({ startDate: '2026-12-07', clock: '09:00', fractionCount: 5, doseGyPerFraction: 4, regimenIds: [], structures: [] });
    expect(model.agents).toEqual([]);
    expect(model.structures.map((s) => [s.name, s.alphaBetaGy])).toEqual([['Target', 10], ['OAR (generic)', 3]]);
    expect(model.structures[0]?.bed.deltaEqd2Gy).toBe(0);
  });
});
