import { parseSession } from '../../src/session/parseSession.js';
import { restorePlan, type RestorePlan } from '../../src/session/restorePlan.js';
import type { Session } from '../../src/session/session.js';
import { serialiseSession, sessionOf } from '../../src/session/sessionOf.js';
import { annotationStore, replaceAnnotations } from '../annotations/annotationStore.js';
import { platform } from '../platform/platform.js';
import { endPresentation } from '../walkthrough/presenter.js';
import { caseStore } from '../state/caseStore.js';
import { openDemoCase } from '../state/openCase.js';
import { openPicked } from '../state/openPicked.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { viewStore } from '../state/viewStore.js';
import { restoreTherapy, therapySnapshotOf } from '../therapy/therapySession.js';
import { therapyStore } from '../therapy/therapyStore.js';
import { volumeViewStore } from '../state/volumeViewStore.js';
import { sessionFileName } from './fileNames.js';
import { firstLines, showNotice, type NoticeAction } from './noticeStore.js';
import { openCaseFacts, openCaseIdentity } from './openCaseFacts.js';
import { applyStructures, applyViewPatch, currentWorkspaceView, selectObjects, structureSnapshots, viewSnapshotOfWorkspace } from './workspaceView.js';

/** The review state now, as a session; undefined when no case is open. */
function currentSession(savedAt: Date): Session | undefined {
  const identity = openCaseIdentity(caseStore.getState());
  if (identity === undefined) return undefined;
  const view = viewStore.getState();
  return sessionOf({ savedAt, case: identity, view: viewSnapshotOfWorkspace(view, volumeViewStore.getState()), structures: structureSnapshots(view), annotations: annotationStore.getState().notes, therapy: therapySnapshotOf(therapyStore.getState()) });
}

/** Saves the review state through the platform (a save dialog on the desktop, a download in a browser). */
export async function saveSession(): Promise<void> {
  const savedAt = new Date();
  const session = currentSession(savedAt);
  if (session === undefined) {
    showNotice({ tone: 'error', title: 'Nothing to save', lines: ['Open a case first: a session records the review of a case.'], actions: [] });
    return;
  }
  const result = await platform.saveFile(new TextEncoder().encode(serialiseSession(session)), sessionFileName(session.case, savedAt), 'json');
  showNotice(result.saved
    ? { tone: 'info', title: `Session ${platform.kind === 'browser' ? 'downloaded' : 'saved'} as ${result.name}`, lines: [], actions: [] }
    : { tone: 'error', title: 'The session was not saved', lines: [result.reason], actions: [] });
}

/** Asks for a session file and restores it. */
export async function openSession(): Promise<void> {
  try {
    const picked = await platform.openJsonFile();
    if (picked !== undefined) restoreSessionText(picked.name, picked.text);
  } catch (error) {
    showNotice({ tone: 'error', title: 'No session file could be read', lines: [error instanceof Error ? error.message : String(error)], actions: [] });
  }
}

/** Applies a restore plan (leaving presenter mode first: the session replaces the presentation's view). */
function apply(name: string, session: Session, plan: RestorePlan, fileNotes: readonly string[]): void {
  endPresentation();
  selectObjects(plan.selection);
  applyViewPatch(plan.view, currentWorkspaceView());
  applyStructures(plan.structures);
  if (plan.annotations !== undefined) replaceAnnotations(plan.annotations);
  // The therapy scenario goes with the plan now shown (the timeline keeps a scenario for its plan).
  if (session.therapy !== undefined) restoreTherapy(session.therapy, selectedObjects(caseStore.getState()).plan?.sopInstanceUid);
  showNotice({ tone: 'info', title: `Session restored from ${name}`, lines: firstLines([...fileNotes, ...plan.notes]), actions: [] });
}

/** After opening the session's case: restore it, or say why it still does not fit. */
function restoreOnOpened(name: string, session: Session, fileNotes: readonly string[]): void {
  const { load } = caseStore.getState();
  if (load.status !== 'ready') {
    showNotice({ tone: 'error', title: `The case for ${name} did not open`, lines: [load.error ?? 'Nothing was opened.'], actions: [] });
    return;
  }
  const plan = restorePlan(session, openCaseFacts(caseStore.getState()));
  if (plan.mismatch !== undefined) showNotice({ tone: 'error', title: `${name} was not restored`, lines: [plan.mismatch], actions: [] });
  else apply(name, session, plan, fileNotes);
}

/** What the user can do when the open case is not the session's. */
function mismatchActions(name: string, session: Session, plan: RestorePlan, fileNotes: readonly string[]): NoticeAction[] {
  const actions: NoticeAction[] = [];
  if (caseStore.getState().reviewCase !== undefined) actions.push({ label: 'Apply what applies', run: () => apply(name, session, plan, fileNotes) });
  if (session.case.demo) actions.push({ label: 'Open the demo case and restore', run: () => void openDemoCase().then(() => restoreOnOpened(name, session, fileNotes)) });
  const recentId = session.case.recentCaseId;
  if (platform.kind === 'desktop' && recentId !== undefined) {
    actions.push({ label: 'Open that recent case and restore', run: () => void openPicked(platform.openRecentCase(recentId), 'the recent case').then(() => restoreOnOpened(name, session, fileNotes)) });
  }
  actions.push({ label: 'Cancel', run: () => undefined });
  return actions;
}

/**
 * Restores a session file's text. A damaged file is refused with each problem and changes
 * nothing; a session of another case asks first (apply what applies, open its case, or cancel).
 */
export function restoreSessionText(name: string, text: string): void {
  const parsed = parseSession(text);
  if (!parsed.ok) {
    showNotice({ tone: 'error', title: `${name} cannot be restored; nothing was changed`, lines: firstLines(parsed.errors), actions: [] });
    return;
  }
  const plan = restorePlan(parsed.session, openCaseFacts(caseStore.getState()));
  if (plan.mismatch === undefined) {
    apply(name, parsed.session, plan, parsed.notes);
    return;
  }
  const lines = caseStore.getState().reviewCase === undefined ? [] : ['Another case takes the layout, window, zoom, dose display, 3D layers and the ROIs of the same number and name; positions and notes only apply in the same frame of reference.'];
  showNotice({ tone: 'question', title: plan.mismatch, lines, actions: mismatchActions(name, parsed.session, plan, parsed.notes) });
}
