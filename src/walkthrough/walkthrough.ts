import { jsonText } from '../session/jsonText.js';
import type { ObjectSelection } from '../session/restorePlan.js';
import type { CaseIdentity } from '../session/session.js';
import type { ViewPatch } from '../session/viewSnapshot.js';

/** The `format` every walkthrough file names, and the version this code writes. */
export const walkthroughFormat = 'planlens-walkthrough';
export const walkthroughVersion = 1;

/**
 * One step of a teaching walkthrough: what the presenter shows (a title and a text in an overlay)
 * and the view it sets. Fields of the view a step leaves out are as the case opened, so a step
 * looks the same whichever way the presenter arrives at it.
 */
export interface WalkthroughStep {
  readonly title: string;
  readonly text: string;
  /** Which of the case's objects are shown; those not named stay as the case opened. */
  readonly objects?: ObjectSelection;
  readonly view: ViewPatch;
  /** ROIs (by name) drawn filled; when any is named, the others are dimmed. */
  readonly highlight: readonly string[];
  /** ROIs (by name) not drawn in this step. */
  readonly hidden: readonly string[];
}

/** Version 1 of the walkthrough file. */
export interface Walkthrough {
  readonly format: typeof walkthroughFormat;
  readonly version: typeof walkthroughVersion;
  readonly title: string;
  /** The case the steps were made on (their UIDs, positions and ROI names are that case's). */
  readonly case: CaseIdentity;
  readonly steps: readonly WalkthroughStep[];
}

export const walkthroughLimits = {
  steps: 200,
  titleLength: 200,
  textLength: 4000,
  roiNames: 200,
  roiNameLength: 64,
} as const;

/** The walkthrough file's text; empty lists and absent objects left out. */
export function serialiseWalkthrough(walkthrough: Walkthrough): string {
  const steps = walkthrough.steps.map((step) => ({
    title: step.title,
    text: step.text,
    ...(step.objects === undefined ? {} : { objects: step.objects }),
    view: step.view,
    ...(step.highlight.length === 0 ? {} : { highlight: step.highlight }),
    ...(step.hidden.length === 0 ? {} : { hidden: step.hidden }),
  }));
  return jsonText({ format: walkthrough.format, version: walkthrough.version, title: walkthrough.title, case: walkthrough.case, steps });
}
