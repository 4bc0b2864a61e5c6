import type { Roi } from '../dicom/rtStruct.js';
import { planarRoi, type PlanarRoi } from './planarContours.js';
import { planeSlabs, slabVolumeMm3, type Slab } from './slabs.js';

/** An ROI as the DVH sees it (even-odd planes, half-slice slabs), computed once per ROI. */
export interface RoiGeometry {
  readonly planar: PlanarRoi;
  readonly slabs: readonly Slab[];
  /** The contours' own volume (area x slab thickness), cc; 0 for an ROI without closed contours. */
  readonly volumeCc: number;
}

const cache = new WeakMap<Roi, RoiGeometry>();

export function roiGeometry(roi: Roi): RoiGeometry {
  let geometry = cache.get(roi);
  if (geometry === undefined) {
    const planar = planarRoi(roi);
    const { slabs } = planeSlabs(planar.planes, 'half-slice', 1);
    geometry = { planar, slabs, volumeCc: planar.planes.length === 0 ? 0 : slabVolumeMm3(slabs) / 1000 };
    cache.set(roi, geometry);
  }
  return geometry;
}
