/** A rectangle in a figure, CSS px from its top left (the export draws it times its scale). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A rectangle `scale` times larger: CSS px to the export's pixels. */
export function scaledRect(rect: Rect, scale: number): Rect {
  return { x: rect.x * scale, y: rect.y * scale, width: rect.width * scale, height: rect.height * scale };
}

/** Text drawn with its left edge at x and its middle at y. */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** Fonts of a figure's 2D parts; the drawing code turns them into CSS fonts. */
export type TextStyle = 'label' | 'title' | 'footer' | 'watermark';
/** The width of a text in a style, CSS px (a canvas's measureText, or a stand-in in tests). */
export type MeasureText = (text: string, style: TextStyle) => number;

/** Sizes of the legend panel and the footer, CSS px. */
export const legendSizes = {
  marginPx: 8, paddingPx: 6, titleHeightPx: 16, rowHeightPx: 14, columnGapPx: 14, sectionGapPx: 6,
  colourBarWidthPx: 12, colourBarMinHeightPx: 112, markerWidthPx: 6, tickGapPx: 4, swatchWidthPx: 14, swatchGapPx: 5,
} as const;
export const footerSizes = { lineHeightPx: 16, paddingPx: 2, gapPx: 18, sidePx: 8 } as const;

/** What the legend lists, as far as its layout is concerned (figureLegend gives it). */
export interface LegendContent {
  readonly colourBar: { readonly title: string; readonly tickLabels: readonly string[]; readonly tickFractions: readonly number[] } | undefined;
  readonly isodose: { readonly title: string; readonly rows: readonly { readonly label: string }[] } | undefined;
  readonly structures: { readonly title: string; readonly rows: readonly { readonly label: string }[] } | undefined;
}

export interface LegendRowPlace {
  /** The swatch: a short line for an isodose level, a square for a structure. */
  readonly swatch: Rect;
  readonly label: PlacedText;
}

export interface LegendLayout {
  readonly panel: Rect;
  readonly colourBar: { readonly title: PlacedText; readonly bar: Rect; readonly ticks: readonly PlacedText[] } | undefined;
  readonly isodose: { readonly title: PlacedText; readonly rows: readonly LegendRowPlace[] } | undefined;
  /** The structures that fit; `more` says how many did not ("+3 more"). */
  readonly structures: { readonly title: PlacedText; readonly rows: readonly LegendRowPlace[]; readonly more: PlacedText | undefined } | undefined;
  /** Structures left out for want of room (counted in `more`, or all of them when the section did not fit at all). */
  readonly hiddenStructures: number;
  /** Whether the panel ends above the region's bottom margin (a tall dose legend in a short region does not). */
  readonly fits: boolean;
}

/**
 * The legend panel in the top right corner of `region` (the figure, or the part of it the legend
 * may cover): the colour bar (ticks to its right) beside the isodose levels, the structures below
 * them, or in a column of their own beside them when more of them fit there; structures that do
 * not fit above the region's bottom are counted in a "+N more" row. Undefined when the legend is empty.
 */
export function legendLayout(legend: LegendContent, region: Rect, measure: MeasureText): LegendLayout | undefined {
  const s = legendSizes;
  if (legend.colourBar === undefined && legend.isodose === undefined && legend.structures === undefined) return undefined;
  const top = region.y + s.marginPx + s.paddingPx;
  const bottomPx = region.y + region.height;
  const dose = doseSize(legend, measure);
  const below = arrangement('below', legend, dose, top, bottomPx, measure);
  const beside = dose.width > 0 && below.fit.hidden > 0 ? arrangement('beside', legend, dose, top, bottomPx, measure) : undefined;
  // Beside the dose legend only while the panel keeps to half the region's width: the picture comes first.
  const chosen = beside !== undefined && beside.fit.hidden < below.fit.hidden && beside.width + 2 * s.paddingPx <= region.width / 2 ? beside : below;
  const { fit, width } = chosen;
  // On a whole CSS pixel, so that at whole scales the bar and its ticks meet on whole export pixels.
  const left = Math.floor(region.x + region.width - s.marginPx - s.paddingPx - width);
  const structures = placeStructures(legend, fit, left + chosen.structuresLeft, chosen.structuresTop);
  const structuresBottom = structures === undefined ? top : chosen.structuresTop + s.titleHeightPx + (fit.shown + (fit.hidden > 0 ? 1 : 0)) * s.rowHeightPx;
  const contentBottom = Math.max(top + dose.height, structuresBottom);
  const panel: Rect = { x: left - s.paddingPx, y: top - s.paddingPx, width: width + 2 * s.paddingPx, height: contentBottom - top + 2 * s.paddingPx };
  return { panel, ...placeDose(legend, dose, left, top), structures, hiddenStructures: fit.hidden, fits: panel.y + panel.height <= bottomPx - s.marginPx + 1e-9 };
}

/** The structures below the dose legend, or beside it: where they start, how many fit, and the panel's width. */
function arrangement(where: 'below' | 'beside', legend: LegendContent, dose: DoseSize, top: number, bottomPx: number, measure: MeasureText): { readonly fit: StructuresFit; readonly structuresTop: number; readonly structuresLeft: number; readonly width: number } {
  const s = legendSizes;
  const structuresTop = where === 'beside' ? top : top + dose.height + (dose.height > 0 ? s.sectionGapPx : 0);
  const fit = structuresFit(legend, structuresTop, bottomPx, measure);
  if (where === 'below') return { fit, structuresTop, structuresLeft: 0, width: Math.max(dose.width, fit.width) };
  return { fit, structuresTop, structuresLeft: dose.width + s.columnGapPx, width: dose.width + s.columnGapPx + fit.width };
}

interface DoseSize {
  readonly barColumnWidth: number;
  readonly width: number;
  readonly height: number;
  readonly barHeight: number;
}

/** The colour bar's column, the isodose column beside it, and the two together. */
function doseSize(legend: LegendContent, measure: MeasureText): DoseSize {
  const s = legendSizes;
  const { colourBar, isodose } = legend;
  const isoRows = isodose?.rows.length ?? 0;
  const barHeight = Math.max(s.colourBarMinHeightPx, isoRows * s.rowHeightPx);
  const barColumnWidth = colourBar === undefined ? 0 : Math.max(measure(colourBar.title, 'title'), s.markerWidthPx + s.colourBarWidthPx + s.tickGapPx + Math.max(...colourBar.tickLabels.map((label) => measure(label, 'label'))));
  const isoWidth = isodose === undefined ? 0 : Math.max(measure(isodose.title, 'title'), s.swatchWidthPx + s.swatchGapPx + Math.max(...isodose.rows.map((row) => measure(row.label, 'label'))));
  const width = barColumnWidth + isoWidth + (barColumnWidth > 0 && isoWidth > 0 ? s.columnGapPx : 0);
  // The bar's end tick labels stand half a row beyond its ends.
  const height = colourBar === undefined && isodose === undefined ? 0 : s.titleHeightPx + Math.max(colourBar === undefined ? 0 : barHeight + s.rowHeightPx, isoRows * s.rowHeightPx);
  return { barColumnWidth, width, height, barHeight };
}

function placeDose(legend: LegendContent, size: DoseSize, left: number, top: number): Pick<LegendLayout, 'colourBar' | 'isodose'> {
  const s = legendSizes;
  const { colourBar, isodose } = legend;
  const bar: Rect = { x: left + s.markerWidthPx, y: top + s.titleHeightPx + s.rowHeightPx / 2, width: s.colourBarWidthPx, height: size.barHeight };
  const isoLeft = left + size.barColumnWidth + (size.barColumnWidth > 0 ? s.columnGapPx : 0);
  return {
    colourBar: colourBar === undefined ? undefined : {
      title: titleAt(colourBar.title, left, top),
      bar,
      ticks: colourBar.tickLabels.map((text, index) => ({ text, x: bar.x + bar.width + s.tickGapPx, y: bar.y + bar.height * (1 - (colourBar.tickFractions[index] ?? 0)) })),
    },
    isodose: isodose === undefined ? undefined : {
      title: titleAt(isodose.title, isoLeft, top),
      rows: isodose.rows.map((row, index) => rowPlace(isoLeft, top + s.titleHeightPx, index, row.label, 3)),
    },
  };
}

interface StructuresFit {
  readonly shown: number;
  readonly hidden: number;
  readonly width: number;
  readonly visible: boolean;
}

/** How many structure rows fit above `bottomPx` (one row kept for "+N more" when not all do), and their width. */
function structuresFit(legend: LegendContent, sectionTop: number, bottomPx: number, measure: MeasureText): StructuresFit {
  const s = legendSizes;
  const { structures } = legend;
  const rows = structures?.rows ?? [];
  const room = Math.max(0, Math.floor((bottomPx - s.marginPx - s.paddingPx - sectionTop - s.titleHeightPx) / s.rowHeightPx));
  const shown = rows.length <= room ? rows.length : Math.max(0, room - 1);
  const hidden = rows.length - shown;
  if (structures === undefined || room === 0) return { shown: 0, hidden, width: 0, visible: false };
  const width = Math.max(
    measure(structures.title, 'title'),
    s.swatchWidthPx + s.swatchGapPx + Math.max(0, ...rows.slice(0, shown).map((row) => measure(row.label, 'label'))),
    hidden > 0 ? measure(moreText(hidden), 'label') : 0,
  );
  return { shown, hidden, width, visible: true };
}

function placeStructures(legend: LegendContent, fit: StructuresFit, left: number, sectionTop: number): LegendLayout['structures'] {
  const s = legendSizes;
  const { structures } = legend;
  if (structures === undefined || !fit.visible) return undefined;
  const rowsTop = sectionTop + s.titleHeightPx;
  return {
    title: titleAt(structures.title, left, sectionTop),
    rows: structures.rows.slice(0, fit.shown).map((row, index) => rowPlace(left, rowsTop, index, row.label, 10)),
    more: fit.hidden > 0 ? { text: moreText(fit.hidden), x: left, y: rowsTop + (fit.shown + 0.5) * s.rowHeightPx } : undefined,
  };
}

const moreText = (hidden: number): string => `+${hidden} more`;

function titleAt(text: string, x: number, top: number): PlacedText {
  return { text, x, y: top + legendSizes.titleHeightPx / 2 };
}

function rowPlace(x: number, rowsTop: number, index: number, label: string, swatchHeightPx: number): LegendRowPlace {
  const s = legendSizes;
  const middle = rowsTop + (index + 0.5) * s.rowHeightPx;
  return { swatch: { x, y: middle - swatchHeightPx / 2, width: s.swatchWidthPx, height: swatchHeightPx }, label: { text: label, x: x + s.swatchWidthPx + s.swatchGapPx, y: middle } };
}

export type FooterKey = 'plan' | 'identity' | 'date' | 'watermark';

export interface FooterLayout {
  readonly band: Rect;
  readonly items: readonly (PlacedText & { readonly key: FooterKey; readonly width: number })[];
}

/**
 * The band across the bottom of a figure: its items left to right on as many lines as they need,
 * the last one (the watermark) at the right end of its line.
 */
export function footerLayout(imageWidthPx: number, imageHeightPx: number, items: readonly { readonly key: FooterKey; readonly text: string }[], measure: MeasureText): FooterLayout {
  const f = footerSizes;
  const lines: { key: FooterKey; text: string; width: number; x: number }[][] = [[]];
  for (const item of items) {
    const width = measure(item.text, 'footer');
    let line = lines[lines.length - 1] ?? [];
    const last = line[line.length - 1];
    const x = last === undefined ? f.sidePx : last.x + last.width + f.gapPx;
    if (last !== undefined && x + width > imageWidthPx - f.sidePx) {
      line = [];
      lines.push(line);
    }
    line.push({ ...item, width, x: line.length === 0 ? f.sidePx : x });
  }
  const lastLine = lines[lines.length - 1] ?? [];
  const watermark = lastLine[lastLine.length - 1];
  if (watermark !== undefined && lastLine.length > 0) watermark.x = Math.max(watermark.x, imageWidthPx - f.sidePx - watermark.width);
  const height = lines.length * f.lineHeightPx + 2 * f.paddingPx;
  const top = imageHeightPx - height;
  return {
    band: { x: 0, y: top, width: imageWidthPx, height },
    items: lines.flatMap((line, index) => line.map((item) => ({ key: item.key, text: item.text, width: item.width, x: item.x, y: top + f.paddingPx + (index + 0.5) * f.lineHeightPx }))),
  };
}

/** The diagonal watermark: centred, along the figure's diagonal, its text 60 % of the diagonal long. */
export function diagonalWatermark(imageWidthPx: number, imageHeightPx: number, textWidthAt100Px: number): { readonly x: number; readonly y: number; readonly angleRad: number; readonly fontPx: number } {
  const diagonalPx = Math.hypot(imageWidthPx, imageHeightPx);
  return { x: imageWidthPx / 2, y: imageHeightPx / 2, angleRad: -Math.atan2(imageHeightPx, imageWidthPx), fontPx: (100 * 0.6 * diagonalPx) / Math.max(1, textWidthAt100Px) };
}

/**
 * The legend of a figure of these views: over the 3D view when a layout has one and the legend
 * fits there whole (it has the most empty space), else over the whole figure when it fits better
 * there; never over the footer.
 */
export function placeLegend(legend: LegendContent, tiles: readonly { readonly id: string; readonly rect: Rect }[], widthPx: number, footerTopPx: number, measure: MeasureText): LegendLayout | undefined {
  const below = (area: Rect): Rect => ({ ...area, height: Math.max(0, Math.min(area.y + area.height, footerTopPx) - area.y) });
  const volume = tiles.length > 1 ? tiles.find((tile) => tile.id === 'volume')?.rect : undefined;
  const whole = legendLayout(legend, below({ x: 0, y: 0, width: widthPx, height: footerTopPx }), measure);
  const overVolume = volume === undefined ? undefined : legendLayout(legend, below(volume), measure);
  if (overVolume === undefined || whole === undefined) return whole;
  const better = overVolume.fits && overVolume.hiddenStructures <= whole.hiddenStructures;
  return better ? overVolume : whole;
}

/**
 * Where a view's labels go so that the footer and the legend leave them visible: bottom labels
 * move up by the footer's overlap; the right edge's letter (view coordinates, x from the right
 * edge) moves below the legend when the legend covers it, or left of the legend when there is
 * no room below.
 */
export function viewInsets(view: Rect, footer: Rect, legend: Rect | undefined): { readonly bottomPx: number; readonly rightLabel: { readonly fromRightPx: number; readonly y: number } } {
  const bottomPx = Math.max(0, view.y + view.height - footer.y);
  const edgePx = 6;
  const middle = { fromRightPx: edgePx, y: view.height / 2 };
  const covers = legend !== undefined && legend.x < view.x + view.width - edgePx && legend.x + legend.width > view.x + view.width - 2 * edgePx && legend.y < view.y + view.height / 2 + edgePx && legend.y + legend.height > view.y + view.height / 2 - edgePx;
  if (!covers || legend === undefined) return { bottomPx, rightLabel: middle };
  const belowY = legend.y + legend.height - view.y + 2 * edgePx;
  // Below the legend unless that runs into the bottom labels (the scale bar is 30 px up).
  if (belowY <= view.height - bottomPx - 40) return { bottomPx, rightLabel: { fromRightPx: edgePx, y: belowY } };
  return { bottomPx, rightLabel: { fromRightPx: view.x + view.width - legend.x + edgePx, y: view.height / 2 } };
}

/**
 * The figure of some views: the box around their page rectangles (whole CSS px), each view placed
 * in it as on the page. One view alone fills its figure.
 */
export function layoutTiles<Id>(views: readonly { readonly id: Id; readonly left: number; readonly top: number; readonly width: number; readonly height: number }[]): { readonly widthPx: number; readonly heightPx: number; readonly tiles: readonly { readonly id: Id; readonly rect: Rect }[] } {
  if (views.length === 0) throw new Error('layoutTiles: there are no views to export');
  const left = Math.min(...views.map((view) => view.left));
  const top = Math.min(...views.map((view) => view.top));
  const right = Math.max(...views.map((view) => view.left + view.width));
  const bottom = Math.max(...views.map((view) => view.top + view.height));
  return { widthPx: right - left, heightPx: bottom - top, tiles: views.map((view) => ({ id: view.id, rect: { x: view.left - left, y: view.top - top, width: view.width, height: view.height } })) };
}
