import { doseReferences } from '../gpu/materials/sliceUniformValues.js';
import { caseStore } from '../state/caseStore.js';
import type { DosePolynomial } from '../../src/therapy/doseMode.js';
import type { SelectedObjects } from '../state/selectedObjects.js';
import { DOSE_MODE_LABELS } from '../therapy/doseModeStore.js';
import { shownDose, shownObjects } from '../therapy/shownDose.js';
import { viewStore, type ViewState } from '../state/viewStore.js';
import { volumeViewStore } from '../state/volumeViewStore.js';
import { figureLegend, type FigureLegend } from './figureLegend.js';
import type { FooterKey } from './figureLayout.js';
import { exportDateText, planText, watermarkText } from './figureText.js';
import { identityText, patientOfSelection } from './patientIdentity.js';

/** Everything a figure draws besides the views' pixels, read from the stores when the export starts. */
export interface FigureContext {
  readonly objects: SelectedObjects;
  readonly viewState: ViewState;
  readonly beamsVisible: boolean;
  readonly legend: FigureLegend;
  readonly planText: string;
  /** Each ROI's map (by ROI number) to the dose shown when it is not the physical course; undefined otherwise. */
  readonly roiPolynomials: ReadonlyMap<number, DosePolynomial> | undefined;
  /** "Patient: … · ID …" only when the export was asked to show who the patient is. */
  readonly identity: string | undefined;
  readonly dateText: string;
  readonly at: Date;
  /** The footer's texts in order: the plan, the identity (when shown), the date, the watermark. */
  readonly footerItems: readonly { readonly key: FooterKey; readonly text: string }[];
}

/** The figure's context now; the patient's identity only when `showIdentity` (the export menu's switch, off by default). */
export function figureContext(showIdentity: boolean, at: Date): FigureContext {
  const caseState = caseStore.getState();
  // The dose the views show (a mode, a part of the course): the legend's colour bar is of that dose.
  const objects = shownObjects();
  const shown = shownDose();
  const viewState = viewStore.getState();
  const patient = showIdentity && caseState.reviewCase !== undefined ? patientOfSelection(caseState.reviewCase, caseState.selection) : undefined;
  const identity = showIdentity ? (patient === undefined ? 'Patient: (not known)' : identityText(patient)) : undefined;
  const mode = shown.derived ? ` · ${DOSE_MODE_LABELS[shown.mode]}, fractions 1–${shown.throughFraction ?? ''} of ${shown.fractionCount ?? ''}${shown.mode === 'sensitisedEqd2' ? ' · educational model, not calibrated, not for clinical decisions' : ''}` : '';
  const plan = `${planText(objects.plan)}${mode}`;
  const dateText = exportDateText(at);
  return {
    objects,
    viewState,
    beamsVisible: volumeViewStore.getState().beamsVisible,
    legend: figureLegend({
      dose: viewState.dose,
      references: doseReferences(objects),
      hasDose: objects.doseGrid !== undefined,
      relative: objects.dose?.doseUnits === 'RELATIVE',
      structureSet: objects.structureSet,
      structures: viewState.structures,
    }),
    planText: plan,
    roiPolynomials: shown.derived ? new Map((objects.structureSet?.rois ?? []).flatMap((roi, index) => { const p = shown.roiPolynomials[index]; return p === undefined ? [] : [[roi.number, p] as const]; })) : undefined,
    identity,
    dateText,
    at,
    footerItems: [
      { key: 'plan', text: plan },
      ...(identity === undefined ? [] : [{ key: 'identity' as const, text: identity }]),
      { key: 'date', text: `PlanLens ${dateText}` },
      { key: 'watermark', text: watermarkText },
    ],
  };
}
