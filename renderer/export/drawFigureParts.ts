import { cssRgb, washColourAt } from '../gpu/textures/colourMap.js';
import type { FigureLegend } from './figureLegend.js';
import { diagonalWatermark, footerSizes, legendSizes, scaledRect, type FooterKey, type FooterLayout, type LegendLayout, type MeasureText, type Rect, type TextStyle } from './figureLayout.js';
import { watermarkText } from './figureText.js';

/** A 2D context drawing in CSS px (its transform scales to the export's pixels). */
export type Context2d = CanvasRenderingContext2D;

const fonts: Readonly<Record<TextStyle, string>> = {
  label: '11px system-ui, sans-serif',
  title: 'bold 11px system-ui, sans-serif',
  footer: 'bold 11px system-ui, sans-serif',
  watermark: 'bold 100px system-ui, sans-serif',
};

/** Sets the context's font to one of the figure's text styles. */
export function setFont(ctx: Context2d, style: TextStyle): void {
  ctx.font = fonts[style];
}

/** Text widths as this context draws them. */
export function canvasMeasure(ctx: Context2d): MeasureText {
  return (text, style) => {
    setFont(ctx, style);
    return ctx.measureText(text).width;
  };
}

/** Text with a dark halo, legible over any picture (the halo's blur is in device pixels). */
export function haloText(ctx: Context2d, text: string, x: number, y: number, colour: string, scale: number): void {
  ctx.save();
  ctx.shadowColor = 'rgba(0, 0, 0, 0.9)';
  ctx.shadowBlur = 3 * scale;
  ctx.fillStyle = colour;
  ctx.fillText(text, x, y);
  ctx.restore();
}

/** "NOT FOR CLINICAL USE" faintly across the figure's diagonal, under the labels and legends. */
export function drawDiagonalWatermark(ctx: Context2d, widthPx: number, heightPx: number): void {
  setFont(ctx, 'watermark');
  const mark = diagonalWatermark(widthPx, heightPx, ctx.measureText(watermarkText).width);
  ctx.save();
  ctx.translate(mark.x, mark.y);
  ctx.rotate(mark.angleRad);
  ctx.font = `bold ${mark.fontPx}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = 'rgba(255, 255, 255, 0.13)';
  ctx.fillText(watermarkText, 0, 0);
  ctx.restore();
}

/**
 * The legend panel: the colour bar row by row in the export's own pixels (each row exactly the
 * wash's colour there, so it can be checked), its ticks and threshold mark, the isodose levels and
 * the structures. Returns the colour bar's pixel rectangle.
 */
export function drawLegend(ctx: Context2d, layout: LegendLayout, legend: FigureLegend, scale: number): Rect | undefined {
  ctx.save();
  ctx.textBaseline = 'middle';
  ctx.fillStyle = 'rgba(17, 17, 17, 0.85)';
  ctx.strokeStyle = '#444';
  ctx.lineWidth = 1;
  ctx.fillRect(layout.panel.x, layout.panel.y, layout.panel.width, layout.panel.height);
  ctx.strokeRect(layout.panel.x + 0.5, layout.panel.y + 0.5, layout.panel.width - 1, layout.panel.height - 1);
  const barPx = layout.colourBar === undefined || legend.colourBar === undefined ? undefined : drawColourBar(ctx, layout.colourBar, legend.colourBar, scale);
  const titles = [layout.colourBar?.title, layout.isodose?.title, layout.structures?.title];
  setFont(ctx, 'title');
  ctx.fillStyle = '#ddd';
  for (const title of titles) if (title !== undefined) ctx.fillText(title.text, title.x, title.y);
  setFont(ctx, 'label');
  layout.isodose?.rows.forEach((row, index) => swatchRow(ctx, row.swatch, row.label, legend.isodose?.rows[index]?.colourRgb));
  layout.structures?.rows.forEach((row, index) => swatchRow(ctx, row.swatch, row.label, legend.structures?.rows[index]?.colourRgb));
  const more = layout.structures?.more;
  if (more !== undefined) {
    ctx.fillStyle = '#999';
    ctx.fillText(more.text, more.x, more.y);
  }
  ctx.restore();
  return barPx;
}

function swatchRow(ctx: Context2d, swatch: Rect, label: { text: string; x: number; y: number }, colourRgb: readonly [number, number, number] | undefined): void {
  ctx.fillStyle = cssRgb(colourRgb ?? [128, 128, 128]);
  ctx.fillRect(swatch.x, swatch.y, swatch.width, swatch.height);
  ctx.fillStyle = '#ddd';
  ctx.fillText(label.text, label.x, label.y);
}

function drawColourBar(ctx: Context2d, place: NonNullable<LegendLayout['colourBar']>, bar: NonNullable<FigureLegend['colourBar']>, scale: number): Rect {
  const pixels: Rect = { x: Math.round(place.bar.x * scale), y: Math.round(place.bar.y * scale), width: Math.round(place.bar.width * scale), height: Math.round(place.bar.height * scale) };
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  for (let row = 0; row < pixels.height; row += 1) {
    ctx.fillStyle = cssRgb(washColourAt(1 - (row + 0.5) / pixels.height));
    ctx.fillRect(pixels.x, pixels.y + row, pixels.width, 1);
  }
  ctx.restore();
  ctx.strokeStyle = '#777';
  ctx.lineWidth = 1;
  ctx.fillStyle = '#ccc';
  setFont(ctx, 'label');
  for (const tick of place.ticks) {
    ctx.beginPath();
    ctx.moveTo(tick.x - legendSizes.tickGapPx, tick.y);
    ctx.lineTo(tick.x - 1, tick.y);
    ctx.stroke();
    ctx.fillText(tick.text, tick.x, tick.y);
  }
  if (bar.maxGy > 0 && bar.thresholdGy > 0) {
    // The threshold: a white mark left of the bar, pointing at it.
    const y = place.bar.y + place.bar.height * (1 - Math.min(1, bar.thresholdGy / bar.maxGy));
    ctx.fillStyle = '#fff';
    ctx.beginPath();
    ctx.moveTo(place.bar.x - 1, y);
    ctx.lineTo(place.bar.x - legendSizes.markerWidthPx, y - 3);
    ctx.lineTo(place.bar.x - legendSizes.markerWidthPx, y + 3);
    ctx.fill();
  }
  return pixels;
}

/** The footer band is opaque: its texts read the same over any picture. */
const footerBandColour = 'rgb(20, 20, 20)';
const footerColours: Readonly<Record<FooterKey, string>> = { plan: '#ddd', identity: '#fff', date: '#aaa', watermark: '#e9b44c' };

/** The footer band and its texts; returns each text's box in the export's pixels. */
export function drawFooter(ctx: Context2d, footer: FooterLayout, scale: number): { key: FooterKey; rect: Rect }[] {
  ctx.save();
  ctx.fillStyle = footerBandColour;
  ctx.fillRect(footer.band.x, footer.band.y, footer.band.width, footer.band.height);
  setFont(ctx, 'footer');
  ctx.textBaseline = 'middle';
  for (const item of footer.items) {
    ctx.fillStyle = footerColours[item.key];
    ctx.fillText(item.text, item.x, item.y);
  }
  ctx.restore();
  const half = footerSizes.lineHeightPx / 2;
  return footer.items.map((item) => ({ key: item.key, rect: scaledRect({ x: item.x, y: item.y - half, width: item.width, height: 2 * half }, scale) }));
}
