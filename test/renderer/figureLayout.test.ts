import { describe, expect, it } from 'vitest';
import { diagonalWatermark, footerLayout, footerSizes, layoutTiles, legendLayout, legendSizes, placeLegend, viewInsets, type LegendContent, type MeasureText } from '../../renderer/export/figureLayout.js';

/** 6 px a character (7 in titles and the footer): widths are easy to derive by hand. */
const measure: MeasureText = (text, style) => text.length * (style === 'label' ? 6 : 7);
const s = legendSizes;

const legend = (structureCount: number): LegendContent => ({
  colourBar: { title: 'Dose (Gy)', tickLabels: ['0.0', '35.0', '70.0'], tickFractions: [0, 0.5, 1] },
  isodose: { title: 'Isodose', rows: [{ label: '95 % Rx · 57.00 Gy' }, { label: '50 % Rx' }] },
  structures: { title: 'Structures', rows: Array.from({ length: structureCount }, (_, index) => ({ label: `ROI ${index}` })) },
});

describe('the legend layout', () => {
  const region = { x: 100, y: 50, width: 600, height: 500 };

  it('stands in the region\'s top right corner, the colour bar beside the isodose levels', () => {
    const layout = legendLayout(legend(2), region, measure);
    if (layout?.colourBar === undefined || layout.isodose === undefined) throw new Error('no dose legend');
    // Bar column: max('Dose (Gy)' 63, marker 6 + bar 12 + gap 4 + '70.0' 24 = 46) = 63; isodose: 14 + 5 + 18 x 6 = 127.
    const contentWidth = 63 + s.columnGapPx + 127;
    expect(layout.panel).toEqual({ x: 700 - s.marginPx - contentWidth - 2 * s.paddingPx, y: 50 + s.marginPx, width: contentWidth + 2 * s.paddingPx, height: layout.panel.height });
    const left = layout.panel.x + s.paddingPx;
    expect(layout.colourBar.bar).toEqual({ x: left + s.markerWidthPx, y: 50 + s.marginPx + s.paddingPx + s.titleHeightPx + s.rowHeightPx / 2, width: s.colourBarWidthPx, height: s.colourBarMinHeightPx });
    const bar = layout.colourBar.bar;
    expect(layout.colourBar.ticks.map((tick) => [tick.text, tick.y])).toEqual([['0.0', bar.y + bar.height], ['35.0', bar.y + bar.height / 2], ['70.0', bar.y]]);
    expect(layout.isodose.title.x).toBe(left + 63 + s.columnGapPx);
    expect(layout.isodose.rows[1]?.label).toEqual({ text: '50 % Rx', x: left + 63 + s.columnGapPx + s.swatchWidthPx + s.swatchGapPx, y: layout.isodose.title.y + s.titleHeightPx / 2 + 1.5 * s.rowHeightPx });
  });

  it('puts the structures below, and counts those that do not fit in a last row', () => {
    const all = legendLayout(legend(3), region, measure);
    expect(all?.structures?.rows.map((row) => row.label.text)).toEqual(['ROI 0', 'ROI 1', 'ROI 2']);
    expect(all?.structures?.more).toBeUndefined();
    const crowded = legendLayout(legend(40), region, measure);
    const shown = crowded?.structures?.rows.length ?? 0;
    expect(shown).toBeGreaterThan(5);
    expect(crowded?.structures?.more?.text).toBe(`+${40 - shown} more`);
    const panel = crowded?.panel ?? { y: 0, height: 0 };
    expect(panel.y + panel.height).toBeLessThanOrEqual(region.y + region.height - s.marginPx + 0.001);
    expect(panel.y + panel.height + s.rowHeightPx).toBeGreaterThan(region.y + region.height - s.marginPx);
  });

  it('puts the structures in a column beside the dose legend when more of them fit there', () => {
    // 260 px tall: below the dose legend (142 px) 4 rows fit (3 and "+4 more"); beside it, all 7.
    const short = { x: 0, y: 0, width: 640, height: 260 };
    const layout = legendLayout(legend(7), short, measure);
    expect(layout?.structures?.rows).toHaveLength(7);
    expect(layout?.structures?.more).toBeUndefined();
    expect(layout?.structures?.title.y).toBe(layout?.isodose?.title.y);
    expect(layout?.structures?.title.x).toBe((layout?.isodose?.title.x ?? 0) + 127 + s.columnGapPx);
    expect((layout?.panel.x ?? 0) + (layout?.panel.width ?? 0)).toBe(640 - s.marginPx);
    expect([layout?.hiddenStructures, layout?.fits]).toEqual([0, true]);
    // Three columns would take more than half of a narrower region: below it is, with what does not fit counted.
    const narrow = legendLayout(legend(7), { ...short, width: 560 }, measure);
    expect(narrow?.structures?.rows).toHaveLength(3);
    expect(narrow?.structures?.more?.text).toBe('+4 more');
    expect(narrow?.hiddenStructures).toBe(4);
  });

  it('is absent when there is nothing to list', () => {
    expect(legendLayout({ colourBar: undefined, isodose: undefined, structures: undefined }, region, measure)).toBeUndefined();
  });

  it('goes over the 3D view of a layout where it fits there whole, else over the whole figure, never over the footer', () => {
    const volume = { x: 402, y: 302, width: 400, height: 300 };
    const tiles = [{ id: 'axial', rect: { x: 0, y: 0, width: 400, height: 300 } }, { id: 'volume', rect: volume }];
    const overVolume = placeLegend(legend(3), tiles, 802, 580, measure);
    expect([overVolume?.panel.x ?? 0, overVolume?.panel.y]).toEqual([802 - s.marginPx - (overVolume?.panel.width ?? 0), 302 + s.marginPx]);
    expect((overVolume?.panel.y ?? 0) + (overVolume?.panel.height ?? 0)).toBeLessThanOrEqual(580 - s.marginPx);
    // Seven structures do not fit over the 3D view above the footer: the figure's top right corner it is.
    expect(placeLegend(legend(7), tiles, 802, 580, measure)?.panel.y).toBe(s.marginPx);
    expect(placeLegend(legend(3), tiles.slice(1), 400, 280, measure)?.panel.y).toBe(s.marginPx);
  });
});

describe('the footer layout', () => {
  const items = [{ key: 'plan', text: 'Plan Demo' }, { key: 'date', text: 'PlanLens 2026' }, { key: 'watermark', text: 'NOT FOR CLINICAL USE' }] as const;

  it('puts its texts on one line across the bottom, the watermark at the right end', () => {
    const footer = footerLayout(800, 600, items, measure);
    const height = footerSizes.lineHeightPx + 2 * footerSizes.paddingPx;
    expect(footer.band).toEqual({ x: 0, y: 600 - height, width: 800, height });
    expect(footer.items.map((item) => [item.key, item.x, item.y])).toEqual([
      ['plan', 8, 600 - height / 2], ['date', 8 + 63 + footerSizes.gapPx, 600 - height / 2], ['watermark', 800 - 8 - 140, 600 - height / 2],
    ]);
  });

  it('wraps onto more lines when the figure is narrow', () => {
    // 200 px: the plan (63) and the date (91) share the first line; the watermark (140) goes to a second, at its right end.
    const footer = footerLayout(200, 300, items, measure);
    expect(footer.band.height).toBe(2 * footerSizes.lineHeightPx + 2 * footerSizes.paddingPx);
    expect(footer.items.map((item) => item.x)).toEqual([8, 8 + 63 + footerSizes.gapPx, 200 - 8 - 140]);
    expect(footer.items[2]?.y).toBe(300 - footerSizes.paddingPx - footerSizes.lineHeightPx / 2);
  });
});

describe('placing a figure', () => {
  it('puts the views where they are on the page, in the box around them', () => {
    const figure = layoutTiles([{ id: 'axial', left: 300, top: 40, width: 400, height: 300 }, { id: 'coronal', left: 300, top: 342, width: 400, height: 298 }]);
    expect(figure).toEqual({ widthPx: 400, heightPx: 600, tiles: [{ id: 'axial', rect: { x: 0, y: 0, width: 400, height: 300 } }, { id: 'coronal', rect: { x: 0, y: 302, width: 400, height: 298 } }] });
    expect(() => layoutTiles([])).toThrow(/no views/u);
  });

  it('moves a view\'s labels clear of the footer and the legend', () => {
    const footer = { x: 0, y: 580, width: 800, height: 20 };
    const middle = { fromRightPx: 6, y: 150 };
    expect(viewInsets({ x: 0, y: 300, width: 400, height: 300 }, footer, undefined)).toEqual({ bottomPx: 20, rightLabel: middle });
    // A legend down to y = 100 covers the right letter at mid-height (149): the letter goes below it.
    expect(viewInsets({ x: 0, y: 0, width: 400, height: 298 }, footer, { x: 300, y: 8, width: 92, height: 200 })).toEqual({ bottomPx: 0, rightLabel: { fromRightPx: 6, y: 220 } });
    // No room below a taller legend: left of it.
    expect(viewInsets({ x: 0, y: 0, width: 400, height: 298 }, footer, { x: 300, y: 8, width: 92, height: 260 })).toEqual({ bottomPx: 0, rightLabel: { fromRightPx: 106, y: 149 } });
    expect(viewInsets({ x: 0, y: 0, width: 400, height: 298 }, footer, { x: 300, y: 8, width: 92, height: 100 }).rightLabel).toEqual({ fromRightPx: 6, y: 149 });
  });

  it('lays the watermark along the diagonal, 60 % of it long', () => {
    const mark = diagonalWatermark(400, 300, 1000);
    expect(mark.angleRad).toBeCloseTo(-Math.atan(0.75), 12);
    expect([mark.x, mark.y]).toEqual([200, 150]);
    expect((mark.fontPx / 100) * 1000).toBeCloseTo(0.6 * 500, 9);
  });
});
