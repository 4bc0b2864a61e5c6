import { createStore } from 'zustand/vanilla';
import { caseMismatch } from '../../src/session/caseMatch.js';
import type { Walkthrough } from '../../src/walkthrough/walkthrough.js';
import { caseStore } from '../state/caseStore.js';
import { openDemoCase } from '../state/openCase.js';
import { firstLines, showNotice, type NoticeAction } from '../session/noticeStore.js';
import { openCaseIdentity } from '../session/openCaseFacts.js';
import { currentWorkspaceView, restoreWorkspaceView, type WorkspaceView } from '../session/workspaceView.js';
import { openingView } from './openingView.js';
import { showStep } from './stepView.js';

export interface PresenterState {
  /** The walkthrough being presented; undefined when not presenting. */
  readonly walkthrough: Walkthrough | undefined;
  readonly stepIndex: number;
  /** What the step could not show (ROIs or objects the case lacks) and the file's notes. */
  readonly notes: readonly string[];
  /** The walkthrough presented last (the menu's Start presents it again). */
  readonly last: Walkthrough | undefined;
}

export const presenterStore = createStore<PresenterState>(() => ({ walkthrough: undefined, stepIndex: 0, notes: [], last: undefined }));

/** The view before the presentation began: put back when it ends. */
let before: WorkspaceView | undefined;
let fileNotes: readonly string[] = [];

export function goToStep(index: number): void {
  const { walkthrough } = presenterStore.getState();
  if (walkthrough === undefined) return;
  const stepIndex = Math.min(walkthrough.steps.length - 1, Math.max(0, index));
  const step = walkthrough.steps[stepIndex];
  if (step === undefined) return;
  const notes = showStep(step, openingView());
  presenterStore.setState({ stepIndex, notes: [...fileNotes, ...notes] });
}

export function nextStep(): void {
  goToStep(presenterStore.getState().stepIndex + 1);
}

export function previousStep(): void {
  goToStep(presenterStore.getState().stepIndex - 1);
}

function begin(walkthrough: Walkthrough, notes: readonly string[]): void {
  if (presenterStore.getState().walkthrough === undefined) before = currentWorkspaceView();
  fileNotes = notes;
  presenterStore.setState({ walkthrough, last: walkthrough, stepIndex: 0 });
  goToStep(0);
}

/** Leaves presenter mode and puts the view back as it was before. */
export function endPresentation(): void {
  if (presenterStore.getState().walkthrough === undefined) return;
  presenterStore.setState({ walkthrough: undefined, stepIndex: 0, notes: [] });
  if (before !== undefined) restoreWorkspaceView(before);
  before = undefined;
}

function beginOnOpened(walkthrough: Walkthrough, notes: readonly string[]): void {
  const { load } = caseStore.getState();
  if (load.status === 'ready') begin(walkthrough, notes);
  else showNotice({ tone: 'error', title: `The case for "${walkthrough.title}" did not open`, lines: [load.error ?? 'Nothing was opened.'], actions: [] });
}

/**
 * Presents a walkthrough from its first step. When the open case is not the walkthrough's, asks
 * first: present on this case anyway, open the demo case (for a walkthrough of it), or cancel.
 */
export function present(walkthrough: Walkthrough, notes: readonly string[] = []): void {
  const mismatch = caseMismatch(walkthrough.case, openCaseIdentity(caseStore.getState()), 'walkthrough');
  if (mismatch === undefined) {
    begin(walkthrough, notes);
    return;
  }
  const actions: NoticeAction[] = [];
  if (walkthrough.case.demo) {
    actions.push({ label: 'Open the demo case and present', run: () => {
      endPresentation();
      void openDemoCase().then(() => beginOnOpened(walkthrough, notes));
    } });
  }
  if (caseStore.getState().reviewCase !== undefined) actions.push({ label: 'Present on this case', run: () => begin(walkthrough, notes) });
  actions.push({ label: 'Cancel', run: () => undefined });
  showNotice({ tone: 'question', title: mismatch, lines: firstLines(notes), actions });
}

// Another case opened: the presentation's positions and objects no longer mean anything.
caseStore.subscribe((state, previous) => {
  if (state.reviewCase === previous.reviewCase || presenterStore.getState().walkthrough === undefined) return;
  before = undefined;
  presenterStore.setState({ walkthrough: undefined, stepIndex: 0, notes: [] });
});
