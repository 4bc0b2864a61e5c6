/** Isodose levels are given in Gy, in % of the prescription, or in % of the dose maximum. */
export type IsodoseUnit = 'gy' | 'pct-rx' | 'pct-max';

export interface IsodoseLevel {
  /** In the display's unit. */
  readonly value: number;
  readonly colourRgb: readonly [number, number, number];
  readonly visible: boolean;
}

/** Percent levels with Eclipse-like colours (hot to cold). */
const defaultPercentLevels: readonly [number, readonly [number, number, number]][] = [
  [107, [255, 0, 255]],
  [105, [255, 0, 0]],
  [100, [255, 128, 0]],
  [95, [255, 255, 0]],
  [90, [0, 255, 0]],
  [80, [0, 160, 0]],
  [70, [0, 255, 255]],
  [50, [0, 128, 255]],
  [30, [0, 0, 255]],
  [10, [128, 0, 255]],
];

export function defaultIsodoseLevels(unit: IsodoseUnit, referenceGy?: number): IsodoseLevel[] {
  return defaultPercentLevels.map(([percent, colourRgb]) => ({
    value: unit === 'gy' ? roundTo((percent / 100) * (referenceGy ?? 0), 0.01) : percent,
    colourRgb,
    visible: true,
  }));
}

/** The doses that percentages refer to. */
export interface DoseReferences {
  readonly prescriptionGy: number | undefined;
  readonly maxGy: number;
}

/** A level value in `unit` as Gy; undefined when the unit's reference is unknown (% of an absent prescription). */
export function levelGy(value: number, unit: IsodoseUnit, references: DoseReferences): number | undefined {
  if (unit === 'gy') return value;
  const reference = unit === 'pct-rx' ? references.prescriptionGy : references.maxGy;
  return reference === undefined ? undefined : (value / 100) * reference;
}

/** A dose in Gy expressed in `unit`. */
export function gyInUnit(doseGy: number, unit: IsodoseUnit, references: DoseReferences): number | undefined {
  if (unit === 'gy') return doseGy;
  const reference = unit === 'pct-rx' ? references.prescriptionGy : references.maxGy;
  return reference === undefined || reference === 0 ? undefined : (doseGy / reference) * 100;
}

/** Levels re-expressed in another unit, keeping the doses they mark (left as they are when that cannot be done). */
export function convertLevels(levels: readonly IsodoseLevel[], from: IsodoseUnit, to: IsodoseUnit, references: DoseReferences): IsodoseLevel[] {
  return levels.map((level) => {
    const gy = levelGy(level.value, from, references);
    const value = gy === undefined ? undefined : gyInUnit(gy, to, references);
    return value === undefined ? level : { ...level, value: roundTo(value, to === 'gy' ? 0.01 : 0.1) };
  });
}

export const unitLabel: Readonly<Record<IsodoseUnit, string>> = { gy: 'Gy', 'pct-rx': '% Rx', 'pct-max': '% max' };

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
