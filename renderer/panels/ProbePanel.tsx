import { useStore } from 'zustand';
import { caseStore } from '../state/caseStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { viewStore } from '../state/viewStore.js';
import { doseAt, probePoint } from '../../src/case/probe.js';
import { DOSE_MODE_LABELS } from '../therapy/doseModeStore.js';
import { useShownDose } from '../therapy/useShownDose.js';

/** What is under the cursor in any viewport: position, image value, dose (Gy and % of prescription), structures. */
export function ProbePanel(): React.JSX.Element {
  const objects = useStore(caseStore, selectedObjects);
  const pointLps = useStore(viewStore, (state) => state.probeLps ?? state.crosshairLps);
  const hovering = useStore(viewStore, (state) => state.probeLps !== undefined);
  const reading = probePoint(objects, pointLps);
  const prescriptionGy = objects.plan?.prescriptionGy;
  const relative = objects.dose?.doseUnits === 'RELATIVE';
  const shown = useShownDose();
  const shownGy = shown.derived ? doseAt(shown.grid, pointLps) : undefined;
  return (
    <section className="panel probe" data-testid="probe">
      <h2>Probe <span className="muted">{hovering ? 'cursor' : 'crosshair'}</span></h2>
      <dl>
        <dt>LPS</dt><dd data-testid="probe-lps">{reading.pointLps.map((c) => c.toFixed(1)).join(', ')} mm</dd>
        <dt>Image</dt><dd data-testid="probe-image">{reading.imageValue === undefined ? '–' : `${Math.round(reading.imageValue)} ${reading.imageUnit ?? ''}`}</dd>
        <dt>Dose</dt>
        <dd data-testid="probe-dose" data-dose={reading.dose ?? ''}>
          {reading.dose === undefined ? '–' : `${reading.dose.toFixed(3)} ${relative ? '(relative)' : 'Gy'}`}
          {reading.dose !== undefined && prescriptionGy !== undefined && !relative ? ` (${((100 * reading.dose) / prescriptionGy).toFixed(1)} % Rx)` : ''}
        </dd>
        {shown.derived && (
          <>
            <dt title={shown.caption}>{DOSE_MODE_LABELS[shown.mode]}</dt>
            <dd data-testid="probe-shown-dose" data-dose={shownGy ?? ''} title={shown.caption}>
              {shownGy === undefined ? '–' : `${shownGy.toFixed(3)} Gy`} <span className="muted">fx 1–{shown.throughFraction}</span>
            </dd>
          </>
        )}
        <dt>In</dt><dd data-testid="probe-structures">{reading.structures.length === 0 ? '–' : reading.structures.map((roi) => roi.name).join(', ')}</dd>
      </dl>
    </section>
  );
}
