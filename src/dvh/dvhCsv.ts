import type { RtDose } from '../dicom/rtDose.js';
import { reportMetricKeys, type StructureReport } from './dvhReport.js';

/** The columns of the per-ROI CSV (`planlens dvh --csv`, the workspace's metrics export), in order. */
export const reportCsvHeader: readonly string[] = ['number', 'name', 'volumeCc', 'minGy', 'meanGy', 'maxGy', ...reportMetricKeys];

export type CsvValue = string | number | null;

/** One ROI's row under reportCsvHeader. */
export function reportCsvRow(report: StructureReport): CsvValue[] {
  return [report.number, report.name, report.volumeCc, report.minGy, report.meanGy, report.maxGy, ...reportMetricKeys.map((key) => report.metrics[key] ?? null)];
}

/** A CSV cell: empty for no value, quoted (quotes doubled) when it holds a quote, comma or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  return typeof value === 'string' && /[",\n\r]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : String(value);
}

/** Rows as CSV lines, then each note as a "# " line. */
export function csvText(rows: readonly (readonly CsvValue[])[], notes: readonly string[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n${notes.map((note) => `# ${note}\n`).join('')}`;
}

/**
 * What a reader of any DVH of this dose must know: structures and dose in different frames of
 * reference, a RELATIVE grid, a summation other than PLAN.
 */
export function doseReportNotes(dose: RtDose, structureFrameUid: string | undefined): string[] {
  const doseFrameUid = dose.identity.frameOfReferenceUid;
  return [
    ...(structureFrameUid !== undefined && doseFrameUid !== undefined && structureFrameUid !== doseFrameUid
      ? [`WARNING: the structure set (frame of reference ${structureFrameUid}) and the dose (${doseFrameUid}) are not in the same frame of reference; the DVHs assume they are and may be meaningless`]
      : []),
    ...(dose.doseUnits === 'RELATIVE' ? ['the dose grid is RELATIVE: the values below are not Gy'] : []),
    ...(dose.summationType !== 'PLAN' ? [`the dose summation type is ${dose.summationType}: the DVH is of the grid as stored, not of a whole course`] : []),
  ];
}
