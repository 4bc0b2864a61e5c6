import { Group, Mesh, type BufferGeometry } from 'three';
import type { Roi, StructureSet } from '../../../src/dicom/rtStruct.js';
import { createMaskMaterial, type MaskMaterial } from '../../gpu/materials/maskMaterial.js';
import { lpsToTextureMatrix } from '../../gpu/textures/affineUniforms.js';
import { maskTexture } from '../../gpu/textures/maskTexture.js';
import type { MaskEntry } from '../../state/maskStore.js';
import { roiGeometry } from '../../../src/structures/roiGeometry.js';
import type { StructureDisplay } from '../../state/viewStore.js';
import { sliceAxes, type SliceView } from '../sliceFrame.js';
import { isAcquisitionPlane } from './contourSegments.js';

/** Width of a reconstructed contour line, px (the native contours are 1 px lines too). */
const outlineWidthPx = 1;

/**
 * Structures drawn from their masks on the slice quad: the outline where the view cuts the
 * contours at an angle (reconstructed), and the fill in every view. On the contours' own plane the
 * outline is left to StructureLines, which draws the contours as they are.
 */
export class StructureMasks {
  readonly group = new Group();
  private readonly meshes = new Map<Roi, Mesh<BufferGeometry, MaskMaterial>>();

  constructor(private readonly quadGeometry: BufferGeometry) {}

  update(view: SliceView, structureSet: StructureSet | undefined, masks: ReadonlyMap<Roi, MaskEntry>, display: Readonly<Record<number, StructureDisplay>>): void {
    const normal = sliceAxes[view.orientation].normalLps;
    const wanted = new Set<Roi>();
    for (const roi of structureSet?.rois ?? []) {
      const shown = display[roi.number];
      const entry = masks.get(roi);
      if (shown === undefined || !shown.visible || entry?.status !== 'ready') continue;
      const drawOutline = !isAcquisitionPlane(roiGeometry(roi), normal);
      if (!drawOutline && !shown.fill) continue;
      wanted.add(roi);
      const u = this.meshFor(roi).material.uniforms;
      u.uMask.value = maskTexture(entry.mask);
      u.uMaskLpsToTex.value.copy(lpsToTextureMatrix(entry.mask.ijkToLps, entry.mask.dimensions));
      u.uMaskLayers.value = entry.mask.dimensions[2];
      u.uColour.value.setRGB(shown.colourRgb[0] / 255, shown.colourRgb[1] / 255, shown.colourRgb[2] / 255);
      u.uOutlineWidthPx.value = outlineWidthPx;
      u.uFillOpacity.value = shown.fill ? shown.fillOpacity : 0;
      u.uDrawOutline.value = drawOutline;
    }
    for (const [roi, mesh] of this.meshes) {
      if (wanted.has(roi)) continue;
      this.group.remove(mesh);
      mesh.material.dispose();
      this.meshes.delete(roi);
    }
  }

  dispose(): void {
    for (const mesh of this.meshes.values()) mesh.material.dispose();
    this.meshes.clear();
    this.group.clear();
  }

  private meshFor(roi: Roi): Mesh<BufferGeometry, MaskMaterial> {
    let mesh = this.meshes.get(roi);
    if (mesh === undefined) {
      mesh = new Mesh(this.quadGeometry, createMaskMaterial());
      mesh.frustumCulled = false;
      mesh.matrixAutoUpdate = false;
      mesh.renderOrder = 5;
      this.meshes.set(roi, mesh);
      this.group.add(mesh);
    }
    return mesh;
  }
}
