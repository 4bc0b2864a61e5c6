import type { FigureReport } from '../export/figureReport.js';

export type { FigureReport } from '../export/figureReport.js';

/**
 * window.planlensExports (exportTestHooks.ts installs it), free of DOM types so that the
 * end-to-end tests, type-checked for Node, can name it. The exports themselves are driven
 * through the Export menu and read back as the browser's downloads.
 */
export interface PlanLensExportTestHooks {
  /** Where the parts of the figure exported last are, in its pixels; undefined before the first. */
  lastFigure(): FigureReport | undefined;
  /** The Export menu's settings (scale, identity switch) and how the last export went. */
  exportState(): { readonly scale: number; readonly showIdentity: boolean; readonly busy: string | undefined; readonly outcome: { readonly ok: boolean; readonly message: string } | undefined };
}
