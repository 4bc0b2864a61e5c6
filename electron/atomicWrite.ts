import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations atomicWrite uses (tests give failing ones). */
export interface AtomicWriteOps {
  open(path: string, flags: string, mode: number): Promise<Pick<fs.FileHandle, 'write' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

const nodeOps: AtomicWriteOps = { open: (path, flags, mode) => fs.open(path, flags, mode), rename: fs.rename, rm: fs.rm };

/** The temporary file beside `target` that atomicWrite writes first (hidden, never an existing file). */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`);
}

/**
 * Writes `bytes` to `target` so that `target` is either its old self or the whole new file, never a
 * part: a new temporary file in the same folder (created exclusively), flushed to disk, then
 * renamed over `target`. On any failure the temporary file is removed and the error is thrown.
 */
export async function atomicWrite(target: string, bytes: Uint8Array, ops: AtomicWriteOps = nodeOps): Promise<void> {
  const temporary = temporaryPathFor(target);
  let handle: Awaited<ReturnType<AtomicWriteOps['open']>> | undefined;
  try {
    handle = await ops.open(temporary, 'wx', 0o644);
    for (let offset = 0; offset < bytes.length;) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
      if (bytesWritten <= 0) throw new Error(`writing ${temporary} made no progress`);
      offset += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await ops.rename(temporary, target);
  } catch (error) {
    if (handle !== undefined) await handle.close().catch(() => undefined);
    await ops.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** atomicWrite of a value as pretty JSON. */
export function atomicWriteJson(target: string, value: unknown): Promise<void> {
  return atomicWrite(target, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));
}
