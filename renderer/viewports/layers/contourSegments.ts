import type { Vec3 } from '../../../src/geometry/vec3.js';
import type { RoiGeometry } from '../../../src/structures/roiGeometry.js';

/** Views whose normal is within this of the contours' normal show the contours themselves. */
const parallelCosine = 0.9999;

export function isAcquisitionPlane(geometry: RoiGeometry, viewNormalLps: Vec3): boolean {
  const n = geometry.planar.normal;
  return Math.abs(n[0] * viewNormalLps[0] + n[1] * viewNormalLps[1] + n[2] * viewNormalLps[2]) >= parallelCosine;
}

/**
 * The contours of the plane whose slab holds the slice, as line segments (x0 y0 z0 x1 y1 z1 ...,
 * LPS mm) lying on the slice: what the planning system drew, unresampled. Empty when the view is
 * not parallel to the contours or the slice meets no slab.
 */
export function contourSegmentsOnSlice(geometry: RoiGeometry, viewNormalLps: Vec3, slicePositionMm: number): Float32Array {
  if (!isAcquisitionPlane(geometry, viewNormalLps)) return new Float32Array(0);
  const { normal, uAxis, vAxis } = geometry.planar;
  const sign = normal[0] * viewNormalLps[0] + normal[1] * viewNormalLps[1] + normal[2] * viewNormalLps[2] > 0 ? 1 : -1;
  const positionMm = sign * slicePositionMm;
  const slab = geometry.slabs.find((candidate) => positionMm >= candidate.fromMm && positionMm < candidate.toMm);
  if (slab === undefined) return new Float32Array(0);
  const count = slab.plane.polygonsUv.reduce((sum, polygon) => sum + polygon.length / 2, 0);
  const out = new Float32Array(count * 6);
  let write = 0;
  const put = (u: number, v: number): void => {
    for (let c = 0; c < 3; c += 1) out[write++] = u * uAxis[c as 0] + v * vAxis[c as 0] + positionMm * normal[c as 0];
  };
  for (const polygon of slab.plane.polygonsUv) {
    const points = polygon.length / 2;
    for (let n = 0; n < points; n += 1) {
      const next = (n + 1) % points;
      put(polygon[2 * n] ?? 0, polygon[2 * n + 1] ?? 0);
      put(polygon[2 * next] ?? 0, polygon[2 * next + 1] ?? 0);
    }
  }
  return out;
}
