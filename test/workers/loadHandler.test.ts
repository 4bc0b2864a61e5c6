import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FileSource } from '../../src/case/caseLoader.js';
import { loadCaseFromSources } from '../../src/workers/loadHandler.js';
import { transferablesOfCase, type LoadResponse } from '../../src/workers/loadProtocol.js';

const demoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../sample-data/demo-case');

function memorySources(): FileSource[] {
  return readdirSync(demoDir).filter((name) => name.endsWith('.dcm')).sort().map((name) => {
    const bytes = new Uint8Array(readFileSync(join(demoDir, name)));
    return { name, sizeBytes: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length), readInto: (target, offset) => { target.set(bytes.subarray(offset, offset + target.length)); } };
  });
}

describe('the load handler', () => {
  it('reports progress per object, ends with the case and its transferable buffers', async () => {
    const responses: LoadResponse[] = [];
    let clock = 0;
    const reviewCase = await loadCaseFromSources(7, memorySources(), (response) => responses.push(response), () => (clock += 20));
    expect(reviewCase?.images).toHaveLength(1);
    const progress = responses.filter((response) => response.type === 'progress');
    // Every 50 ms of a 20 ms-per-file clock, and after the last file.
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.length).toBeLessThan(63);
    const last = progress.at(-1);
    expect(last?.filesRead).toBe(63);
    expect(last?.objects.map((object) => [object.kind, object.files]).sort()).toEqual([['image', 60], ['rtdose', 1], ['rtplan', 1], ['rtstruct', 1]]);
    expect(responses.at(-1)?.type).toBe('loaded');
    expect(responses.every((response) => response.requestId === 7)).toBe(true);
    if (reviewCase === undefined) return;
    const buffers = transferablesOfCase(reviewCase);
    expect(buffers).toHaveLength(2);
    expect(buffers).toContain(reviewCase.images[0]?.storedVoxels.buffer);
  });

  it('turns a failing source into problems, not a failed load', async () => {
    const broken: FileSource = { name: 'broken.dcm', sizeBytes: 1000, read: () => { throw new Error('disk gone'); }, readInto: () => { throw new Error('disk gone'); } };
    const responses: LoadResponse[] = [];
    const reviewCase = await loadCaseFromSources(1, [broken], (response) => responses.push(response));
    expect(reviewCase?.problems.some((problem) => problem.file === 'broken.dcm' && problem.message.includes('disk gone'))).toBe(true);
    expect(responses.at(-1)?.type).toBe('loaded');
  });
});
