import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, type AtomicWriteOps } from '../../electron/atomicWrite.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'planlens-atomic-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Node's operations, with one step made to fail. */
function failing(step: 'open' | 'write' | 'sync' | 'rename'): AtomicWriteOps & { temporary: string[] } {
  const temporary: string[] = [];
  return {
    temporary,
    open: async (path, flags, mode) => {
      temporary.push(path);
      if (step === 'open') throw new Error('EMFILE: too many open files');
      const handle = await fs.open(path, flags, mode);
      return {
        write: async (bytes: Uint8Array, offset: number, length: number) => {
          if (step === 'write') {
            // Half the bytes reach the temporary file, then the disk is full.
            await handle.write(bytes, offset, Math.floor(length / 2));
            throw new Error('ENOSPC: no space left on device');
          }
          return handle.write(bytes, offset, length);
        },
        sync: () => (step === 'sync' ? Promise.reject(new Error('EIO: i/o error')) : handle.sync()),
        close: () => handle.close(),
      } as unknown as fs.FileHandle;
    },
    rename: (from, to) => (step === 'rename' ? Promise.reject(new Error('EXDEV: cross-device link')) : fs.rename(from, to)),
    rm: fs.rm,
  };
}

describe('atomicWrite', () => {
  const bytes = new TextEncoder().encode('the new file, whole');

  it('writes through a hidden temporary file in the same folder, then renames it over the target', async () => {
    const target = join(dir, 'dvh.csv');
    writeFileSync(target, 'old');
    const ops = failing('open' as never);
    const seen: string[] = [];
    await atomicWrite(target, bytes, { ...ops, open: (path, flags, mode) => { seen.push(path); return fs.open(path, flags, mode); } });
    expect(readFileSync(target, 'utf8')).toBe('the new file, whole');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(new RegExp(`^${dir}/\\.dvh\\.csv\\.[0-9a-f]{12}\\.partial$`, 'u'));
    expect(readdirSync(dir)).toEqual(['dvh.csv']);
  });

  it.each(['open', 'write', 'sync', 'rename'] as const)('leaves the old file and no partial file when %s fails', async (step) => {
    const target = join(dir, 'figure.png');
    writeFileSync(target, 'the old figure');
    const ops = failing(step);
    await expect(atomicWrite(target, bytes, ops)).rejects.toThrow(/E[A-Z]+:/u);
    expect(readFileSync(target, 'utf8')).toBe('the old figure');
    expect(readdirSync(dir)).toEqual(['figure.png']);
  });

  it('leaves nothing when there was no file before and the write fails', async () => {
    await expect(atomicWrite(join(dir, 'new.pdf'), bytes, failing('write'))).rejects.toThrow(/ENOSPC/u);
    expect(readdirSync(dir)).toEqual([]);
  });
});
