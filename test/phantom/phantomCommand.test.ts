import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runPhantom } from '../../src/cli/phantomCommand.js';

const workDir = mkdtempSync(join(tmpdir(), 'planlens-phantom-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function phantom(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const output = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (text) => { output.stdout += text; }, stderr: (text) => { output.stderr += text; } };
  const status = await runPhantom(args, io);
  return { status, ...output };
}

describe('planlens phantom', () => {
  it('writes the demo case into a new folder and says what it wrote', async () => {
    const out = join(workDir, 'new', 'case');
    const result = await phantom(out);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/^planlens phantom: wrote 63 files \(3\.\d\d MiB, demo size\) to .*case, and its walkthrough to .*case-walkthrough\.json\n$/u);
    const names = readdirSync(out);
    expect(names).toHaveLength(63);
    expect(readdirSync(join(workDir, 'new')).sort()).toEqual(['case', 'case-walkthrough.json']);
    expect(names).toEqual(expect.arrayContaining(['CT.0001.dcm', 'CT.0060.dcm', 'RS.demo.dcm', 'RP.demo.dcm', 'RD.demo.dcm']));
  });

  it('refuses a non-empty folder without --force, and leaves it alone', async () => {
    const out = join(workDir, 'occupied');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const result = await phantom(out, '--size', 'demo');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^planlens phantom: .*occupied is not empty \(1 entries\); pass --force to write into it\n$/u);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('refuses to replace a walkthrough beside the folder without --force', async () => {
    mkdirSync(join(workDir, 'beside'));
    writeFileSync(join(workDir, 'beside', 'case-walkthrough.json'), 'mine');
    const result = await phantom(join(workDir, 'beside', 'case'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^planlens phantom: .*beside\/case-walkthrough\.json exists; pass --force to replace it\n$/u);
    expect(readdirSync(join(workDir, 'beside'))).toEqual(['case-walkthrough.json']);
  });

  it('with --force replaces an earlier run, removing the slices the new size does not have, and keeps other files', async () => {
    const out = join(workDir, 'rewritten');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    writeFileSync(join(out, 'CT.0150.dcm'), 'a slice of an earlier --size large run');
    writeFileSync(join(out, 'RD.demo.dcm'), 'an old dose');
    expect((await phantom('--force', out, '--size=demo')).status).toBe(0);
    const names = readdirSync(out);
    expect(names).toHaveLength(64);
    expect(names).toContain('notes.txt');
    expect(names).not.toContain('CT.0150.dcm');
  });

  it('rejects bad arguments with a one-line reason and the usage', async () => {
    for (const [args, reason] of [
      [[], 'no output folder given'],
      [['a', 'b'], 'one output folder expected, got 2'],
      [['a', '--size', 'huge'], '--size must be demo or large, not "huge"'],
      [['a', '--size'], '--size must be demo or large, not ""'],
      [['a', '--overwrite'], 'unknown option --overwrite'],
    ] as const) {
      const result = await phantom(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`planlens phantom: ${reason}. Usage: planlens phantom <out-dir> [--size demo|large] [--force] [--therapy]\n`);
    }
  });

  it('reports a folder it cannot write in one line', async () => {
    const file = join(workDir, 'a-file');
    writeFileSync(file, 'not a folder');
    const result = await phantom(join(file, 'case'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^planlens phantom: cannot write .*a-file\/case: ENOTDIR[^\n]*\n$/u);
  });
});
