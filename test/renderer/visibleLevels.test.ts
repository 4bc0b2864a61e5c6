import { describe, expect, it } from 'vitest';
import type { IsodoseLevel } from '../../renderer/state/isodose.js';
import { initialViewState, type DoseDisplay } from '../../renderer/state/viewStore.js';
import { visibleLevelsGy } from '../../renderer/viewports/volume/visibleLevels.js';

const level = (value: number, visible = true, colourRgb: readonly [number, number, number] = [255, 0, 0]): IsodoseLevel => ({ value, visible, colourRgb });
const dose = (unit: DoseDisplay['unit'], levels: readonly IsodoseLevel[]): DoseDisplay => ({ ...initialViewState.dose, unit, levels });

describe('the isodose surfaces the 3D view meshes', () => {
  it('takes the visible levels in Gy, lowest first, each dose once, none above the maximum or at 0', () => {
    const levels = [level(105), level(50, false), level(95, true, [255, 255, 0]), level(95, true, [0, 0, 255]), level(30), level(0), level(200)];
    expect(visibleLevelsGy(dose('pct-rx', levels), { prescriptionGy: 60, maxGy: 70 })).toEqual([
      { doseGy: 18, colourRgb: [255, 0, 0] },
      { doseGy: 57, colourRgb: [255, 255, 0] },
      { doseGy: 63, colourRgb: [255, 0, 0] },
    ]);
  });

  it('has none for % of a prescription the plan does not give', () => {
    expect(visibleLevelsGy(dose('pct-rx', [level(95)]), { prescriptionGy: undefined, maxGy: 70 })).toEqual([]);
    expect(visibleLevelsGy(dose('gy', [level(35)]), { prescriptionGy: undefined, maxGy: 70 })).toEqual([{ doseGy: 35, colourRgb: [255, 0, 0] }]);
  });
});
