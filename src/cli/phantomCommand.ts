import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { generateDemoCase } from '../phantom/demoCase.js';
import type { PhantomSize } from '../phantom/grids.js';
import { demoTherapyPresetJson } from '../phantom/therapyPreset.js';
import { demoWalkthroughJson } from '../phantom/walkthrough.js';
import type { CliCommand } from './io.js';

export const phantomUsage = 'planlens phantom <out-dir> [--size demo|large] [--force] [--therapy]';

interface PhantomArgs {
  readonly outDir: string;
  readonly size: PhantomSize;
  readonly force: boolean;
  /** Also write the demo's therapy preset beside the folder (`--therapy`; the demo size only). */
  readonly therapy: boolean;
}

/** The arguments, or a one-line reason they are wrong. */
function parseArgs(args: readonly string[]): PhantomArgs | string {
  const positional: string[] = [];
  let size: string = 'demo';
  let force = false;
  let therapy = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--force') force = true;
    else if (arg === '--therapy') therapy = true;
    else if (arg === '--size') {
      index += 1;
      size = args[index] ?? '';
    }
    else if (arg.startsWith('--size=')) size = arg.slice('--size='.length);
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (size !== 'demo' && size !== 'large') return `--size must be demo or large, not "${size}"`;
  const [outDir] = positional;
  if (outDir === undefined) return 'no output folder given';
  if (positional.length > 1) return `one output folder expected, got ${positional.length}`;
  if (therapy && size !== 'demo') return '--therapy writes the preset of the demo size only';
  return { outDir, size, force, therapy };
}

/** A file an earlier `planlens phantom` run wrote (e.g. a CT slice the 'demo' size does not have). */
const generatedName = /^(CT\.\d{4}|R[SPD]\.demo)\.dcm$/u;

/** The demo walkthrough's file: beside the case folder (so that nothing reading the folder reads it), named after it. */
export function walkthroughPathOf(outDir: string): string {
  const folder = resolve(outDir);
  return join(dirname(folder), `${basename(folder)}-walkthrough.json`);
}

/** The demo therapy preset's file (weekly cisplatin): beside the case folder too, named after it. */
export function therapyPresetPathOf(outDir: string): string {
  const folder = resolve(outDir);
  return join(dirname(folder), `${basename(folder)}-therapy.json`);
}

function writeAtomically(target: string, bytes: Uint8Array | string): void {
  writeFileSync(`${target}.partial`, bytes);
  renameSync(`${target}.partial`, target);
}

/** Writes the files of the case into outDir and its walkthrough beside it; returns the case's file and byte counts. */
function writeCase(options: PhantomArgs): { fileCount: number; totalBytes: number } {
  mkdirSync(options.outDir, { recursive: true });
  const files = generateDemoCase({ size: options.size });
  const names = new Set(files.map((file) => file.name));
  for (const stale of readdirSync(options.outDir).filter((name) => generatedName.test(name) && !names.has(name))) {
    rmSync(join(options.outDir, stale));
  }
  for (const file of files) writeAtomically(join(options.outDir, file.name), file.bytes);
  writeAtomically(walkthroughPathOf(options.outDir), demoWalkthroughJson());
  if (options.therapy) writeAtomically(therapyPresetPathOf(options.outDir), demoTherapyPresetJson());
  return { fileCount: files.length, totalBytes: files.reduce((sum, file) => sum + file.bytes.length, 0) };
}

function entriesOf(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * `planlens phantom`: writes the generated demo case (CT slices, RTSTRUCT, RTPLAN, RTDOSE) into a
 * new or empty folder, and its teaching walkthrough beside it (<out-dir>-walkthrough.json); with
 * --force into a non-empty folder, replacing files of an earlier run. With --therapy also the
 * therapy preset the app opens the demo with (<out-dir>-therapy.json: weekly cisplatin 40 mg/m²).
 */
export const runPhantom: CliCommand = async (args, io) => {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`planlens phantom: ${parsed}. Usage: ${phantomUsage}\n`);
    return 2;
  }
  try {
    const existing = entriesOf(parsed.outDir);
    if (existing.length > 0 && !parsed.force) {
      io.stderr(`planlens phantom: ${parsed.outDir} is not empty (${existing.length} entries); pass --force to write into it\n`);
      return 1;
    }
    const walkthroughPath = walkthroughPathOf(parsed.outDir);
    if (existsSync(walkthroughPath) && !parsed.force) {
      io.stderr(`planlens phantom: ${walkthroughPath} exists; pass --force to replace it\n`);
      return 1;
    }
    const presetPath = therapyPresetPathOf(parsed.outDir);
    if (parsed.therapy && existsSync(presetPath) && !parsed.force) {
      io.stderr(`planlens phantom: ${presetPath} exists; pass --force to replace it\n`);
      return 1;
    }
    const { fileCount, totalBytes } = writeCase(parsed);
    const preset = parsed.therapy ? `, and its therapy preset to ${presetPath}` : '';
    io.stdout(`planlens phantom: wrote ${fileCount} files (${(totalBytes / 1024 / 1024).toFixed(2)} MiB, ${parsed.size} size) to ${parsed.outDir}, and its walkthrough to ${walkthroughPath}${preset}\n`);
    return 0;
  } catch (error) {
    io.stderr(`planlens phantom: cannot write ${parsed.outDir}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
};
