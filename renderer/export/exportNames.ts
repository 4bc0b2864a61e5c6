import type { ViewportId } from '../state/viewStore.js';
import { exportDateText } from './figureText.js';

/** What an export shows: one viewport, the whole layout, the DVH, the metrics table, or the CSVs and the pack. */
export type FigureSubject = ViewportId | 'layout' | 'dvh' | 'metrics';
export type ExportSubject = FigureSubject | 'dvh-curves' | 'figures';

/** Scales a PNG can be exported at: the figure is drawn again at this many pixels per CSS pixel. */
export const exportScales = [1, 2, 4] as const;
export type ExportScale = (typeof exportScales)[number];

const subjectNames: Readonly<Record<ExportSubject, string>> = {
  axial: 'axial', sagittal: 'sagittal', coronal: 'coronal', volume: '3D', layout: 'layout', dvh: 'DVH', metrics: 'metrics', 'dvh-curves': 'DVH-curves', figures: 'figures',
};

/** The name a subject goes by in file names and captions. */
export function subjectName(subject: ExportSubject): string {
  return subjectNames[subject];
}

/**
 * A plan label as part of a file name: letters without accents, digits, '.', '_' and '-' only
 * (runs of anything else become one '-'), at most 40 characters; "no-plan" without one.
 */
export function fileNamePart(label: string | undefined): string {
  const plain = (label ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/gu, '');
  const part = plain.replace(/[^A-Za-z0-9._-]+/gu, '-').replace(/^[-.]+|[-.]+$/gu, '').slice(0, 40).replace(/[-.]+$/u, '');
  return part === '' ? 'no-plan' : part;
}

/** Local date and time as 2026-01-01_1432 (sorts by time, no characters file systems refuse). */
export function timestampPart(at: Date): string {
  return exportDateText(at).replace(' ', '_').replace(':', '');
}

export interface ExportNameParts {
  /** RTPlanLabel of the plan shown (never anything that identifies the patient). */
  readonly planLabel: string | undefined;
  readonly subject: ExportSubject;
  /** Left out of the name at 1x and for files that are not pictures. */
  readonly scale?: ExportScale;
  readonly at: Date;
  readonly extension: 'png' | 'pdf' | 'csv' | 'zip';
}

/** PlanLens_Demo-70-35_layout@2x_2026-01-01_1432.png: the suggested name of a saved export. */
export function exportFileName(parts: ExportNameParts): string {
  return `PlanLens_${fileNamePart(parts.planLabel)}_${subjectName(parts.subject)}${scaleSuffix(parts.scale)}_${timestampPart(parts.at)}.${parts.extension}`;
}

/** A figure of the figure pack: the pack's name, then the figure's place in it: PlanLens_Demo-70-35_figures_2026-01-01_1432_02-axial@2x.png. */
export function packFigureFileName(planLabel: string | undefined, at: Date, index: number, subject: FigureSubject, scale: ExportScale): string {
  return `PlanLens_${fileNamePart(planLabel)}_${subjectName('figures')}_${timestampPart(at)}_${String(index + 1).padStart(2, '0')}-${subjectName(subject)}${scaleSuffix(scale)}.png`;
}

function scaleSuffix(scale: ExportScale | undefined): string {
  return scale === undefined || scale === 1 ? '' : `@${scale}x`;
}
