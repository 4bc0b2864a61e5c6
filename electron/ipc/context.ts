import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import type { CaseSource } from '../caseFiles.js';
import type { CaseListings } from '../caseListings.js';
import type { RecentCaseStore } from '../recentCaseStore.js';

/** What the handlers share: the one window allowed to call, the opened cases, the recent list. */
export interface IpcContext {
  /** The window whose page may call main; undefined before it exists and once it is closed. */
  mainWindow(): BrowserWindow | undefined;
  readonly cases: CaseListings;
  readonly recent: RecentCaseStore;
  /** The case named on the command line, handed out once. */
  takeLaunchCase(): CaseSource | undefined;
  /** Where the save dialog opens: the folder of the last save, else the user's documents. */
  saveFolder(): string;
  rememberSaveFolder(folder: string): void;
  /** Called when the recent list changed (main rebuilds the menu). */
  recentChanged(): void;
}

/** A handler's view of one message, once its sender has been checked. */
export interface IpcRequest {
  readonly context: IpcContext;
  readonly window: BrowserWindow;
  readonly event: IpcMainInvokeEvent;
}

/** One operation: its arguments are unknown until it has checked them. */
export type IpcHandler = (request: IpcRequest, args: readonly unknown[]) => Promise<unknown>;
