import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFArray, PDFDocument, PDFRawStream, PDFRef, decodePDFRawStream, type PDFPage } from 'pdf-lib';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDvh } from '../../src/cli/dvhCommand.js';
import { waitForDoseFrame } from '../../src/cli/bench/browserHarness.js';
import { washColourAt } from '../../renderer/gpu/textures/colourMap.js';
import type { PlanLensExportTestHooks, FigureReport } from '../../renderer/platform/exportTestHookTypes.js';
import type { PageRect, PlanLensTestHooks } from '../../renderer/platform/testHookTypes.js';
import { artefactDir, e2eSkipReason, setView, settle, startSession, type AppSession } from './appSession.js';
import { colourDistance, decodePng, pixelAt, type Rgb, type Rgba8Image } from './png.js';

/**
 * Exports of the demo case through the Export menu, read back as the browser's downloads: a PNG
 * of the layout at 2x (its size, the colour bar's colours, the watermark, the patient's identity
 * absent unless switched on, and none of it in the PNG's text chunks), the figure pack (a PDF
 * parsed back with pdf-lib, and its PNGs), and the CSV files against `planlens dvh`.
 */
const skip = e2eSkipReason(false);
const demoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-data/demo-case');
const patientName = 'PHANTOM';
const patientId = 'PLANLENS-DEMO';
const amber: Rgb = [233, 180, 76];

declare const planlens: PlanLensTestHooks;
declare const planlensExports: PlanLensExportTestHooks;
declare const document: { querySelector(selector: string): unknown };

interface Saved {
  readonly name: string;
  readonly bytes: Uint8Array;
}

describe.skipIf(skip !== undefined)(`exports in Chromium${skip === undefined ? '' : ` (skipped: ${skip})`}`, () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await startSession('');
    page = session.page;
    await waitForDoseFrame(page);
    await setView(page, { layout: '2x2', crosshairLps: [0, -30, 0] });
    // Every DVH computed, the masks cut and the 3D surfaces meshed: the exports show all of it.
    await page.waitForSelector('[data-testid=dose-stats] tbody tr', { timeout: 120_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid=dose-stats] progress') === null && planlens.maskCounts().computing === 0, undefined, { timeout: 120_000 });
    await page.waitForSelector('[data-testid=meshing]', { state: 'detached', timeout: 120_000 });
    await settle(page);
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  it('exports the layout at 2x: twice its CSS size, the colour bar in the wash colours, the watermark, no patient identity', async () => {
    await chooseScale(page, 2);
    const [png] = await exportAndSave(page, 'layout-2x', 1, () => clickMenu(page, 'Save a PNG', 'Layout'));
    const report = await lastFigure(page);
    const layout = layoutRect(await Promise.all((['axial', 'sagittal', 'coronal', 'volume'] as const).map((id) => viewportRect(page, id))));
    const image = decodePng(png?.bytes ?? new Uint8Array());
    expect(png?.name).toMatch(/^PlanLens_Demo-70-35_layout@2x_\d{4}-\d\d-\d\d_\d{4}\.png$/u);
    expect([image.width, image.height]).toEqual([2 * layout.width, 2 * layout.height]);
    expect([report.widthPx, report.heightPx]).toEqual([image.width, image.height]);

    const bar = report.colourBar;
    if (bar === undefined) throw new Error('the figure has no colour bar');
    expect(bar.height).toBeGreaterThan(200);
    for (let row = 0; row < bar.height; row += 1) {
      const expected = washColourAt(1 - (row + 0.5) / bar.height).map(Math.round) as unknown as Rgb;
      for (const column of [0, Math.floor(bar.width / 2), bar.width - 1]) {
        const found = pixelAt(image, bar.x + column, bar.y + row) ?? [0, 0, 0];
        expect(colourDistance(found, expected), `colour bar (${JSON.stringify(bar)}) row ${row} column ${column}: ${found.join(' ')} for ${expected.join(' ')}`).toBeLessThanOrEqual(1);
      }
    }

    const watermark = report.footerItems.find((item) => item.key === 'watermark');
    if (watermark === undefined) throw new Error('the footer has no watermark');
    expect(countNear(image, watermark.rect, amber, 40)).toBeGreaterThan(100);
    expect(report.footerItems.map((item) => item.key)).toEqual(['plan', 'date', 'watermark']);
    expectOnlyItemsInFooter(image, report);
    expectNoIdentityInChunks(png?.bytes ?? new Uint8Array());
  });

  it('draws the views again at the higher scale rather than enlarging the screen pixels', async () => {
    await chooseScale(page, 1);
    const [one] = await exportAndSave(page, 'axial-1x', 1, () => clickMenu(page, 'Save a PNG', 'Axial'));
    const legend = (await lastFigure(page)).legend;
    await chooseScale(page, 2);
    const [two] = await exportAndSave(page, 'axial-2x', 1, () => clickMenu(page, 'Save a PNG', 'Axial'));
    const small = decodePng(one?.bytes ?? new Uint8Array());
    const large = decodePng(two?.bytes ?? new Uint8Array());
    expect([large.width, large.height]).toEqual([2 * small.width, 2 * small.height]);
    // Over the middle of the view, clear of the legend: the same picture, with detail of its own.
    const inLegend = (x: number, y: number): boolean => legend !== undefined && x >= legend.x - 4 && x < legend.x + legend.width + 4 && y >= legend.y - 4 && y < legend.y + legend.height + 4;
    let compared = 0;
    let alike = 0;
    let detailed = 0;
    for (let y = Math.round(small.height * 0.2); y < small.height * 0.8; y += 1) {
      for (let x = Math.round(small.width * 0.1); x < small.width * 0.9; x += 1) {
        if (inLegend(x, y)) continue;
        const block: Rgb[] = [pixelAt(large, 2 * x, 2 * y), pixelAt(large, 2 * x + 1, 2 * y), pixelAt(large, 2 * x, 2 * y + 1), pixelAt(large, 2 * x + 1, 2 * y + 1)].map((rgb) => rgb ?? [0, 0, 0]);
        const mean = [0, 1, 2].map((c) => block.reduce((sum, rgb) => sum + (rgb[c as 0] ?? 0), 0) / 4) as unknown as Rgb;
        compared += 1;
        if (colourDistance(mean, pixelAt(small, x, y) ?? [0, 0, 0]) <= 24) alike += 1;
        if (block.some((rgb) => colourDistance(rgb, block[0] ?? rgb) > 1)) detailed += 1;
      }
    }
    expect(compared).toBeGreaterThan(20_000);
    // (Line edges differ by up to a pixel: isodose and contour lines are drawn anew at each scale.)
    expect(alike / compared).toBeGreaterThan(0.85);
    // An enlarged screenshot would repeat each pixel in a 2 x 2 block; the CT's interpolation alone varies within most.
    expect(detailed / compared).toBeGreaterThan(0.1);
  });

  it('shows the patient identity switch off by default, and draws the name and ID only when it is switched on', async () => {
    await openMenu(page);
    const identitySwitch = page.getByLabel("Show the patient's name and ID on exports");
    expect(await identitySwitch.isVisible()).toBe(true);
    expect(await identitySwitch.isChecked()).toBe(false);
    await identitySwitch.check();
    try {
      const [png] = await exportAndSave(page, 'identity-on', 1, () => clickMenu(page, 'Save a PNG', 'Sagittal'));
      const report = await lastFigure(page);
      const image = decodePng(png?.bytes ?? new Uint8Array());
      const identity = report.footerItems.find((item) => item.key === 'identity');
      if (identity === undefined) throw new Error('the identity is not in the footer');
      expect(countNear(image, identity.rect, [255, 255, 255], 60)).toBeGreaterThan(50);
      expect(png?.name).not.toContain(patientName);
      expectNoIdentityInChunks(png?.bytes ?? new Uint8Array());
    } finally {
      await openMenu(page);
      await identitySwitch.uncheck();
    }
  });

  it('saves the figure pack: a PDF with a title page and a page per figure, and the PNGs, naming the patient only when switched on', async () => {
    await chooseScale(page, 1);
    const files = await exportAndSave(page, 'pack', 8, () => clickMenu(page, 'Figure pack (PDF and PNGs)', 'Save figure pack…'));
    const [pdfFile, ...pngs] = files;
    expect(pdfFile?.name).toMatch(/^PlanLens_Demo-70-35_figures_.*\.pdf$/u);
    expect(pngs.map((file) => file.name.replace(/^.*_(\d\d-[^_]+)$/u, '$1'))).toEqual(['01-layout.png', '02-axial.png', '03-sagittal.png', '04-coronal.png', '05-3D.png', '06-DVH@2x.png', '07-metrics@2x.png']);
    for (const png of pngs) expect(decodePng(png.bytes).width).toBeGreaterThan(100);
    const pdf = await PDFDocument.load(pdfFile?.bytes ?? new Uint8Array());
    // Title, layout, four views, DVH, the statistics.
    expect(pdf.getPageCount()).toBe(8);
    const text = pdf.getPages().map(pageText).join('\n');
    expect(text).toContain('NOT FOR CLINICAL USE');
    expect(text).toContain('Plan Demo 70/35');
    expect(text).toContain('PTV');
    expect(text).not.toContain(patientName);
    expect(text).not.toContain(patientId);
    expectNoIdentityInMetadata(pdf);

    await openMenu(page);
    await page.getByLabel("Show the patient's name and ID on exports").check();
    for (const view of ['Axial', 'Sagittal', 'Coronal', '3D']) await page.getByLabel(`pack ${view}`).uncheck();
    try {
      const [named] = await exportAndSave(page, 'pack-identity-on', 4, () => clickMenu(page, 'Figure pack (PDF and PNGs)', 'Save figure pack…'));
      const namedPdf = await PDFDocument.load(named?.bytes ?? new Uint8Array());
      expect(namedPdf.getPageCount()).toBe(4);
      const namedText = namedPdf.getPages().map(pageText).join('\n');
      expect(namedText).toContain('PHANTOM, Demo');
      expect(namedText).toContain(patientId);
      expectNoIdentityInMetadata(namedPdf);
    } finally {
      await openMenu(page);
      await page.getByLabel("Show the patient's name and ID on exports").uncheck();
      for (const view of ['Axial', 'Sagittal', 'Coronal', '3D']) await page.getByLabel(`pack ${view}`).check();
    }
  });

  it('saves the metrics and the DVH curves as CSV with the numbers and columns of planlens dvh', async () => {
    const [metrics, curves] = await exportAndSave(page, 'csv', 2, () => clickMenu(page, 'CSV', 'Metrics and DVH curves…'));
    const cliCsv = await cli(['--rtstruct', join(demoDir, 'RS.demo.dcm'), '--rtdose', join(demoDir, 'RD.demo.dcm'), '--csv']);
    const cliJson = JSON.parse(await cli(['--rtstruct', join(demoDir, 'RS.demo.dcm'), '--rtdose', join(demoDir, 'RD.demo.dcm'), '--json'])) as { structures: { name: string; cumulative: { doseGy: number[]; volumeCc: number[]; volumePct: number[] } }[] };
    const ours = csvRows(new TextDecoder().decode(metrics?.bytes));
    const theirs = csvRows(cliCsv);
    const [ourHeader = [], ...ourRows] = ours;
    const [theirHeader = [], ...theirRows] = theirs;
    expect(ourHeader.slice(0, theirHeader.length)).toEqual(theirHeader);
    expect(ourHeader.slice(theirHeader.length)).toEqual(['V70GyPct']);
    expect(ourRows.map((row) => row[1])).toEqual(theirRows.map((row) => row[1]));
    ourRows.forEach((row, index) => theirHeader.forEach((column, at) => expectSameCell(row[at], theirRows[index]?.[at], `${row[1] ?? '?'} ${column}`)));
    // V at the prescription as the dose statistics panel shows it (one decimal).
    const panelRx = await page.locator('[data-testid=dose-stats] tr[data-roi="PTV"] td').last().textContent();
    const ptv = ourRows.find((row) => row[1] === 'PTV');
    expect(Number(ptv?.at(-1)).toFixed(1)).toBe(panelRx);
    expect(new TextDecoder().decode(metrics?.bytes)).toMatch(/\n# Plan Demo 70\/35 \(Demo plan\); exported by PlanLens [-\d: ]+; not for clinical use\n/u);

    const [curveHeader, ...curveRows] = csvRows(new TextDecoder().decode(curves?.bytes));
    expect(curveHeader).toEqual(['number', 'name', 'doseGy', 'volumeCc', 'volumePct']);
    for (const structure of cliJson.structures) {
      const rows = curveRows.filter((row) => row[1] === structure.name);
      expect(rows.map((row) => Number(row[2]))).toEqual(structure.cumulative.doseGy);
      rows.forEach((row, index) => {
        expectSameCell(row[3], String(structure.cumulative.volumeCc[index]), `${structure.name} cc at ${row[2] ?? '?'}`);
        expectSameCell(row[4], String(structure.cumulative.volumePct[index]), `${structure.name} % at ${row[2] ?? '?'}`);
      });
    }
  });
});

async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^Export/u });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

async function chooseScale(page: Page, scale: 1 | 2 | 4): Promise<void> {
  await openMenu(page);
  await page.getByRole('group', { name: 'Export scale' }).getByRole('button', { name: `${scale}x` }).click();
}

async function clickMenu(page: Page, group: string, button: string): Promise<void> {
  await openMenu(page);
  const scope = group === 'CSV' ? page.getByRole('dialog', { name: 'Export' }) : page.getByRole('group', { name: group });
  await scope.getByRole('button', { name: button, exact: true }).click();
}

/** Runs an export and collects the `count` files it saves (downloads), in order, kept as test-results/e2e/exports/<label>-<name>. */
async function exportAndSave(page: Page, label: string, count: number, start: () => Promise<void>): Promise<Saved[]> {
  const downloads: Download[] = [];
  const listener = (download: Download): void => { downloads.push(download); };
  page.on('download', listener);
  try {
    await start();
    await page.waitForFunction(() => planlensExports.exportState().busy === undefined && planlensExports.exportState().outcome !== undefined, undefined, { timeout: 120_000 });
    const outcome = await page.evaluate(() => planlensExports.exportState().outcome);
    expect(outcome?.ok, outcome?.message).toBe(true);
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(count);
  } finally {
    page.off('download', listener);
  }
  const folder = join(artefactDir, 'exports');
  mkdirSync(folder, { recursive: true });
  return Promise.all(downloads.map(async (download) => {
    const path = await download.path();
    const bytes = new Uint8Array(readFileSync(path));
    writeFileSync(join(folder, `${label}-${download.suggestedFilename()}`), bytes);
    return { name: download.suggestedFilename(), bytes };
  }));
}

async function lastFigure(page: Page): Promise<FigureReport> {
  const report = await page.evaluate(() => planlensExports.lastFigure());
  if (report === undefined) throw new Error('no figure was exported');
  return report;
}

async function viewportRect(page: Page, id: 'axial' | 'sagittal' | 'coronal' | 'volume'): Promise<PageRect> {
  const rect = await page.evaluate((which) => planlens.viewportRect(which), id);
  if (rect === undefined) throw new Error(`the layout does not show the ${id} view`);
  return rect;
}

function layoutRect(rects: readonly PageRect[]): { width: number; height: number } {
  const left = Math.min(...rects.map((rect) => rect.left));
  const top = Math.min(...rects.map((rect) => rect.top));
  return { width: Math.max(...rects.map((rect) => rect.left + rect.width)) - left, height: Math.max(...rects.map((rect) => rect.top + rect.height)) - top };
}

function countNear(image: Rgba8Image, rect: { x: number; y: number; width: number; height: number }, colour: Rgb, tolerance: number): number {
  let count = 0;
  for (let y = Math.floor(rect.y); y < rect.y + rect.height; y += 1) {
    for (let x = Math.floor(rect.x); x < rect.x + rect.width; x += 1) if (colourDistance(pixelAt(image, x, y) ?? [0, 0, 0], colour) <= tolerance) count += 1;
  }
  return count;
}

/** Outside its texts' boxes the footer band is one plain colour: nothing else (no name, no ID) is drawn there. */
function expectOnlyItemsInFooter(image: Rgba8Image, report: FigureReport): void {
  const { footer } = report;
  const reference = pixelAt(image, 1, footer.y + footer.height - 1) ?? [0, 0, 0];
  const inItem = (x: number, y: number): boolean => report.footerItems.some(({ rect }) => x >= rect.x - 2 && x < rect.x + rect.width + 2 && y >= rect.y - 2 && y < rect.y + rect.height + 2);
  let stray = 0;
  for (let y = footer.y; y < footer.y + footer.height; y += 1) {
    for (let x = 0; x < footer.width; x += 1) if (!inItem(x, y) && colourDistance(pixelAt(image, x, y) ?? [0, 0, 0], reference) > 2) stray += 1;
  }
  expect(stray).toBe(0);
}

/** The PNG's chunks: no text chunk at all (so none naming the patient). */
function expectNoIdentityInChunks(png: Uint8Array): void {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const types: string[] = [];
  for (let offset = 8; offset + 8 <= png.length; offset += 12 + view.getUint32(offset)) types.push(String.fromCharCode(...png.subarray(offset + 4, offset + 8)));
  expect(types[0]).toBe('IHDR');
  expect(types.filter((type) => ['tEXt', 'zTXt', 'iTXt', 'eXIf'].includes(type))).toEqual([]);
  const raw = Buffer.from(png).toString('latin1');
  expect(raw).not.toContain(patientName);
  expect(raw).not.toContain(patientId);
}

function expectNoIdentityInMetadata(pdf: PDFDocument): void {
  const fields = [pdf.getTitle(), pdf.getAuthor(), pdf.getSubject(), pdf.getKeywords(), pdf.getCreator(), pdf.getProducer()].map((field) => field ?? '');
  expect(pdf.getTitle()).toBe('PlanLens figure pack: Plan Demo 70/35 (Demo plan)');
  for (const field of fields) {
    expect(field).not.toContain(patientName);
    expect(field).not.toContain(patientId);
  }
}

/**
 * The text a page shows: the strings of its content streams' text operators (pdf-lib writes the
 * standard fonts' text as hex strings of WinAnsi codes, which are Latin-1 for what we write).
 */
function pageText(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : contents === undefined ? [] : [contents];
  return streams.map((entry) => {
    const stream = entry instanceof PDFRef ? page.doc.context.lookup(entry) : entry;
    if (!(stream instanceof PDFRawStream)) return '';
    const decoded = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    return [...decoded.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/gu)].map((match) => Buffer.from(match[1] ?? '', 'hex').toString('latin1')).join('\n');
  }).join('\n');
}

async function cli(args: readonly string[]): Promise<string> {
  let out = '';
  let err = '';
  const status = await runDvh(args, { stdout: (text) => { out += text; }, stderr: (text) => { err += text; } });
  if (status !== 0) throw new Error(`planlens dvh ${args.join(' ')}: ${err}`);
  return out;
}

/** The rows of a CSV without quoted cells (the demo case's names have no commas), "#" notes left out. */
function csvRows(text: string): string[][] {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.split(','));
}

/** Equal cells: the same text, or numbers within a part in 10^9 (the worker and the CLI run the same code). */
function expectSameCell(ours: string | undefined, theirs: string | undefined, what: string): void {
  if (ours === theirs) return;
  const a = Number(ours);
  const b = Number(theirs);
  expect(Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${what}: ${ours ?? '?'} vs ${theirs ?? '?'}`).toBe(true);
}
