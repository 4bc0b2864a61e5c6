import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFromPaths } from '../../src/cli/readInputs.js';
import { waitForDoseFrame } from '../../src/cli/bench/browserHarness.js';
import type { Roi } from '../../src/dicom/rtStruct.js';
import type { Vec3 } from '../../src/geometry/vec3.js';
import type { PlanLensTestHooks } from '../../renderer/platform/testHookTypes.js';
import type { SliceOrientation } from '../../renderer/viewports/sliceFrame.js';
import { e2eSkipReason, pagePointOf, screenshot, setDose, setView, settle, startSession, type AppSession } from './appSession.js';
import { colourDistance, pixelAt, type Rgb, type Rgba8Image } from './png.js';

/**
 * The demo case the app opens on start: its PTV (sphere r = 30 mm) and CTV (r = 20 mm) about the
 * isocentre (0, -30, 0) drawn in their colours where the RTSTRUCT's contours are, on the axial
 * slice through the isocentre (the contours themselves) and on the sagittal and coronal slices
 * (contours cut from the ROI masks).
 */
const skip = e2eSkipReason(false);
const demoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-data/demo-case');
const isocentre: Vec3 = [0, -30, 0];

declare const planlens: PlanLensTestHooks;

interface StructureDisplay { readonly colourRgb: Rgb }

describe.skipIf(skip !== undefined)(`demo case structures in Chromium${skip === undefined ? '' : ` (skipped: ${skip})`}`, () => {
  let session: AppSession;
  let rois: readonly Roi[];
  const roi = (name: string): Roi => {
    const found = rois.find((candidate) => candidate.name === name);
    if (found === undefined) throw new Error(`the demo RTSTRUCT has no ${name}`);
    return found;
  };

  beforeAll(async () => {
    rois = (await loadCaseFromPaths([demoDir])).structureSets[0]?.rois ?? [];
    session = await startSession('');
    await waitForDoseFrame(session.page);
    // Contours only: no dose on top, no crosshair across them.
    await setDose(session.page, { washVisible: false, isodoseVisible: false });
    await setView(session.page, { showCrosshair: false, crosshairLps: isocentre, layout: '2x2' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('shows the RTSTRUCT colours in the view state', async () => {
    const structures = await structureDisplays(session.page);
    for (const name of ['PTV', 'CTV']) expect(structures[roi(name).number]?.colourRgb).toEqual(roi(name).colorRgb);
  });

  it('draws the PTV and CTV contours in their colours on the axial slice through the isocentre', async () => {
    const { page } = session;
    await settle(page);
    const image = await screenshot(page, 'demo-structures-axial');
    const structures = await structureDisplays(page);
    for (const name of ['PTV', 'CTV']) {
      const target = roi(name);
      const colour = structures[target.number]?.colourRgb ?? [0, 0, 0];
      const plane = nearestPlane(target, isocentre[2]);
      // Where the contour itself crosses the lines y = -30 and x = 0 through the isocentre.
      const points: Vec3[] = [
        ...crossings(plane, 1, isocentre[1]).map((x): Vec3 => [x, isocentre[1], isocentre[2]]),
        ...crossings(plane, 0, isocentre[0]).map((y): Vec3 => [isocentre[0], y, isocentre[2]]),
      ];
      expect(points).toHaveLength(4);
      for (const point of points) expect(await colourNear(page, image, 'axial', point, colour), `${name} at ${point.map((c) => c.toFixed(2)).join(', ')}`).toBe(true);
    }
    await expectNoContourBetween(page, image, 'axial', [isocentre[0] + 25, isocentre[1], isocentre[2]], structures);
  });

  it('draws the PTV and CTV in their colours on the sagittal and coronal slices (contours from the masks)', async () => {
    const { page } = session;
    await page.waitForFunction(() => {
      const counts = planlens.maskCounts();
      return counts.computing === 0 && counts.ready + counts.none > 0;
    }, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => planlens.maskCounts())).toMatchObject({ none: 0 });
    await settle(page);
    const image = await screenshot(page, 'demo-structures-sagittal-coronal');
    const structures = await structureDisplays(page);
    for (const name of ['PTV', 'CTV']) {
      const target = roi(name);
      const colour = structures[target.number]?.colourRgb ?? [0, 0, 0];
      const plane = nearestPlane(target, isocentre[2]);
      // On the equator (z = 0) the masks' edges are where the axial contours are.
      const sagittal = crossings(plane, 0, isocentre[0]).map((y): Vec3 => [isocentre[0], y, isocentre[2]]);
      const coronal = crossings(plane, 1, isocentre[1]).map((x): Vec3 => [x, isocentre[1], isocentre[2]]);
      expect(sagittal).toHaveLength(2);
      expect(coronal).toHaveLength(2);
      for (const point of sagittal) expect(await colourNear(page, image, 'sagittal', point, colour), `${name} in the sagittal view at ${point.map((c) => c.toFixed(2)).join(', ')}`).toBe(true);
      for (const point of coronal) expect(await colourNear(page, image, 'coronal', point, colour), `${name} in the coronal view at ${point.map((c) => c.toFixed(2)).join(', ')}`).toBe(true);
    }
    await expectNoContourBetween(page, image, 'sagittal', [isocentre[0], isocentre[1] + 25, isocentre[2]], structures);
    await expectNoContourBetween(page, image, 'coronal', [isocentre[0] - 25, isocentre[1], isocentre[2]], structures);
  });

  it('logs no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });

  /** Between the CTV (r = 20) and the PTV (r = 30), with fill off: neither colour. */
  async function expectNoContourBetween(page: Page, image: Rgba8Image, orientation: SliceOrientation, pointLps: Vec3, structures: Readonly<Record<number, StructureDisplay>>): Promise<void> {
    for (const name of ['PTV', 'CTV']) {
      const colour = structures[roi(name).number]?.colourRgb ?? [0, 0, 0];
      expect(await colourNear(page, image, orientation, pointLps, colour), `no ${name} colour in the ${orientation} view at r = 25 mm`).toBe(false);
    }
  }
});

async function structureDisplays(page: Page): Promise<Readonly<Record<number, StructureDisplay>>> {
  return page.evaluate(() => (planlens.viewState() as { structures: Record<number, StructureDisplay> }).structures);
}

/** Whether a pixel within 1 px of the patient point's pixel has the colour (3 units per channel). */
async function colourNear(page: Page, image: Rgba8Image, orientation: SliceOrientation, pointLps: Vec3, colour: Rgb): Promise<boolean> {
  const [x, y] = await pagePointOf(page, orientation, pointLps);
  const px = Math.floor(x);
  const py = Math.floor(y);
  for (let dy = -1; dy <= 1; dy += 1) {
    for (let dx = -1; dx <= 1; dx += 1) {
      const seen = pixelAt(image, px + dx, py + dy);
      if (seen !== undefined && colourDistance(seen, colour) <= 3) return true;
    }
  }
  return false;
}

/** The ROI's contour on the plane nearest z (LPS triples). */
function nearestPlane(roi: Roi, z: number): Float64Array {
  const contours = roi.contours.filter((contour) => contour.pointsLps.length >= 9);
  const best = contours.reduce((a, b) => (Math.abs((b.pointsLps[2] ?? 0) - z) < Math.abs((a.pointsLps[2] ?? 0) - z) ? b : a));
  return best.pointsLps;
}

/**
 * Where the closed polygon crosses the line on which coordinate `axis` (0 x, 1 y) equals `value`:
 * the other in-plane coordinate of each crossing, in order.
 */
function crossings(points: Float64Array, axis: 0 | 1, value: number): number[] {
  const other = 1 - axis;
  const count = points.length / 3;
  const found: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const next = (index + 1) % count;
    const a = points[3 * index + axis] ?? 0;
    const b = points[3 * next + axis] ?? 0;
    if ((a - value) * (b - value) > 0 || a === b) continue;
    if (b === value) continue; // counted as the next edge's start
    const f = (value - a) / (b - a);
    found.push((points[3 * index + other] ?? 0) + f * ((points[3 * next + other] ?? 0) - (points[3 * index + other] ?? 0)));
  }
  return found.sort((p, q) => p - q);
}
