import type { OpenCaseResult, OpenTextResult, PlanLensDesktopApi, RecentCase } from '../../src/bridge/contract.js';
import type { MenuCommand } from '../../src/bridge/menuCommands.js';
import type { NamedBlob } from './blobSource.js';
import { browserPlatform } from './browserPlatform.js';
import { blobPartOf } from './bytes.js';
import { bridgeErrorMessage, desktopBridge } from './desktopBridge.js';

export type { MenuCommand } from '../../src/bridge/menuCommands.js';
export type { RecentCase, SaveKind } from '../../src/bridge/contract.js';

/** Files the user picked, with a label for the load progress. */
export interface PickedFiles {
  readonly label: string;
  readonly files: readonly NamedBlob[];
}

export type SaveResult = { saved: true; name: string } | { saved: false; reason: string };

/**
 * What the rest of the renderer uses for files and the native menu, the same in a browser and in
 * the desktop shell. In a browser: file inputs, a download, no menu. In the desktop shell: main's
 * dialogs (it reads and writes the files; the page never names a path) and its menu.
 */
export interface Platform {
  readonly kind: 'browser' | 'desktop';
  /** A folder, walked recursively; undefined when the user cancelled. */
  openFolder(): Promise<PickedFiles | undefined>;
  openFiles(): Promise<PickedFiles | undefined>;
  /**
   * Saves bytes under a name the user confirms. Desktop: a save dialog (which asks before
   * overwriting), written atomically; `name` is the file chosen. Browser: a download; the browser's
   * download manager names the file (it cannot ask before overwriting). Never rejects.
   */
  saveFile(bytes: Uint8Array, suggestedName: string, kind: 'png' | 'pdf' | 'csv' | 'json'): Promise<{ saved: true; name: string } | { saved: false; reason: string }>;
  /** Listens to the native menu (never called in a browser); returns the unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** A .json file's text (sessions, walkthroughs); undefined when the user cancelled. */
  openJsonFile(): Promise<{ name: string; text: string } | undefined>;
  /** A .csv file's text (therapy schedules); undefined when the user cancelled. */
  openCsvFile(): Promise<{ name: string; text: string } | undefined>;
  /** Cases opened before (desktop; empty in a browser). */
  recentCases(): Promise<readonly RecentCase[]>;
  openRecentCase(id: string): Promise<PickedFiles | undefined>;
  /** The case named on the desktop app's command line, once; undefined otherwise. */
  launchCase(): Promise<PickedFiles | undefined>;
}

/** A text file main opened: its name and text, undefined when cancelled; errors without Electron's wrapping. */
async function openedText(opening: Promise<OpenTextResult>): Promise<{ name: string; text: string } | undefined> {
  try {
    const result = await opening;
    return result.status === 'opened' ? { name: result.name, text: result.text } : undefined;
  } catch (error) {
    throw new Error(bridgeErrorMessage(error));
  }
}

/** The desktop implementation, over the preload's API. */
export function desktopPlatform(api: PlanLensDesktopApi): Platform {
  const withBytes = async (opening: Promise<OpenCaseResult | { readonly status: 'none' }>): Promise<PickedFiles | undefined> => {
    let opened;
    try {
      opened = await opening;
    } catch (error) {
      throw new Error(bridgeErrorMessage(error));
    }
    if (opened.status !== 'opened') return undefined;
    const files: NamedBlob[] = [];
    try {
      for (let index = 0; index < opened.files.length;) {
        const batch = await api.readCaseBatch(opened.caseToken, index);
        if (batch.nextIndex <= index) throw new Error(`reading ${opened.label}: no progress at file ${index}`);
        for (const file of batch.files) files.push({ name: file.name, blob: new Blob([blobPartOf(file.bytes)]) });
        index = batch.nextIndex;
      }
    } catch (error) {
      throw new Error(bridgeErrorMessage(error));
    }
    return { label: opened.label, files };
  };
  return {
    kind: 'desktop',
    openFolder: () => withBytes(api.openFolder()),
    openFiles: () => withBytes(api.openFiles()),
    saveFile: async (bytes, suggestedName, kind) => {
      try {
        const result = await api.saveFile(bytes, suggestedName, kind);
        return result.saved ? { saved: true, name: result.name } : { saved: false, reason: result.reason };
      } catch (error) {
        return { saved: false, reason: bridgeErrorMessage(error) };
      }
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    openJsonFile: () => openedText(api.openJsonFile()),
    openCsvFile: () => openedText(api.openCsvFile()),
    recentCases: async () => {
      try {
        return await api.recentCases();
      } catch (error) {
        throw new Error(bridgeErrorMessage(error));
      }
    },
    openRecentCase: (id) => withBytes(api.openRecentCase(id)),
    launchCase: () => withBytes(api.launchCase()),
  };
}

function detect(): Platform {
  const api = desktopBridge();
  return api === undefined ? browserPlatform() : desktopPlatform(api);
}

/** The platform this page runs on, detected once at start. */
export const platform: Platform = detect();

