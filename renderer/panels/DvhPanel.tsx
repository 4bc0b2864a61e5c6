import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { DvhData } from '../../src/dvh/dvhData.js';
import { cssRgb } from '../gpu/textures/colourMap.js';
import { caseStore } from '../state/caseStore.js';
import { dvhStore, type DvhState } from '../state/dvhStore.js';
import { overallFraction, type RoiDvh } from '../state/roiDvhs.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { updateStructure, viewStore, type StructureDisplay } from '../state/viewStore.js';
import type { VolumeUnit } from './dvh/dvhPlotData.js';
import { volumeAtDose } from './dvh/volumeAtDose.js';
import { ccText } from './dvh/volumeText.js';
import { DvhPlot } from './DvhPlot.js';
import { IDENTITY_DOSE_POLYNOMIAL, inverseDosePolynomial, type DosePolynomial } from '../../src/therapy/doseMode.js';
import { MODEL_CAVEAT } from '../../src/therapy/scenario.js';
import { DOSE_MODE_LABELS } from '../therapy/doseModeStore.js';
import type { ShownDose } from '../therapy/shownDose.js';
import { useShownDose } from '../therapy/useShownDose.js';

type ComputedDvh = RoiDvh & { readonly status: { readonly status: 'done'; readonly data: DvhData } };

const computed = (roi: RoiDvh): roi is ComputedDvh => roi.status.status === 'done' && roi.status.data !== undefined;
/** The ROIs with a DVH (the same objects while their results stand, so useShallow keeps the array). */
const computedDvhs = (state: DvhState): readonly ComputedDvh[] => state.rois.filter(computed);
/** The §4.9 caveat in one line over the plot (the whole text is over the viewports and in this line's tooltip). */
export const DVH_CAVEAT = 'Educational model only: not validated, not calibrated, not for clinical decisions (full caveat over the views).';
const hidden: StructureDisplay = { visible: false, colourRgb: [128, 128, 128], fill: false, fillOpacity: 0 };

/**
 * The cumulative DVHs of the selected structure set in the selected dose: a curve per ROI shown in
 * the structure list, in its colour; the list beside the plot toggles the same visibility and
 * reads each curve's volume at the cursor's dose; progress while the worker computes, and notes.
 */
export function DvhPanel(): React.JSX.Element {
  const rois = useStore(dvhStore, (state) => state.rois);
  const curves = useStore(dvhStore, useShallow(computedDvhs));
  const structures = useStore(viewStore, (state) => state.structures);
  const { dose, plan, structureSet } = useStore(caseStore, selectedObjects);
  const shown = useShownDose();
  const polynomialOf = useMemo(() => roiPolynomialLookup(shown, structureSet?.rois.map((roi) => roi.number) ?? []), [shown, structureSet]);
  const polynomials = useMemo(() => (polynomialOf === undefined ? undefined : curves.map((curve) => polynomialOf(curve.roiNumber))), [curves, polynomialOf]);
  const [volumeUnit, setVolumeUnit] = useState<VolumeUnit>('percent');
  const [cursorGy, setCursorGy] = useState<number | undefined>(undefined);
  const dvhs = useMemo(() => curves.map((curve) => curve.status.data), [curves]);
  const relative = dose?.doseUnits === 'RELATIVE';
  const doseUnitLabel = relative ? 'relative' : 'Gy';
  const prescriptionGy = relative ? undefined : plan?.prescriptionGy;
  const displays = curves.map((curve) => structures[curve.roiNumber] ?? hidden);
  const pending = rois.filter((roi) => roi.status.status === 'pending').length;
  if (rois.length === 0) {
    return <section className="panel dvh"><h2>DVH</h2><p className="muted">DVHs need a structure set with closed contours and a dose grid.</p></section>;
  }
  return (
    <section className="panel dvh" data-testid="dvh-panel">
      <h2>
        DVH <span className="muted">cumulative{relative ? ', relative dose' : ''}</span>
        {polynomials !== undefined && <span className="dvh-mode" data-testid="dvh-mode" title={shown.caption}> solid: {DOSE_MODE_LABELS[shown.mode]}, fx 1–{shown.throughFraction} of {shown.fractionCount} · dashed: physical, whole course</span>}
        <span className="group" role="group" aria-label="DVH volume unit">
          {(['percent', 'cc'] as const).map((unit) => (
            <button type="button" key={unit} aria-pressed={volumeUnit === unit} onClick={() => setVolumeUnit(unit)}>{unit === 'percent' ? '%' : 'cc'}</button>
          ))}
        </span>
      </h2>
      {pending > 0 && (
        <div className="dvh-progress">
          <progress max={1} value={overallFraction(rois)} aria-label="DVH progress" /> <span className="muted">computing {pending} of {rois.length} DVHs</span>
        </div>
      )}
      <div className="dvh-body">
        <DvhPlot
          dvhs={dvhs}
          coloursRgb={displays.map((display) => display.colourRgb)}
          visible={displays.map((display) => display.visible)}
          polynomials={polynomials}
          volumeUnit={volumeUnit}
          doseUnitLabel={doseUnitLabel}
          prescriptionGy={prescriptionGy}
          onCursorDose={setCursorGy}
        />
        {shown.mode === 'sensitisedEqd2' && polynomials !== undefined && <p role="note" className="dvh-caveat" data-testid="dvh-caveat" title={MODEL_CAVEAT}>{DVH_CAVEAT}</p>}
        <DvhLegend rois={rois} structures={structures} cursorGy={cursorGy} doseUnitLabel={doseUnitLabel} prescriptionGy={prescriptionGy} polynomialOf={polynomialOf} />
      </div>
      <DvhNotes rois={rois} />
    </section>
  );
}

interface LegendProps {
  readonly rois: readonly RoiDvh[];
  readonly structures: Readonly<Record<number, StructureDisplay>>;
  readonly cursorGy: number | undefined;
  readonly doseUnitLabel: string;
  readonly prescriptionGy: number | undefined;
  readonly polynomialOf: ((roiNumber: number) => DosePolynomial) | undefined;
}

/** Each ROI's map from planned to shown dose by ROI number, or undefined when the physical course is shown. */
function roiPolynomialLookup(shown: ShownDose, roiNumbers: readonly number[]): ((roiNumber: number) => DosePolynomial) | undefined {
  if (!shown.derived) return undefined;
  const byNumber = new Map(roiNumbers.map((roiNumber, index) => [roiNumber, shown.roiPolynomials[index]]));
  return (roiNumber) => byNumber.get(roiNumber) ?? IDENTITY_DOSE_POLYNOMIAL;
}

/** Every ROI: click to show or hide it (here, in the views and in the structure list), and its volume at the cursor. */
function DvhLegend({ rois, structures, cursorGy, doseUnitLabel, prescriptionGy, polynomialOf }: LegendProps): React.JSX.Element {
  const rx = cursorGy !== undefined && prescriptionGy !== undefined ? ` · ${((100 * cursorGy) / prescriptionGy).toFixed(1)} % Rx` : '';
  return (
    <div className="dvh-legend" data-testid="dvh-legend">
      <div className="dvh-cursor" data-testid="dvh-cursor">{cursorGy === undefined ? <span className="muted">point at the plot to read volumes</span> : `${cursorGy.toFixed(2)} ${doseUnitLabel}${rx}`}</div>
      <table>
        <colgroup><col /><col className="cc" /><col className="percent" /></colgroup>
        <thead><tr><th>ROI</th><th className="number">cc</th><th className="number">%</th></tr></thead>
        <tbody>
          {rois.map((roi) => {
            const display = structures[roi.roiNumber] ?? hidden;
            return (
              <tr key={roi.roiNumber} data-roi={roi.roiName}>
                <td>
                  <button type="button" className="legend-entry" aria-pressed={display.visible} title={`show or hide ${roi.roiName}`} onClick={() => updateStructure(roi.roiNumber, { visible: !display.visible })}>
                    <span className="swatch" style={{ background: display.visible ? cssRgb(display.colourRgb) : 'transparent', borderColor: cssRgb(display.colourRgb) }} />
                    {roi.roiName}
                  </button>
                </td>
                <RoiReading roi={roi} cursorGy={cursorGy} polynomial={polynomialOf?.(roi.roiNumber)} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The ROI's volume at the cursor's dose (on its shown curve when a polynomial is given), or where its DVH stands. */
function RoiReading({ roi, cursorGy, polynomial }: { readonly roi: RoiDvh; readonly cursorGy: number | undefined; readonly polynomial: DosePolynomial | undefined }): React.JSX.Element {
  const { status } = roi;
  if (status.status === 'pending') return <td colSpan={2}><progress max={1} value={status.fraction} aria-label={`DVH of ${roi.roiName}`} /></td>;
  if (status.status === 'error') return <td colSpan={2} className="error" title={status.message}>failed</td>;
  if (status.data === undefined) return <td colSpan={2} className="muted" title={status.notes.map((note) => note.message).join('; ')}>no volume</td>;
  const reading = cursorGy === undefined ? undefined : volumeAtDose(status.data, polynomial === undefined ? cursorGy : inverseDosePolynomial(polynomial, cursorGy));
  return (
    <>
      <td className="number">{reading === undefined ? '' : ccText(reading.volumeCc)}</td>
      <td className="number">{reading === undefined ? '' : reading.volumePercent.toFixed(1)}</td>
    </>
  );
}

/** The computation's notes (parts outside the dose grid, small structures, left-out contours) and errors. */
function DvhNotes({ rois }: { readonly rois: readonly RoiDvh[] }): React.JSX.Element | null {
  const lines = rois.flatMap((roi) => {
    if (roi.status.status === 'error') return [{ key: `${roi.roiNumber}`, severity: 'error', text: `${roi.roiName}: ${roi.status.message}` }];
    if (roi.status.status !== 'done') return [];
    return roi.status.notes.map((note, index) => ({ key: `${roi.roiNumber}.${index}`, severity: note.severity, text: `${roi.roiName}: ${note.message}` }));
  });
  if (lines.length === 0) return null;
  return (
    <ul className="dvh-notes" data-testid="dvh-notes">
      {lines.map((line) => <li key={line.key} className={`problem ${line.severity}`}><strong>{line.severity === 'info' ? 'note' : line.severity}</strong> {line.text}</li>)}
    </ul>
  );
}
