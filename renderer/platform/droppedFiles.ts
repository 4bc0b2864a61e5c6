import type { NamedBlob } from './blobSource.js';

/**
 * The files of a drop, folders walked recursively (webkitGetAsEntry), each named by its path in
 * the drop so that problems say which file.
 */
export async function droppedFiles(transfer: DataTransfer): Promise<NamedBlob[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry()).filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return [...transfer.files].map((file) => ({ name: file.name, blob: file }));
  const files: NamedBlob[] = [];
  for (const entry of entries) await collect(entry, files);
  return files;
}

async function collect(entry: FileSystemEntry, into: NamedBlob[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => { (entry as FileSystemFileEntry).file(resolve, reject); });
    into.push({ name: entry.fullPath.replace(/^\//u, ''), blob: file });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => { reader.readEntries(resolve, reject); });
    if (batch.length === 0) return;
    for (const child of batch) await collect(child, into);
  }
}

/** Files from an <input type=file> (with or without webkitdirectory), named by their relative path. */
export function inputFiles(list: FileList): NamedBlob[] {
  return [...list].map((file) => ({ name: file.webkitRelativePath === '' ? file.name : file.webkitRelativePath, blob: file }));
}
