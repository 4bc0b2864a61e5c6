import type { Administration, Fraction } from './administration.js';
import { dateTimeOf, timeHOf } from './calendar.js';

/**
 * A treatment calendar as text, strings in and strings out. Times are written as clinic wall-clock
 * `YYYY-MM-DDTHH:MM` (no zone: see calendar.ts) and read back to hours from 00:00 of RT day 0.
 * CSV: header `kind,id,dateTime,dose,unit,infusionH`; rows `fraction,<n from 1>,...,<Gy>,Gy,0` and
 * `administration,<agentId>,...`. JSON: `{ startDate, fractions: [...], administrations: [...] }`.
 */
export interface TreatmentSchedule {
  readonly startDate: string;
  readonly fractions: readonly Fraction[];
  readonly administrations: readonly Administration[];
}

export interface ScheduleRead {
  readonly schedule: TreatmentSchedule;
  /** One line per rejected row or field, with its line or position; the rest is read. */
  readonly problems: readonly string[];
}

const header = 'kind,id,dateTime,dose,unit,infusionH';

export function scheduleToCsv(schedule: TreatmentSchedule): string {
  const rows = [
    ...schedule.fractions.map((f) => ['fraction', String(f.index + 1), dateTimeOf(schedule.startDate, f.timeH), String(f.doseGy), 'Gy', '0']),
    ...schedule.administrations.map((a) => ['administration', a.agentId, dateTimeOf(schedule.startDate, a.startH), String(a.dose), a.unit, String(a.infusionH)]),
  ];
  return `${[header, ...rows.map((row) => row.map(csvField).join(','))].join('\n')}\n`;
}

/** Reads scheduleToCsv's format; RT day 0 is the date of the first fraction row. */
export function scheduleFromCsv(text: string): ScheduleRead {
  const lines = text.split(/\r?\n/u).filter((line) => line.trim() !== '');
  const problems: string[] = [];
  if (lines[0]?.trim() !== header) return { schedule: { startDate: '', fractions: [], administrations: [] }, problems: [`line 1: expected the header "${header}"`] };
  const rows = lines.slice(1).map((line) => line.split(',').map((field) => field.trim()));
  const firstFraction = rows.find((row) => row[0] === 'fraction');
  const startDate = firstFraction?.[2]?.slice(0, 10) ?? '';
  if (firstFraction === undefined) problems.push('no fraction rows: RT day 0 is the date of the first fraction');
  const entries = rows.map((row, i) => ({ kind: row[0], id: row[1] ?? '', dateTime: row[2] ?? '', dose: row[3] ?? '', unit: row[4] ?? '', infusionH: row[5] ?? '0', where: `line ${i + 2}` }));
  return { schedule: readEntries(startDate, entries, problems), problems };
}

export function scheduleToJson(schedule: TreatmentSchedule): string {
  return `${JSON.stringify(
    {
      startDate: schedule.startDate,
      fractions: schedule.fractions.map((f) => ({ index: f.index + 1, dateTime: dateTimeOf(schedule.startDate, f.timeH), doseGy: f.doseGy })),
      administrations: schedule.administrations.map((a) => ({ agentId: a.agentId, dateTime: dateTimeOf(schedule.startDate, a.startH), dose: a.dose, unit: a.unit, infusionH: a.infusionH })),
    },
    null,
    2,
  )}\n`;
}

export function scheduleFromJson(text: string): ScheduleRead {
  const problems: string[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { schedule: { startDate: '', fractions: [], administrations: [] }, problems: [`not JSON: ${(error as Error).message}`] };
  }
  const object = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const list = (key: string): Record<string, unknown>[] => (Array.isArray(object[key]) ? (object[key] as Record<string, unknown>[]) : []);
  const text_ = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  const entries = [
    ...list('fractions').map((f, i) => ({ kind: 'fraction', id: text_(f.index), dateTime: text_(f.dateTime), dose: text_(f.doseGy), unit: 'Gy', infusionH: '0', where: `fractions[${i}]` })),
    ...list('administrations').map((a, i) => ({ kind: 'administration', id: text_(a.agentId), dateTime: text_(a.dateTime), dose: text_(a.dose), unit: text_(a.unit), infusionH: text_(a.infusionH ?? 0), where: `administrations[${i}]` })),
  ];
  return { schedule: readEntries(text_(object.startDate), entries, problems), problems };
}

interface Entry {
  readonly kind: string | undefined;
  readonly id: string;
  readonly dateTime: string;
  readonly dose: string;
  readonly unit: string;
  readonly infusionH: string;
  readonly where: string;
}

function readEntries(startDate: string, entries: readonly Entry[], problems: string[]): TreatmentSchedule {
  const fractions: Fraction[] = [];
  const administrations: Administration[] = [];
  for (const entry of entries) {
    try {
      const timeH = timeHOf(startDate, entry.dateTime, entry.where);
      const dose = Number(entry.dose);
      const infusionH = Number(entry.infusionH);
      if (entry.dose === '' || !(Number.isFinite(dose) && dose >= 0)) throw new RangeError(`${entry.where}: dose "${entry.dose}" is not a number, 0 or more`);
      if (!(Number.isFinite(infusionH) && infusionH >= 0)) throw new RangeError(`${entry.where}: infusionH "${entry.infusionH}" is not a number of hours, 0 or more`);
      if (entry.kind === 'fraction') fractions.push({ index: fractions.length, timeH, doseGy: dose });
      else if (entry.kind === 'administration' && entry.id !== '') administrations.push({ agentId: entry.id, startH: timeH, dose, unit: entry.unit, infusionH });
      else throw new RangeError(`${entry.where}: kind "${entry.kind ?? ''}" with id "${entry.id}"; use fraction, or administration with an agent id`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  fractions.sort((a, b) => a.timeH - b.timeH);
  return { startDate, fractions: fractions.map((f, index) => ({ ...f, index })), administrations: administrations.sort((a, b) => a.startH - b.startH) };
}

/** Fields are plain (ids and units from the library have no commas); one that would need quoting is refused. */
function csvField(value: string): string {
  if (/[",\r\n]/u.test(value)) throw new RangeError(`scheduleToCsv: "${value}" holds a comma, quote or line break; rename it to write the schedule as CSV (or use JSON)`);
  return value;
}
