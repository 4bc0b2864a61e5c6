import { scheduleFromJson } from '../../src/therapy/scheduleFile.js';
import { importSchedule } from './therapyStore.js';

/**
 * Reads a JSON schedule (scheduleFile.ts) into the therapy store; returns the lines to show: what
 * was read, then each problem with its position (`fractions[3]: …`). Never throws; a file with
 * nothing readable changes nothing.
 */
export function readSchedule(fileName: string, text: string): string[] {
  const read = scheduleFromJson(text);
  const problems = read.problems.map((p) => `${fileName}: ${p}`);
  if (read.schedule.fractions.length === 0 && read.schedule.administrations.length === 0) return [...problems, `${fileName}: nothing to import (no fractions and no administrations read)`];
  const left = importSchedule(read.schedule, fileName);
  return [`Imported ${fileName}: ${read.schedule.fractions.length} fractions, ${read.schedule.administrations.length - left.length} administrations`, ...problems, ...left];
}
