import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doseAt } from '../../src/case/probe.js';
import type { ReviewCase } from '../../src/case/reviewCase.js';
import { listInputFiles, loadCaseFromPaths } from '../../src/cli/readInputs.js';
import { openFilesInApp } from '../../src/cli/bench/browserHarness.js';
import type { DoseGrid } from '../../src/dicom/rtDose.js';
import { applyAffine } from '../../src/geometry/affine.js';
import type { Vec3 } from '../../src/geometry/vec3.js';
import { colourMapSize, tableColourAt } from '../../renderer/gpu/textures/colourMap.js';
import { samplePath } from '../samplesDir.js';
import { centreOn, e2eSkipReason, inside, lpsAtPage, pagePointOf, pageToLpsMap, screenshot, setDose, setView, settle, startSession, viewportRect, type AppSession } from './appSession.js';
import { colourDistance, pixelAt, type Rgb } from './png.js';
import type { PlanLensTestHooks } from '../../renderer/platform/testHookTypes.js';

declare const planlens: PlanLensTestHooks;

/**
 * The real Pinnacle CT + RTDOSE opened through the file input of the built app in Chromium
 * (software WebGL), and the pixels checked against the core run here in Node on the same files:
 * the colour wash, an isodose line, and the probe.
 */
const skip = e2eSkipReason(true);
const folder = samplePath('pinnacle-ct-rtdose');

/** Per channel, for R32F linear filtering in SwiftShader and the 8-bit colour map. */
const colourTolerance = 3;

describe.skipIf(skip !== undefined)(`pinnacle CT + RTDOSE in Chromium${skip === undefined ? '' : ` (skipped: ${skip})`}`, () => {
  let session: AppSession;
  let reviewCase: ReviewCase;
  let grid: DoseGrid;
  /** The centre of the dose grid's hottest voxel. */
  let maxPointLps: Vec3;
  const dose = (pointLps: Vec3): number | undefined => doseAt(grid, pointLps);

  beforeAll(async () => {
    const files = listInputFiles([folder]).filter((file) => file.endsWith('.dcm'));
    expect(files).toHaveLength(153);
    reviewCase = await loadCaseFromPaths(files);
    const found = reviewCase.doses[0]?.grid;
    if (found === undefined) throw new Error('the Node load found no dose grid');
    grid = found;
    maxPointLps = hottestVoxel(grid);
    session = await startSession('?empty');
    await openFilesInApp(session.page, files);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('loads the case the Node core loads, without page errors', async () => {
    const { page } = session;
    expect(await page.evaluate(() => planlens.doseMaxGy())).toBeCloseTo(grid.maxValue, 5);
    expect(await page.evaluate((p) => planlens.doseAt(p), maxPointLps)).toBeCloseTo(grid.maxValue, 5);
    expect(session.pageErrors).toEqual([]);
  });

  it('tabulates the wash colour map as tableColourAt gives it', () => {
    for (const t of [0, 0.013, 0.25, 0.4321, 0.5, 0.77, 0.999, 1]) expect(colourDistance(washColour(t), tableColourAt(t))).toBeLessThan(1e-9);
  });

  it('shows the colour wash in the colour of the core dose at each pixel (opacity 1)', async () => {
    const { page } = session;
    await setDose(page, { washVisible: true, washOpacity: 1, washThreshold: 0, isodoseVisible: false });
    await setView(page, { showCrosshair: false, layout: '2x2' });
    await centreOn(page, 'axial', maxPointLps, 3);
    await settle(page);
    const image = await screenshot(page, 'pinnacle-wash-axial');
    const rect = await viewportRect(page, 'axial');
    const [cx, cy] = await pagePointOf(page, 'axial', maxPointLps);
    const toLps = await pageToLpsMap(page, 'axial');
    /** The wash colour of the core's dose at page point (x, y); undefined outside the dose grid. */
    const washAt = (x: number, y: number): Rgb | undefined => {
      const d = dose(toLps(x, y));
      return d === undefined ? undefined : washColour(d / grid.maxValue);
    };

    // The hottest point itself: red at the top of the wash.
    const hottest = washAt(Math.floor(cx) + 0.5, Math.floor(cy) + 0.5);
    expect(hottest).toBeDefined();
    expect(colourDistance(pixelAt(image, Math.floor(cx), Math.floor(cy)) ?? [0, 0, 0], hottest ?? [0, 0, 0])).toBeLessThanOrEqual(colourTolerance);

    // Every 2nd pixel of the row and the column through it and of a row 40 px lower, out to the viewport's edges.
    const pixels: [number, number][] = [
      ...range(rect.left + 24, rect.left + rect.width - 24, 2).map((x): [number, number] => [x, Math.floor(cy)]),
      ...range(rect.left + 24, rect.left + rect.width - 24, 2).map((x): [number, number] => [x, Math.floor(cy) + 40]),
      ...range(rect.top + 24, rect.top + rect.height - 24, 2).map((y): [number, number] => [Math.floor(cx), y]),
    ].filter(([x, y]) => inside(rect, x, y, 24));
    const checks = pixels.map(([x, y]) => {
      const expected = washAt(x + 0.5, y + 0.5);
      // How much the colour changes within half a pixel: what a sub-pixel placement may change.
      const spread = expected === undefined ? 0 : Math.max(0, ...[[x, y + 0.5], [x + 1, y + 0.5], [x + 0.5, y], [x + 0.5, y + 1]].map(([u = 0, v = 0]) => {
        const near = washAt(u, v);
        return near === undefined ? 0 : colourDistance(expected, near);
      }));
      return { x, y, seen: pixelAt(image, x, y) ?? [0, 0, 0], expected, spread, t: (dose(toLps(x + 0.5, y + 0.5)) ?? 0) / grid.maxValue };
    });
    const inGrid = checks.filter((check): check is typeof check & { expected: Rgb } => check.expected !== undefined);
    expect(inGrid.length).toBeGreaterThan(200);
    // The check covers the whole colour map, not just the red end.
    expect(Math.min(...inGrid.map((check) => check.t))).toBeLessThan(0.1);
    expect(Math.max(...inGrid.map((check) => check.t))).toBeGreaterThan(0.99);

    // Where the drawn image sits against where pagePointOf says: the shift that best explains the pixels.
    const offset = bestOffset(inGrid, (x, y) => washAt(x, y));
    const worst = Math.max(...inGrid.map((check) => colourDistance(check.seen, check.expected)));
    console.log(`wash: ${inGrid.length} pixels in the dose grid, worst channel difference ${worst.toFixed(1)}, drawn image offset from the hooks' geometry by (${offset.dx.toFixed(2)}, ${offset.dy.toFixed(2)}) px (rms ${offset.rms.toFixed(2)} there)`);
    expect(Math.hypot(offset.dx, offset.dy), `the drawn image is offset by (${offset.dx.toFixed(2)}, ${offset.dy.toFixed(2)}) px from where pagePointOf/lpsAtPage place it`).toBeLessThanOrEqual(0.3);
    const failures = inGrid.filter((check) => colourDistance(check.seen, check.expected) > colourTolerance + check.spread)
      .map((check) => `${check.x},${check.y}: seen ${check.seen.join(',')} expected ${check.expected.map((c) => c.toFixed(0)).join(',')} (t ${check.t.toFixed(3)})`);
    expect(failures.slice(0, 8), `${failures.length} of ${inGrid.length} pixels off`).toEqual([]);

    // Outside the dose grid, no wash: the CT's grey.
    const outside = checks.filter((check) => check.expected === undefined);
    expect(outside.length).toBeGreaterThan(10);
    for (const check of outside) expect(check.seen[0] === check.seen[1] && check.seen[1] === check.seen[2], `grey at ${check.x}, ${check.y}: ${check.seen.join(', ')}`).toBe(true);
  });

  it('draws an isodose line where the core dose equals its level, and nowhere far from it', async () => {
    const { page } = session;
    const levelGy = 30;
    const colour: Rgb = [200, 64, 255];
    await setDose(page, { washVisible: false, isodoseVisible: true, unit: 'gy', levels: [{ value: levelGy, colourRgb: colour, visible: true }] });
    await setView(page, { showCrosshair: false, layout: '2x2' });
    await centreOn(page, 'axial', maxPointLps, 3);
    await settle(page);
    const image = await screenshot(page, 'pinnacle-isodose-30gy-axial');
    const rect = await viewportRect(page, 'axial');
    const [cx, cy] = await pagePointOf(page, 'axial', maxPointLps);
    const toLps = await pageToLpsMap(page, 'axial');
    const centreOf = (x: number, y: number): Vec3 => toLps(x + 0.5, y + 0.5);

    const scans: { name: string; pixels: [number, number][] }[] = [
      { name: 'row', pixels: range(rect.left + 24, rect.left + rect.width - 24).map((x) => [x, Math.floor(cy)]) },
      { name: 'column', pixels: range(rect.top + 24, rect.top + rect.height - 24).map((y) => [Math.floor(cx), y]) },
    ];
    for (const scan of scans) {
      const rows = scan.pixels.map(([x, y]) => {
        const d = dose(centreOf(x, y));
        const around = [centreOf(x - 1, y), centreOf(x + 1, y), centreOf(x, y - 1), centreOf(x, y + 1)].map((point) => dose(point));
        // The dose change over one pixel here (a bound on the shader's fwidth, from one-sided differences).
        const perPixel = d === undefined || around.some((a) => a === undefined) ? undefined
          : Math.max(Math.abs((around[0] ?? 0) - d), Math.abs((around[1] ?? 0) - d)) + Math.max(Math.abs((around[2] ?? 0) - d), Math.abs((around[3] ?? 0) - d));
        return { x, y, dose: d, perPixel, onLine: colourDistance(pixelAt(image, x, y) ?? [0, 0, 0], colour) <= 2 };
      });
      const linePixels = rows.filter((row) => row.onLine);
      // Each line pixel lies within about one pixel's dose change of the level.
      for (const row of linePixels) {
        expect(row.dose, `${scan.name}: line pixel ${row.x}, ${row.y} outside the dose grid`).toBeDefined();
        expect(Math.abs((row.dose ?? 0) - levelGy), `${scan.name}: line pixel ${row.x}, ${row.y} at ${row.dose?.toFixed(2)} Gy, ${row.perPixel?.toFixed(2)} Gy per pixel`).toBeLessThanOrEqual(1.25 * (row.perPixel ?? 0) + 0.05);
      }
      // Far from the level (more than three pixels' dose change), no line.
      const far = rows.filter((row) => row.dose !== undefined && row.perPixel !== undefined && Math.abs(row.dose - levelGy) > 3 * row.perPixel + 0.05);
      expect(far.length).toBeGreaterThan(scan.pixels.length / 2);
      expect(far.filter((row) => row.onLine).map((row) => `${row.x},${row.y}`)).toEqual([]);
      // Wherever the dose crosses the level between two pixels, the line is there (within a pixel).
      const crossings = rows.slice(1).flatMap((row, index) => {
        const before = rows[index];
        return before?.dose !== undefined && row.dose !== undefined && (before.dose - levelGy) * (row.dose - levelGy) <= 0 ? [index] : [];
      });
      expect(crossings.length, `${scan.name} crosses ${levelGy} Gy`).toBeGreaterThanOrEqual(2);
      for (const index of crossings) {
        const near = rows.slice(Math.max(0, index - 1), index + 3).some((row) => row.onLine);
        expect(near, `${scan.name}: no line pixel near the crossing at ${rows[index]?.x}, ${rows[index]?.y}`).toBe(true);
      }
      console.log(`isodose ${levelGy} Gy, ${scan.name}: ${linePixels.length} line pixels, ${crossings.length} crossings, ${far.length} pixels far from the level without line`);
    }
  });

  it('probes the dose the core computes under the cursor', async () => {
    const { page } = session;
    await setView(page, { showCrosshair: true, layout: '2x2', crosshairLps: maxPointLps, slices: { axial: { zoom: 1, panLps: [0, 0, 0] }, sagittal: { zoom: 1, panLps: [0, 0, 0] }, coronal: { zoom: 1, panLps: [0, 0, 0] } } });
    await setDose(page, { washVisible: true, washOpacity: 0.45, isodoseVisible: false });
    await settle(page);
    const rect = await viewportRect(page, 'axial');
    const offsets: Vec3[] = [[0, 0, 0], [12, 0, 0], [-23, 7, 0], [31, -17, 0], [0, 44, 0], [-47, -40, 0], [52, 0, 0]];
    for (const offset of offsets) {
      const target = add(maxPointLps, offset);
      const [px, py] = await pagePointOf(page, 'axial', target);
      const x = Math.round(px);
      const y = Math.round(py);
      expect(inside(rect, x, y, 20)).toBe(true);
      await page.mouse.move(x, y);
      const pointLps = await lpsAtPage(page, 'axial', x, y);
      const expected = dose(pointLps);
      expect(expected).toBeDefined();
      const shownLps = pointLps.map((c) => c.toFixed(1)).join(', ');
      await expect.poll(() => page.textContent('[data-testid="probe-lps"]'), { timeout: 10_000 }).toBe(`${shownLps} mm`);
      const attribute = await page.getAttribute('[data-testid="probe-dose"]', 'data-dose');
      expect(Number(attribute), `probe at ${shownLps}`).toBeCloseTo(expected ?? Number.NaN, 6);
      expect(Math.hypot(...sub(pointLps, target))).toBeLessThan(1.5);
    }
    // Outside the dose grid (inside the CT) the probe shows no dose.
    const outsideLps: Vec3 = [250, maxPointLps[1], maxPointLps[2]];
    expect(dose(outsideLps)).toBeUndefined();
    const [ox, oy] = await pagePointOf(page, 'axial', outsideLps);
    await page.mouse.move(Math.round(ox), Math.round(oy));
    const shown = (await lpsAtPage(page, 'axial', Math.round(ox), Math.round(oy))).map((c) => c.toFixed(1)).join(', ');
    await expect.poll(() => page.textContent('[data-testid="probe-lps"]'), { timeout: 10_000 }).toBe(`${shown} mm`);
    expect(await page.getAttribute('[data-testid="probe-dose"]', 'data-dose')).toBe('');
    await screenshot(page, 'pinnacle-probe');
  });
});

function hottestVoxel(grid: DoseGrid): Vec3 {
  let best = 0;
  for (let index = 1; index < grid.values.length; index += 1) if ((grid.values[index] ?? 0) > (grid.values[best] ?? 0)) best = index;
  const [columns, rows] = grid.dimensions;
  return applyAffine(grid.ijkToLps, [best % columns, Math.floor(best / columns) % rows, Math.floor(best / (columns * rows))]);
}

/**
 * tableColourAt, tabulated at the colour map's entries once: it is linear between them (as the GPU
 * filters the texture), so this is the same function without rebuilding the table per call.
 */
const knots = Array.from({ length: colourMapSize }, (_, n) => tableColourAt(n / (colourMapSize - 1)));
function washColour(t: number): Rgb {
  const x = Math.min(1, Math.max(0, t)) * (colourMapSize - 1);
  const n = Math.min(colourMapSize - 2, Math.floor(x));
  const f = x - n;
  const low = knots[n] ?? [0, 0, 0];
  const high = knots[n + 1] ?? [0, 0, 0];
  return [low[0] + (high[0] - low[0]) * f, low[1] + (high[1] - low[1]) * f, low[2] + (high[2] - low[2]) * f];
}

function range(from: number, to: number, step = 1): number[] {
  const out: number[] = [];
  for (let value = Math.ceil(from); value < to; value += step) out.push(value);
  return out;
}

/**
 * The sub-pixel shift (dx, dy) of the drawn image that best explains the pixels seen (least squares
 * over a 0.05 px lattice within 1.5 px), and the rms channel difference left at it.
 */
function bestOffset(checks: readonly { x: number; y: number; seen: Rgb }[], colourAt: (x: number, y: number) => Rgb | undefined): { dx: number; dy: number; rms: number } {
  const sumAt = (dx: number, dy: number): number => checks.reduce((sum, { x, y, seen }) => {
    const expected = colourAt(x + 0.5 + dx, y + 0.5 + dy);
    return expected === undefined ? sum : sum + (expected[0] - seen[0]) ** 2 + (expected[1] - seen[1]) ** 2 + (expected[2] - seen[2]) ** 2;
  }, 0);
  let best = { dx: 0, dy: 0, sum: sumAt(0, 0) };
  for (let dx = -1.5; dx <= 1.5001; dx += 0.1) for (let dy = -1.5; dy <= 1.5001; dy += 0.1) {
    const sum = sumAt(dx, dy);
    if (sum < best.sum) best = { dx, dy, sum };
  }
  const coarse = best;
  for (let dx = coarse.dx - 0.1; dx <= coarse.dx + 0.1001; dx += 0.02) for (let dy = coarse.dy - 0.1; dy <= coarse.dy + 0.1001; dy += 0.02) {
    const sum = sumAt(dx, dy);
    if (sum < best.sum) best = { dx, dy, sum };
  }
  return { dx: best.dx, dy: best.dy, rms: Math.sqrt(best.sum / Math.max(1, 3 * checks.length)) };
}

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
