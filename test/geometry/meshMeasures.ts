import type { TriangleMesh } from '../../src/geometry/isosurface.js';
import type { Vec3 } from '../../src/geometry/vec3.js';

export const vertexOf = (mesh: TriangleMesh, vertex: number): Vec3 => [mesh.positionsLps[vertex * 3] ?? 0, mesh.positionsLps[vertex * 3 + 1] ?? 0, mesh.positionsLps[vertex * 3 + 2] ?? 0];
export const normalOf = (mesh: TriangleMesh, vertex: number): Vec3 => [mesh.normalsLps[vertex * 3] ?? 0, mesh.normalsLps[vertex * 3 + 1] ?? 0, mesh.normalsLps[vertex * 3 + 2] ?? 0];

function* triangles(mesh: TriangleMesh): Generator<[Vec3, Vec3, Vec3]> {
  for (let t = 0; t < mesh.indices.length; t += 3) yield [vertexOf(mesh, mesh.indices[t] ?? 0), vertexOf(mesh, mesh.indices[t + 1] ?? 0), vertexOf(mesh, mesh.indices[t + 2] ?? 0)];
}

/** Enclosed volume by the divergence theorem (positive when triangles wind anticlockwise seen from outside), mm³. */
export function meshVolumeMm3(mesh: TriangleMesh): number {
  let sum = 0;
  for (const [a, b, c] of triangles(mesh)) sum += a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
  return sum / 6;
}

export function meshAreaMm2(mesh: TriangleMesh): number {
  let sum = 0;
  for (const [a, b, c] of triangles(mesh)) {
    const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]] as const;
    const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]] as const;
    sum += Math.hypot(u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]) / 2;
  }
  return sum;
}

/**
 * Edges that break a closed, consistently wound surface: every directed edge a -> b must occur in
 * exactly one triangle and its reverse b -> a in exactly one other. Returns the offending edges.
 */
export function openEdges(mesh: TriangleMesh): string[] {
  const directed = new Map<string, number>();
  for (let t = 0; t < mesh.indices.length; t += 3) {
    for (let side = 0; side < 3; side += 1) {
      const key = `${mesh.indices[t + side]}>${mesh.indices[t + ((side + 1) % 3)]}`;
      directed.set(key, (directed.get(key) ?? 0) + 1);
    }
  }
  return [...directed.entries()].flatMap(([key, count]) => {
    const [a, b] = key.split('>');
    return count !== 1 || directed.get(`${b}>${a}`) !== 1 ? [key] : [];
  });
}
