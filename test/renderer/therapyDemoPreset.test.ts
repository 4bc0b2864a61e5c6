import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runPhantom } from '../../src/cli/phantomCommand.js';
import { demoTherapyPresetJson } from '../../src/phantom/therapyPreset.js';
import { demoUids } from '../../src/phantom/uids.js';
import { parseTherapyPreset } from '../../src/therapy/therapyPreset.js';

const shipped = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-data/demo-case-therapy.json');
const workDir = mkdtempSync(join(tmpdir(), 'planlens-therapy-preset-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the demo therapy preset', () => {
  it('is what sample-data/demo-case-therapy.json holds: weekly cisplatin on the demo plan', () => {
    expect(readFileSync(shipped, 'utf8')).toBe(demoTherapyPresetJson());
    expect(parseTherapyPreset(demoTherapyPresetJson())).toEqual({ planUid: demoUids.plan, startDate: '2026-01-05', clock: '09:00', regimenIds: ['cisplatin_weekly_40'] });
  });

  it('is written beside the case by planlens phantom --therapy, and not without it', async () => {
    let stdout = '';
    const io = { stdout: (text: string) => { stdout += text; }, stderr: () => undefined };
    expect(await runPhantom([join(workDir, 'a', 'case'), '--therapy'], io)).toBe(0);
    expect(stdout).toMatch(/and its therapy preset to .*case-therapy\.json\n$/u);
    expect(readFileSync(join(workDir, 'a', 'case-therapy.json'), 'utf8')).toBe(demoTherapyPresetJson());
    expect(await runPhantom([join(workDir, 'b', 'case')], io)).toBe(0);
    expect(readdirSync(join(workDir, 'b')).sort()).toEqual(['case', 'case-walkthrough.json']);
    expect(await runPhantom([join(workDir, 'c'), '--therapy', '--size', 'large'], io)).toBe(2);
  });

  it('reports each bad field and never throws', () => {
    expect(parseTherapyPreset('[')).toEqual({ problems: [expect.stringMatching(/^therapy preset: not JSON/u)] });
    const read = parseTherapyPreset(JSON.stringify({ schemaVersion: 2, planUid: 'x', startDate: '2026-1-5', clock: '9:00', regimenIds: [1] }));
    expect('problems' in read && read.problems).toHaveLength(5);
  });
});
