import { BoxGeometry, Mesh, type PerspectiveCamera, type Texture, type Vector4 } from 'three';
import type { ImageVolume } from '../../../src/dicom/imageVolume.js';
import type { DoseGrid } from '../../../src/dicom/rtDose.js';
import { createVolumeMarchMaterial, type VolumeMarchMaterial } from '../../gpu/materials/volumeMarchMaterial.js';
import { lpsToTextureMatrix } from '../../gpu/textures/affineUniforms.js';
import { doseTexture, imageRescale, imageStoredTexture } from '../../gpu/textures/volumeTextures.js';
import type { DoseCloud } from '../../state/volumeViewStore.js';
import { gridBoundsLps } from '../gridBounds.js';
import type { BoundsLps } from '../sliceFrame.js';
import type { PlaneLps } from './clipPlane.js';
import { renderOrders } from './renderOrder.js';
import { ctLevelsHu } from './ctLevels.js';

/** What the ray marcher draws this frame. */
export interface MarchInputs {
  readonly image: ImageVolume | undefined;
  readonly doseGrid: DoseGrid | undefined;
  readonly ctVisible: boolean;
  readonly cloud: DoseCloud;
  readonly clip: PlaneLps | undefined;
  readonly floatLinear: boolean;
}

/** Steps are at least half the finest voxel, so a short span is not oversampled. */
const stepsPerVoxel = 2;

/**
 * The CT (volume mode) and the dose cloud, ray marched together in one pass over a box proxy
 * around the grids shown: one compositing order for both, the textures the slice views use.
 */
export class VolumeMarch {
  readonly mesh: Mesh<BoxGeometry, VolumeMarchMaterial>;

  constructor() {
    const geometry = new BoxGeometry(1, 1, 1);
    geometry.translate(0.5, 0.5, 0.5);
    this.mesh = new Mesh(geometry, createVolumeMarchMaterial());
    this.mesh.matrixAutoUpdate = false;
    this.mesh.frustumCulled = false;
    this.mesh.renderOrder = renderOrders.volume;
  }

  /** Sets the textures, transfer functions and proxy box; false when there is nothing to march. */
  update(inputs: MarchInputs): boolean {
    const u = this.mesh.material.uniforms;
    const { image, doseGrid } = inputs;
    const ctVisible = inputs.ctVisible && image !== undefined;
    const doseVisible = inputs.cloud.visible && doseGrid !== undefined && doseGrid.maxValue > inputs.cloud.thresholdGy;
    u.uCtVisible.value = ctVisible;
    u.uDoseVisible.value = doseVisible;
    const boxes: BoundsLps[] = [];
    const spacings: number[] = [];
    if (ctVisible) {
      u.uCt.value = imageStoredTexture(image);
      const rescale = imageRescale(image);
      u.uCtSlope.value = rescale.slope;
      u.uCtIntercept.value = rescale.intercept;
      u.uCtLpsToTex.value.copy(lpsToTextureMatrix(image.ijkToLps, image.dimensions));
      u.uSkinHu.value = ctLevelsHu.skin;
      u.uBoneHu.value = ctLevelsHu.bone;
      boxes.push(gridBoundsLps(image.ijkToLps, image.dimensions));
      spacings.push(...image.spacingMm);
    }
    if (doseVisible) {
      u.uDose.value = doseTexture(doseGrid, inputs.floatLinear);
      u.uDoseLpsToTex.value.copy(lpsToTextureMatrix(doseGrid.ijkToLps, doseGrid.dimensions));
      u.uWashRangeGy.value = [0, Math.max(doseGrid.maxValue, 1e-6)];
      u.uCloudThresholdGy.value = inputs.cloud.thresholdGy;
      u.uCloudExtinctionPerMm.value = -Math.log(1 - Math.min(0.99, inputs.cloud.opacityPerCm)) / 10;
      boxes.push(gridBoundsLps(doseGrid.ijkToLps, doseGrid.dimensions));
      spacings.push(...doseGrid.spacingMm);
    }
    u.uClipEnabled.value = inputs.clip !== undefined;
    if (inputs.clip !== undefined) u.uClipPlane.value.set(...inputs.clip.normalLps, inputs.clip.constantMm);
    u.uMinStepMm.value = Math.min(...spacings.map(Math.abs)) / stepsPerVoxel;
    this.mesh.visible = boxes.length > 0;
    if (boxes.length > 0) this.placeProxy(boxes);
    return this.mesh.visible;
  }

  /** Hands the marcher this frame's opaque depth (undefined: nothing opaque to stop at) and camera. */
  setDepth(depth: { readonly texture: Texture | null; readonly viewportPx: Vector4 } | undefined, camera: PerspectiveCamera): void {
    const u = this.mesh.material.uniforms;
    u.uHasOpaqueDepth.value = depth !== undefined;
    u.uOpaqueDepth.value = depth?.texture ?? null;
    if (depth !== undefined) u.uViewportPx.value.copy(depth.viewportPx);
    u.uCameraNear.value = camera.near;
    u.uCameraFar.value = camera.far;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }

  private placeProxy(boxes: readonly BoundsLps[]): void {
    const min = [0, 1, 2].map((c) => Math.min(...boxes.map((box) => box.minLps[c as 0])));
    const max = [0, 1, 2].map((c) => Math.max(...boxes.map((box) => box.maxLps[c as 0])));
    const size = (c: number): number => Math.max(1e-3, (max[c] ?? 0) - (min[c] ?? 0));
    this.mesh.matrix.makeScale(size(0), size(1), size(2)).setPosition(min[0] ?? 0, min[1] ?? 0, min[2] ?? 0);
    this.mesh.matrixWorldNeedsUpdate = true;
  }
}
