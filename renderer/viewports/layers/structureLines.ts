import { BufferAttribute, BufferGeometry, Group, LineBasicMaterial, LineSegments } from 'three';
import type { StructureSet } from '../../../src/dicom/rtStruct.js';
import { roiGeometry } from '../../../src/structures/roiGeometry.js';
import type { StructureDisplay } from '../../state/viewStore.js';
import { sliceAxes, type SliceView } from '../sliceFrame.js';
import { contourSegmentsOnSlice } from './contourSegments.js';

/**
 * The structures' own contours on a slice parallel to them, as line segments in their colours.
 * Rebuilt only when the slice, the structure set or the display changes.
 */
export class StructureLines {
  readonly group = new Group();
  private readonly lines = new Map<number, LineSegments<BufferGeometry, LineBasicMaterial>>();
  private key = '';

  update(view: SliceView, structureSet: StructureSet | undefined, display: Readonly<Record<number, StructureDisplay>>): void {
    const key = `${structureSet?.sopInstanceUid ?? ''}|${view.orientation}|${view.slicePositionMm}|${JSON.stringify(display)}`;
    if (key === this.key) return;
    this.key = key;
    this.clear();
    if (structureSet === undefined) return;
    const normal = sliceAxes[view.orientation].normalLps;
    for (const roi of structureSet.rois) {
      const shown = display[roi.number];
      if (shown === undefined || !shown.visible) continue;
      const segments = contourSegmentsOnSlice(roiGeometry(roi), normal, view.slicePositionMm);
      if (segments.length === 0) continue;
      const geometry = new BufferGeometry();
      geometry.setAttribute('position', new BufferAttribute(segments, 3));
      const [r, g, b] = shown.colourRgb;
      const material = new LineBasicMaterial({ color: (r << 16) | (g << 8) | b, depthTest: false, depthWrite: false });
      const line = new LineSegments(geometry, material);
      line.frustumCulled = false;
      line.renderOrder = 10;
      this.lines.set(roi.number, line);
      this.group.add(line);
    }
  }

  dispose(): void {
    this.clear();
  }

  private clear(): void {
    for (const line of this.lines.values()) {
      line.geometry.dispose();
      line.material.dispose();
      this.group.remove(line);
    }
    this.lines.clear();
  }
}
