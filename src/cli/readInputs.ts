import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CaseLoader } from '../case/caseLoader.js';
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
 * Reads files into one buffer that is reused from file to file (grown when a larger file comes),
 * so reading a folder allocates about one file's worth of memory. The returned bytes are valid
 * only until the next read: the case loader copies what it keeps before it returns.
 */
export class ReusableFileReader {
  private buffer = new Uint8Array(0);

  read(path: string): Uint8Array {
    const descriptor = openSync(path, 'r');
    try {
      const size = fstatSync(descriptor).size;
      if (size > this.buffer.length) this.buffer = new Uint8Array(Math.max(size, this.buffer.length * 2));
      let filled = 0;
      while (filled < size) {
        const count = readSync(descriptor, this.buffer, filled, size - filled, filled);
        if (count === 0) break;
        filled += count;
      }
      return this.buffer.subarray(0, filled);
    } finally {
      closeSync(descriptor);
    }
  }
}

/** Loads the files under `paths` one at a time into a CaseLoader. */
export async function loadCaseFromPaths(paths: readonly string[]): Promise<ReviewCase> {
  const files = listInputFiles(paths);
  const loader = new CaseLoader(files.length);
  const reader = new ReusableFileReader();
  for (const file of files) {
    await loader.addFile({ name: file, bytes: reader.read(file) });
  }
  return loader.finish();
}
