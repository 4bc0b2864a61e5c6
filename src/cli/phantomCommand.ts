import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoCase } from '../phantom/demoCase.js';
import type { CliCommand } from './io.js';

export const phantomUsage = 'planlens phantom <out-dir> [--size demo|large] [--force]';

/** `planlens phantom`: writes the generated demo case; refuses a non-empty folder without --force. */
export const runPhantom: CliCommand = async (args, io) => {
  const sizeIndex = args.indexOf('--size');
  const size = sizeIndex >= 0 ? args[sizeIndex + 1] : 'demo';
  const force = args.includes('--force');
  const positional = args.filter((arg, index) => !arg.startsWith('--') && !(sizeIndex >= 0 && index === sizeIndex + 1));
  const outDir = positional[0];
  if (outDir === undefined || positional.length > 1 || (size !== 'demo' && size !== 'large')) {
    io.stderr(`planlens phantom: ${outDir === undefined ? 'no output folder given' : `bad arguments ${args.join(' ')}`}. Usage: ${phantomUsage}\n`);
    return 2;
  }
  mkdirSync(outDir, { recursive: true });
  const existing = readdirSync(outDir);
  if (existing.length > 0 && !force) {
    io.stderr(`planlens phantom: ${outDir} is not empty (${existing.length} entries); pass --force to overwrite the demo files in it\n`);
    return 1;
  }
  const files = generateDemoCase(size);
  for (const file of files) {
    const target = join(outDir, file.name);
    writeFileSync(`${target}.partial`, file.bytes);
    renameSync(`${target}.partial`, target);
  }
  const totalBytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
  io.stdout(`planlens phantom: wrote ${files.length} files (${(totalBytes / 1024 / 1024).toFixed(2)} MiB) to ${outDir}\n`);
  return 0;
};
