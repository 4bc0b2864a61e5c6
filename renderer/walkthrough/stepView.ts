import type { WalkthroughStep } from '../../src/walkthrough/walkthrough.js';
import { caseStore } from '../state/caseStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { viewStore, type StructureDisplay } from '../state/viewStore.js';
import { openCaseFacts } from '../session/openCaseFacts.js';
import { applyViewPatch, selectObjects, type WorkspaceView } from '../session/workspaceView.js';

/** Highlighted ROIs are filled at least this opaque. */
const highlightFillOpacity = 0.35;
/** The others keep this share of their colour (on a dark grey), unfilled. */
const dimShare = 0.35;
const dimGrey = 40;

const dimmed = (rgb: readonly [number, number, number]): [number, number, number] => rgb.map((c) => Math.round(dimGrey + (c - dimGrey) * dimShare)) as [number, number, number];

/** The step's displays over the opening ones: hidden ones off, highlighted ones filled, the rest dimmed when any is highlighted. */
function stepStructures(step: WalkthroughStep, opening: Readonly<Record<number, StructureDisplay>>, notes: string[]): Record<number, StructureDisplay> {
  const rois = selectedObjects(caseStore.getState()).structureSet?.rois ?? [];
  for (const name of [...step.highlight, ...step.hidden]) {
    if (!rois.some((roi) => roi.name === name)) notes.push(`${name} is not in the structure set shown.`);
  }
  const displays: Record<number, StructureDisplay> = {};
  for (const roi of rois) {
    const base = opening[roi.number];
    if (base === undefined) continue;
    if (step.hidden.includes(roi.name)) displays[roi.number] = { ...base, visible: false };
    else if (step.highlight.includes(roi.name)) displays[roi.number] = { ...base, visible: true, fill: true, fillOpacity: Math.max(base.fillOpacity, highlightFillOpacity) };
    else displays[roi.number] = step.highlight.length > 0 ? { ...base, colourRgb: dimmed(base.colourRgb), fill: false } : base;
  }
  return displays;
}

/**
 * Shows a step: its objects (those the case has), its view over the opening view, its structure
 * highlights. Returns what could not be shown (objects or ROIs the case lacks).
 */
export function showStep(step: WalkthroughStep, opening: WorkspaceView): string[] {
  const notes: string[] = [];
  const facts = openCaseFacts(caseStore.getState());
  caseStore.setState({ selection: opening.selection });
  const objects = step.objects ?? {};
  const kinds = { imageSeriesUid: 'image series', doseUid: 'dose', planUid: 'plan', structureSetUid: 'structure set' } as const;
  const has = {
    imageSeriesUid: facts?.imageSeriesUids ?? [],
    doseUid: facts?.doseUids ?? [],
    planUid: facts?.planUids ?? [],
    structureSetUid: facts?.structureSets.map((set) => set.uid) ?? [],
  };
  const present = Object.fromEntries(Object.entries(objects).filter(([key, uid]) => {
    const kind = key as keyof typeof kinds;
    const found = has[kind].includes(uid);
    if (!found) notes.push(`This step's ${kinds[kind]} (${uid}) is not in the open case.`);
    return found;
  }));
  selectObjects(present);
  applyViewPatch(step.view, opening);
  viewStore.setState({ structures: stepStructures(step, opening.view.structures, notes) });
  return notes;
}
