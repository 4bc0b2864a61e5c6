import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForDoseFrame } from '../../src/cli/bench/browserHarness.js';
import type { Vec3 } from '../../src/geometry/vec3.js';
import type { PlanLensTestHooks } from '../../renderer/platform/testHookTypes.js';
import { e2eSkipReason, screenshot, setView, settle, startSession, type AppSession } from './appSession.js';
import { pixelAt, type Rgb } from './png.js';

/**
 * The 3D view of the demo case seen from the front: the PTV's surface (a red sphere of 30 mm
 * about the isocentre (0, -30, 0)) is drawn where the camera projects it, in red under the
 * see-through BODY, and goes when the PTV is hidden in the structure list (linked views).
 */
const skip = e2eSkipReason(false);
const beside: Vec3 = [15, -30, 12];

declare const planlens: PlanLensTestHooks;

/** Red, lit and seen through a faint green BODY: red well above green and blue. */
const reddish = (rgb: Rgb | undefined): boolean => rgb !== undefined && rgb[0] > 80 && rgb[0] > 1.5 * rgb[1] && rgb[0] > 1.5 * rgb[2];

describe.skipIf(skip !== undefined)(`the 3D view in Chromium${skip === undefined ? '' : ` (skipped: ${skip})`}`, () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startSession('');
    await waitForDoseFrame(session.page);
    await setView(session.page, { layout: '1x1', mainViewport: 'volume' });
    // Surfaces are meshed in a worker: wait until none is pending.
    await session.page.waitForSelector('[data-testid=meshing]', { state: 'detached', timeout: 120_000 });
    await settle(session.page);
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  it('draws the PTV surface where the camera projects it, and not once the PTV is hidden', async () => {
    const page = session.page;
    // A point of the sphere's front half, off the beam lines and the isocentre's cross.
    const at = await page.evaluate((p) => planlens.volumePagePointOf(p), beside);
    expect(at).toBeDefined();
    const [x, y] = (at ?? [0, 0]).map(Math.round) as [number, number];
    const shown = pixelAt(await screenshot(page, 'volume-ptv'), x, y);
    expect(reddish(shown), `pixel ${String(shown)} at ${x}, ${y}`).toBe(true);
    await page.evaluate(() => {
      const state = planlens.viewState() as { structures: Record<number, { visible: boolean }> };
      const structures = Object.fromEntries(Object.entries(state.structures).map(([number, display]) => [number, { ...display, visible: false }]));
      planlens.setView({ structures });
    });
    await settle(page);
    const hidden = pixelAt(await screenshot(page, 'volume-hidden'), x, y);
    expect(reddish(hidden), `pixel ${String(hidden)} at ${x}, ${y}`).toBe(false);
    expect(session.pageErrors).toEqual([]);
  });
});
