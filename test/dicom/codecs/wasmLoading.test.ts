import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { decodeFrame } from '../../../src/dicom/codecs/decodeFrame.js';
import { setCodecWasmUrls } from '../../../src/dicom/codecs/wasmCodecs.js';
import { DicomReadError } from '../../../src/dicom/errors.js';
import { makeTempDir, prepareSources, readImageFile, run, skipReason } from './codecFixtures.js';

/**
 * How the WebAssembly codecs start: once each, shared by concurrent callers, from the URL a host
 * gives (a browser host must give one), and again after a start that failed. Each test file runs
 * with fresh modules, so no codec has started before these tests.
 */
const skip = skipReason(['dcmcjpls', 'dcmcjpeg', 'gdcmconv']);

describe.skipIf(skip !== undefined)('starting the WebAssembly codecs', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());
  const sources = skip === undefined ? prepareSources(temp.dir) : undefined;
  const compress = (name: string, tool: string, options: readonly string[], source: 'ct-12bit-unsigned' | 'grey-8bit') => {
    const original = sources?.[source];
    if (original === undefined) throw new Error('sources not prepared');
    const out = join(temp.dir, `${name}.dcm`);
    run(tool, [...options, original.path, out]);
    return { frame: readImageFile(out).encodedFrame(0), pixels: original.pixels };
  };

  it('concurrent first decodes share one instantiation per codec', async () => {
    const jpegLs = compress('jpeg-ls', 'dcmcjpls', ['+el'], 'ct-12bit-unsigned');
    const j2k = compress('j2k', 'gdcmconv', ['--j2k'], 'ct-12bit-unsigned');
    // The global WebAssembly object is not in this project's type libraries (ES2024, Node).
    const webAssembly = (globalThis as unknown as { WebAssembly: { instantiate(...args: unknown[]): Promise<unknown> } }).WebAssembly;
    const instantiate = vi.spyOn(webAssembly, 'instantiate');
    try {
      const decoded = await Promise.all([jpegLs, jpegLs, j2k, jpegLs, j2k].map(({ frame }) => decodeFrame(frame)));
      for (const bytes of decoded) expect(Buffer.from(bytes).equals(Buffer.from(jpegLs.pixels))).toBe(true);
      expect(instantiate).toHaveBeenCalledTimes(2);
      await decodeFrame(jpegLs.frame);
      expect(instantiate).toHaveBeenCalledTimes(2);
    } finally {
      instantiate.mockRestore();
    }
  });

  it('uses the .wasm URL the host gives, reports a wrong one with advice, and retries after', async () => {
    const baseline = compress('baseline', 'dcmcjpeg', ['+eb'], 'grey-8bit');
    const missing = 'file:///nonexistent/libjpegturbowasm_decode.wasm';
    setCodecWasmUrls({ 'jpeg-8bit': missing });
    try {
      const failure = await decodeFrame(baseline.frame).then(() => undefined, (error: unknown) => error);
      expect(failure).toBeInstanceOf(DicomReadError);
      expect(failure).toMatchObject({ code: 'decode-failed', module: 'decodeFrame' });
      expect((failure as DicomReadError).reason).toMatch(/libjpeg-turbo WebAssembly module did not start/u);
      expect((failure as DicomReadError).hint).toContain(`setCodecWasmUrls`);
      expect((failure as DicomReadError).hint).toContain(missing);

      const wasmPath = createRequire(import.meta.url).resolve('@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasm');
      setCodecWasmUrls({ 'jpeg-8bit': pathToFileURL(wasmPath).href });
      expect((await decodeFrame(baseline.frame)).length).toBe(512 * 512);
    } finally {
      setCodecWasmUrls({});
    }
  });
});
