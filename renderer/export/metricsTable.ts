import { cellText, doseStatsCells, doseStatsColumns } from '../panels/dvh/doseStatsTable.js';
import { ccText } from '../panels/dvh/volumeText.js';
import type { RoiDvh } from '../state/roiDvhs.js';
import type { StructureDisplay } from '../state/viewStore.js';

/** The dose statistics table as text, for the figure and the PDF: the panel's columns and numbers. */
export interface MetricsTable {
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly { readonly colourRgb: readonly [number, number, number]; readonly cells: readonly string[] }[];
}

const grey: readonly [number, number, number] = [128, 128, 128];

/**
 * The dose statistics panel's table (volume, min, mean, max, D98, D95, D50, D2, D0.03cc, V at the
 * prescription), cell for cell as the panel writes it; an ROI without numbers says why in its first cell.
 */
export function metricsTable(rois: readonly RoiDvh[], structures: Readonly<Record<number, StructureDisplay>>, prescriptionGy: number | undefined, relative: boolean): MetricsTable {
  const columns = doseStatsColumns(prescriptionGy);
  const header = ['ROI', 'Vol cc', ...columns.map((column) => `${column.label}${column.unit === '%' ? ' %' : ''}`)];
  const rows = rois.map((roi) => {
    const colourRgb = structures[roi.roiNumber]?.colourRgb ?? grey;
    const { status } = roi;
    if (status.status === 'pending') return { colourRgb, cells: [roi.roiName, 'computing'] };
    if (status.status === 'error') return { colourRgb, cells: [roi.roiName, `failed: ${status.message}`] };
    if (status.data === undefined) return { colourRgb, cells: [roi.roiName, status.notes.map((note) => note.message).join('; ') || 'no DVH'] };
    return { colourRgb, cells: [roi.roiName, ccText(status.data.volumeCc), ...doseStatsCells(columns, status.data).map(({ value }) => cellText(value))] };
  });
  return { caption: `Dose statistics (${relative ? 'relative dose' : 'Gy'}; V in % of the ROI)`, header, rows };
}
