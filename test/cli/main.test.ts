import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captured } from './capture.js';

const run = (...argv: string[]) => captured(main, argv);

describe('the planlens command line', () => {
  it('turns a missing file into one line and status 1, never a stack trace', async () => {
    for (const argv of [['inspect', '/no/such/folder'], ['dvh', '--rtstruct', '/no/rs.dcm', '--rtdose', '/no/rd.dcm'], ['dvh', '--rtstruct', 'sample-data/demo-case/RS.demo.dcm', '--rtdose', 'sample-data/demo-case/RD.demo.dcm', '--goals', '/no/goals.txt']]) {
      const { status, stderr } = await run(...argv);
      expect(status).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^planlens (inspect|dvh): .*\/no\//u);
    }
  });

  it('lists its commands, and refuses an unknown one', async () => {
    expect((await run('--help')).stdout).toMatch(/planlens inspect[\s\S]*planlens dvh[\s\S]*planlens phantom/u);
    expect((await run('frobnicate')).status).toBe(2);
  });
});
