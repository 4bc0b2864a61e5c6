import type { RtPlan } from '../../src/dicom/rtPlan.js';
import { dot } from '../../src/geometry/vec3.js';
import { cssRgb } from '../gpu/textures/colourMap.js';
import type { ViewState } from '../state/viewStore.js';
import { edgeLabels, lpsToScreen, sliceAxes, type BoundsLps, type SliceView } from '../viewports/sliceFrame.js';
import type { VolumeCamera } from '../viewports/volume/orbitCamera.js';
import { beamLabels, triadArms, triadSizePx } from '../viewports/volume/overlayLayout.js';
import { haloText, setFont, type Context2d } from './drawFigureParts.js';
import type { Rect } from './figureLayout.js';
import { capitalised } from './figureText.js';
import { scaleBarFor } from './scaleBar.js';

/** Where the footer and the legend leave a view's labels (figureLayout's viewInsets). */
export interface ViewInsets {
  readonly bottomPx: number;
  readonly rightLabel: { readonly fromRightPx: number; readonly y: number };
}

/** The slice view as its CSS pixels see it (the export drew it at `scale` times that). */
export function cssSliceView(view: SliceView, scale: number): SliceView {
  return { ...view, widthPx: view.widthPx / scale, heightPx: view.heightPx / scale, pixelsPerMm: view.pixelsPerMm / scale };
}

/**
 * What SliceViewport lays over a slice, drawn in 2D at the export's scale: the crosshair (when
 * shown), the view's name, its position along the normal, the orientation letters, and a scale bar.
 */
export function drawSliceOverlay(ctx: Context2d, tile: Rect, view: SliceView, state: ViewState, insets: ViewInsets, scale: number): void {
  const { widthPx: w, heightPx: h } = view;
  enterTile(ctx, tile.x, tile.y, w, h);
  if (state.showCrosshair) {
    const [x, y] = lpsToScreen(view, state.crosshairLps);
    ctx.strokeStyle = 'rgba(120, 200, 255, 0.6)';
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 4]);
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x, h);
    ctx.moveTo(0, y);
    ctx.lineTo(w, y);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  ctx.textBaseline = 'middle';
  ctx.font = '12px system-ui, sans-serif';
  haloText(ctx, capitalised(view.orientation), 6, 11, '#8cf', scale);
  const normal = sliceAxes[view.orientation].normalLps;
  ctx.font = '11px system-ui, sans-serif';
  haloText(ctx, `${'xyz'[normal.indexOf(1)] ?? ''} ${dot(state.crosshairLps, normal).toFixed(1)} mm`, 6, h - 10 - insets.bottomPx, '#ccc', scale);
  drawScaleBar(ctx, view, h - 30 - insets.bottomPx, scale);
  const labels = edgeLabels[view.orientation];
  ctx.font = 'bold 12px system-ui, sans-serif';
  const letters: readonly [string, number, number, CanvasTextAlign][] = [
    [labels.left, 6, h / 2, 'left'], [labels.right, w - insets.rightLabel.fromRightPx, insets.rightLabel.y, 'right'],
    [labels.top, w / 2, 11, 'center'], [labels.bottom, w / 2, h - 11 - insets.bottomPx, 'center'],
  ];
  for (const [text, x, y, align] of letters) {
    ctx.textAlign = align;
    haloText(ctx, text, x, y, '#fc6', scale);
  }
  ctx.restore();
}

/** A round length (about a fifth of the view's width) as a bar with end ticks, its length above it. */
function drawScaleBar(ctx: Context2d, view: SliceView, y: number, scale: number): void {
  const bar = scaleBarFor(view.widthPx, view.pixelsPerMm);
  const left = 8;
  const right = left + bar.lengthPx;
  const path = (): void => {
    ctx.beginPath();
    ctx.moveTo(left, y - 4);
    ctx.lineTo(left, y);
    ctx.lineTo(right, y);
    ctx.lineTo(right, y - 4);
  };
  ctx.lineCap = 'square';
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.8)';
  ctx.lineWidth = 3.5;
  path();
  ctx.stroke();
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 1.5;
  path();
  ctx.stroke();
  ctx.textAlign = 'center';
  ctx.font = '11px system-ui, sans-serif';
  haloText(ctx, bar.label, (left + right) / 2, y - 9, '#fff', scale);
}

export interface VolumeOverlaySource {
  readonly camera: VolumeCamera;
  readonly plan: RtPlan | undefined;
  readonly beamsVisible: boolean;
  readonly bounds: BoundsLps;
}

/** What VolumeViewport lays over the 3D view, in 2D: its name, the orientation triad and the beams' labels. */
export function drawVolumeOverlay(ctx: Context2d, tile: Rect, source: VolumeOverlaySource, insets: ViewInsets, scale: number): void {
  const { width: w, height: h } = tile;
  enterTile(ctx, tile.x, tile.y, w, h);
  ctx.textBaseline = 'middle';
  ctx.font = '12px system-ui, sans-serif';
  haloText(ctx, '3D', 6, 11, '#8cf', scale);
  if (source.beamsVisible && source.plan !== undefined) drawBeamLabels(ctx, source.plan, source.camera, source.bounds, w, h, scale);
  drawTriad(ctx, source.camera, 4, h - 4 - triadSizePx - insets.bottomPx);
  ctx.restore();
}

function drawTriad(ctx: Context2d, camera: VolumeCamera, left: number, top: number): void {
  const cx = left + triadSizePx / 2;
  const cy = top + triadSizePx / 2;
  ctx.font = 'bold 11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  for (const arm of triadArms(camera)) {
    ctx.strokeStyle = arm.colour;
    ctx.fillStyle = arm.colour;
    const line = (toX: number, toY: number, width: number, alpha: number): void => {
      ctx.globalAlpha = alpha;
      ctx.lineWidth = width;
      ctx.beginPath();
      ctx.moveTo(cx, cy);
      ctx.lineTo(toX, toY);
      ctx.stroke();
    };
    line(cx - arm.endPx[0], cy - arm.endPx[1], 1, 0.35);
    line(cx + arm.endPx[0], cy + arm.endPx[1], 2, 1);
    ctx.globalAlpha = 1;
    ctx.fillText(arm.positive, cx + arm.positiveLetterPx[0], cy + arm.positiveLetterPx[1]);
    ctx.globalAlpha = 0.45;
    ctx.fillText(arm.negative, cx + arm.negativeLetterPx[0], cy + arm.negativeLetterPx[1]);
    ctx.globalAlpha = 1;
  }
}

/** Each beam's label where the viewport puts it (overlayLayout's beamLabels). */
function drawBeamLabels(ctx: Context2d, plan: RtPlan, camera: VolumeCamera, bounds: BoundsLps, w: number, h: number, scale: number): void {
  ctx.textAlign = 'center';
  setFont(ctx, 'label');
  for (const label of beamLabels(plan, camera, bounds, w, h).labels) {
    haloText(ctx, label.angles === undefined ? label.name : `${label.name} ${label.angles}`, label.atPx[0], label.atPx[1], cssRgb(label.colourRgb), scale);
  }
}

/** Saves the context and draws from here on in the tile's own pixels, clipped to it (ctx.restore() leaves it). */
function enterTile(ctx: Context2d, x: number, y: number, widthPx: number, heightPx: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.beginPath();
  ctx.rect(0, 0, widthPx, heightPx);
  ctx.clip();
}
