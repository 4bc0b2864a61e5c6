import { caseStore } from '../state/caseStore.js';
import { dvhStore } from '../state/dvhStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { composeViewsFigure, shownViewports, type ComposedFigure } from './composeFigure.js';
import { composeDvhFigure } from './dvhFigure.js';
import { csvRois } from './dvhCsv.js';
import type { FigureContext } from './figureContext.js';
import { figurePackPdf } from './figurePackPdf.js';
import { pngBytes } from './figureCanvas.js';
import { noteFigure } from './figureReport.js';
import { capitalised } from './figureText.js';
import { exportFileName, packFigureFileName, subjectName, type ExportScale, type FigureSubject } from './exportNames.js';
import { packChoices, type PackChoice } from './exportSettings.js';
import { composeMetricsFigure } from './metricsFigure.js';
import { metricsTable } from './metricsTable.js';

/** A file an export saves. */
export interface ExportFile {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly kind: 'png' | 'pdf' | 'csv';
}

/** The DVH and the metrics are drawn at least at 2x: they are read from slides and paper. */
const minimumChartScale = 2;

/**
 * The case-conference figure pack: the chosen views (those the layout shows) and the layout at
 * `scale`, the DVH and the dose statistics (once every DVH is computed), each as a PNG, and one
 * PDF of them all (the statistics as a text table). The PDF comes first: it is the one to open.
 */
export async function figurePackFiles(chosen: Readonly<Record<PackChoice, boolean>>, scale: ExportScale, context: FigureContext): Promise<readonly ExportFile[]> {
  const shown = new Set<string>(shownViewports().map((view) => view.id));
  const subjects = packChoices.filter((choice) => chosen[choice] && (choice === 'layout' || shown.has(choice)));
  const rois = dvhStore.getState().rois;
  const { structureSet, plan, dose } = selectedObjects(caseStore.getState());
  const dvhs = structureSet === undefined ? undefined : csvRois(rois, structureSet);
  if (dvhs !== undefined && !dvhs.ok && rois.length > 0) throw new Error(`export: the figure pack waits for the DVHs: ${dvhs.reason}`);
  if (subjects.length === 0 && rois.length === 0) throw new Error('export: nothing to put in the figure pack (no view chosen that the layout shows, and no DVH)');
  const relative = dose?.doseUnits === 'RELATIVE';
  const prescriptionGy = relative ? undefined : plan?.prescriptionGy;
  const chartScale = Math.max(minimumChartScale, scale) as ExportScale;
  // Each figure becomes its PNG at once, so that only one full-size canvas is held at a time.
  const pngs: { readonly subject: FigureSubject; readonly scale: ExportScale; readonly png: Uint8Array }[] = [];
  const add = async (subject: FigureSubject, figureScale: ExportScale, figure: ComposedFigure): Promise<void> => {
    noteFigure(figure.report);
    pngs.push({ subject, scale: figureScale, png: await pngBytes(figure.canvas) });
  };
  for (const subject of subjects) await add(subject, scale, composeViewsFigure(subject, scale, context));
  const table = rois.length > 0 ? metricsTable(rois, context.viewState.structures, prescriptionGy, relative) : undefined;
  if (table !== undefined) {
    await add('dvh', chartScale, await composeDvhFigure(rois, context, prescriptionGy, chartScale));
    await add('metrics', chartScale, composeMetricsFigure(table, context, chartScale));
  }
  const pdf = await figurePackPdf({
    planText: context.planText,
    identity: context.identity,
    dateText: context.dateText,
    at: context.at,
    // The statistics go into the PDF as text, not as a picture of text.
    figures: pngs.filter((entry) => entry.subject !== 'metrics').map((entry) => ({ caption: capitalised(subjectName(entry.subject)), png: entry.png })),
    metrics: table,
  });
  const planLabel = context.objects.plan?.label;
  return [
    { bytes: pdf, name: exportFileName({ planLabel, subject: 'figures', at: context.at, extension: 'pdf' }), kind: 'pdf' },
    ...pngs.map((entry, index) => ({ bytes: entry.png, name: packFigureFileName(planLabel, context.at, index, entry.subject, entry.scale), kind: 'png' as const })),
  ];
}
