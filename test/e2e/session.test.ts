import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForDoseFrame } from '../../src/cli/bench/browserHarness.js';
import type { Vec3 } from '../../src/geometry/vec3.js';
import { parseSession } from '../../src/session/parseSession.js';
import type { PlanLensTestHooks } from '../../renderer/platform/testHookTypes.js';
import type { PlanLensSessionHooks } from '../../renderer/session/sessionTestHookTypes.js';
import { artefactDir, e2eSkipReason, pagePointOf, screenshot, setDose, setView, settle, startSession, type AppSession } from './appSession.js';
import { pixelAt } from './png.js';

/**
 * Sessions on the demo case: the review state (layout, slices, window, ROI visibility, isodose
 * levels, the 3D camera, a note) saved as the browser's download, the view changed, and the file
 * given back through the restore button's file chooser brings it all back; damaged files show
 * their message and change nothing; unknown ROIs are ignored with a note; a session of another
 * patient asks first and then applies what applies.
 */
const skip = e2eSkipReason(false);

declare const planlens: PlanLensTestHooks;
declare const planlensSession: PlanLensSessionHooks;

const notePointLps: Vec3 = [10, -20, 4.5];

/** Everything a session restores, as the page holds it (the probe follows the pointer and is not restored). */
async function reviewState(page: Page): Promise<{ view: Record<string, unknown>; orbit: unknown; notes: unknown }> {
  return page.evaluate(() => {
    const { probeLps, ...view } = planlens.viewState() as Record<string, unknown>;
    void probeLps;
    return { view, orbit: (planlensSession.volumeView() as { orbit: unknown }).orbit, notes: planlensSession.annotations() };
  });
}

const notice = (page: Page): Promise<ReturnType<PlanLensSessionHooks['notice']>> => page.evaluate(() => planlensSession.notice());

/** Gives a file to the Restore button's file chooser. */
async function restoreFrom(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore session', exact: true }).click();
  await (await choosing).setFiles(path);
  await page.waitForFunction(() => planlensSession.notice() !== undefined);
}

async function closeNotice(page: Page): Promise<void> {
  await page.getByTestId('session-notice').getByRole('button').last().click();
}

describe.skipIf(skip !== undefined)(`sessions in Chromium${skip === undefined ? '' : ` (skipped: ${skip})`}`, () => {
  let session: AppSession;
  let savedPath = '';
  let saved: Awaited<ReturnType<typeof reviewState>>;

  beforeAll(async () => {
    mkdirSync(artefactDir, { recursive: true });
    session = await startSession('');
    await waitForDoseFrame(session.page);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('saves the review state as a download and restores it after the view changed', async () => {
    const { page } = session;
    await setView(page, { layout: '1+3', mainViewport: 'coronal', crosshairLps: notePointLps, windowLevel: { centre: -600, width: 1600 }, showCrosshair: false });
    await page.evaluate(() => {
      const state = planlens.viewState() as { slices: Record<string, unknown>; dose: { levels: { value: number; colourRgb: number[]; visible: boolean }[] } };
      planlens.setView({ slices: { ...state.slices, coronal: { zoom: 2, panLps: [10, 0, 4] } } });
      planlens.setDose({ washOpacity: 0.7, levels: state.dose.levels.slice(0, 3).map((level, index) => ({ ...level, visible: index !== 1 })) });
      planlensSession.setVolumeView({ orbit: { azimuthDeg: 30, elevationDeg: 20, zoom: 1.2, panLps: [0, 0, 0] } });
    });
    await page.getByLabel('show BODY').uncheck();
    await page.getByLabel('note text').fill('Dose fall-off toward the cord');
    await page.getByRole('button', { name: 'Pin note', exact: true }).click();
    saved = await reviewState(page);
    expect(saved.notes).toEqual([{ id: 'note-1', text: 'Dose fall-off toward the cord', pointLps: notePointLps, orientation: 'coronal' }]);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save session', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^planlens-session-PLANLENS-DEMO-\d{4}-\d\d-\d\d-\d\d-\d\d\.json$/u);
    savedPath = join(artefactDir, 'session-saved.json');
    await download.saveAs(savedPath);
    const file = parseSession(readFileSync(savedPath, 'utf8'));
    if (!file.ok) throw new Error(file.errors.join('\n'));
    expect(file.session.case).toMatchObject({ label: 'demo case', demo: true, patientId: 'PLANLENS-DEMO' });
    expect(file.session.view).toMatchObject({ layout: '1+3', mainViewport: 'coronal', crosshairLps: notePointLps, windowLevel: { centre: -600, width: 1600 } });
    expect(file.session.structures.find((s) => s.name === 'BODY')?.visible).toBe(false);
    expect(file.session.view.dose.levels).toHaveLength(3);
    expect((await notice(page))?.title).toMatch(/^Session downloaded as planlens-session-/u);
    await closeNotice(page);

    // Change everything the session holds.
    await setView(page, { layout: '2x2', mainViewport: 'axial', crosshairLps: [0, -30, 0], windowLevel: { centre: 40, width: 400 }, showCrosshair: true });
    await setDose(page, { washOpacity: 0.3 });
    await page.getByLabel('show BODY').check();
    await page.getByRole('button', { name: 'remove note Dose fall-off toward the cord', exact: true }).click();
    await page.evaluate(() => planlensSession.setVolumeView({ orbit: { azimuthDeg: 0, elevationDeg: 0, zoom: 1, panLps: [0, 0, 0] } }));
    expect(await reviewState(page)).not.toEqual(saved);

    await restoreFrom(page, savedPath);
    expect(await notice(page)).toMatchObject({ tone: 'info', title: 'Session restored from session-saved.json', lines: [] });
    expect(await reviewState(page)).toEqual(saved);
    // The note is drawn on the coronal slice through its point.
    await closeNotice(page);
    await settle(page);
    const image = await screenshot(page, 'session-restored');
    const [x, y] = await pagePointOf(page, 'coronal', notePointLps);
    // Inside the pin's circle (7 px), beside its number.
    const rgb = pixelAt(image, Math.round(x) - 5, Math.round(y));
    expect(rgb !== undefined && rgb[0] > 180 && rgb[1] > 140 && rgb[2] < 90, `note marker pixel ${String(rgb)}`).toBe(true);
    expect(session.pageErrors).toEqual([]);
  }, 120_000);

  it('refuses a damaged session file with its message and leaves the view as it was', async () => {
    const { page } = session;
    const before = await reviewState(page);
    const text = readFileSync(savedPath, 'utf8');
    const truncated = join(artefactDir, 'session-truncated.json');
    writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
    await restoreFrom(page, truncated);
    expect(await notice(page)).toMatchObject({ tone: 'error', title: 'session-truncated.json cannot be restored; nothing was changed', lines: [expect.stringMatching(/^the file is not valid JSON .*truncated or damaged$/u)] });
    expect(await page.getByTestId('session-notice').textContent()).toContain('cannot be restored; nothing was changed');
    await screenshot(page, 'session-damaged');
    expect(await reviewState(page)).toEqual(before);
    await closeNotice(page);

    const outOfRange = join(artefactDir, 'session-out-of-range.json');
    const document = JSON.parse(text) as { view: { layout: string; slices: { axial: { zoom: number } } } };
    document.view.layout = '1x1';
    document.view.slices.axial.zoom = 0;
    writeFileSync(outOfRange, JSON.stringify(document));
    await restoreFrom(page, outOfRange);
    expect(await notice(page)).toMatchObject({ tone: 'error', lines: ['view.slices.axial.zoom: 0 is out of range (0.25 to 64)'] });
    expect(await reviewState(page)).toEqual(before);
    await closeNotice(page);
    expect(session.pageErrors).toEqual([]);
  }, 60_000);

  it('ignores an unknown ROI number with a note and restores the rest', async () => {
    const { page } = session;
    const document = JSON.parse(readFileSync(savedPath, 'utf8')) as { view: { layout: string }; structures: unknown[] };
    document.view.layout = '1x1';
    document.structures.push({ roiNumber: 99, name: 'Parotid_L', visible: true, colourRgb: [1, 2, 3], fill: false, fillOpacity: 0.2 });
    const path = join(artefactDir, 'session-unknown-roi.json');
    writeFileSync(path, JSON.stringify(document));
    await restoreFrom(page, path);
    expect(await notice(page)).toMatchObject({ tone: 'info', lines: ['ROI 99 (Parotid_L) is not in the structure set shown; its display was ignored.'] });
    expect((await reviewState(page)).view).toEqual({ ...saved.view, layout: '1x1' });
    await closeNotice(page);
  }, 60_000);

  it('asks before applying a session of another patient, then applies what applies but no positions', async () => {
    const { page } = session;
    await setView(page, { layout: '2x2', crosshairLps: [0, -30, 0] });
    const document = JSON.parse(readFileSync(savedPath, 'utf8')) as { case: { patientId: string; demo: boolean; frameOfReferenceUid: string } };
    document.case = { ...document.case, patientId: 'OTHER-1', demo: false, frameOfReferenceUid: '1.2.3' };
    const path = join(artefactDir, 'session-other-patient.json');
    writeFileSync(path, JSON.stringify(document));
    await restoreFrom(page, path);
    expect(await notice(page)).toMatchObject({ tone: 'question', title: 'This session is of demo case (patient OTHER-1); the open case, the demo case, has another patient and frame of reference.' });
    await screenshot(page, 'session-other-patient');
    await page.getByTestId('session-notice').getByRole('button', { name: 'Apply what applies', exact: true }).click();
    const view = (await reviewState(page)).view;
    expect(view).toMatchObject({ layout: '1+3', mainViewport: 'coronal', windowLevel: { centre: -600, width: 1600 }, crosshairLps: [0, -30, 0] });
    expect(await notice(page)).toMatchObject({ tone: 'info', lines: expect.arrayContaining(['The crosshair and pan positions are points of another frame of reference; they were not restored.']) });
    await closeNotice(page);
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});
