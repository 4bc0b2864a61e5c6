import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchCaseFromArgv } from '../../electron/launchArgs.js';

const dir = mkdtempSync(join(tmpdir(), 'planlens-args-'));
writeFileSync(join(dir, 'plan.dcm'), 'x');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the case on the command line', () => {
  it('is the first plain argument after the app (unpackaged: electron dist/electron/main.js <folder>)', () => {
    expect(launchCaseFromArgv(['/x/electron', 'dist/electron/main.js', 'case'], false, '/work')).toEqual({ kind: 'folder', path: '/work/case' });
    expect(launchCaseFromArgv(['/x/electron', '--inspect=0', '--remote-debugging-port=0', 'dist/electron/main.js', '/data/case'], false, '/work')).toEqual({ kind: 'folder', path: '/data/case' });
    expect(launchCaseFromArgv(['/x/electron', 'dist/electron/main.js'], false, '/work')).toBeUndefined();
  });

  it('is the first plain argument (packaged: planlens-app <folder>)', () => {
    expect(launchCaseFromArgv(['/opt/PlanLens/planlens-app', '--no-sandbox', 'case'], true, '/home/u')).toEqual({ kind: 'folder', path: '/home/u/case' });
    expect(launchCaseFromArgv(['/opt/PlanLens/planlens-app'], true, '/home/u')).toBeUndefined();
  });

  it('opens a single file as a one-file case', () => {
    expect(launchCaseFromArgv(['planlens-app', 'plan.dcm'], true, dir)).toEqual({ kind: 'files', paths: [join(dir, 'plan.dcm')] });
  });
});
