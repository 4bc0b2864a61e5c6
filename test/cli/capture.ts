import type { CliIo } from '../../src/cli/io.js';

/** Runs a CLI entry point with its output captured. */
export async function captured(run: (args: readonly string[], io: CliIo) => Promise<number>, args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, { stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; } });
  return { status, stdout, stderr };
}
