import { cssRgb } from '../gpu/textures/colourMap.js';
import type { ComposedFigure } from './composeFigure.js';
import { canvasMeasure, drawDiagonalWatermark, setFont } from './drawFigureParts.js';
import type { FigureContext } from './figureContext.js';
import { figureCanvas, figureFooter, finishFigure } from './figureCanvas.js';
import { footerLayout } from './figureLayout.js';
import type { MetricsTable } from './metricsTable.js';

const table = { paddingPx: 12, titlePx: 30, rowPx: 18, cellGapPx: 14, swatchPx: 12, minWidthPx: 640 } as const;

/** The dose statistics table as a figure: a row per ROI with its colour, numbers right-aligned, at `scale` times its CSS size. */
export function composeMetricsFigure(metrics: MetricsTable, context: FigureContext, scale: number): ComposedFigure {
  const probe = figureCanvas(1, 1, 1).ctx;
  const measure = canvasMeasure(probe);
  const widths = metrics.header.map((heading, column) => Math.max(measure(heading, 'title'), ...metrics.rows.map((row) => measure(row.cells[column] ?? '', 'label'))));
  const firstColumn = table.swatchPx + 6 + (widths[0] ?? 0);
  const tableWidth = firstColumn + widths.slice(1).reduce((sum, width) => sum + width + table.cellGapPx, 0);
  const widthPx = Math.ceil(Math.max(table.minWidthPx, tableWidth + 2 * table.paddingPx));
  const footerHeight = footerLayout(widthPx, 0, context.footerItems, measure).band.height;
  const heightPx = Math.ceil(table.titlePx + (metrics.rows.length + 1) * table.rowPx + table.paddingPx + footerHeight);
  const { canvas, ctx } = figureCanvas(widthPx, heightPx, scale);
  const footer = figureFooter(ctx, widthPx, heightPx, context);
  ctx.fillStyle = '#1d1d1d';
  ctx.fillRect(0, 0, widthPx, heightPx);
  ctx.textBaseline = 'middle';
  ctx.font = 'bold 13px system-ui, sans-serif';
  ctx.fillStyle = '#ddd';
  ctx.fillText(`${metrics.caption} · ${context.planText}`, table.paddingPx, table.titlePx / 2);
  // Column right edges after the ROI column: numbers are right-aligned under right-aligned headings.
  const rights = widths.slice(1).reduce<number[]>((edges, width) => [...edges, (edges.at(-1) ?? table.paddingPx + firstColumn) + table.cellGapPx + width], []);
  const rowY = (index: number): number => table.titlePx + (index + 0.5) * table.rowPx;
  setFont(ctx, 'title');
  ctx.fillText(metrics.header[0] ?? '', table.paddingPx, rowY(0));
  ctx.textAlign = 'right';
  metrics.header.slice(1).forEach((heading, index) => ctx.fillText(heading, rights[index] ?? 0, rowY(0)));
  setFont(ctx, 'label');
  metrics.rows.forEach((row, index) => {
    const y = rowY(index + 1);
    ctx.fillStyle = index % 2 === 0 ? '#242424' : '#1d1d1d';
    ctx.fillRect(table.paddingPx / 2, y - table.rowPx / 2, widthPx - table.paddingPx, table.rowPx);
    ctx.fillStyle = cssRgb(row.colourRgb);
    ctx.fillRect(table.paddingPx, y - table.swatchPx / 2, table.swatchPx, table.swatchPx);
    ctx.fillStyle = '#ddd';
    ctx.textAlign = 'left';
    ctx.fillText(row.cells[0] ?? '', table.paddingPx + table.swatchPx + 6, y);
    ctx.textAlign = 'right';
    // An ROI without numbers says why in one cell that spans the rest of the row.
    if (row.cells.length === 2) ctx.textAlign = 'left';
    row.cells.slice(1).forEach((cell, column) => ctx.fillText(cell, row.cells.length === 2 ? table.paddingPx + firstColumn + table.cellGapPx : (rights[column] ?? 0), y));
  });
  ctx.textAlign = 'left';
  // Over the table (its row stripes would hide it), faint enough to read the numbers through.
  drawDiagonalWatermark(ctx, widthPx, heightPx);
  return { canvas, report: finishFigure(ctx, footer, { subject: 'metrics', scale, tiles: [], colourBar: undefined, legend: undefined }) };
}
