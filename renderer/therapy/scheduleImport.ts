import { scheduleFromCsv, scheduleFromJson } from '../../src/therapy/scheduleFile.js';
import { importSchedule } from './therapyStore.js';

/**
 * Reads a CSV or JSON schedule (scheduleFile.ts) into the therapy store; returns the lines to
 * show: what was read, then each problem with its line or position (`line 4: …`,
 * `fractions[3]: …`). Never throws; a file with nothing readable changes nothing.
 */
export function readSchedule(fileName: string, text: string, format: 'csv' | 'json'): string[] {
  const read = format === 'csv' ? scheduleFromCsv(text) : scheduleFromJson(text);
  const problems = read.problems.map((p) => `${fileName}: ${p}`);
  if (read.schedule.fractions.length === 0 && read.schedule.administrations.length === 0) return [...problems, `${fileName}: nothing to import (no fractions and no administrations read)`];
  const left = importSchedule(read.schedule, fileName);
  return [`Imported ${fileName}: ${read.schedule.fractions.length} fractions, ${read.schedule.administrations.length - left.length} administrations`, ...problems, ...left];
}
