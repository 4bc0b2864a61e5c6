import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findElectronBinary } from '../../electron/electronBinary.js';

/** npm start and the Electron e2e test find the binary without require('electron'), which would start a download. */
let project: string;
let packageDir: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'planlens-binary-'));
  packageDir = join(project, 'node_modules', 'electron');
  mkdirSync(packageDir, { recursive: true });
  writeFileSync(join(packageDir, 'package.json'), '{"name":"electron","version":"45.5.0"}');
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('finding the Electron binary', () => {
  it('says plainly when the install script never ran, and downloads nothing unless allowed', () => {
    const onDownload = vi.fn();
    expect(findElectronBinary({}, false, project, onDownload)).toEqual({ missing: 'node_modules/electron has no binary (its install script did not run)' });
    expect(findElectronBinary({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, true, project, onDownload)).toEqual({ missing: 'node_modules/electron has no binary (its install script did not run; ELECTRON_SKIP_BINARY_DOWNLOAD is set)' });
    expect(onDownload).not.toHaveBeenCalled();
  });

  it('finds it where path.txt says, or under ELECTRON_OVERRIDE_DIST_PATH', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(findElectronBinary({}, false, project)).toMatchObject({ missing: expect.stringContaining('no binary') as unknown });
    mkdirSync(join(packageDir, 'dist'));
    writeFileSync(join(packageDir, 'dist', 'electron'), '');
    expect(findElectronBinary({}, false, project)).toEqual({ path: join(packageDir, 'dist', 'electron') });
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: join(project, 'nowhere') }, false, project)).toEqual({ missing: `ELECTRON_OVERRIDE_DIST_PATH names ${join(project, 'nowhere', 'electron')}, which does not exist` });
  });

  it('says when the package itself is not installed', () => {
    const empty = mkdtempSync(join(tmpdir(), 'planlens-nothing-'));
    try {
      expect(findElectronBinary({}, false, empty)).toEqual({ missing: 'the electron package is not installed (run npm ci)' });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
