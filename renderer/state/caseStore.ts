import { createStore } from 'zustand/vanilla';
import type { ReviewCase } from '../../src/case/reviewCase.js';
import type { ObjectProgress } from '../../src/workers/loadProtocol.js';
import { emptySelection, type CaseSelection } from './selection.js';

export interface LoadState {
  readonly status: 'idle' | 'loading' | 'ready' | 'failed';
  /** What is being loaded: "demo case", "12 files", a folder name. */
  readonly sourceLabel: string;
  readonly filesRead: number;
  readonly fileCount: number;
  readonly objects: readonly ObjectProgress[];
  readonly error: string | undefined;
  /** When the files were given and when the case arrived (performance.now(), ms). */
  readonly startedMs: number;
  readonly loadedMs: number | undefined;
}

export interface CaseState {
  readonly load: LoadState;
  readonly reviewCase: ReviewCase | undefined;
  readonly selection: CaseSelection;
}

export const caseStore = createStore<CaseState>(() => ({
  load: { status: 'idle', sourceLabel: '', filesRead: 0, fileCount: 0, objects: [], error: undefined, startedMs: 0, loadedMs: undefined },
  reviewCase: undefined,
  selection: emptySelection,
}));
