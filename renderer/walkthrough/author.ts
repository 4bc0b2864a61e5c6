import { createStore } from 'zustand/vanilla';
import { caseMismatch } from '../../src/session/caseMatch.js';
import { definedOnly } from '../../src/session/fields.js';
import type { ObjectSelection } from '../../src/session/restorePlan.js';
import type { CaseIdentity } from '../../src/session/session.js';
import { serialiseWalkthrough, walkthroughFormat, walkthroughVersion, type Walkthrough, type WalkthroughStep } from '../../src/walkthrough/walkthrough.js';
import { platform } from '../platform/platform.js';
import { caseStore } from '../state/caseStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { viewStore } from '../state/viewStore.js';
import { volumeViewStore } from '../state/volumeViewStore.js';
import { walkthroughFileName } from '../session/fileNames.js';
import { showNotice } from '../session/noticeStore.js';
import { openCaseIdentity } from '../session/openCaseFacts.js';
import { viewSnapshotOfWorkspace } from '../session/workspaceView.js';

/** Author mode: a walkthrough being written, one step recorded from the view at a time. */
export interface AuthorState {
  readonly open: boolean;
  readonly title: string;
  /** The case of the first step recorded (every step must be of it). */
  readonly case: CaseIdentity | undefined;
  readonly steps: readonly WalkthroughStep[];
}

export const authorStore = createStore<AuthorState>(() => ({ open: false, title: 'Untitled walkthrough', case: undefined, steps: [] }));

export function openAuthoring(): void {
  authorStore.setState({ open: true });
}

export function closeAuthoring(): void {
  authorStore.setState({ open: false });
}

export function setDraftTitle(title: string): void {
  authorStore.setState({ title });
}

export function removeDraftStep(index: number): void {
  authorStore.setState(({ steps }) => ({ steps: steps.filter((_, at) => at !== index) }));
}

export function discardDraft(): void {
  authorStore.setState({ title: 'Untitled walkthrough', case: undefined, steps: [] });
}

/** The step the view shows now: its objects, the whole view, filled ROIs as highlighted, hidden ones as hidden. */
function stepOfCurrentView(title: string, text: string): WalkthroughStep {
  const caseState = caseStore.getState();
  const view = viewStore.getState();
  const rois = selectedObjects(caseState).structureSet?.rois ?? [];
  const { imageUid, doseUid, structureSetUid, planUid } = caseState.selection;
  return {
    title,
    text,
    objects: definedOnly<ObjectSelection>({ imageSeriesUid: imageUid, doseUid, structureSetUid, planUid }),
    view: viewSnapshotOfWorkspace(view, volumeViewStore.getState()),
    highlight: rois.filter((roi) => view.structures[roi.number]?.fill === true).map((roi) => roi.name),
    hidden: rois.filter((roi) => view.structures[roi.number]?.visible === false).map((roi) => roi.name),
  };
}

/** Records the current view as the draft's next step; refused without a case, or on a case other than the draft's. */
export function recordStep(title: string, text: string): boolean {
  const identity = openCaseIdentity(caseStore.getState());
  const draftCase = authorStore.getState().case;
  if (identity === undefined) {
    showNotice({ tone: 'error', title: 'No case is open', lines: ['Open the case the walkthrough is about, then record its steps.'], actions: [] });
    return false;
  }
  const mismatch = draftCase === undefined ? undefined : caseMismatch(draftCase, identity, 'walkthrough draft');
  if (mismatch !== undefined) {
    showNotice({ tone: 'error', title: 'This step was not recorded', lines: [mismatch, 'Record every step on one case, or discard the draft.'], actions: [] });
    return false;
  }
  authorStore.setState(({ steps }) => ({ case: draftCase ?? identity, steps: [...steps, stepOfCurrentView(title, text)] }));
  return true;
}

/** The draft as a walkthrough; undefined until a step is recorded. */
export function draftWalkthrough(): Walkthrough | undefined {
  const { title, case: identity, steps } = authorStore.getState();
  if (identity === undefined || steps.length === 0) return undefined;
  return { format: walkthroughFormat, version: walkthroughVersion, title: title.trim() || 'Untitled walkthrough', case: identity, steps };
}

/** Saves the draft through the platform (a save dialog on the desktop, a download in a browser). */
export async function saveDraft(): Promise<void> {
  const walkthrough = draftWalkthrough();
  if (walkthrough === undefined) return;
  const result = await platform.saveFile(new TextEncoder().encode(serialiseWalkthrough(walkthrough)), walkthroughFileName(walkthrough.title), 'json');
  showNotice(result.saved
    ? { tone: 'info', title: `Walkthrough ${platform.kind === 'browser' ? 'downloaded' : 'saved'} as ${result.name}`, lines: [`${walkthrough.steps.length} step(s).`], actions: [] }
    : { tone: 'error', title: 'The walkthrough was not saved', lines: [result.reason], actions: [] });
}
