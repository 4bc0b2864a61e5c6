import { caseStore } from '../state/caseStore.js';
import { dvhStore } from '../state/dvhStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import type { ViewportId } from '../state/viewStore.js';
import { platform } from '../platform/platform.js';
import { composeViewsFigure } from './composeFigure.js';
import { doseReportNotes } from '../../src/dvh/dvhCsv.js';
import { csvRois, cumulativeDvhCsv, metricsCsv } from './dvhCsv.js';
import { exportFileName, subjectName } from './exportNames.js';
import { exportSettingsStore, runExport, type ExportOutcome } from './exportSettings.js';
import { figureContext } from './figureContext.js';
import { pngBytes } from './figureCanvas.js';
import { figurePackFiles, type ExportFile } from './figurePack.js';
import { noteFigure } from './figureReport.js';
import { capitalised, watermarkText } from './figureText.js';

/**
 * Saves the files one after the other through the platform (a save dialog each in the desktop
 * app, downloads in a browser); stops at the first one not saved (cancelled, or the write failed).
 */
async function saveAll(files: readonly ExportFile[]): Promise<ExportOutcome> {
  const saved: string[] = [];
  for (const file of files) {
    const result = await platform.saveFile(file.bytes, file.name, file.kind);
    if (!result.saved) {
      const before = saved.length === 0 ? '' : `saved ${saved.join(', ')}; then `;
      const message = capitalised(`${before}${file.name} was not saved (${result.reason})${files.length > saved.length + 1 ? ', so the rest were not either' : ''}`);
      return result.reason === 'cancelled' ? { ok: false, message, cancelled: true } : { ok: false, message };
    }
    saved.push(result.name);
  }
  return { ok: true, message: saved.length === 1 ? `Saved ${saved.join('')}` : `Saved ${saved.length} files: ${saved.join(', ')}` };
}

/** One viewport or the whole layout as a PNG, at the menu's scale, the patient's identity only when switched on. */
export function exportPng(subject: ViewportId | 'layout'): Promise<ExportOutcome> {
  return runExport(`Exporting the ${subjectName(subject)}`, async () => {
    const { scale, showIdentity } = exportSettingsStore.getState();
    const context = figureContext(showIdentity, new Date());
    const figure = composeViewsFigure(subject, scale, context);
    noteFigure(figure.report);
    const name = exportFileName({ planLabel: context.objects.plan?.label, subject, scale, at: context.at, extension: 'png' });
    return saveAll([{ bytes: await pngBytes(figure.canvas), name, kind: 'png' }]);
  });
}

/** The figure pack: the PDF, then each figure's PNG. */
export function exportFigurePack(): Promise<ExportOutcome> {
  return runExport('Exporting the figure pack', async () => {
    const { scale, showIdentity, pack } = exportSettingsStore.getState();
    return saveAll(await figurePackFiles(pack, scale, figureContext(showIdentity, new Date())));
  });
}

/**
 * The dose statistics as `planlens dvh --csv` writes them (plus V at the prescription) and the
 * cumulative DVH curves, as two CSV files. Neither ever names the patient.
 */
export function exportCsv(): Promise<ExportOutcome> {
  return runExport('Exporting the CSV files', async () => {
    const at = new Date();
    const context = figureContext(false, at);
    const { dose, structureSet, plan } = selectedObjects(caseStore.getState());
    if (dose === undefined || structureSet === undefined) return { ok: false, message: 'The CSV files need a dose and a structure set' };
    const found = csvRois(dvhStore.getState().rois, structureSet);
    if (!found.ok) return { ok: false, message: `No CSV: ${found.reason}` };
    const notes = [...doseReportNotes(dose, structureSet.frameOfReferenceUid), `${context.planText}; exported by PlanLens ${context.dateText}; ${watermarkText.toLowerCase()}`];
    const prescriptionGy = dose.doseUnits === 'RELATIVE' ? undefined : plan?.prescriptionGy;
    const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
    return saveAll([
      { bytes: encode(metricsCsv(found.rois, prescriptionGy, notes)), name: exportFileName({ planLabel: plan?.label, subject: 'metrics', at, extension: 'csv' }), kind: 'csv' },
      { bytes: encode(cumulativeDvhCsv(found.rois, notes)), name: exportFileName({ planLabel: plan?.label, subject: 'dvh-curves', at, extension: 'csv' }), kind: 'csv' },
    ]);
  });
}
