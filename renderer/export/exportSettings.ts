import { createStore } from 'zustand/vanilla';
import type { ViewportId } from '../state/viewStore.js';
import type { ExportScale } from './exportNames.js';

/** What the figure pack may hold besides the DVH and the metrics: each view, and the layout. */
export type PackChoice = ViewportId | 'layout';
export const packChoices: readonly PackChoice[] = ['layout', 'axial', 'sagittal', 'coronal', 'volume'];

/** How the last export went, for the menu to say. */
export interface ExportOutcome {
  readonly ok: boolean;
  readonly message: string;
  /** The user cancelled a save dialog (nothing failed). */
  readonly cancelled?: true;
}

export interface ExportSettings {
  readonly scale: ExportScale;
  /**
   * Whether exports draw the patient's name and ID. Off by default and never remembered: each
   * start of the app begins with the identity hidden.
   */
  readonly showIdentity: boolean;
  readonly pack: Readonly<Record<PackChoice, boolean>>;
  /** What is being exported now ("Exporting the layout…"), undefined when nothing is. */
  readonly busy: string | undefined;
  readonly outcome: ExportOutcome | undefined;
}

export const exportSettingsStore = createStore<ExportSettings>(() => ({
  scale: 2,
  showIdentity: false,
  pack: { layout: true, axial: true, sagittal: true, coronal: true, volume: true },
  busy: undefined,
  outcome: undefined,
}));

export function updateExportSettings(change: Partial<Pick<ExportSettings, 'scale' | 'showIdentity' | 'pack'>>): void {
  exportSettingsStore.setState(change);
}

/**
 * Runs one export at a time: while one runs, another is refused (the menu's buttons are
 * disabled too); the outcome, or the error's message, is kept for the menu.
 */
export async function runExport(busy: string, task: () => Promise<ExportOutcome>): Promise<ExportOutcome> {
  const running = exportSettingsStore.getState().busy;
  if (running !== undefined) return { ok: false, message: `${running} is still running` };
  exportSettingsStore.setState({ busy, outcome: undefined });
  let outcome: ExportOutcome;
  try {
    outcome = await task();
  } catch (error) {
    outcome = { ok: false, message: error instanceof Error ? error.message.replace(/^export: /u, '') : String(error) };
  }
  exportSettingsStore.setState({ busy: undefined, outcome });
  return outcome;
}
