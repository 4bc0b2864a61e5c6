import { describe, expect, it } from 'vitest';
import { oarOverlay } from '../../src/therapy/oarOverlay.js';
import { OAR_OVERLAY_OTHER_RGB, OAR_OVERLAY_TARGET_RGB, OAR_UNVERIFIED_RGB, OAR_VERIFIED_RGB, overlayColourRgb, overlayDisplays } from '../../renderer/therapy/oarColours.js';
import { courseAgents, currentOarOverlay, shownStructures } from '../../renderer/therapy/shownStructures.js';
import { updateView, viewStore } from '../../renderer/state/viewStore.js';
import { buildTimeline } from '../../renderer/therapy/timelineModel.js';
import type { StructureDisplay } from '../../renderer/state/viewStore.js';

const rois = [
  { number: 1, name: 'PTV_45', interpretedType: 'PTV' },
  { number: 2, name: 'Rectum', interpretedType: 'ORGAN' },
  { number: 3, name: 'Kidney_R', interpretedType: 'ORGAN' },
  { number: 4, name: 'BODY', interpretedType: 'EXTERNAL' },
  { number: 5, name: 'Bladder', interpretedType: 'ORGAN' },
];
const display = (colourRgb: readonly [number, number, number]): StructureDisplay => ({ visible: true, colourRgb, fill: true, fillOpacity: 0.3 });
const displays: Record<number, StructureDisplay> = { 1: display([255, 0, 0]), 2: display([139, 69, 19]), 3: display([0, 0, 255]), 4: display([0, 255, 0]), 5: { ...display([255, 128, 0]), visible: false } };

describe('OAR overlay colours', () => {
  const entries = oarOverlay(rois, [{ agentId: 'anal_fu_mmc_rtog9811/fluorouracil', drug: 'fluorouracil' }, { agentId: 'anal_fu_mmc_rtog9811/mitomycin', drug: 'mitomycin' }]);

  it('orange for [V], violet for [U] only, light grey for targets, grey for the rest', () => {
    expect(entries.map((entry) => overlayColourRgb(entry))).toEqual([OAR_OVERLAY_TARGET_RGB, OAR_UNVERIFIED_RGB, OAR_VERIFIED_RGB, OAR_OVERLAY_OTHER_RGB, OAR_OVERLAY_OTHER_RGB]);
    expect(overlayColourRgb(undefined)).toEqual(OAR_OVERLAY_OTHER_RGB);
  });

  it('keeps visibility and fill, replaces only the colour; the same object when the overlay is off', () => {
    expect(overlayDisplays(displays, undefined)).toBe(displays);
    const shown = overlayDisplays(displays, entries);
    expect(shown[2]).toEqual({ ...displays[2], colourRgb: OAR_UNVERIFIED_RGB });
    expect(shown[3]?.colourRgb).toEqual(OAR_VERIFIED_RGB);
    expect(shown[5]).toEqual({ ...displays[5], colourRgb: OAR_OVERLAY_OTHER_RGB });
    expect(Object.keys(shown)).toEqual(Object.keys(displays));
  });

  it('the colours are told apart from each other and from the greys', () => {
    const all = [OAR_VERIFIED_RGB, OAR_UNVERIFIED_RGB, OAR_OVERLAY_TARGET_RGB, OAR_OVERLAY_OTHER_RGB].map((rgb) => rgb.join(','));
    expect(new Set(all).size).toBe(4);
  });
});

describe('courseAgents: the drug of each timeline agent', () => {
  it('uses the component drug of a combination regimen, not its regimen id or combined name', () => {
    const model = buildTimeline({ startDate: '2026-01-05', clock: '09:00', fractionCount: 28, doseGyPerFraction: 1.8, regimenIds: ['anal_fu_mmc_rtog9811', 'cisplatin_weekly_40'], structures: [] });
    expect(courseAgents(model)).toEqual([
      { agentId: 'anal_fu_mmc_rtog9811/fluorouracil', drug: 'fluorouracil' },
      { agentId: 'anal_fu_mmc_rtog9811/mitomycin', drug: 'mitomycin' },
      { agentId: 'cisplatin_weekly_40', drug: 'cisplatin' },
    ]);
  });
});

describe('shownStructures: what the 2D and 3D views draw', () => {
  it('is the view store\'s displays while the switch is off, and one stable overlay object while it is on', () => {
    updateView({ structures: displays, oarToxicityColours: false });
    expect(shownStructures()).toBe(viewStore.getState().structures);
    updateView({ oarToxicityColours: true });
    const on = shownStructures();
    expect(on).not.toBe(displays);
    expect(shownStructures()).toBe(on);
    // No case is open: no timeline, so nothing is coloured and the legend says why.
    expect(on[2]?.colourRgb).toEqual(OAR_OVERLAY_OTHER_RGB);
    expect(typeof currentOarOverlay().problem).toBe('string');
    updateView({ oarToxicityColours: false });
    expect(shownStructures()).toBe(displays);
  });
});
