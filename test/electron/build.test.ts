import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build, type RolldownOptions } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import configs from '../../rolldown.config.js';

/** The shell's build (rolldown.config.ts), into a temporary folder: what npm start and packaging run. */
const outDir = mkdtempSync(join(tmpdir(), 'planlens-electron-build-'));
const built = (name: string): string => readFileSync(join(outDir, name), 'utf8');
const importsOf = (code: string): string[] => [...code.matchAll(/^import\s[^'"]*from\s*"([^"]+)";?$/gmu)].map((match) => match[1] ?? '');

beforeAll(async () => {
  const options = (configs as RolldownOptions[]).map((config) => {
    const output = Array.isArray(config.output) ? config.output[0] : config.output;
    return { ...config, output: { ...output, file: join(outDir, basename(output?.file ?? 'out.js')), sourcemap: false } };
  });
  await build(options);
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the desktop shell build', () => {
  it('makes the preload one CommonJS file that requires electron alone', () => {
    const preload = built('preload.cjs');
    expect(importsOf(preload)).toEqual([]);
    expect([...preload.matchAll(/require\(\s*"([^"]+)"\s*\)/gu)].map((match) => match[1])).toEqual(['electron']);
    // Run it as a sandboxed preload runs: CommonJS, a require that knows electron only.
    const exposeInMainWorld = vi.fn();
    const sandboxRequire = (id: string): unknown => {
      if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
      return { contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() } };
    };
    runInNewContext(preload, { require: sandboxRequire, module: { exports: {} }, exports: {} });
    expect(exposeInMainWorld).toHaveBeenCalledWith('planlensDesktop', expect.objectContaining({ bridgeVersion: 1 }));
  });

  it('makes main an ES module importing only electron and Node, with the bridge bundled in', () => {
    const main = built('main.js');
    expect(importsOf(main).filter((specifier) => specifier !== 'electron' && !specifier.startsWith('node:'))).toEqual([]);
    expect(main).toContain('planlens:save-file');
    expect(main).not.toMatch(/\brequire\(/u);
  });

  it('makes the npm start launcher', () => {
    expect(built('start.js')).toContain('npm run web');
  });
});
