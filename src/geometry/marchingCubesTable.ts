/**
 * The marching-cubes case table, derived here from one rule rather than typed in.
 *
 * Corner c of a cell sits at (c & 1, (c >> 1) & 1, (c >> 2) & 1). Edge e joins corners
 * `edgeCorners[2e]` and `edgeCorners[2e + 1]`, the second one step along axis `edgeAxis[e]` from
 * the first. For each of the 256 inside/outside patterns, each face of the cell is walked
 * anticlockwise seen from outside the cell; every crossing from an outside to an inside corner
 * starts a segment that ends at the next crossing back out. On a face with two diagonal inside
 * corners this cuts each inside corner off on its own, and since the rule reads only the face's
 * corners, the two cells that share a face draw the same segments on it: the surface is closed.
 * The segments link into loops (each crossed edge ends one segment and starts another), and each
 * loop becomes a fan of triangles wound anticlockwise seen from outside the inside region.
 */

export const edgeCorners: Uint8Array = buildEdgeCorners();
export const edgeAxis: Uint8Array = Uint8Array.from({ length: 12 }, (_, edge) => Math.floor(edge / 4));

/** Triangles of case `pattern` (bit c set when corner c is inside): edge indices caseEdges[caseStart[pattern] ...caseStart[pattern + 1]), three per triangle. */
export const { caseStart, caseEdges } = buildCases();

function buildEdgeCorners(): Uint8Array {
  const corners: number[] = [];
  for (let axis = 0; axis < 3; axis += 1) {
    for (let corner = 0; corner < 8; corner += 1) {
      if ((corner & (1 << axis)) === 0) corners.push(corner, corner | (1 << axis));
    }
  }
  return Uint8Array.from(corners);
}

function edgeBetween(a: number, b: number): number {
  for (let edge = 0; edge < 12; edge += 1) {
    const first = edgeCorners[edge * 2];
    const second = edgeCorners[edge * 2 + 1];
    if ((first === a && second === b) || (first === b && second === a)) return edge;
  }
  throw new Error(`marchingCubesTable: corners ${a} and ${b} share no edge`);
}

/** The six faces, each as its four corners anticlockwise about the face's outward normal. */
function faces(): number[][] {
  const result: number[][] = [];
  for (let axis = 0; axis < 3; axis += 1) {
    const b = 1 << ((axis + 1) % 3);
    const c = 1 << ((axis + 2) % 3);
    for (const side of [0, 1]) {
      const base = side === 1 ? 1 << axis : 0;
      const anticlockwiseAboutPlusAxis = [base, base | b, base | b | c, base | c];
      result.push(side === 1 ? anticlockwiseAboutPlusAxis : anticlockwiseAboutPlusAxis.reverse());
    }
  }
  return result;
}

/** For one pattern: the edge each segment leads to from the edge it starts on. */
function segments(pattern: number, cellFaces: readonly number[][]): Map<number, number> {
  const next = new Map<number, number>();
  const inside = (corner: number): boolean => (pattern & (1 << corner)) !== 0;
  for (const face of cellFaces) {
    const crossings: { edge: number; entering: boolean }[] = [];
    face.forEach((corner, index) => {
      const following = face[(index + 1) % 4] ?? corner;
      if (inside(corner) !== inside(following)) crossings.push({ edge: edgeBetween(corner, following), entering: inside(following) });
    });
    crossings.forEach((crossing, index) => {
      const end = crossings[(index + 1) % crossings.length];
      if (crossing.entering && end !== undefined) next.set(crossing.edge, end.edge);
    });
  }
  return next;
}

function buildCases(): { caseStart: Uint16Array; caseEdges: Uint8Array } {
  const cellFaces = faces();
  const caseStart = new Uint16Array(257);
  const edges: number[] = [];
  for (let pattern = 0; pattern < 256; pattern += 1) {
    caseStart[pattern] = edges.length;
    const next = segments(pattern, cellFaces);
    while (next.size > 0) {
      const [start] = next.keys();
      const loop: number[] = [];
      for (let edge = start; edge !== undefined && next.has(edge); ) {
        loop.push(edge);
        const following: number | undefined = next.get(edge);
        next.delete(edge);
        edge = following;
      }
      for (let index = 1; index + 1 < loop.length; index += 1) edges.push(loop[0] ?? 0, loop[index] ?? 0, loop[index + 1] ?? 0);
    }
  }
  caseStart[256] = edges.length;
  return { caseStart, caseEdges: Uint8Array.from(edges) };
}
