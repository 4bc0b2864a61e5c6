import { dvhUsage, runDvh } from './dvhCommand.js';
import { inspectUsage, runInspect } from './inspectCommand.js';
import type { CliCommand, CliIo } from './io.js';
import { phantomUsage, runPhantom } from './phantomCommand.js';
import { runSchedule, scheduleUsage } from './scheduleCommand.js';

const commands: Readonly<Record<string, CliCommand>> = {
  inspect: runInspect,
  dvh: runDvh,
  schedule: runSchedule,
  phantom: runPhantom,
};

const usage = `Usage:
  ${inspectUsage}
  ${dvhUsage}
  ${scheduleUsage}
  ${phantomUsage}
`;

/** The `planlens` command line: dispatches to a command; any failure is one line and exit status 1. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(usage);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    io.stderr(`planlens: unknown command "${name}".\n${usage}`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    // A file that cannot be opened, a folder that does not exist ...: one line, never a stack trace.
    io.stderr(`planlens ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
