import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DvhData } from '../../src/dvh/dvhData.js';
import { cssRgb } from '../gpu/textures/colourMap.js';
import type { DosePolynomial } from '../../src/therapy/doseMode.js';
import { dvhPlotData, type VolumeUnit } from './dvh/dvhPlotData.js';

interface DvhPlotProps {
  /** Stable while the computed DVHs are the same (the chart is rebuilt when it changes). */
  readonly dvhs: readonly DvhData[];
  /** Per DVH: its colour and whether it is drawn. */
  readonly coloursRgb: readonly (readonly [number, number, number])[];
  readonly visible: readonly boolean[];
  /** Per DVH, the map from planned to shown dose: each DVH then has a solid shown curve beside its dashed physical one. Stable while unchanged. */
  readonly polynomials: readonly DosePolynomial[] | undefined;
  readonly volumeUnit: VolumeUnit;
  /** "Gy", or "relative" for a relative dose grid. */
  readonly doseUnitLabel: string;
  /** Adds a top axis in % of this dose. */
  readonly prescriptionGy: number | undefined;
  /** The dose under the cursor, undefined when the cursor leaves the plot. */
  readonly onCursorDose: (doseGy: number | undefined) => void;
}


/**
 * The cumulative DVH curves drawn by uPlot: one series per curve in its colour, a dose axis (and %
 * of prescription on top), volume in % or cc; drag to zoom the dose, double-click to reset. The
 * chart follows its container's size and is destroyed with the component.
 */
export function DvhPlot({ dvhs, coloursRgb, visible, polynomials, volumeUnit, doseUnitLabel, prescriptionGy, onCursorDose }: DvhPlotProps): React.JSX.Element {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | undefined>(undefined);
  const data = useMemo(() => dvhPlotData(dvhs, volumeUnit, polynomials), [dvhs, volumeUnit, polynomials]);
  const colourKey = coloursRgb.map((rgb) => rgb.join(',')).join(' ');

  useEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    const options = plotOptions(sizeOf(element), coloursRgb, data.shownVolumes !== undefined, { volumeUnit, doseUnitLabel, prescriptionGy, onCursorDose });
    const chart = new uPlot(options, [data.doseGy, ...data.volumes, ...(data.shownVolumes ?? [])], element);
    plot.current = chart;
    const observer = new ResizeObserver(() => chart.setSize(sizeOf(element)));
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
      plot.current = undefined;
      onCursorDose(undefined);
    };
    // coloursRgb is a dependency through colourKey, so a new array of the same colours keeps the chart.
  }, [data, colourKey, volumeUnit, doseUnitLabel, prescriptionGy, onCursorDose]);

  useEffect(() => {
    const chart = plot.current;
    if (chart === undefined) return;
    const perDvh = chart.series.length > 1 + visible.length ? 2 : 1;
    for (let copy = 0; copy < perDvh; copy += 1) {
      visible.forEach((show, index) => {
        const series = 1 + copy * visible.length + index;
        if (chart.series[series]?.show !== show) chart.setSeries(series, { show });
      });
    }
  });

  return <div ref={container} className="dvh-plot" data-testid="dvh-plot" />;
}

function sizeOf(element: HTMLElement): { width: number; height: number } {
  return { width: Math.max(1, Math.floor(element.clientWidth)), height: Math.max(1, Math.floor(element.clientHeight)) };
}

interface PlotConfig {
  readonly volumeUnit: VolumeUnit;
  readonly doseUnitLabel: string;
  readonly prescriptionGy: number | undefined;
  readonly onCursorDose: (doseGy: number | undefined) => void;
}

function plotOptions(size: { width: number; height: number }, coloursRgb: readonly (readonly [number, number, number])[], withShown: boolean, config: PlotConfig): uPlot.Options {
  const font = '11px system-ui, sans-serif';
  const axis: uPlot.Axis = { stroke: '#aaa', font, labelFont: font, labelSize: 16, grid: { stroke: '#2e2e2e', width: 1 }, ticks: { stroke: '#444', width: 1, size: 4 } };
  const { prescriptionGy } = config;
  const percentOfPrescription = (doseGy: number): number => (prescriptionGy === undefined ? 0 : (100 * doseGy) / prescriptionGy);
  return {
    ...size,
    legend: { show: false },
    cursor: { drag: { x: true, y: false }, points: { size: 6 } },
    scales: {
      x: { time: false },
      y: { range: (_chart, _min, max) => (config.volumeUnit === 'percent' ? [0, 100] : [0, max > 0 ? max * 1.05 : 1]) },
      ...(prescriptionGy === undefined ? {} : { rx: { from: 'x', range: (_chart: uPlot, min: number, max: number): uPlot.Range.MinMax => [percentOfPrescription(min), percentOfPrescription(max)] } }),
    },
    series: [
      {},
      ...coloursRgb.map((rgb): uPlot.Series => ({ stroke: cssRgb(rgb), width: withShown ? 1 : 1.5, ...(withShown ? { dash: [4, 3] } : {}), points: { show: false } })),
      ...(withShown ? coloursRgb.map((rgb): uPlot.Series => ({ stroke: cssRgb(rgb), width: 1.8, points: { show: false } })) : []),
    ],
    axes: [
      { ...axis, label: `Dose (${config.doseUnitLabel})${prescriptionGy === undefined ? '' : ` · top: % of ${prescriptionGy} Gy`}`, size: 30 },
      { ...axis, label: config.volumeUnit === 'percent' ? 'Volume (%)' : 'Volume (cc)', size: 42 },
      ...(prescriptionGy === undefined ? [] : [{ ...axis, scale: 'rx', side: 0 as const, size: 24, labelSize: 0, grid: { show: false }, values: (_chart: uPlot, splits: number[]) => splits.map((split) => `${split}%`) }]),
    ],
    hooks: {
      setCursor: [(chart) => {
        const left = chart.cursor.left;
        config.onCursorDose(left === undefined || left < 0 ? undefined : Math.max(0, chart.posToVal(left, 'x')));
      }],
    },
  };
}
