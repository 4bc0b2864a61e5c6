import type { Browser } from 'playwright-core';
import { chromiumMissing, launchChromium, openApp, serveStatic, waitForDoseFrame, webAppMissing } from './browserHarness.js';
import { median, percentile } from './stats.js';

/** The parts of the page's hooks (renderer/platform/testHooks.ts, therapyTestHooks.ts) called here. */
interface PageHooks {
  maskCounts(): { readonly computing: number };
  renderNow(): { readonly totalMs: number; readonly drawn: readonly string[] };
  setView(change: Record<string, unknown>): void;
}
interface TherapyHooks {
  setDoseMode(mode: 'sensitisedEqd2'): void;
  setThroughFraction(fraction: number | undefined): void;
  shown(): { readonly fractionCount: number | undefined };
}
declare const planlens: PageHooks;
declare const planlensTherapy: TherapyHooks;

/**
 * The time slider in the browser: the demo case with its weekly-cisplatin schedule, the sensitised
 * EQD2 (model) shown, each slider step (fraction 1 … n) until its frame is drawn and finished on
 * the GPU: the dose map recomputed (one pass over the grid and its class map), the dose texture
 * uploaded again and the slice views redrawn.
 */
export async function benchmarkTherapyBrowser(webDir: string): Promise<string[]> {
  const missing = chromiumMissing() ?? webAppMissing(webDir);
  if (missing !== undefined) return [`therapy-browser: skipped: ${missing}`];
  const server = await serveStatic(webDir);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await openApp(browser, server.url);
    await waitForDoseFrame(page);
    await page.waitForFunction(() => planlens.maskCounts().computing === 0, undefined, { timeout: 120_000 });
    const result = await page.evaluate(() => {
      planlensTherapy.setDoseMode('sensitisedEqd2');
      planlensTherapy.setThroughFraction(1);
      planlens.renderNow(); // warm: the class map is made once per structure set and dose
      const count = planlensTherapy.shown().fractionCount ?? 0;
      const steps: { mapMs: number; totalMs: number; drawn: readonly string[] }[] = [];
      for (let k = 2; k <= count; k += 1) {
        const started = performance.now();
        planlensTherapy.setThroughFraction(k);
        planlensTherapy.shown(); // the dose map of the new step, made on first read
        const mapMs = performance.now() - started;
        const frame = planlens.renderNow();
        steps.push({ mapMs, totalMs: performance.now() - started, drawn: frame.drawn });
      }
      // The same views drawn again with no new dose (a window/level change): what drawing alone costs.
      const redraws: number[] = [];
      for (let n = 0; n < 10; n += 1) {
        const started = performance.now();
        planlens.setView({ windowLevel: { centre: 40 + (n % 2), width: 400 } });
        planlens.renderNow();
        redraws.push(performance.now() - started);
      }
      return { count, steps, redraws };
    });
    const totals = result.steps.map((step) => step.totalMs);
    const drawn = [...new Set(result.steps.flatMap((step) => step.drawn))].join(', ');
    return [
      `therapy-browser (headless Chromium, SwiftShader WebGL2) demo case, sensitised EQD2 (model), slider over ${result.count} fractions:`,
      `  step to frame finished on the GPU (${drawn} redrawn): median ${median(totals).toFixed(1)} ms, p95 ${percentile(totals, 95).toFixed(1)} ms; of which the dose map of the step (one pass over the grid and its class map) ${median(result.steps.map((step) => step.mapMs)).toFixed(1)} ms; the same views redrawn with no new dose (window/level) ${median(result.redraws).toFixed(1)} ms`,
    ];
  } finally {
    await browser?.close();
    await server.close();
  }
}
