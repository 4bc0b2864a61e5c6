import { annotationStore } from '../annotations/annotationStore.js';
import { updateVolumeView, volumeViewStore } from '../state/volumeViewStore.js';
import { presenterStore } from '../walkthrough/presenter.js';
import { noticeStore } from './noticeStore.js';
import type { PlanLensSessionHooks } from './sessionTestHookTypes.js';

declare global {
  interface Window { planlensSession?: PlanLensSessionHooks }
}

/** Installs window.planlensSession for the end-to-end tests of sessions, walkthroughs and notes. */
export function installSessionTestHooks(): void {
  window.planlensSession = {
    volumeView: () => volumeViewStore.getState(),
    setVolumeView: (change) => updateVolumeView(change),
    annotations: () => annotationStore.getState().notes,
    presenter: () => {
      const { walkthrough, stepIndex, notes } = presenterStore.getState();
      return { presenting: walkthrough !== undefined, stepIndex, stepCount: walkthrough?.steps.length ?? 0, notes };
    },
    notice: () => {
      const notice = noticeStore.getState().notice;
      return notice === undefined ? undefined : { tone: notice.tone, title: notice.title, lines: notice.lines };
    },
  };
}
