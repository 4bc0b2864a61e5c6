import type { ReviewCase } from '../../src/case/reviewCase.js';
import { valueRange } from '../../src/dicom/imageValues.js';
import type { ImageVolume } from '../../src/dicom/imageVolume.js';
import type { DoseGrid } from '../../src/dicom/rtDose.js';
import { applyAffine } from '../../src/geometry/affine.js';
import type { Vec3 } from '../../src/geometry/vec3.js';
import { releaseVolumeTextures } from '../gpu/textures/volumeTextures.js';
import type { NamedBlob } from '../platform/blobSource.js';
import { demoCaseUrls } from '../platform/demoCase.js';
import { boundsCentre, gridBoundsLps } from '../viewports/gridBounds.js';
import { loadInWorker } from '../workers/loadClient.js';
import { caseStore } from './caseStore.js';
import { defaultIsodoseLevels } from './isodose.js';
import { selectedObjects } from './selectedObjects.js';
import { defaultSelection } from './selection.js';
import { initialViewState, viewStore, windowPresets, type StructureDisplay, type WindowLevel } from './viewStore.js';
import type { LoadSource } from '../workers/loadRequest.js';

/** Opens the bundled demo case. */
export function openDemoCase(): Promise<void> {
  return openCase({ type: 'urls', urls: demoCaseUrls() }, 'demo case');
}

/** Opens files the user gave (file input or drop). */
export function openFiles(files: readonly NamedBlob[], label: string): Promise<void> {
  return openCase({ type: 'files', files }, label);
}

async function openCase(request: LoadSource, sourceLabel: string): Promise<void> {
  const fileCount = request.type === 'files' ? request.files.length : request.urls.length;
  const startedMs = performance.now();
  caseStore.setState({ load: { status: 'loading', sourceLabel, filesRead: 0, fileCount, objects: [], error: undefined, startedMs, loadedMs: undefined } });
  try {
    const reviewCase = await loadInWorker(request, (progress) => {
      caseStore.setState((state) => ({ load: { ...state.load, filesRead: progress.filesRead, fileCount: progress.fileCount, objects: progress.objects } }));
    });
    showCase(reviewCase);
    caseStore.setState((state) => ({ load: { ...state.load, status: 'ready', loadedMs: performance.now() } }));
  } catch (error) {
    caseStore.setState((state) => ({ load: { ...state.load, status: 'failed', error: error instanceof Error ? error.message : String(error) } }));
  }
}

/** Puts a loaded case on screen: the default selection, and views set up for it. */
function showCase(reviewCase: ReviewCase): void {
  releaseVolumeTextures();
  caseStore.setState({ reviewCase, selection: defaultSelection(reviewCase) });
  const { image, doseGrid, structureSet, plan } = selectedObjects(caseStore.getState());
  const structures: Record<number, StructureDisplay> = {};
  for (const roi of structureSet?.rois ?? []) {
    structures[roi.number] = { visible: true, colourRgb: roi.colorRgb ?? [255, 255, 0], fill: false, fillOpacity: 0.25 };
  }
  // % of a prescription in Gy means nothing for RELATIVE doses.
  const prescriptionGy = selectedObjects(caseStore.getState()).dose?.doseUnits === 'RELATIVE' ? undefined : plan?.prescriptionGy;
  const unit = prescriptionGy !== undefined ? 'pct-rx' : doseGrid !== undefined ? 'pct-max' : 'gy';
  viewStore.setState({
    ...initialViewState,
    crosshairLps: startPoint(doseGrid, image === undefined ? undefined : boundsCentre(gridBoundsLps(image.ijkToLps, image.dimensions)), plan?.beams[0]?.isocenterLps),
    windowLevel: image === undefined ? initialViewState.windowLevel : openingWindow(image),
    structures,
    dose: { ...initialViewState.dose, unit, levels: defaultIsodoseLevels(unit, prescriptionGy ?? doseGrid?.maxValue) },
  });
}

/**
 * The window a series opens with: its own (first slice) when it has one; soft tissue for HU; else
 * (MR, PET, unspecified units) its whole value range, since an HU window means nothing there.
 */
function openingWindow(image: ImageVolume): WindowLevel {
  if (image.window !== undefined) return image.window;
  if (image.valueUnit === 'HU') return windowPresets[0]?.window ?? initialViewState.windowLevel;
  const { min, max } = valueRange(image);
  return { centre: (min + max) / 2, width: Math.max(max - min, 1e-6) };
}

/** Where the views open: the plan's isocentre, else the dose maximum, else the image's centre. */
function startPoint(grid: DoseGrid | undefined, imageCentre: Vec3 | undefined, isocentre: Vec3 | undefined): Vec3 {
  if (isocentre !== undefined) return isocentre;
  if (grid !== undefined) {
    let best = 0;
    for (let index = 1; index < grid.values.length; index += 1) if ((grid.values[index] ?? 0) > (grid.values[best] ?? 0)) best = index;
    const [columns, rows] = grid.dimensions;
    return applyAffine(grid.ijkToLps, [best % columns, Math.floor(best / columns) % rows, Math.floor(best / (columns * rows))]);
  }
  return imageCentre ?? [0, 0, 0];
}
