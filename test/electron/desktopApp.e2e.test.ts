import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanLensDesktopApi } from '../../src/bridge/contract.js';
import type { PlanLensTestHooks } from '../../renderer/platform/testHookTypes.js';
import { findElectronBinary } from '../../electron/electronBinary.js';

/**
 * The desktop app end to end, in Electron itself (playwright-core's _electron): started on the
 * demo case given on its command line, with the security settings, the bridge, saving, the menu
 * and the window state checked in the running app. Skips, saying why, where the Electron binary
 * is absent (never downloading it), where the app is not built, or where Linux has no display.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const mainJs = join(root, 'dist/electron/main.js');
const demoCase = join(root, 'sample-data/demo-case');

function skipReason(): string | undefined {
  const binary = findElectronBinary(process.env, false, root);
  if ('missing' in binary) return `no Electron binary: ${binary.missing}`;
  if (!existsSync(mainJs) || !existsSync(join(root, 'dist/electron/preload.cjs'))) return 'the desktop shell is not built (npm run build:electron)';
  if (!existsSync(join(root, 'dist/web/index.html'))) return 'the web app is not built (vite build)';
  if (process.platform === 'linux' && (process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY ?? '') === '') return 'no display on Linux (run under xvfb-run)';
  return undefined;
}

const skip = skipReason();
if (skip !== undefined) console.log(`Electron end-to-end tests skipped: ${skip}`);

declare const planlens: PlanLensTestHooks;
declare const planlensDesktop: PlanLensDesktopApi;

describe.skipIf(skip !== undefined)(`the desktop app in Electron${skip === undefined ? '' : ` (skipped: ${skip})`}`, () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'planlens-userdata-'));
    const binary = findElectronBinary(process.env, false, root);
    if (!('path' in binary)) throw new Error(binary.missing);
    const { _electron } = await import('playwright-core');
    app = await _electron.launch({ executablePath: binary.path, args: [mainJs, demoCase], env: { ...process.env, PLANLENS_USER_DATA_DIR: userData }, timeout: 60_000 });
    page = await app.firstWindow();
    await page.waitForFunction(() => typeof planlens !== 'undefined' && planlens.loadStatus() === 'ready', undefined, { timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    // The last test closed it already unless one before it failed.
    await app?.close().catch(() => undefined);
    rmSync(userData, { recursive: true, force: true });
  });

  it('opens the case named on its command line, read by main', async () => {
    expect(page.url()).toBe('app://planlens/index.html?empty');
    expect(await page.locator('.load-progress h2').textContent()).toBe('Loaded demo-case');
  });

  it('gives the page no Node and the bridge\'s functions only', async () => {
    const seen = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys(planlensDesktop).sort(),
    }));
    expect(seen).toEqual({ require: 'undefined', process: 'undefined', bridge: ['bridgeVersion', 'launchCase', 'onMenuCommand', 'openCsvFile', 'openFiles', 'openFolder', 'openJsonFile', 'openRecentCase', 'readCaseBatch', 'recentCases', 'saveFile'] });
  });

  it('neither navigates away nor opens windows, and loads nothing remote', async () => {
    await page.evaluate(() => { (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/'; });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/planlens\//u);
    expect(await page.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com/') === null)).toBe(true);
    expect(await page.evaluate(() => fetch('https://example.com/').then(() => 'fetched', () => 'refused'))).toBe('refused');
    expect(app.windows()).toHaveLength(1);
  });

  it('saves through main\'s dialog to a base name, atomically', async () => {
    const target = join(userData, 'figure.png');
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, target);
    const result = await page.evaluate(() => planlensDesktop.saveFile(new Uint8Array([137, 80, 78, 71]), '../../figure.png', 'png'));
    expect(result).toEqual({ saved: true, name: 'figure.png' });
    expect([...readFileSync(target)]).toEqual([137, 80, 78, 71]);
  });

  it('refuses bad arguments in main with a clear error', async () => {
    const message = await page.evaluate(() => planlensDesktop.saveFile('not bytes' as never, 'x.png', 'png').then(() => 'saved', (error: Error) => error.message));
    expect(message).toContain('saveFile: bytes must be a Uint8Array');
  });

  it('takes commands from the native menu', async () => {
    await app.evaluate(({ Menu }) => {
      const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined =>
        items.map((item) => (item.label === 'Layout 1x1' ? item : find(item.submenu?.items ?? []))).find((item) => item !== undefined);
      const item = find(Menu.getApplicationMenu()?.items ?? []);
      item?.click();
    });
    await page.waitForFunction(() => (planlens.viewState() as { layout: string }).layout === '1x1');
  });

  it('remembers the window\'s place in userData', async () => {
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 30, width: 1100, height: 760 }));
    await app.close();
    const state = JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8')) as { width: number; height: number };
    expect(state).toMatchObject({ width: 1100, height: 760 });
  });
});
