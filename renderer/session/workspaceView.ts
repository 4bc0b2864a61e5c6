import type { StructureSnapshot, ViewPatch, ViewSnapshot } from '../../src/session/viewSnapshot.js';
import type { ObjectSelection } from '../../src/session/restorePlan.js';
import { viewSnapshotOf } from '../../src/session/sessionOf.js';
import { doseReferences } from '../gpu/materials/sliceUniformValues.js';
import { caseStore } from '../state/caseStore.js';
import { convertLevels } from '../state/isodose.js';
import { selectedObjects } from '../state/selectedObjects.js';
import type { CaseSelection } from '../state/selection.js';
import { viewStore, type StructureDisplay, type ViewState } from '../state/viewStore.js';
import { volumeViewStore, type VolumeViewState } from '../state/volumeViewStore.js';

/**
 * The workspace's view state as the plain data sessions and walkthroughs hold, and back: the
 * view and 3D stores read into a ViewSnapshot, parts of one (ViewPatch) set over a base state.
 */

/** Everything that makes up what the views show (restored as one when a presentation ends). */
export interface WorkspaceView {
  readonly view: ViewState;
  readonly volume: VolumeViewState;
  readonly selection: CaseSelection;
}

export function currentWorkspaceView(): WorkspaceView {
  return { view: viewStore.getState(), volume: volumeViewStore.getState(), selection: caseStore.getState().selection };
}

export function restoreWorkspaceView(saved: WorkspaceView): void {
  caseStore.setState({ selection: saved.selection });
  viewStore.setState(saved.view);
  volumeViewStore.setState(saved.volume);
}

/** The view as a session holds it (a plain copy: nothing of the stores comes along). */
export function viewSnapshotOfWorkspace(view: ViewState, volume: VolumeViewState): ViewSnapshot {
  return viewSnapshotOf({ ...view, volume });
}

/** The ROI displays with their ROI names (from the structure set shown). */
export function structureSnapshots(view: ViewState): StructureSnapshot[] {
  const rois = selectedObjects(caseStore.getState()).structureSet?.rois ?? [];
  return rois.flatMap((roi) => {
    const display = view.structures[roi.number];
    return display === undefined ? [] : [{ roiNumber: roi.number, name: roi.name, ...display }];
  });
}

/** Shows the named objects where the case has them (a selection names only UIDs the caller checked). */
export function selectObjects(objects: ObjectSelection): void {
  const { selection } = caseStore.getState();
  caseStore.setState({
    selection: {
      imageUid: objects.imageSeriesUid ?? selection.imageUid,
      doseUid: objects.doseUid ?? selection.doseUid,
      structureSetUid: objects.structureSetUid ?? selection.structureSetUid,
      planUid: objects.planUid ?? selection.planUid,
    },
  });
}

/** The dose display with a patch's parts; levels and threshold re-expressed when only the unit changes. */
function patchedDose(base: ViewState['dose'], patch: NonNullable<ViewPatch['dose']>): ViewState['dose'] {
  const unit = patch.unit ?? base.unit;
  if (unit === base.unit) return { ...base, ...patch };
  const references = doseReferences(selectedObjects(caseStore.getState()));
  const threshold = convertLevels([{ value: base.washThreshold, colourRgb: [0, 0, 0], visible: true }], base.unit, unit, references)[0]?.value ?? base.washThreshold;
  return { ...base, levels: convertLevels(base.levels, base.unit, unit, references), washThreshold: threshold, ...patch };
}

/** Sets the view and 3D stores to `base` with the patch's parts over it (the structure displays are not in a patch). */
export function applyViewPatch(patch: ViewPatch, base: Pick<WorkspaceView, 'view' | 'volume'>): void {
  const { slices, dose, volume, ...simple } = patch;
  const view = base.view;
  viewStore.setState({
    ...view,
    ...simple,
    slices: {
      axial: { ...view.slices.axial, ...slices?.axial },
      sagittal: { ...view.slices.sagittal, ...slices?.sagittal },
      coronal: { ...view.slices.coronal, ...slices?.coronal },
    },
    dose: dose === undefined ? view.dose : patchedDose(view.dose, dose),
  });
  const { orbit, cloud, clip, ...layers } = volume ?? {};
  volumeViewStore.setState({
    ...base.volume,
    ...layers,
    orbit: { ...base.volume.orbit, ...orbit },
    cloud: { ...base.volume.cloud, ...cloud },
    clip: { ...base.volume.clip, ...clip },
  });
}

/** Sets the displays of the given ROIs (numbers the structure list has; the caller checked them). */
export function applyStructures(structures: readonly StructureSnapshot[]): void {
  viewStore.setState((state) => {
    const next: Record<number, StructureDisplay> = { ...state.structures };
    for (const { roiNumber, visible, colourRgb, fill, fillOpacity } of structures) {
      if (next[roiNumber] !== undefined) next[roiNumber] = { visible, colourRgb, fill, fillOpacity };
    }
    return { structures: next };
  });
}
