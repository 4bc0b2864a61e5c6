import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Vec3 } from '../../src/geometry/vec3.js';
import type { PageRect, PlanLensTestHooks } from '../../renderer/platform/testHookTypes.js';
import type { SliceOrientation } from '../../renderer/viewports/sliceFrame.js';
import { chromiumMissing, launchChromium, openApp, serveStatic, webAppMissing } from '../../src/cli/bench/browserHarness.js';
import { samplesMissingMessage, samplesPresent } from '../samplesDir.js';
import { decodePng, type Rgba8Image } from './png.js';

/**
 * One browser and one page of the built app (dist/web) per test file, and the few steps every
 * end-to-end test takes: skip when something is missing, let the page draw, take screenshots.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built renderer; PLANLENS_WEB_DIR points elsewhere (a build of one's own while others rebuild dist/web). */
export const webDir = process.env.PLANLENS_WEB_DIR ?? join(repoRoot, 'dist/web');
export const artefactDir = join(repoRoot, 'test-results/e2e');

/** Why these end-to-end tests cannot run here (Chromium, the built app, the shared samples), or undefined. */
export function e2eSkipReason(needsSamples: boolean): string | undefined {
  const reason = chromiumMissing() ?? webAppMissing(webDir) ?? (needsSamples && !samplesPresent ? samplesMissingMessage : undefined);
  if (reason !== undefined) console.log(`e2e skipped: ${reason}`);
  return reason;
}

/** What the page's window.planlens is, for functions evaluated in the page. */
declare const planlens: PlanLensTestHooks;
declare const requestAnimationFrame: (callback: () => void) => number;

export interface AppSession {
  readonly browser: Browser;
  readonly page: Page;
  /** Messages the page logged as errors and uncaught exceptions. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** Launches Chromium, serves dist/web and opens the app at `query` ('' opens the demo case, '?empty' starts empty). */
export async function startSession(query: string, viewport = { width: 1600, height: 1000 }): Promise<AppSession> {
  const server = await serveStatic(webDir);
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  try {
    // The browser's own favicon request is not the app's (index.html names no icon).
    const ours = (url: string): boolean => !url.endsWith('/favicon.ico');
    const page = await openApp(browser, `${server.url}${query}`, viewport, (opened) => {
      opened.on('pageerror', (error) => pageErrors.push(error.message));
      opened.on('console', (message) => { if (message.type() === 'error' && ours(message.location().url)) pageErrors.push(`${message.text()} (${message.location().url})`); });
      opened.on('response', (response) => { if (response.status() >= 400 && ours(response.url())) pageErrors.push(`HTTP ${response.status()} for ${response.url()}`); });
    });
    return { browser, page, pageErrors, close: async () => { await browser.close(); await server.close(); } };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}

/**
 * Lets the page finish what a state change started: the render loop's frame and React's DOM
 * overlays (frames drawn on demand; waits until an animation frame passes with none drawn).
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const nextFrame = (): Promise<void> => new Promise((done) => { requestAnimationFrame(() => done()); });
    await nextFrame();
    for (let quiet = 0, round = 0; quiet < 2 && round < 120; round += 1) {
      const before = planlens.frames();
      await nextFrame();
      quiet = planlens.frames() === before ? quiet + 1 : 0;
    }
  });
}

/** A screenshot of the page, kept as test-results/e2e/<name>.png, decoded. */
export async function screenshot(page: Page, name: string): Promise<Rgba8Image> {
  const png = await page.screenshot({ type: 'png' });
  mkdirSync(artefactDir, { recursive: true });
  writeFileSync(join(artefactDir, `${name}.png`), png);
  return decodePng(new Uint8Array(png.buffer, png.byteOffset, png.byteLength));
}

export function setView(page: Page, change: Record<string, unknown>): Promise<void> {
  return page.evaluate((c) => planlens.setView(c), change);
}

export function setDose(page: Page, change: Record<string, unknown>): Promise<void> {
  return page.evaluate((c) => planlens.setDose(c), change);
}

export async function pagePointOf(page: Page, orientation: SliceOrientation, pointLps: Vec3): Promise<[number, number]> {
  const point = await page.evaluate(([o, p]) => planlens.pagePointOf(o, p), [orientation, pointLps] as const);
  if (point === undefined) throw new Error(`pagePointOf: the ${orientation} view shows nothing`);
  return point;
}

export async function lpsAtPage(page: Page, orientation: SliceOrientation, pageX: number, pageY: number): Promise<Vec3> {
  const point = await page.evaluate(([o, x, y]) => planlens.lpsAtPage(o, x, y), [orientation, pageX, pageY] as const);
  if (point === undefined) throw new Error(`lpsAtPage: the ${orientation} view shows nothing`);
  return point;
}

/** Patient points of many page points at once (one round trip). */
export async function lpsAtPages(page: Page, orientation: SliceOrientation, points: readonly (readonly [number, number])[]): Promise<Vec3[]> {
  const found = await page.evaluate(([o, list]) => list.map(([x, y]) => planlens.lpsAtPage(o, x, y)), [orientation, points] as const);
  return found.map((point, index) => {
    if (point === undefined) throw new Error(`lpsAtPage: no patient point at ${points[index]?.join(', ') ?? '?'}`);
    return point;
  });
}

export async function viewportRect(page: Page, orientation: SliceOrientation): Promise<PageRect> {
  const rect = await page.evaluate((o) => planlens.viewportRect(o), orientation);
  if (rect === undefined) throw new Error(`viewportRect: the layout does not show the ${orientation} view`);
  return rect;
}

/**
 * Zooms a slice view and pans it so that `pointLps` is at its centre (the crosshair is moved
 * there too, so the slice passes through it).
 */
export async function centreOn(page: Page, orientation: SliceOrientation, pointLps: Vec3, zoom: number): Promise<void> {
  await page.evaluate(([o, p, z]) => {
    const state = planlens.viewState() as { slices: Record<string, { zoom: number; panLps: Vec3 }> };
    planlens.setView({ crosshairLps: p, slices: { ...state.slices, [o]: { zoom: z, panLps: [0, 0, 0] } } });
    const view = planlens.sliceView(o);
    if (view === undefined) return;
    const panLps = [0, 1, 2].map((c) => (p[c] ?? 0) - (view.centreLps[c] ?? 0)) as unknown as Vec3;
    planlens.setView({ slices: { ...state.slices, [o]: { zoom: z, panLps } } });
  }, [orientation, pointLps, zoom] as const);
}

/**
 * The page-to-patient map of a slice view as it is now (affine: exact for every page point), so
 * that many pixels can be mapped without a round trip each.
 */
export async function pageToLpsMap(page: Page, orientation: SliceOrientation): Promise<(pageX: number, pageY: number) => Vec3> {
  const [origin, right, down] = await lpsAtPages(page, orientation, [[0, 0], [1, 0], [0, 1]]);
  if (origin === undefined || right === undefined || down === undefined) throw new Error('pageToLpsMap: no patient points');
  const perX = [right[0] - origin[0], right[1] - origin[1], right[2] - origin[2]];
  const perY = [down[0] - origin[0], down[1] - origin[1], down[2] - origin[2]];
  return (x, y) => [0, 1, 2].map((c) => (origin[c] ?? 0) + (perX[c] ?? 0) * x + (perY[c] ?? 0) * y) as unknown as Vec3;
}

/** Inside a rectangle by at least `marginPx`. */
export function inside(rect: PageRect, x: number, y: number, marginPx = 0): boolean {
  return x >= rect.left + marginPx && y >= rect.top + marginPx && x < rect.left + rect.width - marginPx && y < rect.top + rect.height - marginPx;
}
