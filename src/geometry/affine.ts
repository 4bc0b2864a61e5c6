import type { Vec3 } from './vec3.js';

/**
 * An affine map of 3-space as a 4x4 row-major matrix whose last row is 0 0 0 1.
 * Used for index (IJK, voxel centres at integers) to patient (LPS, mm) mappings.
 */
export type Affine = Float64Array;

/**
 * The IJK -> LPS affine of a voxel grid: column i runs along `rowDirection` (DICOM IOP's first
 * triplet) with `columnSpacingMm`, row j along `columnDirection` with `rowSpacingMm`, slice k along
 * `sliceDirection` with `sliceSpacingMm`; index (0,0,0) sits at `originLps`.
 */
export function gridAffine(grid: {
  readonly originLps: Vec3;
  readonly rowDirection: Vec3;
  readonly columnDirection: Vec3;
  readonly sliceDirection: Vec3;
  readonly spacingMm: Vec3;
}): Affine {
  const { originLps, rowDirection: u, columnDirection: v, sliceDirection: w, spacingMm: s } = grid;
  return Float64Array.of(
    u[0] * s[0], v[0] * s[1], w[0] * s[2], originLps[0],
    u[1] * s[0], v[1] * s[1], w[1] * s[2], originLps[1],
    u[2] * s[0], v[2] * s[1], w[2] * s[2], originLps[2],
    0, 0, 0, 1,
  );
}

export function applyAffine(affine: Affine, point: Vec3): Vec3 {
  const m = affine;
  return [
    (m[0] ?? 0) * point[0] + (m[1] ?? 0) * point[1] + (m[2] ?? 0) * point[2] + (m[3] ?? 0),
    (m[4] ?? 0) * point[0] + (m[5] ?? 0) * point[1] + (m[6] ?? 0) * point[2] + (m[7] ?? 0),
    (m[8] ?? 0) * point[0] + (m[9] ?? 0) * point[1] + (m[10] ?? 0) * point[2] + (m[11] ?? 0),
  ];
}

/** The inverse of an affine (throws a RangeError for a singular one). */
export function invertAffine(affine: Affine): Affine {
  const a = (row: number, col: number): number => affine[row * 4 + col] ?? 0;
  const c00 = a(1, 1) * a(2, 2) - a(1, 2) * a(2, 1);
  const c01 = a(1, 2) * a(2, 0) - a(1, 0) * a(2, 2);
  const c02 = a(1, 0) * a(2, 1) - a(1, 1) * a(2, 0);
  const det = a(0, 0) * c00 + a(0, 1) * c01 + a(0, 2) * c02;
  if (Math.abs(det) < 1e-12) throw new RangeError('invertAffine: the matrix is singular');
  const inv = 1 / det;
  const r: number[] = [
    c00 * inv,
    (a(0, 2) * a(2, 1) - a(0, 1) * a(2, 2)) * inv,
    (a(0, 1) * a(1, 2) - a(0, 2) * a(1, 1)) * inv,
    c01 * inv,
    (a(0, 0) * a(2, 2) - a(0, 2) * a(2, 0)) * inv,
    (a(0, 2) * a(1, 0) - a(0, 0) * a(1, 2)) * inv,
    c02 * inv,
    (a(0, 1) * a(2, 0) - a(0, 0) * a(2, 1)) * inv,
    (a(0, 0) * a(1, 1) - a(0, 1) * a(1, 0)) * inv,
  ];
  const t: Vec3 = [a(0, 3), a(1, 3), a(2, 3)];
  const rr = (row: number, col: number): number => r[row * 3 + col] ?? 0;
  const translation = [0, 1, 2].map((row) => -(rr(row, 0) * t[0] + rr(row, 1) * t[1] + rr(row, 2) * t[2]));
  return Float64Array.of(
    rr(0, 0), rr(0, 1), rr(0, 2), translation[0] ?? 0,
    rr(1, 0), rr(1, 1), rr(1, 2), translation[1] ?? 0,
    rr(2, 0), rr(2, 1), rr(2, 2), translation[2] ?? 0,
    0, 0, 0, 1,
  );
}
