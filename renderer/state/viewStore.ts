import { createStore } from 'zustand/vanilla';
import type { Vec3 } from '../../src/geometry/vec3.js';
import type { SliceOrientation } from '../viewports/sliceFrame.js';
import { defaultIsodoseLevels, type IsodoseLevel, type IsodoseUnit } from './isodose.js';

export type ViewportId = SliceOrientation | 'volume';
export type LayoutId = '1x1' | '2x2' | '1+3';

export interface WindowLevel {
  readonly centre: number;
  readonly width: number;
}

/** Window presets (centre/width, HU). */
export const windowPresets: readonly { readonly name: string; readonly key: string; readonly window: WindowLevel }[] = [
  { name: 'Soft tissue', key: '1', window: { centre: 40, width: 400 } },
  { name: 'Lung', key: '2', window: { centre: -600, width: 1600 } },
  { name: 'Bone', key: '3', window: { centre: 400, width: 1800 } },
  { name: 'Brain', key: '4', window: { centre: 40, width: 80 } },
];

export interface SliceViewState {
  /** 1 fits the image to the viewport. */
  readonly zoom: number;
  /** In-plane offset of the viewport's centre from the image's centre, LPS mm. */
  readonly panLps: Vec3;
}

export interface StructureDisplay {
  readonly visible: boolean;
  readonly colourRgb: readonly [number, number, number];
  readonly fill: boolean;
  readonly fillOpacity: number;
}

export interface DoseDisplay {
  readonly washVisible: boolean;
  readonly washOpacity: number;
  /** The wash starts at this dose, in `unit`. */
  readonly washThreshold: number;
  readonly isodoseVisible: boolean;
  readonly unit: IsodoseUnit;
  readonly levels: readonly IsodoseLevel[];
}

export interface ViewState {
  readonly crosshairLps: Vec3;
  readonly windowLevel: WindowLevel;
  readonly layout: LayoutId;
  /** The viewport shown alone in 1x1 and large in 1+3. */
  readonly mainViewport: ViewportId;
  readonly slices: Readonly<Record<SliceOrientation, SliceViewState>>;
  readonly dose: DoseDisplay;
  readonly structures: Readonly<Record<number, StructureDisplay>>;
  readonly probeLps: Vec3 | undefined;
  readonly showCrosshair: boolean;
  /** OARs drawn in the §2.3 additive-toxicity colours of the course's agents (renderer/therapy/shownStructures.ts). */
  readonly oarToxicityColours: boolean;
}

const unzoomed: SliceViewState = { zoom: 1, panLps: [0, 0, 0] };

export const initialViewState: ViewState = {
  crosshairLps: [0, 0, 0],
  windowLevel: { centre: 40, width: 400 },
  layout: '2x2',
  mainViewport: 'axial',
  slices: { axial: unzoomed, sagittal: unzoomed, coronal: unzoomed },
  dose: { washVisible: true, washOpacity: 0.45, washThreshold: 10, isodoseVisible: true, unit: 'pct-max', levels: defaultIsodoseLevels('pct-max') },
  structures: {},
  probeLps: undefined,
  showCrosshair: true,
  oarToxicityColours: false,
};

export const viewStore = createStore<ViewState>(() => initialViewState);

export function updateView(change: Partial<ViewState> | ((state: ViewState) => Partial<ViewState>)): void {
  viewStore.setState(change);
}

export function updateSlice(orientation: SliceOrientation, change: Partial<SliceViewState>): void {
  viewStore.setState((state) => ({ slices: { ...state.slices, [orientation]: { ...state.slices[orientation], ...change } } }));
}

export function updateDose(change: Partial<DoseDisplay>): void {
  viewStore.setState((state) => ({ dose: { ...state.dose, ...change } }));
}

export function updateStructure(roiNumber: number, change: Partial<StructureDisplay>): void {
  viewStore.setState((state) => {
    const before = state.structures[roiNumber];
    return before === undefined ? {} : { structures: { ...state.structures, [roiNumber]: { ...before, ...change } } };
  });
}
