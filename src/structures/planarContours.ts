import type { Contour, Roi } from '../dicom/rtStruct.js';
import { cross, dot, length, normalize, type Vec3 } from '../geometry/vec3.js';

/** One contour plane of an ROI: its polygons in in-plane coordinates (u, v in mm). */
export interface ContourPlane {
  /** Position of the plane along the ROI's plane normal, mm. */
  readonly positionMm: number;
  /** Each polygon as u0, v0, u1, v1, ... (closed implicitly). */
  readonly polygonsUv: readonly Float64Array[];
  /** Area inside by the even-odd rule (holes subtract, islands in holes add), mm². */
  readonly areaMm2: number;
}

/** An ROI's closed contours arranged as parallel planes, with the in-plane frame they use. */
export interface PlanarRoi {
  readonly normal: Vec3;
  /** In-plane axes: point = u * uAxis + v * vAxis + position * normal. */
  readonly uAxis: Vec3;
  readonly vAxis: Vec3;
  /** Planes in increasing position. */
  readonly planes: readonly ContourPlane[];
  /** Contours left out (POINT, OPEN_*, degenerate or not in the common plane orientation), with why. */
  readonly excluded: readonly string[];
}

const planeToleranceMm = 0.01;

/**
 * Groups an ROI's CLOSED_PLANAR contours into planes. The plane normal is that of the largest
 * contour (Newell's method); contours not parallel to it, or not flat, are excluded with a reason.
 */
export function planarRoi(roi: Roi): PlanarRoi {
  const excluded: string[] = [];
  const closed = roi.contours.filter((contour) => {
    if (contour.geometricType === 'CLOSED_PLANAR') return true;
    excluded.push(`${contour.geometricType} contour (not a volume)`);
    return false;
  });
  const largest = closed.map(newellNormal).reduce<Vec3 | undefined>((best, normal) => (best === undefined || length(normal) > length(best) ? normal : best), undefined);
  const normal = largest === undefined ? ([0, 0, 1] as Vec3) : orientedNormal(normalize(largest));
  const uAxis = inPlaneAxis(normal);
  const vAxis = cross(normal, uAxis);
  const byPosition = new Map<number, Float64Array[]>();
  for (const contour of closed) {
    const placed = toPlane(contour, normal, uAxis, vAxis);
    if (typeof placed === 'string') {
      excluded.push(placed);
      continue;
    }
    const key = Math.round(placed.positionMm / planeToleranceMm);
    byPosition.set(key, [...(byPosition.get(key) ?? []), placed.polygonUv]);
  }
  const planes = [...byPosition.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, polygonsUv]) => ({ positionMm: key * planeToleranceMm, polygonsUv, areaMm2: evenOddAreaMm2(polygonsUv) }));
  return { normal, uAxis, vAxis, planes, excluded };
}

/** Normals point along +x, +y or +z (whichever they lean to), so positions increase the usual way. */
function orientedNormal(normal: Vec3): Vec3 {
  const axis = [0, 1, 2].reduce((best, index) => (Math.abs(normal[index] ?? 0) > Math.abs(normal[best] ?? 0) ? index : best), 0);
  return (normal[axis] ?? 0) < 0 ? [-normal[0], -normal[1], -normal[2]] : normal;
}

/** u: the patient axis most perpendicular to the normal, made exactly perpendicular. */
function inPlaneAxis(normal: Vec3): Vec3 {
  const candidate: Vec3 = Math.abs(normal[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  return normalize(cross(cross(normal, candidate), normal));
}

function newellNormal(contour: Contour): Vec3 {
  const p = contour.pointsLps;
  const count = p.length / 3;
  let nx = 0;
  let ny = 0;
  let nz = 0;
  for (let a = 0; a < count; a += 1) {
    const b = (a + 1) % count;
    const [ax, ay, az] = [p[a * 3] ?? 0, p[a * 3 + 1] ?? 0, p[a * 3 + 2] ?? 0];
    const [bx, by, bz] = [p[b * 3] ?? 0, p[b * 3 + 1] ?? 0, p[b * 3 + 2] ?? 0];
    nx += (ay - by) * (az + bz);
    ny += (az - bz) * (ax + bx);
    nz += (ax - bx) * (ay + by);
  }
  return [nx, ny, nz];
}

function toPlane(contour: Contour, normal: Vec3, uAxis: Vec3, vAxis: Vec3): { positionMm: number; polygonUv: Float64Array } | string {
  const p = contour.pointsLps;
  const count = p.length / 3;
  if (count < 3) return `a closed contour of ${count} point(s) (no area)`;
  const polygonUv = new Float64Array(count * 2);
  let minPosition = Infinity;
  let maxPosition = -Infinity;
  for (let index = 0; index < count; index += 1) {
    const point: Vec3 = [p[index * 3] ?? 0, p[index * 3 + 1] ?? 0, p[index * 3 + 2] ?? 0];
    const position = dot(point, normal);
    minPosition = Math.min(minPosition, position);
    maxPosition = Math.max(maxPosition, position);
    polygonUv[index * 2] = dot(point, uAxis);
    polygonUv[index * 2 + 1] = dot(point, vAxis);
  }
  if (maxPosition - minPosition > 0.1) {
    return `a contour that is not flat or not parallel to the others (spans ${(maxPosition - minPosition).toFixed(2)} mm along the normal)`;
  }
  return { positionMm: (minPosition + maxPosition) / 2, polygonUv };
}

/** Signed area of a polygon (shoelace), mm². */
function signedAreaMm2(polygonUv: Float64Array): number {
  const count = polygonUv.length / 2;
  let twice = 0;
  for (let a = 0; a < count; a += 1) {
    const b = (a + 1) % count;
    twice += (polygonUv[a * 2] ?? 0) * (polygonUv[b * 2 + 1] ?? 0) - (polygonUv[b * 2] ?? 0) * (polygonUv[a * 2 + 1] ?? 0);
  }
  return twice / 2;
}

/** Even-odd point-in-polygon test. */
export function insidePolygon(polygonUv: Float64Array, u: number, v: number): boolean {
  const count = polygonUv.length / 2;
  let inside = false;
  for (let a = 0, b = count - 1; a < count; b = a, a += 1) {
    const ua = polygonUv[a * 2] ?? 0;
    const va = polygonUv[a * 2 + 1] ?? 0;
    const ub = polygonUv[b * 2] ?? 0;
    const vb = polygonUv[b * 2 + 1] ?? 0;
    if ((va > v) !== (vb > v) && u < ((ub - ua) * (v - va)) / (vb - va) + ua) inside = !inside;
  }
  return inside;
}

/**
 * Area of the even-odd union of non-crossing polygons (the RTSTRUCT convention for holes and
 * islands): each polygon counts + or - by the parity of how many others contain it.
 */
export function evenOddAreaMm2(polygonsUv: readonly Float64Array[]): number {
  return polygonsUv.reduce((sum, polygon, index) => {
    const depth = polygonsUv.filter((other, otherIndex) => otherIndex !== index && insidePolygon(other, polygon[0] ?? 0, polygon[1] ?? 0)).length;
    return sum + (depth % 2 === 0 ? 1 : -1) * Math.abs(signedAreaMm2(polygon));
  }, 0);
}
