import { createStore } from 'zustand/vanilla';
import { anteriorOrbit, type OrbitState } from '../viewports/volume/orbitCamera.js';
import type { SliceOrientation } from '../viewports/sliceFrame.js';
import { caseStore } from './caseStore.js';
import { selectedObjects } from './selectedObjects.js';

/** How the CT shows in 3D: not at all, as its skin or bone isosurface, or ray marched. */
export type CtMode = 'off' | 'skin' | 'bone' | 'volume';

/** The dose cloud's transfer function: colour from the dose colour map, opacity rising linearly from the threshold to the maximum. */
export interface DoseCloud {
  readonly visible: boolean;
  readonly thresholdGy: number;
  /** Opacity per cm of path at the dose maximum. */
  readonly opacityPerCm: number;
}

/** A plane through the crosshair, parallel to a slice view's; `keepPositive` keeps the side its normal (+z, +y, +x: S, P, L) points to. */
export interface ClipPlane {
  readonly orientation: SliceOrientation | 'off';
  readonly keepPositive: boolean;
}

/** What only the 3D view needs: its camera, which layers it shows, and how. */
export interface VolumeViewState {
  readonly orbit: OrbitState;
  readonly structuresVisible: boolean;
  readonly isodoseSurfacesVisible: boolean;
  /** Opacity of the isodose surfaces. */
  readonly isodoseOpacity: number;
  readonly cloud: DoseCloud;
  readonly ctMode: CtMode;
  readonly clip: ClipPlane;
  readonly beamsVisible: boolean;
}

const initialVolumeViewState: VolumeViewState = {
  orbit: anteriorOrbit,
  structuresVisible: true,
  isodoseSurfacesVisible: false,
  isodoseOpacity: 0.35,
  cloud: { visible: false, thresholdGy: 0, opacityPerCm: 0.3 },
  ctMode: 'off',
  clip: { orientation: 'off', keepPositive: true },
  beamsVisible: true,
};

/** Where a dose cloud starts on a newly shown dose: half its maximum. */
const defaultCloudThresholdFraction = 0.5;

export const volumeViewStore = createStore<VolumeViewState>(() => initialVolumeViewState);

export function updateVolumeView(change: Partial<VolumeViewState> | ((state: VolumeViewState) => Partial<VolumeViewState>)): void {
  volumeViewStore.setState(change);
}

export function updateCloud(change: Partial<DoseCloud>): void {
  volumeViewStore.setState((state) => ({ cloud: { ...state.cloud, ...change } }));
}

export function updateClip(change: Partial<ClipPlane>): void {
  volumeViewStore.setState((state) => ({ clip: { ...state.clip, ...change } }));
}

// A case (or another dose) on screen: the front view again, and the cloud's threshold on its dose.
caseStore.subscribe((state, previous) => {
  const doseGrid = selectedObjects(state).doseGrid;
  if (state.reviewCase !== previous.reviewCase) volumeViewStore.setState({ orbit: anteriorOrbit });
  if (doseGrid !== undefined && doseGrid !== selectedObjects(previous).doseGrid) updateCloud({ thresholdGy: defaultCloudThresholdFraction * doseGrid.maxValue });
});

/** The 3D view's surfaces still being meshed, and those that failed (with why), for the viewport's overlay. */
export interface SurfaceStatus {
  readonly pending: number;
  readonly failures: readonly string[];
}

export const surfaceStatusStore = createStore<SurfaceStatus>(() => ({ pending: 0, failures: [] }));
