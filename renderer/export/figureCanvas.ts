import { canvasMeasure, drawFooter, type Context2d } from './drawFigureParts.js';
import type { FigureContext } from './figureContext.js';
import { footerLayout, scaledRect, type FooterLayout } from './figureLayout.js';
import type { FigureReport } from './figureReport.js';

/** A canvas `scale` times a figure's CSS size, its context drawing in CSS px. */
export function figureCanvas(widthCssPx: number, heightCssPx: number, scale: number): { readonly canvas: HTMLCanvasElement; readonly ctx: Context2d } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(widthCssPx * scale);
  canvas.height = Math.round(heightCssPx * scale);
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error(`export: no 2D canvas of ${canvas.width} x ${canvas.height} px could be made (too large for this browser? choose a smaller scale)`);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  return { canvas, ctx };
}

/** The footer band a figure of this size gets (its top is where the figure's content must end). */
export function figureFooter(ctx: Context2d, widthCssPx: number, heightCssPx: number, context: FigureContext): FooterLayout {
  return footerLayout(widthCssPx, heightCssPx, context.footerItems, canvasMeasure(ctx));
}

/** The footer band, drawn last over everything; the report of where the figure's parts are. */
export function finishFigure(ctx: Context2d, footer: FooterLayout, parts: Omit<FigureReport, 'footer' | 'footerItems' | 'widthPx' | 'heightPx'>): FigureReport {
  const { scale } = parts;
  const footerItems = drawFooter(ctx, footer, scale);
  const widthPx = Math.round(footer.band.width * scale);
  const heightPx = Math.round((footer.band.y + footer.band.height) * scale);
  return { ...parts, widthPx, heightPx, footer: scaledRect(footer.band, scale), footerItems };
}

/** The canvas as PNG bytes (no text chunks: nothing about the patient rides along). */
export async function pngBytes(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (blob === null) throw new Error(`export: the browser could not encode the ${canvas.width} x ${canvas.height} px figure as PNG`);
  return new Uint8Array(await blob.arrayBuffer());
}
