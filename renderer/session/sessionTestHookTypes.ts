import type { Annotation } from '../../src/session/session.js';

/*
 * The shape of window.planlensSession (sessionTestHooks.ts installs it), free of DOM types so that
 * the end-to-end tests, type-checked for Node, can name what they call in the page.
 */

/** What sessions, walkthroughs and notes hold in the page, for end-to-end tests. */
export interface PlanLensSessionHooks {
  /** The 3D view's state (camera orbit, layers). */
  volumeView(): unknown;
  setVolumeView(change: Record<string, unknown>): void;
  annotations(): readonly Annotation[];
  /** Presenter mode: whether on, the step shown (from 0), the step count and the step's notes. */
  presenter(): { readonly presenting: boolean; readonly stepIndex: number; readonly stepCount: number; readonly notes: readonly string[] };
  /** The notice shown under the toolbar, or undefined. */
  notice(): { readonly tone: string; readonly title: string; readonly lines: readonly string[] } | undefined;
}
