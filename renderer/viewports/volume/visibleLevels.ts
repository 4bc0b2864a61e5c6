import { levelGy, type DoseReferences } from '../../state/isodose.js';
import type { DoseDisplay } from '../../state/viewStore.js';

export interface LevelGy {
  readonly doseGy: number;
  readonly colourRgb: readonly [number, number, number];
}

/** The visible isodose levels as Gy, each dose once (the first level's colour), within (0, max], lowest first. */
export function visibleLevelsGy(dose: DoseDisplay, references: DoseReferences): LevelGy[] {
  const levels = new Map<string, LevelGy>();
  for (const level of dose.levels) {
    const doseGy = level.visible ? levelGy(level.value, dose.unit, references) : undefined;
    if (doseGy === undefined || !(doseGy > 0) || doseGy > references.maxGy) continue;
    const key = doseGy.toPrecision(6);
    if (!levels.has(key)) levels.set(key, { doseGy, colourRgb: level.colourRgb });
  }
  return [...levels.values()].sort((a, b) => a.doseGy - b.doseGy);
}
