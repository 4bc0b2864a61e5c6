import { invertAffine, type Affine } from './affine.js';
import { caseEdges, caseStart, edgeAxis, edgeCorners } from './marchingCubesTable.js';

/** An indexed triangle mesh in patient coordinates: vertex v at positionsLps[3v ...], triangles as index triples, wound anticlockwise seen from outside. */
export interface TriangleMesh {
  readonly positionsLps: Float32Array;
  readonly normalsLps: Float32Array;
  readonly indices: Uint32Array;
}

export type ScalarValues = Float32Array | Uint8Array | Int16Array;

export interface IsosurfaceOptions {
  /** Use every step-th sample along each axis (default 1), for big volumes. */
  readonly step?: number;
}

/**
 * The surface where a scalar field on a voxel grid crosses `level`, by marching cubes
 * (marchingCubesTable.ts): samples at or above the level are inside; vertices lie on cell edges,
 * placed linearly between the two samples and shared by the cells around that edge; normals are
 * the field's gradient (central differences, blended along the edge) turned into patient space
 * and pointing to lower values. `values[i + ni * (j + nj * k)]` is the sample at index (i, j, k),
 * whose position is `ijkToLps` applied to it. The mesh is closed wherever the inside region stays
 * clear of the grid's outer samples; it is open where the region meets them.
 */
export function isosurface(values: ScalarValues, dimensions: readonly [number, number, number], ijkToLps: Affine, level: number, options: IsosurfaceOptions = {}): TriangleMesh {
  const step = options.step ?? 1;
  checkInputs(values, dimensions, level, step);
  const surface = new SurfaceBuilder(values, dimensions, ijkToLps, level, step);
  surface.march();
  return surface.finish();
}

function checkInputs(values: ScalarValues, dimensions: readonly [number, number, number], level: number, step: number): void {
  if (!dimensions.every((size) => Number.isInteger(size) && size > 0)) throw new RangeError(`isosurface: dimensions ${dimensions.join(' x ')} are not positive integers`);
  const count = dimensions[0] * dimensions[1] * dimensions[2];
  if (values.length !== count) throw new RangeError(`isosurface: ${values.length} values for a ${dimensions.join(' x ')} grid (${count} expected)`);
  if (!Number.isFinite(level)) throw new RangeError(`isosurface: the level must be a finite number, not ${level}`);
  if (!Number.isInteger(step) || step < 1) throw new RangeError(`isosurface: step must be a whole number of at least 1, not ${step}`);
}

/** A typed array that grows by doubling. */
class Growing<T extends Float32Array | Uint32Array> {
  length = 0;
  constructor(public array: T, private readonly make: (size: number) => T) {}

  push3(a: number, b: number, c: number): void {
    if (this.length + 3 > this.array.length) {
      const bigger = this.make(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length] = a;
    this.array[this.length + 1] = b;
    this.array[this.length + 2] = c;
    this.length += 3;
  }

  finish(): T {
    return this.array.slice(0, this.length) as T;
  }
}

/** Inside flags (1: at or above the level) of one plane of samples, and how many are inside in each row. */
interface SamplePlane {
  readonly inside: Uint8Array;
  readonly insideInRow: Int32Array;
}

class SurfaceBuilder {
  private readonly positions = new Growing(new Float32Array(3 * 1024), (size) => new Float32Array(size));
  private readonly normals = new Growing(new Float32Array(3 * 1024), (size) => new Float32Array(size));
  private readonly indices = new Growing(new Uint32Array(3 * 1024), (size) => new Uint32Array(size));
  /** Samples per axis on the subsampled grid. */
  private readonly sampled: readonly [number, number, number];
  /** Value-array offset of one sampled step along i, j, k. */
  private readonly stride: readonly [number, number, number];
  /** The cell layer's lower (k) and upper (k + 1) sample planes. */
  private low: SamplePlane;
  private high: SamplePlane;
  /** Vertex ids of the edges along i and j in the lower and upper sample planes, and of the edges along k between them; -1: none yet. */
  private edgesLow: [Int32Array, Int32Array];
  private edgesHigh: [Int32Array, Int32Array];
  private readonly edgesUp: Int32Array;
  /** Gradients turn into patient space through the inverse transpose of the affine's linear part. */
  private readonly inverse: Affine;
  private readonly flipWinding: boolean;
  private readonly gradient = new Float64Array(6);

  constructor(
    private readonly values: ScalarValues,
    dimensions: readonly [number, number, number],
    private readonly ijkToLps: Affine,
    private readonly level: number,
    private readonly step: number,
  ) {
    const [ni, nj, nk] = dimensions;
    this.sampled = [Math.floor((ni - 1) / step) + 1, Math.floor((nj - 1) / step) + 1, Math.floor((nk - 1) / step) + 1];
    this.stride = [step, step * ni, step * ni * nj];
    const planeSize = this.sampled[0] * this.sampled[1];
    const samplePlane = (): SamplePlane => ({ inside: new Uint8Array(planeSize), insideInRow: new Int32Array(this.sampled[1]) });
    this.low = samplePlane();
    this.high = samplePlane();
    const edges = (): Int32Array => new Int32Array(planeSize).fill(-1);
    this.edgesLow = [edges(), edges()];
    this.edgesHigh = [edges(), edges()];
    this.edgesUp = edges();
    this.inverse = invertAffine(ijkToLps);
    const m = (row: number, col: number): number => ijkToLps[row * 4 + col] ?? 0;
    const determinant = m(0, 0) * (m(1, 1) * m(2, 2) - m(1, 2) * m(2, 1)) - m(0, 1) * (m(1, 0) * m(2, 2) - m(1, 2) * m(2, 0)) + m(0, 2) * (m(1, 0) * m(2, 1) - m(1, 1) * m(2, 0));
    this.flipWinding = determinant < 0;
  }

  /**
   * Visits the cells layer by layer and row by row, skipping rows whose four sample rows are all
   * outside or all inside; along a row, a cell's upper-i corners (1, 3, 5, 7) are the next cell's
   * lower ones (0, 2, 4, 6).
   */
  march(): void {
    const [si, sj, sk] = this.sampled;
    if (sk > 1) this.classify(0, this.low);
    for (let k = 0; k + 1 < sk; k += 1) {
      this.classify(k + 1, this.high);
      const below = this.low;
      const above = this.high;
      for (let j = 0; j + 1 < sj; j += 1) {
        const rowInside = (below.insideInRow[j] ?? 0) + (below.insideInRow[j + 1] ?? 0) + (above.insideInRow[j] ?? 0) + (above.insideInRow[j + 1] ?? 0);
        if (rowInside === 0 || rowInside === 4 * si) continue;
        const row = j * si;
        const flag = (plane: SamplePlane, at: number, bit: number): number => ((plane.inside[at] ?? 0) === 1 ? bit : 0);
        let pattern = flag(below, row, 2) | flag(below, row + si, 8) | flag(above, row, 32) | flag(above, row + si, 128);
        for (let i = 0; i + 1 < si; i += 1) {
          const at = row + i + 1;
          pattern = ((pattern >> 1) & 0b01010101) | flag(below, at, 2) | flag(below, at + si, 8) | flag(above, at, 32) | flag(above, at + si, 128);
          if (pattern !== 0 && pattern !== 255) this.addCell(pattern, i, j, k);
        }
      }
      this.nextLayer();
    }
  }

  finish(): TriangleMesh {
    return { positionsLps: this.positions.finish(), normalsLps: this.normals.finish(), indices: this.indices.finish() };
  }

  private classify(k: number, plane: SamplePlane): void {
    const [si, sj] = this.sampled;
    const [di, dj, dk] = this.stride;
    const { values, level } = this;
    for (let j = 0; j < sj; j += 1) {
      let count = 0;
      for (let i = 0, at = j * dj + k * dk; i < si; i += 1, at += di) {
        const inside = (values[at] ?? 0) >= level ? 1 : 0;
        plane.inside[i + si * j] = inside;
        count += inside;
      }
      plane.insideInRow[j] = count;
    }
  }

  private addCell(pattern: number, i: number, j: number, k: number): void {
    const end = caseStart[pattern + 1] ?? 0;
    for (let at = caseStart[pattern] ?? 0; at < end; at += 3) {
      const a = this.edgeVertex(caseEdges[at] ?? 0, i, j, k);
      const b = this.edgeVertex(caseEdges[at + 1] ?? 0, i, j, k);
      const c = this.edgeVertex(caseEdges[at + 2] ?? 0, i, j, k);
      if (this.flipWinding) this.indices.push3(a, c, b);
      else this.indices.push3(a, b, c);
    }
  }

  /** The vertex on edge `edge` of cell (i, j, k) (sampled indices), made on first use. */
  private edgeVertex(edge: number, i: number, j: number, k: number): number {
    const corner = edgeCorners[edge * 2] ?? 0;
    const axis = edgeAxis[edge] ?? 0;
    const pi = i + (corner & 1);
    const pj = j + ((corner >> 1) & 1);
    const upper = (corner >> 2) & 1;
    const inPlane = upper === 1 ? this.edgesHigh : this.edgesLow;
    const cache = axis === 0 ? inPlane[0] : axis === 1 ? inPlane[1] : this.edgesUp;
    const slot = pi + this.sampled[0] * pj;
    const known = cache[slot] ?? -1;
    if (known >= 0) return known;
    const made = this.makeVertex(pi, pj, k + upper, axis);
    cache[slot] = made;
    return made;
  }

  /** A vertex between sample (pi, pj, pk) and the next one along `axis`, placed where the field, linear between them, meets the level. */
  private makeVertex(pi: number, pj: number, pk: number, axis: number): number {
    const from = pi * this.stride[0] + pj * this.stride[1] + pk * this.stride[2];
    const valueFrom = this.values[from] ?? 0;
    const t = (this.level - valueFrom) / ((this.values[from + (this.stride[axis] ?? 0)] ?? 0) - valueFrom);
    const x = (pi + (axis === 0 ? t : 0)) * this.step;
    const y = (pj + (axis === 1 ? t : 0)) * this.step;
    const z = (pk + (axis === 2 ? t : 0)) * this.step;
    const m = this.ijkToLps;
    this.positions.push3(
      (m[0] ?? 0) * x + (m[1] ?? 0) * y + (m[2] ?? 0) * z + (m[3] ?? 0),
      (m[4] ?? 0) * x + (m[5] ?? 0) * y + (m[6] ?? 0) * z + (m[7] ?? 0),
      (m[8] ?? 0) * x + (m[9] ?? 0) * y + (m[10] ?? 0) * z + (m[11] ?? 0),
    );
    this.pushNormal(pi, pj, pk, axis, t, valueFrom >= this.level);
    return this.positions.length / 3 - 1;
  }

  /**
   * -gradient at the vertex (blended from the edge's two samples) in patient space: the index-space
   * gradient through the inverse transpose; when it vanishes, the edge's direction out of the region.
   */
  private pushNormal(pi: number, pj: number, pk: number, axis: number, t: number, fromInside: boolean): void {
    const g = this.gradient;
    this.gradientAt(pi, pj, pk, 0);
    this.gradientAt(pi + (axis === 0 ? 1 : 0), pj + (axis === 1 ? 1 : 0), pk + (axis === 2 ? 1 : 0), 3);
    const gi = (1 - t) * (g[0] ?? 0) + t * (g[3] ?? 0);
    const gj = (1 - t) * (g[1] ?? 0) + t * (g[4] ?? 0);
    const gk = (1 - t) * (g[2] ?? 0) + t * (g[5] ?? 0);
    const inv = this.inverse;
    let nx = -((inv[0] ?? 0) * gi + (inv[4] ?? 0) * gj + (inv[8] ?? 0) * gk);
    let ny = -((inv[1] ?? 0) * gi + (inv[5] ?? 0) * gj + (inv[9] ?? 0) * gk);
    let nz = -((inv[2] ?? 0) * gi + (inv[6] ?? 0) * gj + (inv[10] ?? 0) * gk);
    if (nx === 0 && ny === 0 && nz === 0) {
      const outward = fromInside ? 1 : -1;
      [nx, ny, nz] = [0, 4, 8].map((row) => outward * (this.ijkToLps[row + axis] ?? 0)) as [number, number, number];
    }
    const norm = Math.hypot(nx, ny, nz);
    this.normals.push3(nx / norm, ny / norm, nz / norm);
  }

  /** The field's gradient per sampled step at sample (i, j, k), into gradient[at ... at + 2]: central differences, one-sided at the border. */
  private gradientAt(i: number, j: number, k: number, at: number): void {
    const centre = i * this.stride[0] + j * this.stride[1] + k * this.stride[2];
    for (let axis = 0; axis < 3; axis += 1) {
      const coordinate = axis === 0 ? i : axis === 1 ? j : k;
      const stride = this.stride[axis] ?? 0;
      const hasBelow = coordinate > 0;
      const hasAbove = coordinate + 1 < (this.sampled[axis] ?? 0);
      const below = hasBelow ? centre - stride : centre;
      const above = hasAbove ? centre + stride : centre;
      const span = (hasBelow ? 1 : 0) + (hasAbove ? 1 : 0);
      this.gradient[at + axis] = span === 0 ? 0 : ((this.values[above] ?? 0) - (this.values[below] ?? 0)) / span;
    }
  }

  /** Moves the upper sample plane down as the next cell layer's lower one. */
  private nextLayer(): void {
    [this.low, this.high] = [this.high, this.low];
    const edges = this.edgesLow;
    this.edgesLow = this.edgesHigh;
    this.edgesHigh = edges;
    for (const plane of this.edgesHigh) plane.fill(-1);
    this.edgesUp.fill(-1);
  }
}
