import type { FileSource } from '../../src/case/caseLoader.js';

/** A named browser file (File from an input or a drop, or a Blob fetched from the app's own server). */
export interface NamedBlob {
  readonly name: string;
  readonly blob: Blob;
}

/** Files read ahead of the loader: reading is asynchronous in a browser, parsing is not, so they overlap. */
const readAheadFiles = 6;

/**
 * File sources for the case loader over browser files. Each file is read whole in one request
 * (two small reads of a Blob cost more than one large one), and the next few files are already
 * being read while the loader parses the current one; a file's bytes are let go when the loader
 * moves on, so at most `readAheadFiles` + 1 files are held at once.
 */
export function blobSources(files: readonly NamedBlob[]): FileSource[] {
  const reads: (Promise<Uint8Array> | undefined)[] = new Array(files.length);
  const readFile = (index: number): Promise<Uint8Array> => {
    let read = reads[index];
    if (read === undefined) {
      read = (files[index]?.blob.arrayBuffer() ?? Promise.resolve(new ArrayBuffer(0))).then((buffer) => new Uint8Array(buffer));
      reads[index] = read;
    }
    return read;
  };
  const bytesOf = async (index: number): Promise<Uint8Array> => {
    for (let ahead = index + 1; ahead <= Math.min(files.length - 1, index + readAheadFiles); ahead += 1) void readFile(ahead);
    if (index > 0) reads[index - 1] = undefined;
    return readFile(index);
  };
  return files.map((file, index) => ({
    name: file.name,
    sizeBytes: file.blob.size,
    read: async (offset, length) => (await bytesOf(index)).subarray(offset, offset + length),
    readInto: async (target, offset) => {
      target.set((await bytesOf(index)).subarray(offset, offset + target.length));
    },
  }));
}
