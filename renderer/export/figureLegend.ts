import type { StructureSet } from '../../src/dicom/rtStruct.js';
import { maxIsodoseLevels } from '../gpu/materials/sliceMaterial.js';
import { levelGy, unitLabel, type DoseReferences } from '../state/isodose.js';
import type { DoseDisplay, StructureDisplay } from '../state/viewStore.js';

type Rgb = readonly [number, number, number];

/** The colour bar of the wash: 0 to the grid maximum, with the threshold below which nothing is washed. */
export interface ColourBarLegend {
  readonly title: string;
  readonly maxGy: number;
  readonly thresholdGy: number;
  /** Tick labels from the bottom (0) to the top (the maximum), at `tickFractions` of the bar. */
  readonly tickLabels: readonly string[];
  readonly tickFractions: readonly number[];
}

export interface LegendRow {
  readonly label: string;
  readonly colourRgb: Rgb;
}

/** What a figure's legend lists, each part absent when the views do not show it. */
export interface FigureLegend {
  readonly colourBar: ColourBarLegend | undefined;
  readonly isodose: { readonly title: string; readonly rows: readonly LegendRow[] } | undefined;
  readonly structures: { readonly title: string; readonly rows: readonly LegendRow[] } | undefined;
}

export interface LegendSource {
  readonly dose: DoseDisplay;
  readonly references: DoseReferences;
  /** Whether a dose grid is shown at all. */
  readonly hasDose: boolean;
  /** RELATIVE doses are labelled "relative", never Gy. */
  readonly relative: boolean;
  readonly structureSet: StructureSet | undefined;
  readonly structures: Readonly<Record<number, StructureDisplay>>;
}

const tickFractions: readonly number[] = [0, 0.25, 0.5, 0.75, 1];

/** A level value as typed, to at most two decimals: 95, 66.5, 57.03. */
const levelText = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * The legend of what the views draw: the wash's colour bar (when the wash is on), the isodose
 * levels the shader draws (visible ones with a dose, at most maxIsodoseLevels, as set for the
 * slice shader; percentages with their doses, the unit in the title), and the visible structures
 * in the structure set's order.
 */
export function figureLegend(source: LegendSource): FigureLegend {
  const { dose, references } = source;
  const doseUnit = source.relative ? 'relative' : 'Gy';
  const colourBar: ColourBarLegend | undefined = source.hasDose && dose.washVisible
    ? {
        title: `Dose (${doseUnit})`,
        maxGy: references.maxGy,
        thresholdGy: levelGy(dose.washThreshold, dose.unit, references) ?? 0,
        tickLabels: tickFractions.map((fraction) => (fraction * references.maxGy).toFixed(1)),
        tickFractions,
      }
    : undefined;
  const isodoseRows = !source.hasDose || !dose.isodoseVisible ? [] : dose.levels.filter((level) => level.visible).slice(0, maxIsodoseLevels).flatMap((level): LegendRow[] => {
    const gy = levelGy(level.value, dose.unit, references);
    if (gy === undefined) return [];
    return [{ label: dose.unit === 'gy' ? `${levelText(level.value)} ${doseUnit}` : `${levelText(level.value)} % · ${gy.toFixed(2)} ${doseUnit}`, colourRgb: level.colourRgb }];
  });
  const structureRows = (source.structureSet?.rois ?? []).flatMap((roi): LegendRow[] => {
    const shown = source.structures[roi.number];
    return shown?.visible === true ? [{ label: roi.name, colourRgb: shown.colourRgb }] : [];
  });
  return {
    colourBar,
    isodose: isodoseRows.length === 0 ? undefined : { title: dose.unit === 'gy' ? 'Isodose' : `Isodose (${unitLabel[dose.unit]})`, rows: isodoseRows },
    structures: structureRows.length === 0 ? undefined : { title: 'Structures', rows: structureRows },
  };
}
