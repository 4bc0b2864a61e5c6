import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electronBinary.js';

/*
 * `npm start` (built to dist/electron/start.js): starts the desktop app on the demo case, or on
 * the folder given (`npm start -- <folder>`). Where the Electron binary is missing it says so and
 * serves the browser build instead, as `npm run web` does.
 */
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const port = '4173';

/** Plain arguments are paths relative to where npm was run (npm itself runs scripts in the project root). */
function forwardedArguments(): string[] {
  const from = process.env.INIT_CWD ?? process.cwd();
  return process.argv.slice(2).map((argument) => (argument.startsWith('-') || isAbsolute(argument) ? argument : resolve(from, argument)));
}

function relay(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
  child.on('error', (error) => {
    console.error(`PlanLens: could not start ${child.spawnfile}: ${error.message}`);
    process.exit(1);
  });
}

function startDesktop(binary: string, args: readonly string[]): void {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  relay(spawn(binary, [join(here, 'main.js'), ...args], { stdio: 'inherit', env, windowsHide: false }));
}

function serveWeb(missing: string, args: readonly string[]): void {
  console.log([
    `PlanLens: the desktop app cannot start here: ${missing}.`,
    'PlanLens: serving the browser build instead (what `npm run web` does): open the address below in Chrome or Chromium.',
    'PlanLens: for the desktop app, install Electron where it can be downloaded (`npx install-electron`, or `npm ci` without ELECTRON_SKIP_BINARY_DOWNLOAD), then run `npm start` again.',
    ...(args.some((argument) => !argument.startsWith('-')) ? ['PlanLens: the browser build cannot open a folder from the command line; use Open folder… or drop it on the window.'] : []),
  ].join('\n'));
  const require = createRequire(join(repoRoot, 'package.json'));
  const vitePackage = require.resolve('vite/package.json');
  const bin = (JSON.parse(readFileSync(vitePackage, 'utf8')) as { bin: Record<string, string> }).bin.vite ?? 'bin/vite.js';
  relay(spawn(process.execPath, [join(dirname(vitePackage), bin), 'preview', '--strictPort', '--port', port], { stdio: 'inherit', cwd: repoRoot }));
}

const args = forwardedArguments();
const found = findElectronBinary(process.env, true, repoRoot, () => console.log('PlanLens: the Electron binary is missing; npm\'s electron package is trying to download it (once)…'));
if ('path' in found) startDesktop(found.path, args);
else serveWeb(found.missing, args);
