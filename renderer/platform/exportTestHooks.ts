import { exportSettingsStore } from '../export/exportSettings.js';
import { lastFigure } from '../export/figureReport.js';
import type { PlanLensExportTestHooks } from './exportTestHookTypes.js';

declare global {
  interface Window { planlensExports?: PlanLensExportTestHooks }
}

/** Installs window.planlensExports: where the last exported figure's parts are, and the Export menu's state. */
export function installExportTestHooks(): void {
  window.planlensExports = {
    lastFigure,
    exportState: () => {
      const { scale, showIdentity, busy, outcome } = exportSettingsStore.getState();
      return { scale, showIdentity, busy, outcome };
    },
  };
}
