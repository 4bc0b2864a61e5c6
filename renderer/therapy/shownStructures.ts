import type { StructureSet } from '../../src/dicom/rtStruct.js';
import { oarOverlay, type CourseAgent, type RoiOverlayEntry } from '../../src/therapy/oarOverlay.js';
import { caseStore } from '../state/caseStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { viewStore, type StructureDisplay } from '../state/viewStore.js';
import { currentTimeline, type CurrentTimeline } from './currentTimeline.js';
import { overlayDisplays } from './oarColours.js';
import type { TimelineModel } from './timelineModel.js';

/** The §2.3 OAR overlay of the open case: the course's agents and each ROI's overlap. */
export interface OarOverlayState {
  readonly agents: readonly CourseAgent[];
  readonly entries: readonly RoiOverlayEntry[];
  /** Why no agent is counted (no timeline: no plan, no regimen ...), else undefined. */
  readonly problem: string | undefined;
}

/**
 * The agents of the timeline with the drug of their regimen component (TimelineModel.components
 * is in agent order): "cisplatin" for cisplatin_weekly_40, "mitomycin" for
 * anal_fu_mmc_rtog9811/mitomycin. Every agent of the timeline counts, with or without administrations.
 */
export function courseAgents(model: TimelineModel): CourseAgent[] {
  return model.agents.flatMap((agent, index) => {
    const component = model.components[index];
    return component === undefined ? [] : [{ agentId: agent.agentId, drug: component.drug }];
  });
}

let lastOverlay: { readonly timeline: CurrentTimeline; readonly structureSet: StructureSet | undefined; readonly state: OarOverlayState } | undefined;

/** The overlay for the open case and timeline (memoised on both). */
export function currentOarOverlay(): OarOverlayState {
  const timeline = currentTimeline();
  const structureSet = selectedObjects(caseStore.getState()).structureSet;
  if (lastOverlay !== undefined && lastOverlay.timeline === timeline && lastOverlay.structureSet === structureSet) return lastOverlay.state;
  const agents = typeof timeline === 'string' ? [] : courseAgents(timeline);
  const problem = typeof timeline === 'string' ? timeline : agents.length === 0 ? 'the therapy timeline has no agents; add a regimen' : undefined;
  const state: OarOverlayState = { agents, entries: oarOverlay(structureSet?.rois ?? [], agents), problem };
  lastOverlay = { timeline, structureSet, state };
  return state;
}

let lastShown: { readonly displays: Readonly<Record<number, StructureDisplay>>; readonly overlay: OarOverlayState | undefined; readonly shown: Readonly<Record<number, StructureDisplay>> } | undefined;

/**
 * The structure displays the 2D and 3D views draw: the view store's, or with the switch on, the
 * overlay colours (oarColours.ts). The same object until an input changes, so the views' inputs()
 * see a change exactly when the switch, the displays, the agents or the structure set change.
 */
export function shownStructures(): Readonly<Record<number, StructureDisplay>> {
  const { structures: displays, oarToxicityColours } = viewStore.getState();
  const overlay = oarToxicityColours ? currentOarOverlay() : undefined;
  if (lastShown !== undefined && lastShown.displays === displays && lastShown.overlay === overlay) return lastShown.shown;
  const shown = overlayDisplays(displays, overlay?.entries);
  lastShown = { displays, overlay, shown };
  return shown;
}
