import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/**
 * What the browser benchmark and the end-to-end tests share: Debian's Chromium with software
 * WebGL, a static server for the built renderer (dist/web), and the few steps of driving the app
 * through its test hooks (renderer/platform/testHooks.ts). playwright-core is imported only when a
 * browser is launched, so `npm run bench` runs without it.
 */

/** Debian's Chromium, as .ci/run installs it. */
export const chromiumPath = process.env.PLANLENS_CHROMIUM ?? '/usr/bin/chromium';

/** Why no browser check can run here, or undefined when Chromium is present. */
export function chromiumMissing(): string | undefined {
  return existsSync(chromiumPath) ? undefined : `no Chromium at ${chromiumPath} (apt-get install chromium, or set PLANLENS_CHROMIUM)`;
}

/** Why the built app cannot be served from `webDir`, or undefined when it can. */
export function webAppMissing(webDir: string): string | undefined {
  return existsSync(join(webDir, 'index.html')) ? undefined : `no built app at ${webDir} (run vite build)`;
}

/** Headless Chromium with WebGL2 through SwiftShader (software), as on a machine with no GPU. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--ignore-gpu-blocklist'],
  });
}

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.dcm': 'application/dicom', '.json': 'application/json', '.svg': 'image/svg+xml',
};

/** Serves a folder (the built renderer) on a free loopback port; resolves to its base URL. */
export async function serveStatic(rootDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(rootDir);
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/u, '');
    const file = join(root, path.endsWith('/') || path.endsWith(sep) ? `${path}index.html` : path);
    if (!file.startsWith(root) || statSync(file, { throwIfNoEntry: false })?.isFile() !== true) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

/** The part of the page's planlens hooks (renderer/platform/testHooks.ts) that code here calls in the page. */
interface PageHooks {
  loadStatus(): string;
  loadError(): string | undefined;
  frames(): number;
  firstDoseFrame(): { readonly loadStartedMs: number; readonly atMs: number } | undefined;
}
declare const planlens: PageHooks | undefined;

/** A page of the app at `url` (append `?empty` to start without the demo case), hooks installed. */
export async function openApp(browser: Browser, url: string, viewport = { width: 1600, height: 1000 }, beforeLoad?: (page: Page) => void): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  beforeLoad?.(page);
  await page.goto(url);
  await page.waitForFunction(() => typeof planlens !== 'undefined', undefined, { timeout: 30_000 });
  return page;
}

/**
 * Waits until the case being loaded is on screen with its dose drawn (the render loop's first
 * dose frame of this load), or throws with the app's load error.
 */
export async function waitForDoseFrame(page: Page, timeoutMs = 120_000): Promise<{ loadStartedMs: number; atMs: number }> {
  await page.waitForFunction(() => {
    if (planlens === undefined) return false;
    const status = planlens.loadStatus();
    return status === 'failed' || (status === 'ready' && planlens.firstDoseFrame() !== undefined);
  }, undefined, { timeout: timeoutMs, polling: 20 });
  const outcome = await page.evaluate(() => ({ status: planlens?.loadStatus(), error: planlens?.loadError(), first: planlens?.firstDoseFrame() }));
  if (outcome.status !== 'ready' || outcome.first === undefined) throw new Error(`the app did not show the case: ${outcome.status ?? '?'} ${outcome.error ?? ''}`);
  return { loadStartedMs: outcome.first.loadStartedMs, atMs: outcome.first.atMs };
}

/** Gives files to the app's file input (as a user choosing them) and waits for the first dose frame. */
export async function openFilesInApp(page: Page, files: readonly string[], timeoutMs?: number): Promise<{ loadStartedMs: number; atMs: number }> {
  await page.setInputFiles('[data-testid="file-input"]', [...files]);
  return waitForDoseFrame(page, timeoutMs);
}
