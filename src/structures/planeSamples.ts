/**
 * Sample points inside a contour plane: the centres of a square grid of pitch `pitchMm` (anchored
 * at the polygons' bounding box) that lie inside by the even-odd rule, found row by row from the
 * edge crossings (so holes and islands need no special case). Returns u0, v0, u1, v1, ...
 */
export function planeSamplesUv(polygonsUv: readonly Float64Array[], pitchMm: number): Float64Array {
  const bounds = boundsOf(polygonsUv);
  const columns = Math.max(1, Math.ceil((bounds.maxU - bounds.minU) / pitchMm));
  const rows = Math.max(1, Math.ceil((bounds.maxV - bounds.minV) / pitchMm));
  const out: number[] = [];
  const crossings: number[] = [];
  for (let row = 0; row < rows; row += 1) {
    const v = bounds.minV + (row + 0.5) * pitchMm;
    crossings.length = 0;
    for (const polygon of polygonsUv) collectCrossings(polygon, v, crossings);
    crossings.sort((a, b) => a - b);
    for (let pair = 0; pair + 1 < crossings.length; pair += 2) {
      const first = Math.max(0, Math.ceil(((crossings[pair] ?? 0) - bounds.minU) / pitchMm - 0.5));
      const last = Math.min(columns - 1, Math.ceil(((crossings[pair + 1] ?? 0) - bounds.minU) / pitchMm - 0.5) - 1);
      for (let column = first; column <= last; column += 1) out.push(bounds.minU + (column + 0.5) * pitchMm, v);
    }
  }
  return Float64Array.from(out);
}

function collectCrossings(polygon: Float64Array, v: number, crossings: number[]): void {
  const count = polygon.length / 2;
  for (let a = 0, b = count - 1; a < count; b = a, a += 1) {
    const va = polygon[a * 2 + 1] ?? 0;
    const vb = polygon[b * 2 + 1] ?? 0;
    if ((va > v) !== (vb > v)) {
      const ua = polygon[a * 2] ?? 0;
      const ub = polygon[b * 2] ?? 0;
      crossings.push(ua + ((v - va) * (ub - ua)) / (vb - va));
    }
  }
}

function boundsOf(polygonsUv: readonly Float64Array[]): { minU: number; maxU: number; minV: number; maxV: number } {
  let minU = Infinity;
  let maxU = -Infinity;
  let minV = Infinity;
  let maxV = -Infinity;
  for (const polygon of polygonsUv) {
    for (let index = 0; index < polygon.length; index += 2) {
      minU = Math.min(minU, polygon[index] ?? 0);
      maxU = Math.max(maxU, polygon[index] ?? 0);
      minV = Math.min(minV, polygon[index + 1] ?? 0);
      maxV = Math.max(maxV, polygon[index + 1] ?? 0);
    }
  }
  return { minU, maxU, minV, maxV };
}
