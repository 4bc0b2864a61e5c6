import { advance } from '@react-three/fiber';
import { probePoint } from '../../src/case/probe.js';
import { caseStore } from '../state/caseStore.js';
import { maskStore } from '../state/maskStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { updateDose, updateView, viewStore } from '../state/viewStore.js';
import { frameStats } from '../viewports/MultiViewRenderer.js';
import { currentSliceView, stepSlices } from '../viewports/interaction/sliceGestures.js';
import { lpsToScreen, screenToLps, type SliceOrientation } from '../viewports/sliceFrame.js';
import { registeredViews, viewportElements, viewportPixelRect } from '../viewports/viewRegistry.js';
import { Vector3 } from 'three';
import type { FrameTiming, PlanLensTestHooks } from './testHookTypes.js';
import { installExportTestHooks } from './exportTestHooks.js';
import { installTherapyTestHooks } from './therapyTestHooks.js';
import { shownDose } from '../therapy/shownDose.js';

export type { FrameTiming, PageRect, PlanLensTestHooks } from './testHookTypes.js';

declare global {
  interface Window { planlens?: PlanLensTestHooks }
}

function currentFirstDoseFrame(): ReturnType<PlanLensTestHooks['firstDoseFrame']> {
  const first = frameStats.firstDoseFrame;
  const { load } = caseStore.getState();
  return first !== undefined && load.status === 'ready' && first.loadStartedMs === load.startedMs ? { loadStartedMs: first.loadStartedMs, atMs: first.atMs } : undefined;
}

/** Reading one pixel back cannot finish before every draw call before it has run on the GPU. */
function finishGpu(): number {
  const started = performance.now();
  const canvas = document.querySelector('.gl-canvas canvas');
  const gl = canvas instanceof HTMLCanvasElement ? canvas.getContext('webgl2') : null;
  if (gl !== null) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  return performance.now() - started;
}

function renderNow(): FrameTiming {
  const started = performance.now();
  advance(started);
  const cpuMs = frameStats.lastFrameMs;
  finishGpu();
  return { cpuMs, totalMs: performance.now() - started, drawn: [...frameStats.lastDrawn] };
}

export function installTestHooks(): void {
  installExportTestHooks();
  installTherapyTestHooks();
  const viewOf = (orientation: SliceOrientation) => {
    const element = viewportElements.get(orientation);
    return element === undefined ? undefined : { element, view: currentSliceView(orientation, element) };
  };
  window.planlens = {
    loadStatus: () => caseStore.getState().load.status,
    loadError: () => caseStore.getState().load.error,
    frames: () => frameStats.frames,
    loadTimes: () => {
      const { startedMs, loadedMs } = caseStore.getState().load;
      return { startedMs, loadedMs };
    },
    firstDoseFrame: currentFirstDoseFrame,
    pagePointOf: (orientation, pointLps) => {
      const found = viewOf(orientation);
      if (found?.view === undefined) return undefined;
      const rect = viewportPixelRect(found.element);
      const [x, y] = lpsToScreen(found.view, pointLps);
      return [rect.left + x, rect.top + y];
    },
    lpsAtPage: (orientation, pageX, pageY) => {
      const found = viewOf(orientation);
      if (found?.view === undefined) return undefined;
      const rect = viewportPixelRect(found.element);
      return screenToLps(found.view, pageX - rect.left, pageY - rect.top);
    },
    sliceView: (orientation) => viewOf(orientation)?.view,
    viewportRect: (id) => {
      const element = viewportElements.get(id);
      const rect = element === undefined ? undefined : viewportPixelRect(element);
      return rect === undefined ? undefined : { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    },
    doseAt: (pointLps) => probePoint(selectedObjects(caseStore.getState()), pointLps).dose,
    doseMaxGy: () => shownDose().grid?.maxValue,
    maskCounts: () => {
      const counts = { computing: 0, ready: 0, none: 0 };
      for (const entry of maskStore.getState().masks.values()) counts[entry.status] += 1;
      return counts;
    },
    viewState: () => viewStore.getState(),
    setView: (change) => updateView(change),
    setDose: (change) => updateDose(change),
    stepSlice: (orientation, steps) => stepSlices(orientation, steps),
    renderNow,
    finishGpu,
    volumePagePointOf: (pointLps) => {
      const element = viewportElements.get('volume');
      const camera = registeredViews.get('volume')?.camera;
      if (element === undefined || camera === undefined) return undefined;
      const rect = viewportPixelRect(element);
      const ndc = new Vector3(...pointLps).project(camera);
      return [rect.left + ((ndc.x + 1) / 2) * rect.width, rect.top + ((1 - ndc.y) / 2) * rect.height];
    },
  };
}
