import type { Roi, StructureSet } from '../../src/dicom/rtStruct.js';
import type { DvhData } from '../../src/dvh/dvhData.js';
import { csvText, reportCsvHeader, reportCsvRow } from '../../src/dvh/dvhCsv.js';
import { reportMetricKeys, structureReport, type StructureReport } from '../../src/dvh/dvhReport.js';
import { metricNamed } from '../../src/dvh/metricName.js';
import { metricValueOrNull } from '../../src/dvh/metrics.js';
import type { RoiDvh } from '../state/roiDvhs.js';

/** One ROI as the CSVs report it: src/dvh's report (physical dose) and its DVH. */
export interface CsvRoi {
  readonly report: StructureReport;
  readonly dvh: DvhData | undefined;
}

/**
 * The DVH panel's ROIs as src/dvh reports them, once every DVH is computed; a reason when one is
 * still computing or failed (a CSV with holes would read as zeros).
 */
export function csvRois(rois: readonly RoiDvh[], structureSet: StructureSet): { readonly ok: true; readonly rois: readonly CsvRoi[] } | { readonly ok: false; readonly reason: string } {
  const pending = rois.filter((roi) => roi.status.status === 'pending').length;
  if (pending > 0) return { ok: false, reason: `${pending} of ${rois.length} DVHs are still being computed` };
  const failed = rois.find((roi) => roi.status.status === 'error');
  if (failed !== undefined) return { ok: false, reason: `the DVH of ${failed.roiName} failed${failed.status.status === 'error' ? `: ${failed.status.message}` : ''}` };
  if (rois.length === 0) return { ok: false, reason: 'there are no DVHs (a structure set with closed contours and a dose grid are needed)' };
  const byNumber = new Map<number, Roi>(structureSet.rois.map((roi) => [roi.number, roi]));
  return {
    ok: true,
    rois: rois.flatMap((roi): CsvRoi[] => {
      const found = byNumber.get(roi.roiNumber);
      if (found === undefined || roi.status.status !== 'done') return [];
      const result = { data: roi.status.data, notes: roi.status.notes, settings: roi.status.settings };
      return [{ report: structureReport(found, result, undefined), dvh: roi.status.data }];
    }),
  };
}

/**
 * One row per ROI with the columns of `planlens dvh --csv` (same names, order and number
 * format), then the volume at the prescription (`V70GyPct`, the dose statistics panel's last
 * column) when there is one the CLI columns lack; notes follow as "# " lines, as the CLI writes them.
 */
export function metricsCsv(rois: readonly CsvRoi[], prescriptionGy: number | undefined, notes: readonly string[]): string {
  const rxKey = prescriptionGy === undefined ? undefined : `V${prescriptionGy}GyPct`;
  const extra = rxKey === undefined || prescriptionGy === undefined || reportMetricKeys.includes(rxKey) ? undefined : { key: rxKey, metric: metricNamed(`V${prescriptionGy}Gy[%]`) };
  const header = [...reportCsvHeader, ...(extra === undefined ? [] : [extra.key])];
  const rows = rois.map(({ report, dvh }) => [...reportCsvRow(report), ...(extra === undefined ? [] : [dvh === undefined ? null : metricValueOrNull(extra.metric, dvh)])]);
  const allNotes = [...notes, ...rois.flatMap(({ report }) => report.notes.map((note) => `${report.name}: ${note}`))];
  return csvText([header, ...rows], allNotes);
}

/** The cumulative DVH of every ROI, one row per bin edge: number, name, doseGy, volumeCc, volumePct (the `cumulative` of `planlens dvh --json`). */
export function cumulativeDvhCsv(rois: readonly CsvRoi[], notes: readonly string[]): string {
  const rows = rois.flatMap(({ report }) => report.cumulative.doseGy.map((doseGy, index) => [report.number, report.name, doseGy, report.cumulative.volumeCc[index] ?? null, report.cumulative.volumePct[index] ?? null]));
  return csvText([['number', 'name', 'doseGy', 'volumeCc', 'volumePct'], ...rows], notes);
}

