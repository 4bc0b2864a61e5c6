import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForDoseFrame } from '../../src/cli/bench/browserHarness.js';
import type { Vec3 } from '../../src/geometry/vec3.js';
import { parseWalkthrough } from '../../src/walkthrough/parseWalkthrough.js';
import type { Walkthrough, WalkthroughStep } from '../../src/walkthrough/walkthrough.js';
import type { PlanLensTestHooks } from '../../renderer/platform/testHookTypes.js';
import type { PlanLensSessionHooks } from '../../renderer/session/sessionTestHookTypes.js';
import { e2eSkipReason, pagePointOf, screenshot, setView, settle, startSession, type AppSession } from './appSession.js';
import { pixelAt } from './png.js';

/**
 * The walkthrough shipped with the app (sample-data/demo-case-walkthrough.json) presented on the
 * demo case step by step, forwards with the buttons and the keys and back: each step sets its
 * layout (the viewports it shows are on the page), crosshair, window, 3D camera and highlights,
 * the overlay says where the presenter is, and leaving puts the view back. Then author mode records
 * the view as a step and saves a walkthrough that reads back.
 */
const skip = e2eSkipReason(false);
const shipped = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-data/demo-case-walkthrough.json');

declare const planlens: PlanLensTestHooks;
declare const planlensSession: PlanLensSessionHooks;

interface ShownView {
  readonly layout: string;
  readonly mainViewport: string;
  readonly crosshairLps: Vec3;
  readonly windowLevel: { readonly centre: number; readonly width: number };
  readonly dose: { readonly unit: string; readonly washVisible: boolean; readonly isodoseVisible: boolean };
  readonly structures: Record<number, { readonly visible: boolean; readonly fill: boolean; readonly colourRgb: readonly number[] }>;
}
interface Orbit { readonly azimuthDeg: number; readonly elevationDeg: number; readonly zoom: number }

const shownView = (page: Page): Promise<ShownView> => page.evaluate(() => planlens.viewState() as ShownView);
const presenter = (page: Page): Promise<ReturnType<PlanLensSessionHooks['presenter']>> => page.evaluate(() => planlensSession.presenter());
const demoRoiNumbers: Readonly<Record<string, number>> = { BODY: 1, PTV: 2, CTV: 3, SpinalCord: 4, Lung_L: 5, Lung_R: 6, Esophagus: 7 };
const viewportIds = ['axial', 'sagittal', 'coronal', 'volume'] as const;

function loadShipped(): Walkthrough {
  const result = parseWalkthrough(readFileSync(shipped, 'utf8'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.walkthrough;
}

/** The viewports the layout shows: all four in 2x2 and 1+3, the main one alone in 1x1. */
async function shownViewports(page: Page): Promise<string[]> {
  const rects = await page.evaluate((ids) => ids.map((id) => planlens.viewportRect(id)), viewportIds);
  return viewportIds.filter((_, index) => rects[index] !== undefined && (rects[index]?.width ?? 0) > 50);
}

/** What a step promises, against what the page shows (fields the step leaves out: as the case opened). */
async function expectStepShown(page: Page, step: WalkthroughStep, opening: ShownView): Promise<void> {
  const view = await shownView(page);
  const layout = step.view.layout ?? opening.layout;
  const main = step.view.mainViewport ?? opening.mainViewport;
  expect(view.layout, step.title).toBe(layout);
  expect(view.mainViewport, step.title).toBe(main);
  expect(view.crosshairLps, step.title).toEqual(step.view.crosshairLps ?? opening.crosshairLps);
  expect(view.windowLevel, step.title).toEqual(step.view.windowLevel ?? opening.windowLevel);
  expect(view.dose.washVisible, step.title).toBe(step.view.dose?.washVisible ?? opening.dose.washVisible);
  expect(await shownViewports(page), step.title).toEqual(layout === '1x1' ? [main] : [...viewportIds]);
  for (const [name, number] of Object.entries(demoRoiNumbers)) {
    const display = view.structures[number];
    const base = opening.structures[number];
    if (step.hidden.includes(name)) expect(display?.visible, `${step.title}: ${name} hidden`).toBe(false);
    else if (step.highlight.includes(name)) expect(display, `${step.title}: ${name} highlighted`).toMatchObject({ visible: true, fill: true, colourRgb: base?.colourRgb });
    else if (step.highlight.length > 0) expect(display?.colourRgb, `${step.title}: ${name} dimmed`).not.toEqual(base?.colourRgb);
    else expect(display, `${step.title}: ${name} as opened`).toEqual(base);
  }
  if (step.view.volume?.orbit !== undefined) {
    const volume = await page.evaluate(() => planlensSession.volumeView() as { orbit: Orbit; isodoseSurfacesVisible: boolean });
    expect(volume.orbit).toMatchObject(step.view.volume.orbit);
    expect(volume.isodoseSurfacesVisible).toBe(step.view.volume.isodoseSurfacesVisible);
  }
}

describe.skipIf(skip !== undefined)(`walkthroughs in Chromium${skip === undefined ? '' : ` (skipped: ${skip})`}`, () => {
  let session: AppSession;
  const walkthrough = loadShipped();

  beforeAll(async () => {
    session = await startSession('');
    await waitForDoseFrame(session.page);
    await settle(session.page);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('presents the shipped walkthrough step by step, each step setting its view, and leaving puts the view back', async () => {
    const { page } = session;
    const opening = await shownView(page);
    const count = walkthrough.steps.length;
    await page.getByRole('button', { name: 'Demo walkthrough', exact: true }).click();
    for (const [index, step] of walkthrough.steps.entries()) {
      if (index === 1) await page.getByRole('button', { name: 'Next ▶', exact: true }).click();
      else if (index > 1) await page.keyboard.press('ArrowRight');
      expect(await presenter(page)).toEqual({ presenting: true, stepIndex: index, stepCount: count, notes: [] });
      expect(await page.getByTestId('presenter-progress').textContent()).toBe(`${index + 1} / ${count}`);
      expect(await page.getByTestId('presenter-step-title').textContent()).toBe(step.title);
      if (index === 0) {
        // The text can be hidden to see the views behind it.
        await page.getByRole('button', { name: 'Hide text', exact: true }).click();
        expect(await page.locator('.presenter-text').count()).toBe(0);
        await page.getByRole('button', { name: 'Show text', exact: true }).click();
        expect(await page.locator('.presenter-text').textContent()).toBe(step.text);
      }
      await expectStepShown(page, step, opening);
      if (step.view.mainViewport === 'volume') await page.waitForSelector('[data-testid=meshing]', { state: 'detached', timeout: 120_000 });
      await settle(page);
      const image = await screenshot(page, `walkthrough-step-${index + 1}`);
      if (step.view.windowLevel?.centre === -600) {
        // Lung (-800 HU) in the lung window is mid grey under the Lung_L fill, where soft tissue's window shows it black.
        const [x, y] = await pagePointOf(page, 'coronal', [100, -5, 40]);
        const rgb = pixelAt(image, Math.round(x), Math.round(y));
        expect((rgb?.[0] ?? 0) + (rgb?.[1] ?? 0) + (rgb?.[2] ?? 0), `lung pixel ${String(rgb)}`).toBeGreaterThan(150);
      }
    }
    // Back one step with the key, then forward again; past the last step nothing moves.
    await page.keyboard.press('ArrowLeft');
    expect((await presenter(page)).stepIndex).toBe(count - 2);
    await expectStepShown(page, walkthrough.steps[count - 2] as WalkthroughStep, opening);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    expect((await presenter(page)).stepIndex).toBe(count - 1);
    await page.keyboard.press('Escape');
    expect((await presenter(page)).presenting).toBe(false);
    expect(await page.getByTestId('presenter').count()).toBe(0);
    expect(await shownView(page)).toEqual(opening);
    expect(session.pageErrors).toEqual([]);
  }, 240_000);

  it('author mode records the current view as a step and saves a walkthrough that reads back', async () => {
    const { page } = session;
    await setView(page, { layout: '1x1', mainViewport: 'coronal', crosshairLps: [0, -5, 0], windowLevel: { centre: -600, width: 1600 } });
    await page.getByRole('button', { name: 'Author walkthrough', exact: true }).click();
    await page.getByLabel('walkthrough title').fill('Lungs');
    await page.getByLabel('step title').fill('Coronal lungs');
    await page.getByLabel('step text').fill('Both lungs in the lung window.');
    await page.getByRole('button', { name: 'Record the view as step 1', exact: true }).click();
    await settle(page);
    await screenshot(page, 'walkthrough-author');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save walkthrough…', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Lungs.json');
    const saved = parseWalkthrough(readFileSync(await download.path(), 'utf8'));
    if (!saved.ok) throw new Error(saved.errors.join('\n'));
    expect(saved.walkthrough).toMatchObject({ title: 'Lungs', case: { demo: true, patientId: 'PLANLENS-DEMO' } });
    expect(saved.walkthrough.steps).toHaveLength(1);
    expect(saved.walkthrough.steps[0]).toMatchObject({ title: 'Coronal lungs', text: 'Both lungs in the lung window.', view: { layout: '1x1', mainViewport: 'coronal', crosshairLps: [0, -5, 0], windowLevel: { centre: -600, width: 1600 } } });
    // The draft presents as any walkthrough does.
    await setView(page, { layout: '2x2' });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    expect(await page.getByTestId('presenter-progress').textContent()).toBe('1 / 1');
    expect((await shownView(page)).layout).toBe('1x1');
    await page.keyboard.press('Escape');
    expect((await shownView(page)).layout).toBe('2x2');
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
