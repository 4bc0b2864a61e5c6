import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForDoseFrame } from '../../src/cli/bench/browserHarness.js';
import type { PlanLensTestHooks } from '../../renderer/platform/testHookTypes.js';
import { e2eSkipReason, setView, settle, startSession, type AppSession } from './appSession.js';

/**
 * Rendering on demand: with nothing changing no frame is drawn, moving the probe redraws no
 * viewport, and a slice step redraws only the viewport whose picture it changes.
 */
const skip = e2eSkipReason(false);

declare const planlens: PlanLensTestHooks;

describe.skipIf(skip !== undefined)(`rendering on demand in Chromium${skip === undefined ? '' : ` (skipped: ${skip})`}`, () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startSession('');
    await waitForDoseFrame(session.page);
    await setView(session.page, { layout: '2x2' });
    await settle(session.page);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('draws no frame while nothing changes', async () => {
    const before = await session.page.evaluate(() => planlens.frames());
    await session.page.waitForTimeout(1000);
    expect(await session.page.evaluate(() => planlens.frames())).toBe(before);
  });

  it('redraws no viewport when only the probe moves, and only the axial view for an axial step', async () => {
    const probeOnly = await session.page.evaluate(() => {
      planlens.setView({ probeLps: [10, -20, 0] });
      return planlens.renderNow().drawn;
    });
    expect(probeOnly).toEqual([]);
    const step = await session.page.evaluate(() => {
      planlens.stepSlice('axial', 1);
      return planlens.renderNow().drawn;
    });
    expect(step).toEqual(['axial']);
    // A window change alters every slice view, not the 3D view (no CT shown there by default).
    const windowed = await session.page.evaluate(() => {
      planlens.setView({ windowLevel: { centre: -600, width: 1600 } });
      return planlens.renderNow().drawn;
    });
    expect([...windowed].sort()).toEqual(['axial', 'coronal', 'sagittal']);
    expect(session.pageErrors).toEqual([]);
  });
});
