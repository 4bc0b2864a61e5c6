import type { Vec3 } from '../../src/geometry/vec3.js';
import type { DoseMode } from '../../src/therapy/doseMode.js';

/** window.planlensTherapy: the dose mode and time slider as the views and the DVH use them. */
export interface PlanLensTherapyTestHooks {
  setDoseMode(mode: DoseMode): void;
  /** Through fraction n (1-based) of the course; undefined = the whole course. */
  setThroughFraction(fraction: number | undefined): void;
  shown(): { readonly mode: DoseMode; readonly derived: boolean; readonly throughFraction: number | undefined; readonly fractionCount: number | undefined; readonly caption: string; readonly problem: string | undefined; readonly masksPending: number; readonly maxGy: number | undefined };
  /** The shown dose at a point (trilinear in the shown grid, as the probe reads it). */
  shownDoseAt(pointLps: Vec3): number | undefined;
  /** The fractions' times (hours from 00:00 of RT day 0) and the weekday of each (0 = Sunday). */
  fractions(): readonly { readonly timeH: number; readonly weekday: number; readonly doseGy: number }[];
  /** An ROI's DVH as the panel draws it: bin-edge doses, the physical and the shown cumulative volumes in %. */
  dvhCurves(roiName: string): { readonly doseGy: number[]; readonly physicalPercent: number[]; readonly shownPercent: number[] | undefined } | undefined;
}
