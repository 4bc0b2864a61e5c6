import type { Vec3 } from '../../src/geometry/vec3.js';
import { probePoint } from '../../src/case/probe.js';
import { caseStore } from '../state/caseStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { updateDose, updateView, viewStore } from '../state/viewStore.js';
import { frameStats } from '../viewports/MultiViewRenderer.js';
import { currentSliceView } from '../viewports/interaction/sliceGestures.js';
import { lpsToScreen, screenToLps, type SliceOrientation } from '../viewports/sliceFrame.js';
import { viewportElements } from '../viewports/viewRegistry.js';

/**
 * A small read-mostly window onto the app for end-to-end tests and the benchmark: where a patient
 * point is on the page, what the core computes there, and the state. Tests assert pixels; this
 * tells them which pixels to look at.
 */
export interface PlanLensTestHooks {
  loadStatus(): string;
  frames(): number;
  /** Page coordinates (CSS px) of a patient point in a slice viewport, or undefined. */
  pagePointOf(orientation: SliceOrientation, pointLps: Vec3): [number, number] | undefined;
  /** The patient point at page coordinates in a slice viewport. */
  lpsAtPage(orientation: SliceOrientation, pageX: number, pageY: number): Vec3 | undefined;
  /** The dose the core computes at a point (trilinear, as the DVH samples it). */
  doseAt(pointLps: Vec3): number | undefined;
  viewState(): unknown;
  setView(change: Record<string, unknown>): void;
  setDose(change: Record<string, unknown>): void;
}

declare global {
  interface Window { planlens?: PlanLensTestHooks }
}

export function installTestHooks(): void {
  const viewOf = (orientation: SliceOrientation) => {
    const element = viewportElements.get(orientation);
    return element === undefined ? undefined : { element, view: currentSliceView(orientation, element) };
  };
  window.planlens = {
    loadStatus: () => caseStore.getState().load.status,
    frames: () => frameStats.frames,
    pagePointOf: (orientation, pointLps) => {
      const found = viewOf(orientation);
      if (found?.view === undefined) return undefined;
      const rect = found.element.getBoundingClientRect();
      const [x, y] = lpsToScreen(found.view, pointLps);
      return [rect.left + x, rect.top + y];
    },
    lpsAtPage: (orientation, pageX, pageY) => {
      const found = viewOf(orientation);
      if (found?.view === undefined) return undefined;
      const rect = found.element.getBoundingClientRect();
      return screenToLps(found.view, pageX - rect.left, pageY - rect.top);
    },
    doseAt: (pointLps) => probePoint(selectedObjects(caseStore.getState()), pointLps).dose,
    viewState: () => viewStore.getState(),
    setView: (change) => updateView(change),
    setDose: (change) => updateDose(change),
  };
}
