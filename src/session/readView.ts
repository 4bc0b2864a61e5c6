import { child, listOf, numberIn, numbersIn, oneOf, optional, readBoolean, readObject, required, stringUpTo, type Reader } from './fields.js';
import {
  clipOrientationIds, ctModeIds, isodoseUnitIds, layoutIds, viewLimits, viewportIds,
  type IsodoseLevelSnapshot, type Rgb, type StructureSnapshot, type ViewPatch, type ViewSnapshot,
} from './viewSnapshot.js';
import type { Vec3 } from '../geometry/vec3.js';

/**
 * Readers of the view's fields, described once as a shape: a session needs every field
 * ('whole'), a walkthrough step any of them ('parts'); groups that only mean something together
 * (a window's centre and width, an isodose level) are whole in both.
 */
type Mode = 'whole' | 'parts';
interface Shape { readonly [key: string]: Reader<unknown> | Shape }

function shapeReader(shape: Shape, mode: Mode): Reader<Record<string, unknown>> {
  return (field) => {
    const record = readObject(field, Object.keys(shape));
    if (record === undefined) return undefined;
    const errorsBefore = field.issues.errors.length;
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(shape)) {
      const read = typeof entry === 'function' ? entry : shapeReader(entry, mode);
      const value = mode === 'whole' ? required(child(field, key), read) : optional(child(field, key), read);
      if (value !== undefined) result[key] = value;
    }
    return field.issues.errors.length === errorsBefore ? result : undefined;
  };
}

const whole = (shape: Shape): Reader<Record<string, unknown>> => shapeReader(shape, 'whole');

export const readPointLps = numbersIn(3, { min: -viewLimits.positionMm, max: viewLimits.positionMm }) as Reader<unknown> as Reader<Vec3>;
const readRgb = numbersIn(3, viewLimits.colourComponent) as Reader<unknown> as Reader<Rgb>;
const readOpacity = numberIn(viewLimits.opacity);
const readDoseValue = numberIn(viewLimits.doseValue);

const readLevel = whole({ value: readDoseValue, colourRgb: readRgb, visible: readBoolean }) as Reader<unknown> as Reader<IsodoseLevelSnapshot>;
const slice: Shape = { zoom: numberIn(viewLimits.sliceZoom), panLps: readPointLps };

const viewShape: Shape = {
  layout: oneOf(layoutIds),
  mainViewport: oneOf(viewportIds),
  crosshairLps: readPointLps,
  showCrosshair: readBoolean,
  windowLevel: whole({ centre: numberIn(viewLimits.windowCentre), width: numberIn(viewLimits.windowWidth) }),
  slices: { axial: slice, sagittal: slice, coronal: slice },
  dose: {
    washVisible: readBoolean,
    washOpacity: readOpacity,
    washThreshold: readDoseValue,
    isodoseVisible: readBoolean,
    unit: oneOf(isodoseUnitIds),
    levels: listOf(viewLimits.isodoseLevels, readLevel),
  },
  volume: {
    orbit: { azimuthDeg: numberIn(viewLimits.azimuthDeg), elevationDeg: numberIn(viewLimits.elevationDeg), zoom: numberIn(viewLimits.orbitZoom), panLps: readPointLps },
    structuresVisible: readBoolean,
    isodoseSurfacesVisible: readBoolean,
    isodoseOpacity: readOpacity,
    cloud: { visible: readBoolean, thresholdGy: readDoseValue, opacityPerCm: readOpacity },
    ctMode: oneOf(ctModeIds),
    clip: { orientation: oneOf(clipOrientationIds), keepPositive: readBoolean },
    beamsVisible: readBoolean,
  },
};

/** A whole view (a session's): every field present and in range. */
export const readViewSnapshot = shapeReader(viewShape, 'whole') as Reader<unknown> as Reader<ViewSnapshot>;

/** Any part of a view (a walkthrough step's): the fields present must be in range. */
export const readViewPatch = shapeReader(viewShape, 'parts') as Reader<unknown> as Reader<ViewPatch>;

export const readStructure = whole({
  roiNumber: numberIn(viewLimits.roiNumber),
  name: stringUpTo(64),
  visible: readBoolean,
  colourRgb: readRgb,
  fill: readBoolean,
  fillOpacity: readOpacity,
}) as Reader<unknown> as Reader<StructureSnapshot>;
