import type { FileSource } from '../../src/case/caseLoader.js';

/** A named browser file (File from an input or a drop, or a Blob fetched from the app's own server). */
export interface NamedBlob {
  readonly name: string;
  readonly blob: Blob;
}

/** Random access to a Blob for the case loader: only the ranges asked for are read. */
export function blobSource(file: NamedBlob): FileSource {
  return {
    name: file.name,
    sizeBytes: file.blob.size,
    read: async (offset, length) => new Uint8Array(await file.blob.slice(offset, offset + length).arrayBuffer()),
    readInto: async (target, offset) => {
      target.set(new Uint8Array(await file.blob.slice(offset, offset + target.length).arrayBuffer()));
    },
  };
}
