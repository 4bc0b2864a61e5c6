import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CaseBatch, CaseFileBytes, SkippedFile } from '../src/bridge/contract.js';
import { ipcLimits } from './ipc/limits.js';

/** A file main will read for the page: `name` is what the page sees, `path` never leaves main. */
export interface ListedFile {
  readonly name: string;
  readonly path: string;
  readonly sizeBytes: number;
}

export interface CaseListing {
  readonly label: string;
  readonly files: readonly ListedFile[];
  readonly skipped: readonly SkippedFile[];
  readonly totalBytes: number;
}

/** Where a case comes from: a folder (walked), or files picked one by one. */
export type CaseSource = { readonly kind: 'folder'; readonly path: string } | { readonly kind: 'files'; readonly paths: readonly string[] };

type Limits = Pick<typeof ipcLimits, 'caseFiles' | 'caseBytes' | 'caseFileBytes' | 'folderDepth'>;

class ListingBuilder {
  readonly files: ListedFile[] = [];
  readonly skipped: SkippedFile[] = [];
  totalBytes = 0;

  constructor(readonly label: string, readonly limits: Limits) {}

  add(name: string, path: string, sizeBytes: number): void {
    if (sizeBytes > this.limits.caseFileBytes) {
      this.skipped.push({ name, reason: `${sizeBytes} bytes, more than the ${this.limits.caseFileBytes} a file may have` });
      return;
    }
    if (this.files.length + 1 > this.limits.caseFiles) {
      throw new Error(`${this.label} holds more than ${this.limits.caseFiles} files; pick the case's own folder`);
    }
    this.totalBytes += sizeBytes;
    if (this.totalBytes > this.limits.caseBytes) {
      throw new Error(`${this.label} holds more than ${Math.round(this.limits.caseBytes / 1024 ** 2)} MB; pick the case's own folder`);
    }
    this.files.push({ name, path, sizeBytes });
  }

  listing(): CaseListing {
    return { label: this.label, files: this.files, skipped: this.skipped, totalBytes: this.totalBytes };
  }
}

/**
 * The files of a folder and its subfolders, in name order, named by their path from the folder
 * (with the folder's own name first, as a browser names a folder's files). Symbolic links are not
 * followed and other special files are skipped, each with a reason.
 */
export async function listFolder(folder: string, limits: Limits = ipcLimits): Promise<CaseListing> {
  const label = basename(folder) || folder;
  const builder = new ListingBuilder(label, limits);
  const stats = await lstat(folder).catch((error: unknown) => { throw new Error(`cannot open ${folder}: ${messageOf(error)}`); });
  if (!stats.isDirectory()) throw new Error(`${folder} is not a folder`);
  await walk(builder, folder, label, 0);
  return builder.listing();
}

async function walk(builder: ListingBuilder, folder: string, name: string, depth: number): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (depth === 0) throw new Error(`cannot read ${folder}: ${messageOf(error)}`);
    builder.skipped.push({ name, reason: `the folder cannot be read: ${messageOf(error)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const entryName = `${name}/${entry.name}`;
    if (entry.isSymbolicLink()) builder.skipped.push({ name: entryName, reason: 'a symbolic link (not followed)' });
    else if (entry.isDirectory()) {
      if (depth + 1 > builder.limits.folderDepth) builder.skipped.push({ name: entryName, reason: `more than ${builder.limits.folderDepth} folders deep` });
      else await walk(builder, path, entryName, depth + 1);
    } else if (entry.isFile()) builder.add(entryName, path, (await lstat(path)).size);
    else builder.skipped.push({ name: entryName, reason: 'not a regular file' });
  }
}

/** Files picked one by one, named by their file names. */
export async function listFiles(paths: readonly string[], limits: Limits = ipcLimits): Promise<CaseListing> {
  const builder = new ListingBuilder(paths.length === 1 ? basename(paths[0] ?? '') : `${paths.length} files`, limits);
  for (const path of paths) {
    const stats = await lstat(path).catch((error: unknown) => { throw new Error(`cannot open ${path}: ${messageOf(error)}`); });
    if (stats.isFile()) builder.add(basename(path), path, stats.size);
    else builder.skipped.push({ name: basename(path), reason: stats.isDirectory() ? 'a folder (use Open folder…)' : 'not a regular file' });
  }
  return builder.listing();
}

export function listCase(source: CaseSource, limits: Limits = ipcLimits): Promise<CaseListing> {
  return source.kind === 'folder' ? listFolder(source.path, limits) : listFiles(source.paths, limits);
}

/**
 * Reads consecutive files from `startIndex` until about `batchBytes` are read (always at least one
 * file). A file that changed size since it was listed is read as it is now, within the per-file limit.
 */
export async function readBatch(listing: CaseListing, startIndex: number, batchBytes: number, maxFileBytes: number = ipcLimits.caseFileBytes): Promise<CaseBatch> {
  const files: CaseFileBytes[] = [];
  let bytesRead = 0;
  let index = startIndex;
  while (index < listing.files.length && (files.length === 0 || bytesRead < batchBytes)) {
    const file = listing.files[index];
    if (file === undefined) break;
    const size = (await lstat(file.path).catch((error: unknown) => { throw new Error(`cannot read ${file.name}: ${messageOf(error)}`); })).size;
    if (size > maxFileBytes) throw new Error(`${file.name} has grown to ${size} bytes, more than the ${maxFileBytes} a file may have`);
    const buffer = await readFile(file.path).catch((error: unknown) => { throw new Error(`cannot read ${file.name}: ${messageOf(error)}`); });
    files.push({ name: file.name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
    bytesRead += buffer.byteLength;
    index += 1;
  }
  return { files, nextIndex: index };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
