import { updateDose, updateView, viewStore, windowPresets, type LayoutId } from '../state/viewStore.js';
import { stepSlices, zoomBy } from '../viewports/interaction/sliceGestures.js';

const layouts: readonly LayoutId[] = ['2x2', '1+3', '1x1'];

/** Keyboard shortcuts, listed in the README. Returns whether the key was one. */
export function handleShortcut(key: string): boolean {
  const state = viewStore.getState();
  const main = state.mainViewport === 'volume' ? 'axial' : state.mainViewport;
  const preset = windowPresets.find((candidate) => candidate.key === key);
  if (preset !== undefined) {
    updateView({ windowLevel: preset.window });
    return true;
  }
  switch (key) {
    case 'ArrowUp': case 'PageUp': stepSlices(main, -1); return true;
    case 'ArrowDown': case 'PageDown': stepSlices(main, 1); return true;
    case '+': case '=': zoomBy(main, 1.25); return true;
    case '-': zoomBy(main, 0.8); return true;
    case 'l': updateView({ layout: layouts[(layouts.indexOf(state.layout) + 1) % layouts.length] ?? '2x2' }); return true;
    case 'a': updateView({ mainViewport: 'axial' }); return true;
    case 's': updateView({ mainViewport: 'sagittal' }); return true;
    case 'c': updateView({ mainViewport: 'coronal' }); return true;
    case 'v': updateView({ mainViewport: 'volume' }); return true;
    case 'x': updateView({ showCrosshair: !state.showCrosshair }); return true;
    case 'd': updateDose({ washVisible: !state.dose.washVisible }); return true;
    case 'i': updateDose({ isodoseVisible: !state.dose.isodoseVisible }); return true;
    case 'r': updateView({ slices: { axial: { zoom: 1, panLps: [0, 0, 0] }, sagittal: { zoom: 1, panLps: [0, 0, 0] }, coronal: { zoom: 1, panLps: [0, 0, 0] } } }); return true;
    default: return false;
  }
}
