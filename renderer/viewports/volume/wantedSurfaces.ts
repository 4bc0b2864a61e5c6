import type { ImageVolume } from '../../../src/dicom/imageVolume.js';
import type { DoseGrid } from '../../../src/dicom/rtDose.js';
import type { Roi, StructureSet } from '../../../src/dicom/rtStruct.js';
import { structureSurfaceKey } from '../../../src/workers/meshProtocol.js';
import { modalityValues } from '../../gpu/textures/volumeTextures.js';
import type { DoseReferences } from '../../state/isodose.js';
import { roiGeometry } from '../../../src/structures/roiGeometry.js';
import type { DoseDisplay, StructureDisplay } from '../../state/viewStore.js';
import type { CtMode } from '../../state/volumeViewStore.js';
import type { MeshClient } from '../../workers/meshClient.js';
import { ctLevelsHu, ctStep } from './ctLevels.js';
import type { WantedSurface } from './surfaceSet.js';
import { visibleLevelsGy } from './visibleLevels.js';

/**
 * Which surfaces each layer of the 3D view wants, keyed for SurfaceSet, with their mesh requests
 * and looks. Nesting orders the see-through ones from the outside in: body and skin, then the
 * isodose surfaces from low dose to high, then other see-through structures.
 */

/** A body outline or anything as large is drawn see-through so that what it holds stays visible. */
const largeRoiCc = 3000;
const largeRoiOpacity = 0.2;
const outlineNames = /^(body|external|skin|outline|patient)$/iu;

function isLargeRoi(roi: Roi): boolean {
  return roi.interpretedType === 'EXTERNAL' || outlineNames.test(roi.name.trim()) || roiGeometry(roi).volumeCc > largeRoiCc;
}

export function wantedStructures(client: MeshClient, structureSet: StructureSet | undefined, display: Readonly<Record<number, StructureDisplay>>): Map<string, WantedSurface> {
  const wanted = new Map<string, WantedSurface>();
  for (const roi of structureSet?.rois ?? []) {
    const shown = display[roi.number];
    if (shown === undefined || !shown.visible) continue;
    const large = isLargeRoi(roi);
    wanted.set(structureSurfaceKey(roi.number), {
      request: () => client.request({ type: 'structureSurface', roi }),
      style: { colourRgb: shown.colourRgb, opacity: large ? largeRoiOpacity : 1, nesting: large ? 0 : 50 },
    });
  }
  return wanted;
}

export function wantedIsodoses(client: MeshClient, grid: DoseGrid | undefined, dose: DoseDisplay, references: DoseReferences, opacity: number): Map<string, WantedSurface> {
  const wanted = new Map<string, WantedSurface>();
  if (grid === undefined) return wanted;
  visibleLevelsGy(dose, references).forEach(({ doseGy, colourRgb }, index) => {
    const key = `dose ${doseGy.toPrecision(6)} Gy`;
    wanted.set(key, {
      request: () => client.request({ type: 'isosurface', key, values: grid.values, dimensions: grid.dimensions, ijkToLps: grid.ijkToLps, level: doseGy }),
      style: { colourRgb, opacity, nesting: 1 + index },
    });
  });
  return wanted;
}

const ctColours = { skin: [222, 184, 160], bone: [240, 234, 214] } as const;
const skinOpacity = 0.3;

export function wantedCtSurface(client: MeshClient, image: ImageVolume | undefined, mode: CtMode): Map<string, WantedSurface> {
  const wanted = new Map<string, WantedSurface>();
  if (image === undefined || (mode !== 'skin' && mode !== 'bone')) return wanted;
  const levelHu = ctLevelsHu[mode];
  const { slope, intercept } = image.rescale;
  const key = `ct ${mode}`;
  const common = { type: 'isosurface', key, dimensions: image.dimensions, ijkToLps: image.ijkToLps, step: ctStep(image.dimensions) } as const;
  wanted.set(key, {
    // Stored values when they rise with HU (the level moved into their scale), else HU computed here and handed over.
    request: () => {
      if (slope > 0) return client.request({ ...common, values: image.storedVoxels, level: (levelHu - intercept) / slope });
      const values = modalityValues(image);
      return client.request({ ...common, values, level: levelHu }, [values.buffer as ArrayBuffer]);
    },
    style: { colourRgb: ctColours[mode], opacity: mode === 'skin' ? skinOpacity : 1, nesting: 0 },
  });
  return wanted;
}
