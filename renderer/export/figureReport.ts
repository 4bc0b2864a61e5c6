import type { FooterKey, Rect } from './figureLayout.js';

/**
 * Where the parts of the last exported figure are, in its own pixels (CSS px times the scale):
 * what the end-to-end tests read (through renderer/platform/exportTestHooks.ts) to know which
 * pixels to check. Free of DOM types, so Node-side tests can name it.
 */
export interface FigureReport {
  readonly subject: string;
  readonly scale: number;
  readonly widthPx: number;
  readonly heightPx: number;
  /** The views drawn, and where. */
  readonly tiles: readonly { readonly id: string; readonly rect: Rect }[];
  /** The colour bar's pixels: row r (from the top) is the wash's colour at 1 - (r + 0.5) / height. */
  readonly colourBar: Rect | undefined;
  readonly legend: Rect | undefined;
  readonly footer: Rect;
  /** Each footer text's box (plan, identity when shown, date, the watermark); the texts themselves are not kept. */
  readonly footerItems: readonly { readonly key: FooterKey; readonly rect: Rect }[];
}

let last: FigureReport | undefined;

export function noteFigure(report: FigureReport): void {
  last = report;
}

export function lastFigure(): FigureReport | undefined {
  return last;
}
