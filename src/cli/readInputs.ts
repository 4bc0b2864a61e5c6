import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CaseLoader, type FileSource } from '../case/caseLoader.js';
import type { ReviewCase } from '../case/reviewCase.js';

/** Every file under the given folders and files, depth first, in name order. */
export function listInputFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats === undefined) throw new Error(`${path} does not exist`);
    if (stats.isFile()) return [path];
    if (!stats.isDirectory()) return [];
    const entries = readdirSync(path).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    return listInputFiles(entries.map((entry) => join(path, entry)));
  });
}

/**
 * Files on disk as FileSources. Whole-file and header reads go into one buffer reused from file to
 * file (grown when a larger file comes), so reading a folder allocates about one file's worth of
 * memory; pixel data the loader reads in place goes straight from the file into the volume.
 */
export class DiskFileReader {
  private buffer = new Uint8Array(0);

  /** Calls `use` with the file open as a FileSource; closes it afterwards. */
  async withSource<T>(path: string, use: (source: FileSource) => Promise<T>): Promise<T> {
    const descriptor = openSync(path, 'r');
    try {
      const sizeBytes = fstatSync(descriptor).size;
      return await use({
        name: path,
        sizeBytes,
        read: (offset, length) => {
          if (length > this.buffer.length) this.buffer = new Uint8Array(Math.max(length, this.buffer.length * 2));
          return this.buffer.subarray(0, readFully(descriptor, this.buffer.subarray(0, length), offset));
        },
        readInto: (target, offset) => {
          const count = readFully(descriptor, target, offset);
          if (count < target.length) throw new Error(`${path}: the file ended ${target.length - count} bytes early while reading`);
        },
      });
    } finally {
      closeSync(descriptor);
    }
  }

  /** The whole file, in the reused buffer (valid until the next read). */
  read(path: string): Promise<Uint8Array> {
    return this.withSource(path, async (source) => source.read(0, source.sizeBytes));
  }
}

function readFully(descriptor: number, target: Uint8Array, position: number): number {
  let filled = 0;
  while (filled < target.length) {
    const count = readSync(descriptor, target, filled, target.length - filled, position + filled);
    if (count === 0) break;
    filled += count;
  }
  return filled;
}

/** Loads the files under `paths` one at a time into a CaseLoader. */
export async function loadCaseFromPaths(paths: readonly string[]): Promise<ReviewCase> {
  const files = listInputFiles(paths);
  const loader = new CaseLoader(files.length);
  const reader = new DiskFileReader();
  for (const file of files) await reader.withSource(file, (source) => loader.addSource(source));
  return loader.finish();
}
