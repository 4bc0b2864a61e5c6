import type { DoseGrid } from '../../src/dicom/rtDose.js';
import { gridDoseOfCourse } from '../../src/therapy/gridDose.js';
import type { Roi } from '../../src/dicom/rtStruct.js';
import { dosePolynomial, IDENTITY_DOSE_POLYNOMIAL, mapDoseVolume, type DoseMode, type DosePolynomial, type StructureCourse } from '../../src/therapy/doseMode.js';
import type { StructureModel } from '../../src/therapy/effectiveDose.js';
import { claimOrder, voxelClasses } from '../../src/therapy/voxelClasses.js';
import { releaseDoseTexture } from '../gpu/textures/volumeTextures.js';
import { caseStore } from '../state/caseStore.js';
import { maskStore, type MaskState } from '../state/maskStore.js';
import { selectedObjects, type SelectedObjects } from '../state/selectedObjects.js';
import { currentTimeline } from './currentTimeline.js';
import { doseModeStore, DOSE_MODE_LABELS, type DoseModeState } from './doseModeStore.js';
import { wallClock, type TimelineModel } from './timelineModel.js';

/** What the views and the DVH show now, and how it was made. */
export interface ShownDose {
  readonly mode: DoseMode;
  /** Fractions accumulated (1-based) and the course's count; undefined without a timeline. */
  readonly throughFraction: number | undefined;
  readonly fractionCount: number | undefined;
  /** The grid to draw and probe: the selected dose itself when nothing is derived. */
  readonly grid: DoseGrid | undefined;
  /** True when `grid` is not the selected dose as it is. */
  readonly derived: boolean;
  /** One line for captions: mode, fractions, what the voxels take. */
  readonly caption: string;
  /** Why the mode asked for cannot be shown (the physical dose is shown instead). */
  readonly problem: string | undefined;
  /** Structures whose masks are still computing (their voxels take the other-tissue parameters meanwhile). */
  readonly masksPending: number;
  /** Per ROI of the structure set (same order): the map from its planned total dose to the shown dose, for its DVH. */
  readonly roiPolynomials: readonly DosePolynomial[];
  /** The fraction's wall-clock time when part of the course is shown. */
  readonly fractionDateTime: string | undefined;
}

interface Inputs {
  readonly objects: SelectedObjects;
  readonly timeline: TimelineModel | string;
  readonly masks: MaskState['masks'];
  readonly modeState: DoseModeState;
}

let last: { readonly inputs: Inputs; readonly shown: ShownDose; readonly shownObjects: SelectedObjects } | undefined;
let classCache: { readonly grid: DoseGrid; readonly masks: MaskState['masks']; readonly key: string; readonly classes: Uint8Array; readonly order: readonly number[] } | undefined;


/** The dose shown now (memoised on the case, the timeline, the masks and the dose mode). */
export function shownDose(): ShownDose {
  return current().shown;
}

/** The selected objects with the shown dose grid in place of the selected one (what views and the probe read). */
export function shownObjects(): SelectedObjects {
  return current().shownObjects;
}

function current(): { shown: ShownDose; shownObjects: SelectedObjects } {
  const inputs: Inputs = { objects: selectedObjects(caseStore.getState()), timeline: currentTimeline(), masks: maskStore.getState().masks, modeState: doseModeStore.getState() };
  if (last !== undefined && last.inputs.objects === inputs.objects && last.inputs.timeline === inputs.timeline && last.inputs.masks === inputs.masks && last.inputs.modeState === inputs.modeState) return last;
  const shown = compute(inputs);
  if (last !== undefined && last.shown.derived && last.shown.grid !== undefined && last.shown.grid !== shown.grid) releaseDoseTexture(last.shown.grid);
  const shownObjects = shown.grid === inputs.objects.doseGrid ? inputs.objects : { ...inputs.objects, doseGrid: shown.grid };
  last = { inputs, shown, shownObjects };
  return last;
}

function compute({ objects, timeline, masks, modeState }: Inputs): ShownDose {
  const grid = objects.doseGrid;
  const rois = objects.structureSet?.rois ?? [];
  const physical = (problem: string | undefined, caption = 'Physical dose, whole course'): ShownDose => ({
    mode: 'physical', throughFraction: undefined, fractionCount: undefined, grid, derived: false, caption, problem, masksPending: 0, roiPolynomials: rois.map(() => IDENTITY_DOSE_POLYNOMIAL), fractionDateTime: undefined,
  });
  const wanted = modeState.mode;
  const wholeCourse = modeState.throughFraction === undefined;
  if (grid === undefined) return physical(undefined, 'No dose grid');
  if (wanted === 'physical' && wholeCourse) return physical(undefined);
  if (typeof timeline === 'string') return physical(`${DOSE_MODE_LABELS[wanted]} needs the course: ${timeline}`);
  const scale = objects.dose === undefined ? 'no RTDOSE selected' : gridDoseOfCourse(objects.dose, timeline.fractions.map((f) => f.doseGy));
  if (typeof scale === 'string') return physical(scale);
  const count = timeline.fractions.length;
  const through = Math.min(modeState.throughFraction ?? count, count);
  const timesH = timeline.fractions.map((f) => f.timeH);
  const doseShares = timeline.fractions.map((f) => f.doseGy / scale.gridDoseGy);
  const courseOf = (model: StructureModel, modifiers: ArrayLike<number>): StructureCourse => ({ model, modifiers, timesH, doseShares });
  const byRoi = timeline.structures.length === rois.length ? timeline.structures : undefined;
  const roiPolynomials = rois.map((_, r) => {
    const s = byRoi?.[r];
    return s === undefined ? IDENTITY_DOSE_POLYNOMIAL : dosePolynomial(wanted, courseOf(s.model, s.modifiers), through);
  });
  const other = timeline.otherTissue;
  const otherPolynomial = dosePolynomial(wanted, courseOf(other.model, other.modifiers), through);
  const classed = wanted === 'physical' || byRoi === undefined ? undefined : classesOf(grid, byRoi, rois, masks);
  // Physical accumulation is the same share of every voxel: one polynomial, no classes.
  const polynomials = classed === undefined ? [otherPolynomial] : [otherPolynomial, ...classed.order.map((r) => roiPolynomials[r] ?? otherPolynomial)];
  const { values, maxGy: maxValue } = mapDoseVolume(grid.values, classed?.classes, polynomials);
  const pending = rois.filter((roi) => masks.get(roi)?.status === 'computing').length;
  const fraction = timeline.fractions[through - 1];
  const courseText = through === count ? `whole course (${count} fractions)` : `fractions 1–${through} of ${count}`;
  const voxelText = wanted === 'physical' ? '' : `; voxels in a target take its α/β, else the lowest α/β of their OARs, else ${other.model.alphaBetaGy} Gy (other tissue)${wanted === 'sensitisedEqd2' ? `; OAR DMF: ${timeline.oarView === 'worstCase' ? 'normal-tissue enhancement (worst case)' : 'tumour-only view (1.0)'}` : ''}`;
  return {
    mode: wanted,
    throughFraction: through,
    fractionCount: count,
    grid: { ...grid, values, maxValue },
    derived: true,
    caption: `${DOSE_MODE_LABELS[wanted]}${wanted === 'physical' ? ' dose' : ' (Gy)'}, ${courseText}${voxelText}${scale.note === undefined ? '' : `; ${scale.note}`}`,
    problem: undefined,
    masksPending: pending,
    roiPolynomials,
    fractionDateTime: fraction === undefined ? undefined : wallClock(timeline.startDate, fraction.timeH),
  };
}

/** The class map of the ROIs with ready masks, cached while the grid, the masks and the ranking stay. */
function classesOf(grid: DoseGrid, structures: TimelineModel['structures'], rois: readonly Roi[], masks: MaskState['masks']): { classes: Uint8Array; order: readonly number[] } {
  const key = structures.map((s) => `${s.role}:${s.alphaBetaGy}`).join(',');
  if (classCache !== undefined && classCache.grid === grid && classCache.masks === masks && classCache.key === key) return classCache;
  const order = claimOrder(structures);
  const ordered = order.map((r) => {
    const roi = rois[r];
    const entry = roi === undefined ? undefined : masks.get(roi);
    return entry?.status === 'ready' ? entry.mask : undefined;
  });
  classCache = { grid, masks, key, classes: voxelClasses(grid, ordered), order };
  return classCache;
}
