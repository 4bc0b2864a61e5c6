import { describe, expect, it } from 'vitest';
import { evenOddAreaMm2, insidePolygon } from '../../src/structures/planarContours.js';
import { planeSpans } from '../../src/structures/planeSamples.js';

/** Every grid centre inside by brute force (even-odd over all polygons), as "u,v" keys. */
function bruteForce(polygons: readonly Float64Array[], pitchMm: number): Set<string> {
  const all = polygons.flatMap((polygon) => Array.from(polygon));
  const us = all.filter((_, index) => index % 2 === 0);
  const vs = all.filter((_, index) => index % 2 === 1);
  const [minU, maxU, minV, maxV] = [Math.min(...us), Math.max(...us), Math.min(...vs), Math.max(...vs)];
  const inside = new Set<string>();
  for (let row = 0; minV + (row + 0.5) * pitchMm < maxV; row += 1) {
    for (let column = 0; minU + (column + 0.5) * pitchMm < maxU; column += 1) {
      const u = minU + (column + 0.5) * pitchMm;
      const v = minV + (row + 0.5) * pitchMm;
      if (polygons.reduce((acc, polygon) => (insidePolygon(polygon, u, v) ? !acc : acc), false)) inside.add(`${u.toFixed(6)},${v.toFixed(6)}`);
    }
  }
  return inside;
}

function spansAsSet(polygons: readonly Float64Array[], pitchMm: number): Set<string> {
  const spans = planeSpans(polygons, pitchMm);
  const points = new Set<string>();
  spans.count.forEach((count, span) => {
    for (let n = 0; n < count; n += 1) points.add(`${((spans.firstU[span] ?? 0) + n * pitchMm).toFixed(6)},${(spans.v[span] ?? 0).toFixed(6)}`);
  });
  expect(points.size).toBe(spans.points);
  return points;
}

describe('plane sample spans', () => {
  it('match a brute-force even-odd test, also with vertices exactly on the sample rows', () => {
    const pitch = 1.5;
    // An outer square whose vertices sit on row lines (v = 0.75 + 1.5 r from its minimum), a hole, and an island in the hole.
    const outer = Float64Array.of(0, 0, 30, 0, 30, 30.75, 15, 12.75, 0, 30);
    const hole = Float64Array.of(5, 5, 20, 5, 20, 9.75, 5, 9.75);
    const island = Float64Array.of(8, 6.5, 12, 6.5, 12, 8.75, 8, 8.75);
    for (const polygons of [[outer], [outer, hole], [outer, hole, island]]) {
      expect(spansAsSet(polygons, pitch)).toEqual(bruteForce(polygons, pitch));
    }
  });

  it('match brute force on polygons with decimal vertices (as contours come from DICOM strings)', () => {
    // Vertices on a 0.05 mm lattice, pitch 1.5 mm: some vertices land on row lines only up to rounding.
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let polygon = 0; polygon < 40; polygon += 1) {
      const points = Float64Array.from({ length: 24 }, (_, index) => Math.round((index % 2 === 0 ? 100 : 150) * 20 + random() * 600) / 20 + (index % 2 === 0 ? 0 : 0.05));
      expect(spansAsSet([points], 1.5)).toEqual(bruteForce([points], 1.5));
    }
  });

  it('count a vertex that lies on a row line only up to rounding (minimum 106.3, vertex at 128.05, pitch 1.5)', () => {
    // (128.05 - 106.3) / 1.5 - 0.5 is 14 in exact arithmetic but 14.000000000000009 in doubles;
    // the row at v = 128.05 must still see the edges that start there.
    const polygon = Float64Array.of(0, 106.3, 30, 106.3, 30, 128.05, 20, 128.05, 20, 140, 0, 140);
    expect(spansAsSet([polygon], 1.5)).toEqual(bruteForce([polygon], 1.5));
  });

  it('cover the even-odd area to within the pitch', () => {
    const circle = Float64Array.from({ length: 512 }, (_, index) => (index % 2 === 0 ? 20 * Math.cos(Math.PI * index / 256) : 20 * Math.sin(Math.PI * (index - 1) / 256)));
    const spans = planeSpans([circle], 0.5);
    expect(Math.abs(spans.points * 0.25 - evenOddAreaMm2([circle])) / evenOddAreaMm2([circle])).toBeLessThan(0.01);
  });
});
