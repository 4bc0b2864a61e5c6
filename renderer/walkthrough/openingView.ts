import { caseStore } from '../state/caseStore.js';
import { currentWorkspaceView, type WorkspaceView } from '../session/workspaceView.js';

/**
 * The view as the open case opened (isocentre, the series' window, the default isodoses and
 * selection): walkthrough steps set their parts over it, so a step looks the same whichever
 * step the presenter came from.
 */
let opening: WorkspaceView | undefined;

caseStore.subscribe((state, previous) => {
  if (state.load.status === 'ready' && previous.load.status !== 'ready') opening = currentWorkspaceView();
  if (state.reviewCase === undefined) opening = undefined;
});

/** The view the open case opened with (the current one if it opened before this module was loaded). */
export function openingView(): WorkspaceView {
  return opening ?? currentWorkspaceView();
}
