import type { Vec3 } from '../geometry/vec3.js';

/*
 * What the review workspace shows, as plain data a file can hold: the layout, the slice positions
 * (one crosshair, LPS mm), zoom and pan, window/level, the dose display with its isodose levels,
 * and the 3D view's camera and layers. Sessions hold it whole; walkthrough steps hold parts of it.
 * The names and ranges are the workspace's own (renderer/state/viewStore.ts, volumeViewStore.ts).
 */
export type LayoutId = '1x1' | '2x2' | '1+3';
export type SliceOrientation = 'axial' | 'sagittal' | 'coronal';
export type ViewportId = SliceOrientation | 'volume';
export type IsodoseUnit = 'gy' | 'pct-rx' | 'pct-max';
export type CtMode = 'off' | 'skin' | 'bone' | 'volume';
export type ClipOrientation = SliceOrientation | 'off';
export type Rgb = readonly [number, number, number];

export const layoutIds: readonly LayoutId[] = ['1x1', '2x2', '1+3'];
export const sliceOrientationIds: readonly SliceOrientation[] = ['axial', 'sagittal', 'coronal'];
export const viewportIds: readonly ViewportId[] = ['axial', 'sagittal', 'coronal', 'volume'];
export const isodoseUnitIds: readonly IsodoseUnit[] = ['gy', 'pct-rx', 'pct-max'];
export const ctModeIds: readonly CtMode[] = ['off', 'skin', 'bone', 'volume'];
export const clipOrientationIds: readonly ClipOrientation[] = ['off', ...sliceOrientationIds];

/** Window centre and width in the image's units (HU for CT). */
export interface WindowLevelSnapshot {
  readonly centre: number;
  readonly width: number;
}

export interface SliceSnapshot {
  /** 1 fits the image to the viewport. */
  readonly zoom: number;
  /** In-plane offset of the viewport's centre from the image's centre, LPS mm. */
  readonly panLps: Vec3;
}

export interface IsodoseLevelSnapshot {
  /** In the dose display's unit. */
  readonly value: number;
  readonly colourRgb: Rgb;
  readonly visible: boolean;
}

export interface DoseSnapshot {
  readonly washVisible: boolean;
  readonly washOpacity: number;
  /** In `unit`. */
  readonly washThreshold: number;
  readonly isodoseVisible: boolean;
  readonly unit: IsodoseUnit;
  readonly levels: readonly IsodoseLevelSnapshot[];
}

/** The 3D camera: an orbit about the scene's centre. */
export interface OrbitSnapshot {
  readonly azimuthDeg: number;
  readonly elevationDeg: number;
  readonly zoom: number;
  readonly panLps: Vec3;
}

export interface VolumeSnapshot {
  readonly orbit: OrbitSnapshot;
  readonly structuresVisible: boolean;
  readonly isodoseSurfacesVisible: boolean;
  readonly isodoseOpacity: number;
  readonly cloud: { readonly visible: boolean; readonly thresholdGy: number; readonly opacityPerCm: number };
  readonly ctMode: CtMode;
  readonly clip: { readonly orientation: ClipOrientation; readonly keepPositive: boolean };
  readonly beamsVisible: boolean;
}

export interface ViewSnapshot {
  readonly layout: LayoutId;
  /** The viewport shown alone in 1x1 and large in 1+3. */
  readonly mainViewport: ViewportId;
  /** Where the three slices cross, LPS mm. */
  readonly crosshairLps: Vec3;
  readonly showCrosshair: boolean;
  readonly windowLevel: WindowLevelSnapshot;
  readonly slices: Readonly<Record<SliceOrientation, SliceSnapshot>>;
  readonly dose: DoseSnapshot;
  readonly volume: VolumeSnapshot;
}

/** How one ROI is drawn, by its ROI number (the name is kept to check it is the same ROI). */
export interface StructureSnapshot {
  readonly roiNumber: number;
  readonly name: string;
  readonly visible: boolean;
  readonly colourRgb: Rgb;
  readonly fill: boolean;
  readonly fillOpacity: number;
}

/** Parts of a view: what a walkthrough step sets (the rest stays as the case opened). */
export interface ViewPatch {
  readonly layout?: LayoutId;
  readonly mainViewport?: ViewportId;
  readonly crosshairLps?: Vec3;
  readonly showCrosshair?: boolean;
  readonly windowLevel?: WindowLevelSnapshot;
  readonly slices?: Partial<Readonly<Record<SliceOrientation, Partial<SliceSnapshot>>>>;
  readonly dose?: Partial<DoseSnapshot>;
  readonly volume?: Partial<Omit<VolumeSnapshot, 'orbit' | 'cloud' | 'clip'>> & {
    readonly orbit?: Partial<OrbitSnapshot>;
    readonly cloud?: Partial<VolumeSnapshot['cloud']>;
    readonly clip?: Partial<VolumeSnapshot['clip']>;
  };
}

/**
 * The ranges a file's values must keep to: those the workspace's own gestures and controls keep
 * to (slice zoom 0.25 to 64, 3D zoom 0.1 to 30, elevation within 89 degrees), and generous bounds
 * elsewhere that only a damaged file exceeds.
 */
export const viewLimits = {
  /** Any coordinate of a patient point or pan, mm (10 m). */
  positionMm: 10_000,
  sliceZoom: { min: 0.25, max: 64 },
  orbitZoom: { min: 0.1, max: 30 },
  azimuthDeg: { min: -360, max: 360 },
  elevationDeg: { min: -89, max: 89 },
  opacity: { min: 0, max: 1 },
  /** Window centre, in the image's units. */
  windowCentre: { min: -1e9, max: 1e9 },
  windowWidth: { above: 0, max: 1e9 },
  /** Isodose levels and thresholds, in Gy or % (10 000 Gy is beyond any plan). */
  doseValue: { min: 0, max: 10_000 },
  isodoseLevels: 50,
  colourComponent: { min: 0, max: 255, integer: true },
  roiNumber: { min: 0, max: 2 ** 31 - 1, integer: true },
} as const;
