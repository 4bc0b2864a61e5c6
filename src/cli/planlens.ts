#!/usr/bin/env node
import { runInspect, inspectUsage } from './inspectCommand.js';
import { processIo, type CliCommand } from './io.js';
import { runPhantom } from './phantomCommand.js';

const commands: Readonly<Record<string, CliCommand>> = {
  inspect: runInspect,
  phantom: runPhantom,
};

const usage = `Usage:
  ${inspectUsage}
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
