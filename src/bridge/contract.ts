import type { MenuCommand } from './menuCommands.js';

/*
 * The payloads of the desktop bridge and the API the preload exposes to the page (the global
 * `planlensDesktop`). Types only: main (electron/ipc) validates every argument it receives,
 * the page (renderer/platform) checks what it is given.
 */

/** What saveFile writes: the file type decides the save dialog's filter and the extension. */
export type SaveKind = 'png' | 'pdf' | 'csv' | 'json';

export type SaveFileResult = { readonly saved: true; readonly name: string } | { readonly saved: false; readonly reason: string };

/** One file of an opened case, as main listed it: its path relative to what the user picked. */
export interface CaseFileEntry {
  readonly name: string;
  readonly sizeBytes: number;
}

/** A file main left out of an opened case, and why. */
export interface SkippedFile {
  readonly name: string;
  readonly reason: string;
}

/**
 * A case main has listed (after its dialog, from the recent list or the command line). The bytes
 * come in batches through `readCaseBatch(caseToken, startIndex)`, so an 80 MB case never crosses
 * the bridge in one message.
 */
export interface OpenedCase {
  readonly status: 'opened';
  readonly caseToken: string;
  readonly label: string;
  readonly files: readonly CaseFileEntry[];
  readonly totalBytes: number;
  readonly skipped: readonly SkippedFile[];
}

export type OpenCaseResult = OpenedCase | { readonly status: 'cancelled' };

/** The command-line case, once; 'none' when there was none (or it was already taken). */
export type LaunchCaseResult = OpenedCase | { readonly status: 'none' };

export interface CaseFileBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Consecutive files of an opened case from `startIndex`; `nextIndex` === files.length when done. */
export interface CaseBatch {
  readonly files: readonly CaseFileBytes[];
  readonly nextIndex: number;
}

/** A case opened before, named by an id main gave it (the page never sees or sends its path). */
export interface RecentCase {
  readonly id: string;
  readonly label: string;
  readonly fileCount: number;
  readonly openedAtIso: string;
}

/** A text file main opened with its dialog and read itself (UTF-8, without a byte-order mark). */
export type OpenTextResult = { readonly status: 'opened'; readonly name: string; readonly text: string } | { readonly status: 'cancelled' };
export type OpenJsonResult = OpenTextResult;
export type OpenCsvResult = OpenTextResult;

/** The page's `planlensDesktop` global: one function per operation, exposed by electron/preload.ts. */
export interface PlanLensDesktopApi {
  /** Bumped when the contract changes incompatibly. */
  readonly bridgeVersion: 1;
  openFolder(): Promise<OpenCaseResult>;
  openFiles(): Promise<OpenCaseResult>;
  readCaseBatch(caseToken: string, startIndex: number): Promise<CaseBatch>;
  recentCases(): Promise<readonly RecentCase[]>;
  openRecentCase(id: string): Promise<OpenCaseResult>;
  launchCase(): Promise<LaunchCaseResult>;
  saveFile(bytes: Uint8Array, suggestedName: string, kind: SaveKind): Promise<SaveFileResult>;
  openJsonFile(): Promise<OpenJsonResult>;
  /** A .csv file (therapy schedules). */
  openCsvFile(): Promise<OpenCsvResult>;
  /** Calls the listener for every menu command; returns the unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const bridgeVersion = 1;
