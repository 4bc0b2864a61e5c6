import type { Browser, Page } from 'playwright-core';
import type { ReviewCase } from '../../case/reviewCase.js';
import { listInputFiles, loadCaseFromPaths } from '../readInputs.js';
import { chromiumMissing, launchChromium, openApp, openFilesInApp, serveStatic, webAppMissing } from './browserHarness.js';
import { median, percentile, timeMs } from './stats.js';

const loadRuns = 5;
const nodeRuns = 3;
const scrollSteps = 60;

type Orientation = 'axial' | 'sagittal' | 'coronal';

/** The part of the page's planlens hooks (renderer/platform/testHooks.ts) these measurements call in the page. */
interface PageHooks {
  loadTimes(): { readonly startedMs: number; readonly loadedMs: number | undefined };
  frames(): number;
  viewportRect(id: Orientation): { readonly width: number; readonly height: number } | undefined;
  sliceView(orientation: Orientation): { readonly slicePositionMm: number } | undefined;
  setView(change: Record<string, unknown>): void;
  stepSlice(orientation: Orientation, steps: number): void;
  renderNow(): { readonly cpuMs: number; readonly totalMs: number; readonly drawn: readonly string[] };
  finishGpu(): number;
}
declare const planlens: PageHooks;
declare function requestAnimationFrame(callback: () => void): number;

/**
 * The review workspace in headless Chromium on software WebGL (SwiftShader), as on a machine
 * without a GPU: (1) from files given to the file input to the first frame showing their dose,
 * beside the Node load of the same files; (2) the frame time while scrolling the axial slice.
 */
export async function benchmarkBrowser(webDir: string, folder: string): Promise<string[]> {
  const missing = chromiumMissing() ?? webAppMissing(webDir);
  if (missing !== undefined) return [`browser: skipped: ${missing}`];
  const files = listInputFiles([folder]).filter((file) => file.endsWith('.dcm'));
  let reviewCase: ReviewCase | undefined;
  const nodeTimes: number[] = [];
  for (let run = 0; run < nodeRuns; run += 1) nodeTimes.push(await timeMs(async () => { reviewCase = await loadCaseFromPaths(files); }));
  if (reviewCase === undefined) throw new Error('no Node load ran');
  const nodeMs = median(nodeTimes);

  const server = await serveStatic(webDir);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const firstFrame: number[] = [];
    const loaded: number[] = [];
    const walls: number[] = [];
    let page: Page | undefined;
    for (let run = 0; run < loadRuns; run += 1) {
      await page?.close();
      page = await openApp(browser, `${server.url}?empty`);
      const wallStart = performance.now();
      const first = await openFilesInApp(page, files);
      walls.push(performance.now() - wallStart);
      firstFrame.push(first.atMs - first.loadStartedMs);
      const times = await page.evaluate(() => planlens.loadTimes());
      loaded.push((times.loadedMs ?? Number.NaN) - times.startedMs);
    }
    if (page === undefined) throw new Error('no page');
    const firstMs = median(firstFrame);
    const lines = [
      `browser (headless Chromium, SwiftShader WebGL2) ${folder}: ${files.length} files through the file input, median of ${loadRuns}, each in a fresh page:`,
      `  files given -> first frame showing dose ${firstMs.toFixed(0)} ms (target < 2000 ms; runs ${firstFrame.map((ms) => ms.toFixed(0)).join(', ')}); case from the worker ${median(loaded).toFixed(0)} ms; Node load of the same files ${nodeMs.toFixed(0)} ms (ratio ${(firstMs / nodeMs).toFixed(2)})`,
      `  (setInputFiles to first dose frame as the test driver sees it: ${median(walls).toFixed(0)} ms)`,
    ];
    const image = reviewCase.images[0];
    const dose = reviewCase.doses[0]?.grid;
    for (const layout of ['2x2', '1x1'] as const) lines.push(...await scrollFrames(page, layout, image?.dimensions, dose?.dimensions));
    return lines;
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** Steps the axial slice `scrollSteps` times and times each frame, drawn at once and through the app's own loop. */
async function scrollFrames(page: Page, layout: '2x2' | '1x1', imageDims: readonly number[] | undefined, doseDims: readonly number[] | undefined): Promise<string[]> {
  await page.evaluate((l) => planlens.setView({ layout: l, mainViewport: 'axial' }), layout);
  await page.waitForTimeout(300);
  const result = await page.evaluate(async (steps) => {
    const nextFrame = (): Promise<void> => new Promise((done) => { requestAnimationFrame(() => done()); });
    const direct: { cpuMs: number; totalMs: number; drawn: readonly string[] }[] = [];
    const looped: number[] = [];
    const positions: number[] = [];
    planlens.renderNow(); // warm: the first frame of a layout builds its layers
    for (let step = 0; step < steps; step += 1) {
      planlens.stepSlice('axial', step < steps / 2 ? 1 : -1);
      direct.push(planlens.renderNow());
      positions.push(planlens.sliceView('axial')?.slicePositionMm ?? Number.NaN);
    }
    await nextFrame();
    await nextFrame();
    for (let step = 0; step < steps; step += 1) {
      const started = performance.now();
      const before = planlens.frames();
      planlens.stepSlice('axial', step < steps / 2 ? 1 : -1);
      for (let wait = 0; wait < 10 && planlens.frames() === before; wait += 1) await nextFrame();
      planlens.finishGpu();
      looped.push(performance.now() - started);
    }
    const views = (['axial', 'sagittal', 'coronal'] as const).flatMap((id) => {
      const rect = planlens.viewportRect(id);
      return rect === undefined ? [] : [{ id, pixels: Math.round(rect.width) * Math.round(rect.height) }];
    });
    return { direct, looped, positions, views };
  }, scrollSteps);
  const moved = new Set(result.positions).size;
  // Only the viewports a step changes are drawn again (the axial view; the others keep their pixels).
  const drawn = new Set(result.direct.flatMap((frame) => frame.drawn));
  const drawnViews = result.views.filter((view) => drawn.has(view.id));
  const pixels = drawnViews.reduce((sum, view) => sum + view.pixels, 0);
  const planeVoxels = (dims: readonly number[] | undefined, id: Orientation): number => {
    const [i = 0, j = 0, k = 0] = dims ?? [];
    return id === 'axial' ? i * j : id === 'sagittal' ? j * k : i * k;
  };
  const voxels = drawnViews.reduce((sum, view) => sum + planeVoxels(imageDims, view.id) + planeVoxels(doseDims, view.id), 0);
  const totals = result.direct.map((frame) => frame.totalMs);
  const totalMs = median(totals);
  return [
    `  scrolling the axial slice, layout ${layout} (${result.views.map((view) => view.id).join(', ')} shown, ${drawnViews.map((view) => view.id).join(', ')} drawn again per step: ${(pixels / 1e6).toFixed(2)} M pixels shaded, ${(voxels / 1e6).toFixed(2)} M CT + dose voxels on the planes shown), ${scrollSteps} steps over ${moved} planes:`,
    `    frame drawn at once and finished on the GPU: median ${totalMs.toFixed(1)} ms, p95 ${percentile(totals, 95).toFixed(1)} ms (render loop CPU median ${median(result.direct.map((frame) => frame.cpuMs)).toFixed(1)} ms); ${((totalMs * 1e6) / Math.max(1, pixels)).toFixed(1)} ns per pixel, ${((totalMs * 1e6) / Math.max(1, voxels)).toFixed(1)} ns per voxel shown`,
    `    step to frame finished through the app's on-demand loop (includes waiting for the next animation frame): median ${median(result.looped).toFixed(1)} ms, p95 ${percentile(result.looped, 95).toFixed(1)} ms`,
  ];
}
