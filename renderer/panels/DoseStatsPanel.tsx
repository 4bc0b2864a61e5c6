import { memo, useMemo } from 'react';
import { useStore } from 'zustand';
import type { DvhSettings } from '../../src/dvh/computeDvh.js';
import { cssRgb } from '../gpu/textures/colourMap.js';
import { caseStore } from '../state/caseStore.js';
import { dvhStore, type DvhState } from '../state/dvhStore.js';
import type { RoiDvh } from '../state/roiDvhs.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { viewStore } from '../state/viewStore.js';
import { useShownDose } from '../therapy/useShownDose.js';
import { cellText, doseStatsCells, doseStatsColumns, type DoseStatsColumn } from './dvh/doseStatsTable.js';
import { ccText } from './dvh/volumeText.js';

const roisOf = (state: DvhState): readonly RoiDvh[] => state.rois;

/** Dose statistics per ROI from its DVH: volume, min, mean, max, D98, D95, D50, D2, D0.03cc and V(prescription). */
export function DoseStatsPanel(): React.JSX.Element {
  const rois = useStore(dvhStore, roisOf);
  const structures = useStore(viewStore, (state) => state.structures);
  const { dose, plan } = useStore(caseStore, selectedObjects);
  const relative = dose?.doseUnits === 'RELATIVE';
  const prescriptionGy = relative ? undefined : plan?.prescriptionGy;
  const columns = useMemo(() => doseStatsColumns(prescriptionGy), [prescriptionGy]);
  const derived = useShownDose().derived;
  if (rois.length === 0) return <section className="panel dose-stats"><h2>Dose statistics</h2><p className="muted">No DVHs to report.</p></section>;
  return (
    <section className="panel dose-stats" data-testid="dose-stats">
      <h2>Dose statistics <span className="muted">{relative ? 'relative dose' : 'Gy'}; V in % of the ROI{derived ? '; physical dose, whole course (the DVH shows the mode)' : ''}</span></h2>
      <div className="dose-stats-table">
        <table>
          <thead>
            <tr>
              <th>ROI</th>
              <th className="number">Vol cc</th>
              {columns.map((column) => <th key={column.label} className="number" title={column.metric.name}>{column.label}{column.unit === '%' ? ' %' : ''}</th>)}
            </tr>
          </thead>
          <tbody>
            {rois.map((roi) => (
              <tr key={roi.roiNumber} data-roi={roi.roiName}>
                <td title={settingsText(roi)}>
                  <span className="swatch" style={{ background: cssRgb(structures[roi.roiNumber]?.colourRgb ?? [128, 128, 128]) }} />
                  {roi.roiName}
                </td>
                <RoiCells roi={roi} columns={columns} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One ROI's cells; memoised, so progress elsewhere does not re-evaluate its metrics. */
const RoiCells = memo(function RoiCells({ roi, columns }: { readonly roi: RoiDvh; readonly columns: readonly DoseStatsColumn[] }): React.JSX.Element {
  const { status } = roi;
  const span = columns.length + 1;
  if (status.status === 'pending') return <td colSpan={span}><progress max={1} value={status.fraction} aria-label={`statistics of ${roi.roiName}`} /></td>;
  if (status.status === 'error') return <td colSpan={span} className="error">{status.message}</td>;
  if (status.data === undefined) return <td colSpan={span} className="muted">{status.notes.map((note) => note.message).join('; ') || 'no DVH'}</td>;
  const cells = doseStatsCells(columns, status.data);
  return (
    <>
      <td className="number">{ccText(status.data.volumeCc)}</td>
      {cells.map(({ column, value }) => <td key={column.label} className="number" title={value.ok ? column.metric.name : value.reason}>{cellText(value)}</td>)}
    </>
  );
});

/** How the DVH was sampled, for the ROI's tooltip. */
function settingsText(roi: RoiDvh): string {
  const settings: DvhSettings | undefined = roi.status.status === 'done' ? roi.status.settings : undefined;
  if (settings === undefined) return roi.roiName;
  return `${roi.roiName}: ${settings.sampleCount.toLocaleString('en')} samples every ${settings.samplePitchMm.toFixed(2)} mm, ${settings.binWidthGy} Gy bins, ${settings.endCap} end caps`;
}
