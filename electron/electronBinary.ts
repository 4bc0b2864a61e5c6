import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { readonly path: string } | { readonly missing: string };

/**
 * Where npm's electron package keeps its binary, found the way `require('electron')` finds it
 * (path.txt, ELECTRON_OVERRIDE_DIST_PATH) but without its side effect: when the binary is absent,
 * `require('electron')` starts a download. That is tried only when `allowDownload` is set and
 * ELECTRON_SKIP_BINARY_DOWNLOAD is not, in a child process whose output is kept.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv, allowDownload: boolean, fromDir: string, onDownload: () => void = () => undefined): ElectronBinary {
  const require = createRequire(join(fromDir, 'noop.js'));
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed (run npm ci)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined && override !== '') {
    const path = join(override, executable ?? 'electron');
    return existsSync(path) ? { path } : { missing: `ELECTRON_OVERRIDE_DIST_PATH names ${path}, which does not exist` };
  }
  if (executable !== undefined && existsSync(join(packageDir, 'dist', executable))) return { path: join(packageDir, 'dist', executable) };
  const skipped = env.ELECTRON_SKIP_BINARY_DOWNLOAD !== undefined && env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '' && env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '0';
  if (!allowDownload || skipped) {
    return { missing: `node_modules/electron has no binary (its install script did not run${skipped ? '; ELECTRON_SKIP_BINARY_DOWNLOAD is set' : ''})` };
  }
  onDownload();
  return downloadedBinary(packageDir);
}

/** require('electron') in a child process: it downloads the binary when it can, else throws. */
function downloadedBinary(packageDir: string): ElectronBinary {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require(process.argv[1]))', packageDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60_000,
  });
  const path = child.status === 0 ? child.stdout.trim() : '';
  if (path !== '' && existsSync(path)) return { path };
  const lines = `${child.stderr ?? ''}\n${child.error?.message ?? ''}`.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('at '));
  const why = lines.find((line) => /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/u.test(line)) ?? lines.at(-1) ?? `require('electron') gave ${path === '' ? 'nothing' : path}`;
  return { missing: `the Electron binary is not installed and could not be downloaded (${why})` };
}
