import type { Fraction } from './administration.js';

/**
 * The treatment calendar. Convention (UTC-safe): dates are calendar dates `YYYY-MM-DD` and times
 * are clinic wall-clock `HH:MM`, both turned into numbers with Date.UTC only, so the host's time
 * zone never enters; every day has 24 h and a daylight-saving change does not move a time (the
 * model's time base, §4.1, is "hours from 00:00 of RT day 0", the day of the first fraction).
 */
const msPerDay = 86_400_000;
/** Monday to Friday, as Date.getUTCDay numbers (0 = Sunday). */
export const WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];

export interface CalendarInput {
  /** RT day 0, the day of the first fraction. */
  readonly startDate: string;
  readonly fractionCount: number;
  readonly doseGyPerFraction: number;
  /** Time of day of every fraction, `HH:MM`. */
  readonly clock: string;
  readonly treatmentWeekdays?: readonly number[];
  /** Days without treatment (holidays, machine service); fractions move to the next treatment day. */
  readonly breakDates?: readonly string[];
  /** Days a fraction was missed; it is delivered on the next treatment day. */
  readonly missedDates?: readonly string[];
}

/** Fractions of a course on consecutive treatment days, skipping breaks and missed days. */
export function buildFractions(input: CalendarInput): Fraction[] {
  const weekdays = input.treatmentWeekdays ?? WEEKDAYS;
  const startDay = dayNumber(input.startDate, 'buildFractions: startDate');
  if (!(Number.isInteger(input.fractionCount) && input.fractionCount >= 1)) throw new RangeError(`buildFractions: fractionCount is ${input.fractionCount}; pass a whole number, 1 or more`);
  if (!(Number.isFinite(input.doseGyPerFraction) && input.doseGyPerFraction >= 0)) throw new RangeError(`buildFractions: doseGyPerFraction is ${input.doseGyPerFraction}; pass a finite dose, 0 Gy or more`);
  if (weekdays.length === 0 || !weekdays.every((day) => Number.isInteger(day) && day >= 0 && day <= 6)) throw new RangeError(`buildFractions: treatmentWeekdays is [${weekdays.join(', ')}]; use 0 (Sunday) to 6 (Saturday), at least one`);
  const clockH = clockHours(input.clock, 'buildFractions: clock');
  const skipped = new Set([...(input.breakDates ?? []), ...(input.missedDates ?? [])].map((date) => dayNumber(date, 'buildFractions: break or missed date') - startDay));
  if (skipped.has(0) || !weekdays.includes(weekday(startDay))) throw new RangeError(`buildFractions: startDate ${input.startDate} is not a treatment day; RT day 0 is the day of the first fraction`);
  const fractions: Fraction[] = [];
  for (let day = 0; fractions.length < input.fractionCount; day += 1) {
    if (weekdays.includes(weekday(startDay + day)) && !skipped.has(day)) fractions.push({ index: fractions.length, timeH: day * 24 + clockH, doseGy: input.doseGyPerFraction });
  }
  return fractions;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; throws naming `where` if it is not a real date. */
export function dayNumber(date: string, where: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  const ms = match === null ? Number.NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (match === null || new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`${where}: "${date}" is not a date; write it as YYYY-MM-DD`);
  return ms / msPerDay;
}

/** Hours after midnight of a 24-hour `HH:MM` time. */
export function clockHours(clock: string, where: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/u.exec(clock);
  if (match === null) throw new RangeError(`${where}: "${clock}" is not a time; write it as 24-hour HH:MM`);
  return Number(match[1]) + Number(match[2]) / 60;
}

/** `YYYY-MM-DDTHH:MM` of a model time (h from 00:00 of RT day 0) for the course starting on startDate. */
export function dateTimeOf(startDate: string, timeH: number): string {
  const minutes = Math.round(timeH * 60);
  return new Date((dayNumber(startDate, 'dateTimeOf: startDate') * 1440 + minutes) * 60_000).toISOString().slice(0, 16);
}

/** The model time (h from 00:00 of RT day 0) of a `YYYY-MM-DDTHH:MM` wall-clock time. */
export function timeHOf(startDate: string, dateTime: string, where: string): number {
  const [date = '', clock = ''] = dateTime.split('T');
  return (dayNumber(date, where) - dayNumber(startDate, `${where}: startDate`)) * 24 + clockHours(clock, where);
}

function weekday(daysSinceEpoch: number): number {
  return (((daysSinceEpoch + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}
