import { describe, expect, it } from 'vitest';
import type { StructureSet } from '../../src/dicom/rtStruct.js';
import { figureLegend, type LegendSource } from '../../renderer/export/figureLegend.js';
import { defaultIsodoseLevels } from '../../renderer/state/isodose.js';
import { initialViewState, type StructureDisplay } from '../../renderer/state/viewStore.js';

const structureSet = { rois: [{ number: 3, name: 'PTV' }, { number: 1, name: 'BODY' }, { number: 7, name: 'Cord' }] } as Partial<StructureSet> as StructureSet;
const display = (visible: boolean, colourRgb: readonly [number, number, number]): StructureDisplay => ({ visible, colourRgb, fill: false, fillOpacity: 0 });

const source = (change: Partial<LegendSource> = {}): LegendSource => ({
  dose: { ...initialViewState.dose, unit: 'pct-rx', levels: defaultIsodoseLevels('pct-rx'), washThreshold: 10 },
  references: { prescriptionGy: 60, maxGy: 70 },
  hasDose: true,
  relative: false,
  structureSet,
  structures: { 1: display(true, [0, 255, 0]), 3: display(true, [255, 0, 0]), 7: display(false, [255, 255, 0]) },
  ...change,
});

describe('the figure legend', () => {
  it('has the colour bar from 0 to the grid maximum, with the threshold in Gy', () => {
    expect(figureLegend(source()).colourBar).toEqual({
      title: 'Dose (Gy)', maxGy: 70, thresholdGy: 6, tickLabels: ['0.0', '17.5', '35.0', '52.5', '70.0'], tickFractions: [0, 0.25, 0.5, 0.75, 1],
    });
  });

  it('lists the isodose levels the shader draws, with their doses in Gy', () => {
    const rows = figureLegend(source()).isodose?.rows ?? [];
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({ label: '107 % · 64.20 Gy', colourRgb: [255, 0, 255] });
    expect(rows[3]?.label).toBe('95 % · 57.00 Gy');
    expect(figureLegend(source()).isodose?.title).toBe('Isodose (% Rx)');
    const inGy = figureLegend(source({ dose: { ...source().dose, unit: 'gy', levels: [{ value: 66.5, colourRgb: [1, 2, 3], visible: true }, { value: 20, colourRgb: [4, 5, 6], visible: false }] } }));
    expect(inGy.isodose).toEqual({ title: 'Isodose', rows: [{ label: '66.5 Gy', colourRgb: [1, 2, 3] }] });
    const many = Array.from({ length: 20 }, (_, index) => ({ value: 5 * (index + 1), colourRgb: [0, 0, 0] as const, visible: true }));
    expect(figureLegend(source({ dose: { ...source().dose, levels: many } })).isodose?.rows).toHaveLength(16);
  });

  it('labels relative doses as relative, and leaves out levels whose reference is unknown', () => {
    const relative = figureLegend(source({ relative: true, references: { prescriptionGy: undefined, maxGy: 1.2 }, dose: { ...source().dose, unit: 'pct-max', levels: defaultIsodoseLevels('pct-max') } }));
    expect(relative.colourBar?.title).toBe('Dose (relative)');
    expect(relative.isodose?.title).toBe('Isodose (% max)');
    expect(relative.isodose?.rows[2]?.label).toBe('100 % · 1.20 relative');
    expect(figureLegend(source({ references: { prescriptionGy: undefined, maxGy: 70 } })).isodose).toBeUndefined();
  });

  it('shows only what the views draw: no bar without the wash, no levels without the lines, nothing of the dose without one', () => {
    expect(figureLegend(source({ dose: { ...source().dose, washVisible: false } })).colourBar).toBeUndefined();
    expect(figureLegend(source({ dose: { ...source().dose, isodoseVisible: false } })).isodose).toBeUndefined();
    const noDose = figureLegend(source({ hasDose: false }));
    expect([noDose.colourBar, noDose.isodose]).toEqual([undefined, undefined]);
  });

  it('lists the visible structures in the structure set order, in their display colours', () => {
    expect(figureLegend(source()).structures).toEqual({ title: 'Structures', rows: [{ label: 'PTV', colourRgb: [255, 0, 0] }, { label: 'BODY', colourRgb: [0, 255, 0] }] });
    expect(figureLegend(source({ structures: {} })).structures).toBeUndefined();
  });
});
