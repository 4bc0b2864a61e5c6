import type { Administration } from './administration.js';
import { clockHours } from './calendar.js';
import type { Regimen, RegimenComponent, RegimenSchedule } from './regimen.js';

/** RT days (0 = day of first fraction) the schedule anchors refer to (§6 conventions). */
export interface ScheduleAnchors {
  /** Day index of every fraction day, in order. */
  readonly fractionDays: readonly number[];
  readonly surgeryDay?: number;
}

export interface ExpandedSchedule {
  readonly administrations: readonly Administration[];
  /** One line per component whose pattern is not generated here (enter those by hand). */
  readonly notes: readonly string[];
}

/** Clock used when a regimen gives none (e.g. ipilimumab in §6): 08:00, as the §5 examples use. */
const defaultClock = '08:00';

/** Administrations of every component of a regimen, relative to the RT start (§4.1, §4.11 expandSchedule). */
export function expandRegimen(regimen: Regimen, anchors: ScheduleAnchors): ExpandedSchedule {
  const administrations: Administration[] = [];
  const notes: string[] = [];
  for (const component of regimen.components) {
    const result = expandComponent(component, anchors);
    if (typeof result === 'string') notes.push(`${component.agentId}: ${result}`);
    else administrations.push(...result);
  }
  return { administrations: administrations.sort((a, b) => a.startH - b.startH), notes };
}

function expandComponent(component: RegimenComponent, anchors: ScheduleAnchors): Administration[] | string {
  const s = component.schedule;
  const anchorDay = anchorDayOf(s, anchors);
  if (anchorDay === undefined) return `anchor ${s.anchor} is not known (no fractions, or no surgery date); enter the administrations one by one`;
  const at = (day: number, clock: string, dose: number, infusionH: number): Administration => ({ agentId: component.agentId, startH: (anchorDay + day) * 24 + clockHours(clock, `${component.agentId} schedule.clock`), dose, unit: s.unit ?? '', infusionH });
  const firstClock = typeof s.clock === 'string' ? s.clock : (s.clock?.[0] ?? defaultClock);
  if (s.days !== undefined) {
    return s.days.map((day, index) => at(day, firstClock, s.doses?.[index] ?? s.dose ?? Number.NaN, typeof s.infusionH === 'number' ? s.infusionH : (s.infusionH?.[index] ?? 0)));
  }
  switch (s.pattern) {
    case 'continuousInfusion':
      return (s.cycles ?? [{ startDay: s.startDay ?? 0, durationDays: s.durationDays ?? Number.NaN }]).map((cycle) => at(cycle.startDay, '00:00', s.dose ?? Number.NaN, cycle.durationDays * 24));
    case 'bidOnRtDays': {
      const clocks = typeof s.clock === 'string' ? [s.clock] : (s.clock ?? [defaultClock]);
      return [...new Set(anchors.fractionDays)].flatMap((day) => clocks.map((clock) => at(day - anchorDay, clock, s.dose ?? Number.NaN, 0)));
    }
    case 'dailyFirstToLastRtDay': {
      const first = anchors.fractionDays[0] ?? 0;
      const count = Math.min((anchors.fractionDays.at(-1) ?? 0) - first + 1, s.maxDays ?? Number.POSITIVE_INFINITY);
      return Array.from({ length: count }, (_, index) => at(first + index - anchorDay, firstClock, s.dose ?? Number.NaN, 0));
    }
    default:
      return `pattern "${s.pattern}" is not generated automatically; enter the administrations one by one`;
  }
}

function anchorDayOf(s: RegimenSchedule, anchors: ScheduleAnchors): number | undefined {
  if (s.anchor === 'SURGERY') return anchors.surgeryDay;
  return s.anchor === 'RT_START' ? anchors.fractionDays[0] : anchors.fractionDays.at(-1);
}

/** A regimen's evidence bands as RT days, inclusive (§5.4: last fraction day 46 ⇒ PACIFIC days 47–88). */
export function evidenceBandDays(regimen: Regimen, anchors: ScheduleAnchors): { readonly label: string; readonly fromDay: number; readonly toDay: number }[] {
  const first = anchors.fractionDays[0] ?? 0;
  const last = anchors.fractionDays.at(-1) ?? 0;
  return regimen.evidenceBands.map((band) =>
    band.relativeTo === 'afterRt' ? { label: band.label, fromDay: last + band.fromDay, toDay: last + band.toDay } : { label: band.label, fromDay: first - band.fromDay, toDay: first - band.toDay },
  );
}
