import type { SelectedObjects } from '../../state/selectedObjects.js';
import { levelGy, type DoseReferences } from '../../state/isodose.js';
import type { ViewState } from '../../state/viewStore.js';
import { lpsToTextureMatrix } from '../textures/affineUniforms.js';
import { identityRemap, planeRemapTexture } from '../textures/planeRemap.js';
import { doseTexture, imageRescale, imageStoredTexture } from '../textures/volumeTextures.js';
import { maxIsodoseLevels, type SliceMaterial } from './sliceMaterial.js';

export function doseReferences(objects: SelectedObjects): DoseReferences {
  return { prescriptionGy: objects.plan?.prescriptionGy, maxGy: objects.doseGrid?.maxValue ?? 0 };
}

/** Sets the slice shader from the selected objects and the view state. */
export function setSliceUniforms(material: SliceMaterial, objects: SelectedObjects, state: ViewState, floatLinear: boolean): void {
  const u = material.uniforms;
  const { image, doseGrid } = objects;
  u.uHasImage.value = image !== undefined;
  if (image !== undefined) {
    u.uImage.value = imageStoredTexture(image);
    const rescale = imageRescale(image);
    u.uImageSlope.value = rescale.slope;
    u.uImageIntercept.value = rescale.intercept;
    u.uImageLpsToTex.value.copy(lpsToTextureMatrix(image.ijkToLps, image.dimensions));
    u.uImageUneven.value = !image.uniformSpacing;
    u.uImagePlaneRemap.value = image.uniformSpacing ? identityRemap : planeRemapTexture(image.slicePositionsMm);
  }
  u.uWindowCentre.value = state.windowLevel.centre;
  u.uWindowWidth.value = state.windowLevel.width;
  u.uHasDose.value = doseGrid !== undefined;
  if (doseGrid === undefined) return;
  u.uDose.value = doseTexture(doseGrid, floatLinear);
  u.uDoseLpsToTex.value.copy(lpsToTextureMatrix(doseGrid.ijkToLps, doseGrid.dimensions));
  u.uDoseUneven.value = !doseGrid.uniformSpacing;
  u.uDosePlaneRemap.value = doseGrid.uniformSpacing ? identityRemap : planeRemapTexture(doseGrid.frameOffsetsMm);
  const references = doseReferences(objects);
  const dose = state.dose;
  u.uWashVisible.value = dose.washVisible;
  u.uWashOpacity.value = dose.washOpacity;
  u.uWashThresholdGy.value = levelGy(dose.washThreshold, dose.unit, references) ?? 0;
  u.uWashRangeGy.value = [0, Math.max(references.maxGy, 1e-6)];
  const levels = dose.isodoseVisible ? dose.levels.filter((level) => level.visible).slice(0, maxIsodoseLevels) : [];
  let count = 0;
  for (const level of levels) {
    const gy = levelGy(level.value, dose.unit, references);
    if (gy === undefined) continue;
    u.uIsoLevelsGy.value[count] = gy;
    u.uIsoColours.value[count]?.setRGB(level.colourRgb[0] / 255, level.colourRgb[1] / 255, level.colourRgb[2] / 255);
    count += 1;
  }
  u.uIsoCount.value = count;
}
