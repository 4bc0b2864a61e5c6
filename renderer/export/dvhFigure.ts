import uPlot from 'uplot';
import type { DvhData } from '../../src/dvh/dvhData.js';
import { cssRgb } from '../gpu/textures/colourMap.js';
import { IDENTITY_DOSE_POLYNOMIAL, type DosePolynomial } from '../../src/therapy/doseMode.js';
import { dvhPlotData } from '../panels/dvh/dvhPlotData.js';
import type { RoiDvh } from '../state/roiDvhs.js';
import type { ComposedFigure } from './composeFigure.js';
import { drawDiagonalWatermark, setFont, type Context2d } from './drawFigureParts.js';
import type { FigureContext } from './figureContext.js';
import { figureCanvas, figureFooter, finishFigure } from './figureCanvas.js';

/** The DVH figure's size, CSS px: title band, plot, legend column. */
const size = { widthPx: 900, heightPx: 560, titlePx: 28, legendPx: 200, rowPx: 16 } as const;

type Rgb = readonly [number, number, number];
interface Curve {
  readonly name: string;
  readonly colourRgb: Rgb;
  readonly dvh: DvhData;
  /** The map to the dose shown (a mode, a part of the course): a solid shown curve beside the dashed physical one. */
  readonly polynomial: DosePolynomial | undefined;
}

/**
 * The cumulative DVHs of the ROIs shown (all of them when none is; volume in % against dose, with a % of prescription axis
 * on top when there is one), drawn by uPlot as the panel draws them but at `scale` times the
 * figure's size (every size in its options multiplied, so fonts and lines are as sharp as the
 * pixels allow), with the ROIs' names and colours beside it.
 */
export async function composeDvhFigure(rois: readonly RoiDvh[], context: FigureContext, prescriptionGy: number | undefined, scale: number): Promise<ComposedFigure> {
  const structures = context.viewState.structures;
  const computed = rois.flatMap((roi): (Curve & { readonly visible: boolean })[] => {
    const shown = structures[roi.roiNumber];
    return roi.status.status === 'done' && roi.status.data !== undefined ? [{ name: roi.roiName, colourRgb: shown?.colourRgb ?? [128, 128, 128], dvh: roi.status.data, visible: shown?.visible === true, polynomial: context.roiPolynomials?.get(roi.roiNumber) }] : [];
  });
  // The structures shown, as the panel draws them; all of them when none is shown.
  const curves = computed.some((curve) => curve.visible) ? computed.filter((curve) => curve.visible) : computed;
  if (curves.length === 0) throw new Error('export: there is no DVH to draw yet');
  const { canvas, ctx } = figureCanvas(size.widthPx, size.heightPx, scale);
  const footer = figureFooter(ctx, size.widthPx, size.heightPx, context);
  ctx.fillStyle = '#1d1d1d';
  ctx.fillRect(0, 0, size.widthPx, size.heightPx);
  drawDiagonalWatermark(ctx, size.widthPx, size.heightPx);
  ctx.textBaseline = 'middle';
  ctx.font = 'bold 13px system-ui, sans-serif';
  ctx.fillStyle = '#ddd';
  ctx.fillText(`DVH (cumulative) · ${context.planText}`, 10, size.titlePx / 2);
  const plot = { widthPx: size.widthPx - size.legendPx, heightPx: footer.band.y - size.titlePx };
  const doseUnitLabel = context.objects.dose?.doseUnits === 'RELATIVE' ? 'relative' : 'Gy';
  await withChart(curves, plot.widthPx, plot.heightPx, doseUnitLabel, prescriptionGy, scale, (chart) => ctx.drawImage(chart, 0, size.titlePx, plot.widthPx, plot.heightPx));
  drawCurveLegend(ctx, curves, plot.widthPx + 10, size.titlePx + 12);
  return { canvas, report: finishFigure(ctx, footer, { subject: 'dvh', scale, tiles: [], colourBar: undefined, legend: undefined }) };
}

function drawCurveLegend(ctx: Context2d, curves: readonly Curve[], left: number, top: number): void {
  setFont(ctx, 'label');
  curves.forEach((curve, index) => {
    const y = top + index * size.rowPx;
    ctx.fillStyle = cssRgb(curve.colourRgb);
    ctx.fillRect(left, y - 1.5, 16, 3);
    ctx.fillStyle = '#ddd';
    ctx.fillText(curve.name, left + 22, y, size.legendPx - 32);
  });
}

/** Hands uPlot's canvas to `use` once it has drawn the chart (it draws in a microtask after it is made), then destroys the chart. */
async function withChart(curves: readonly Curve[], widthCssPx: number, heightCssPx: number, doseUnitLabel: string, prescriptionGy: number | undefined, scale: number, use: (canvas: HTMLCanvasElement) => void): Promise<void> {
  const withShown = curves.some((curve) => curve.polynomial !== undefined);
  const data = dvhPlotData(curves.map((curve) => curve.dvh), 'percent', withShown ? curves.map((curve) => curve.polynomial ?? IDENTITY_DOSE_POLYNOMIAL) : undefined);
  const container = document.createElement('div');
  let chart: uPlot | undefined;
  try {
    await new Promise<void>((drawn) => {
      chart = new uPlot(chartOptions(curves, widthCssPx, heightCssPx, doseUnitLabel, prescriptionGy, scale / uPlot.pxRatio, drawn), [data.doseGy, ...data.volumes, ...(data.shownVolumes ?? [])], container);
    });
    if (chart === undefined) throw new Error('export: the DVH chart was not made');
    use(chart.ctx.canvas);
  } finally {
    chart?.destroy();
  }
}

/** The panel's chart options (DvhPlot) with every CSS size times `k`, so that uPlot draws the figure `k` times larger. */
function chartOptions(curves: readonly Curve[], widthCssPx: number, heightCssPx: number, doseUnitLabel: string, prescriptionGy: number | undefined, k: number, drawn: () => void): uPlot.Options {
  const withShown = curves.some((curve) => curve.polynomial !== undefined);
  const font = `${11 * k}px system-ui, sans-serif`;
  const axis: uPlot.Axis = { stroke: '#aaa', font, labelFont: font, labelSize: 18 * k, gap: 5 * k, space: 40 * k, grid: { stroke: '#2e2e2e', width: k }, ticks: { stroke: '#444', width: k, size: 4 * k } };
  const percentOfPrescription = (doseGy: number): number => (prescriptionGy === undefined ? 0 : (100 * doseGy) / prescriptionGy);
  return {
    width: Math.round(widthCssPx * k),
    height: Math.round(heightCssPx * k),
    padding: [12 * k, 16 * k, 0, 0],
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false },
      y: { range: [0, 100] },
      ...(prescriptionGy === undefined ? {} : { rx: { from: 'x', range: (_chart: uPlot, min: number, max: number): uPlot.Range.MinMax => [percentOfPrescription(min), percentOfPrescription(max)] } }),
    },
    series: [
      {},
      ...curves.map((curve): uPlot.Series => ({ stroke: cssRgb(curve.colourRgb), width: (withShown ? 1 : 1.5) * k, ...(withShown ? { dash: [4 * k, 3 * k] } : {}), points: { show: false } })),
      ...(withShown ? curves.map((curve): uPlot.Series => ({ stroke: cssRgb(curve.colourRgb), width: 1.8 * k, points: { show: false } })) : []),
    ],
    axes: [
      { ...axis, label: `Dose (${doseUnitLabel})${prescriptionGy === undefined ? '' : ` · top: % of ${prescriptionGy} Gy`}`, size: 30 * k },
      { ...axis, label: 'Volume (%)', size: 44 * k },
      ...(prescriptionGy === undefined ? [] : [{ ...axis, scale: 'rx', side: 0 as const, size: 24 * k, labelSize: 0, grid: { show: false }, values: (_chart: uPlot, splits: number[]) => splits.map((split) => `${split}%`) }]),
    ],
    hooks: { draw: [() => drawn()] },
  };
}
