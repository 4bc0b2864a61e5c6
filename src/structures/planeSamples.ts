/** Runs of sample points inside a plane: span s holds count[s] points at u = firstU[s] + n * pitch, v = v[s]. */
export interface PlaneSpans {
  readonly v: Float64Array;
  readonly firstU: Float64Array;
  readonly count: Int32Array;
  /** Sample points in all spans. */
  readonly points: number;
}

/** A square grid of centres in a plane: column c, row r sits at u = minU + (c + 1/2) pitch, v = minV + (r + 1/2) pitch. */
export interface PlaneGrid {
  readonly minU: number;
  readonly minV: number;
  readonly pitchMm: number;
  readonly columns: number;
  readonly rows: number;
}

/** Runs of grid centres inside a plane: span s holds columns firstColumn[s] .. firstColumn[s] + count[s] - 1 of row[s]. */
export interface GridSpans {
  readonly row: Int32Array;
  readonly firstColumn: Int32Array;
  readonly count: Int32Array;
  /** Grid centres in all spans. */
  readonly points: number;
}

/**
 * Sample points inside a contour plane: the centres of a square grid of pitch `pitchMm` (anchored
 * at the polygons' bounding box) that lie inside by the even-odd rule, as runs along u.
 */
export function planeSpans(polygonsUv: readonly Float64Array[], pitchMm: number): PlaneSpans {
  const bounds = boundsOf(polygonsUv);
  const columns = Math.max(1, Math.ceil((bounds.maxU - bounds.minU) / pitchMm));
  const rows = Math.max(1, Math.ceil((bounds.maxV - bounds.minV) / pitchMm));
  const spans = gridSpans(polygonsUv, { minU: bounds.minU, minV: bounds.minV, pitchMm, columns, rows });
  return {
    v: Float64Array.from(spans.row, (row) => bounds.minV + (row + 0.5) * pitchMm),
    firstU: Float64Array.from(spans.firstColumn, (first) => bounds.minU + (first + 0.5) * pitchMm),
    count: spans.count,
    points: spans.points,
  };
}

/**
 * The centres of `grid` that lie inside the polygons by the even-odd rule, found row by row from
 * the edge crossings (so holes and islands need no special case), as runs along u.
 */
export function gridSpans(polygonsUv: readonly Float64Array[], grid: PlaneGrid): GridSpans {
  const { minU, minV, pitchMm, columns, rows } = grid;
  const crossingsByRow = rowCrossings(polygonsUv, minV, pitchMm, rows);
  const spans: number[] = [];
  let points = 0;
  crossingsByRow.forEach((crossings, row) => {
    crossings.sort((a, b) => a - b);
    for (let pair = 0; pair + 1 < crossings.length; pair += 2) {
      const first = Math.max(0, Math.ceil(((crossings[pair] ?? 0) - minU) / pitchMm - 0.5));
      const last = Math.min(columns - 1, Math.ceil(((crossings[pair + 1] ?? 0) - minU) / pitchMm - 0.5) - 1);
      if (last < first) continue;
      spans.push(row, first, last - first + 1);
      points += last - first + 1;
    }
  });
  const count = spans.length / 3;
  return {
    row: Int32Array.from({ length: count }, (_, span) => spans[span * 3] ?? 0),
    firstColumn: Int32Array.from({ length: count }, (_, span) => spans[span * 3 + 1] ?? 0),
    count: Int32Array.from({ length: count }, (_, span) => spans[span * 3 + 2] ?? 0),
    points,
  };
}

/**
 * Where each row's line v = minV + (row + 1/2) pitch crosses the polygons' edges, found edge by
 * edge (each edge visits only the rows it spans). An edge counts for v in [lower end, upper end),
 * the same half-open rule as the even-odd test, so a vertex on a row line is counted once.
 */
function rowCrossings(polygonsUv: readonly Float64Array[], minV: number, pitchMm: number, rows: number): number[][] {
  const byRow: number[][] = Array.from({ length: rows }, () => []);
  for (const polygon of polygonsUv) {
    const count = polygon.length / 2;
    for (let a = 0, b = count - 1; a < count; b = a, a += 1) {
      const va = polygon[a * 2 + 1] as number;
      const vb = polygon[b * 2 + 1] as number;
      if (va === vb) continue;
      const ua = polygon[a * 2] as number;
      const ub = polygon[b * 2] as number;
      const low = Math.min(va, vb);
      const high = Math.max(va, vb);
      const firstRow = Math.max(0, Math.floor((low - minV) / pitchMm - 0.5)); // may be one early: see below
      for (let row = firstRow; row < rows; row += 1) {
        const v = minV + (row + 0.5) * pitchMm;
        if (v >= high) break;
        if (v < low) continue; // the row below the edge (firstRow rounds down)
        byRow[row]?.push(ua + ((v - va) * (ub - ua)) / (vb - va));
      }
    }
  }
  return byRow;
}

/** The polygons' bounding box in the plane, mm. */
export function boundsOf(polygonsUv: readonly Float64Array[]): { minU: number; maxU: number; minV: number; maxV: number } {
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
