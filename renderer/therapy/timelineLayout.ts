import { dateTimeOf } from '../../src/therapy/calendar.js';

/**
 * Pure layout of the therapy timeline (no React, no DOM): the visible time span, its zoom and pan,
 * the time → x scale, the axis ticks and curve sampling. Times are model hours from 00:00 of RT day 0.
 */
export interface TimeView {
  readonly startH: number;
  readonly endH: number;
}

/** The narrowest view: one day. */
export const MIN_VIEW_H = 24;

/** The view kept inside the course span and at least one day wide (or the whole span if shorter). */
export function clampView(view: TimeView, span: TimeView): TimeView {
  const spanH = span.endH - span.startH;
  const widthH = Math.min(spanH, Math.max(MIN_VIEW_H, view.endH - view.startH));
  const startH = Math.min(span.endH - widthH, Math.max(span.startH, view.startH));
  return { startH, endH: startH + widthH };
}

/** Zooms by `factor` (< 1 zooms in) keeping `anchorH` at the same place on screen. */
export function zoomView(view: TimeView, span: TimeView, factor: number, anchorH = (view.startH + view.endH) / 2): TimeView {
  const widthH = view.endH - view.startH;
  const newWidthH = Math.min(span.endH - span.startH, Math.max(MIN_VIEW_H, widthH * factor));
  const share = widthH > 0 ? (anchorH - view.startH) / widthH : 0.5;
  const startH = anchorH - share * newWidthH;
  return clampView({ startH, endH: startH + newWidthH }, span);
}

/** Moves the view by `deltaH` hours, staying inside the span. */
export function panView(view: TimeView, span: TimeView, deltaH: number): TimeView {
  return clampView({ startH: view.startH + deltaH, endH: view.endH + deltaH }, span);
}

/** x in px of a time, for a plot `widthPx` wide starting at `leftPx`. */
export function xOf(view: TimeView, leftPx: number, widthPx: number, timeH: number): number {
  return leftPx + ((timeH - view.startH) / (view.endH - view.startH)) * widthPx;
}

/** The time at an x in px (inverse of xOf). */
export function timeAt(view: TimeView, leftPx: number, widthPx: number, xPx: number): number {
  return view.startH + ((xPx - leftPx) / widthPx) * (view.endH - view.startH);
}

/** Tick steps, hours: 1 h up to 4 weeks. */
const TICK_STEPS_H: readonly number[] = [1, 2, 3, 6, 12, 24, 48, 168, 336, 672, 1344];

/** The smallest tick step that leaves at least `minGapPx` between ticks. */
export function tickStepH(view: TimeView, widthPx: number, minGapPx = 56): number {
  const hPerPx = (view.endH - view.startH) / widthPx;
  return TICK_STEPS_H.find((step) => step / hPerPx >= minGapPx) ?? (TICK_STEPS_H.at(-1) ?? 24);
}

export interface AxisTick {
  readonly timeH: number;
  readonly label: string;
  /** A day boundary (drawn stronger). */
  readonly major: boolean;
}

/**
 * Ticks inside the view at multiples of the step (weeks start on RT day 0). Labels: `MM-DD` for
 * steps of a day or more, `HH:MM` (with `MM-DD` at midnight) below a day.
 */
export function axisTicks(view: TimeView, widthPx: number, startDate: string, minGapPx = 56): AxisTick[] {
  const step = tickStepH(view, widthPx, minGapPx);
  const ticks: AxisTick[] = [];
  for (let t = Math.ceil(view.startH / step) * step; t <= view.endH + 1e-9; t += step) {
    const stamp = dateTimeOf(startDate, t);
    const midnight = ((t % 24) + 24) % 24 === 0;
    ticks.push({ timeH: t, major: midnight, label: step >= 24 || midnight ? stamp.slice(5, 10) : stamp.slice(11, 16) });
  }
  return ticks;
}

/** `count` evenly spaced times across the view, both ends included (count ≥ 2). */
export function sampleTimes(view: TimeView, count: number): number[] {
  const n = Math.max(2, Math.floor(count));
  return Array.from({ length: n }, (_, i) => view.startH + ((view.endH - view.startH) * i) / (n - 1));
}

/** An SVG polyline `points` string, y = top + height · (1 − value / max), values clamped to 0..max. */
export function curvePoints(view: TimeView, box: { readonly left: number; readonly top: number; readonly width: number; readonly height: number }, timesH: readonly number[], values: readonly number[], max: number): string {
  return timesH
    .map((t, i) => {
      const v = Math.min(max, Math.max(0, values[i] ?? 0));
      return `${xOf(view, box.left, box.width, t).toFixed(1)},${(box.top + box.height * (1 - v / max)).toFixed(1)}`;
    })
    .join(' ');
}

/** A span's [x0, x1] clipped to the plot, or undefined if it lies outside the view. */
export function spanPx(view: TimeView, leftPx: number, widthPx: number, startH: number, endH: number): readonly [number, number] | undefined {
  if (endH < view.startH || startH > view.endH) return undefined;
  return [xOf(view, leftPx, widthPx, Math.max(startH, view.startH)), xOf(view, leftPx, widthPx, Math.min(endH, view.endH))];
}

/** The time of the "current fraction" cursor (1-based `throughFraction`), or undefined for the whole course or a fraction not in the list. */
export function cursorTimeH(fractions: readonly { readonly timeH: number }[], throughFraction: number | undefined): number | undefined {
  if (throughFraction === undefined || !Number.isInteger(throughFraction) || throughFraction < 1) return undefined;
  return fractions[throughFraction - 1]?.timeH;
}

/** The sample times with the given times added where they fall inside the view (sorted, once each), so short peaks are not missed. */
export function withTimes(samplesH: readonly number[], view: TimeView, extraH: readonly number[]): number[] {
  const inside = extraH.filter((t) => t >= view.startH && t <= view.endH);
  return [...new Set([...samplesH, ...inside])].sort((a, b) => a - b);
}
