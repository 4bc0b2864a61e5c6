import type { ViewportId } from '../state/viewStore.js';
import { viewBounds } from '../viewports/viewBounds.js';
import { registeredViews, viewportElements, viewportPixelRect } from '../viewports/viewRegistry.js';
import type { SliceView } from '../viewports/sliceFrame.js';
import type { VolumeFrame } from '../viewports/volume/volumeView.js';
import { canvasMeasure, drawDiagonalWatermark, drawLegend, type Context2d } from './drawFigureParts.js';
import { cssSliceView, drawSliceOverlay, drawVolumeOverlay } from './drawViewOverlays.js';
import type { FigureContext } from './figureContext.js';
import { figureCanvas, figureFooter, finishFigure } from './figureCanvas.js';
import { layoutTiles, placeLegend, scaledRect, viewInsets, type FooterLayout, type LegendLayout, type Rect } from './figureLayout.js';
import type { FigureReport } from './figureReport.js';
import { renderViewPixels, type ViewPixels } from './viewPixels.js';

/** The viewports the layout shows now (drawn by the render loop), with their page rectangles. */
export function shownViewports(): { readonly id: ViewportId; readonly left: number; readonly top: number; readonly width: number; readonly height: number }[] {
  return [...viewportElements].filter(([id]) => registeredViews.has(id)).map(([id, element]) => ({ id, ...viewportPixelRect(element) })).filter((view) => view.width > 0 && view.height > 0);
}

export interface ComposedFigure {
  readonly canvas: HTMLCanvasElement;
  readonly report: FigureReport;
}

/**
 * One viewport, or the whole layout, as a figure `scale` times its CSS size: each view drawn
 * again by the GPU at that size, the overlays the page lays over it drawn in 2D at the same
 * scale, the legend (colour bar, isodoses, structures) top right (of the 3D view in a layout,
 * where it fits), the footer (plan, identity when asked for, date, "not for clinical use") and
 * the diagonal watermark.
 */
export function composeViewsFigure(subject: ViewportId | 'layout', scale: number, context: FigureContext): ComposedFigure {
  const shown = shownViewports();
  const chosen = subject === 'layout' ? shown : shown.filter((view) => view.id === subject);
  if (chosen.length === 0) throw new Error(`export: the ${subject === 'volume' ? '3D' : subject} view is not in the layout (choose a layout that shows it)`);
  const figure = layoutTiles(chosen);
  const drawn = figure.tiles.map((tile) => ({ ...tile, pixels: renderViewPixels(tile.id, tile.rect.width, tile.rect.height, scale) }));
  const { canvas, ctx } = figureCanvas(figure.widthPx, figure.heightPx, scale);
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#333';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  for (const tile of drawn) ctx.putImageData(new ImageData(tile.pixels.rgba, tile.pixels.widthPx, tile.pixels.heightPx), Math.round(tile.rect.x * scale), Math.round(tile.rect.y * scale));
  ctx.restore();
  const footer = figureFooter(ctx, figure.widthPx, figure.heightPx, context);
  const legend = placeLegend(context.legend, figure.tiles, figure.widthPx, footer.band.y, canvasMeasure(ctx));
  drawDiagonalWatermark(ctx, figure.widthPx, figure.heightPx);
  for (const tile of drawn) drawOverlay(ctx, tile, footer, legend, context, scale);
  const colourBar = legend === undefined ? undefined : drawLegend(ctx, legend, context.legend, scale);
  const tiles = drawn.map((tile) => ({ id: tile.id, rect: scaledRect(tile.rect, scale) }));
  const report = finishFigure(ctx, footer, { subject, scale, tiles, colourBar, legend: legend === undefined ? undefined : scaledRect(legend.panel, scale) });
  return { canvas, report };
}

function drawOverlay(ctx: Context2d, tile: { readonly id: ViewportId; readonly rect: Rect; readonly pixels: ViewPixels }, footer: FooterLayout, legend: LegendLayout | undefined, context: FigureContext, scale: number): void {
  const insets = viewInsets(tile.rect, footer.band, legend?.panel);
  if (tile.id !== 'volume') {
    drawSliceOverlay(ctx, tile.rect, cssSliceView(tile.pixels.frame as SliceView, scale), context.viewState, insets, scale);
    return;
  }
  const bounds = viewBounds(context.objects);
  const frame = tile.pixels.frame as VolumeFrame;
  if (bounds !== undefined) drawVolumeOverlay(ctx, tile.rect, { camera: frame.camera, plan: context.objects.plan, beamsVisible: context.beamsVisible, bounds }, insets, scale);
}
