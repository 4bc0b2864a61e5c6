import { dot, type Vec3 } from '../geometry/vec3.js';
import { insidePolygon, type PlanarRoi } from './planarContours.js';
import type { Slab } from './slabs.js';

/**
 * Whether a point lies inside an ROI taken as slabs (slabs.ts): in the slab that spans its position
 * along the normal, and inside that plane's polygons by the even-odd rule.
 */
export function insideRoi(planar: PlanarRoi, slabs: readonly Slab[], pointLps: Vec3): boolean {
  const position = dot(pointLps, planar.normal);
  const slab = slabs.find((candidate) => position >= candidate.fromMm && position < candidate.toMm);
  if (slab === undefined) return false;
  const u = dot(pointLps, planar.uAxis);
  const v = dot(pointLps, planar.vAxis);
  return slab.plane.polygonsUv.reduce((inside, polygon) => (insidePolygon(polygon, u, v) ? !inside : inside), false);
}
