#!/usr/bin/env node
import { dvhUsage, runDvh } from './dvhCommand.js';
import { runInspect, inspectUsage } from './inspectCommand.js';
import { processIo, type CliCommand } from './io.js';
import { runPhantom } from './phantomCommand.js';

const commands: Readonly<Record<string, CliCommand>> = {
  inspect: runInspect,
  dvh: runDvh,
  phantom: runPhantom,
};

const usage = `Usage:
  ${inspectUsage}
  ${dvhUsage}
  planlens phantom <out-dir> [--size demo|large] [--force]
`;

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    processIo.stdout(usage);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    processIo.stderr(`planlens: unknown command "${name}".\n${usage}`);
    return 2;
  }
  return command(args, processIo);
}

process.exitCode = await main(process.argv.slice(2));
