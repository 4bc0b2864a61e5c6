import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { RecentCase } from '../src/bridge/contract.js';
import { atomicWriteJson } from './atomicWrite.js';
import type { CaseSource } from './caseFiles.js';

interface StoredRecentCase extends RecentCase {
  readonly source: CaseSource;
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

function storedCase(value: unknown): StoredRecentCase | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, label, fileCount, openedAtIso, source } = value as Record<string, unknown>;
  if (!isString(id) || !isString(label) || !isString(openedAtIso) || typeof fileCount !== 'number' || typeof source !== 'object' || source === null) return undefined;
  const { kind, path, paths } = source as Record<string, unknown>;
  if (kind === 'folder' && isString(path)) return { id, label, fileCount, openedAtIso, source: { kind, path } };
  if (kind === 'files' && Array.isArray(paths) && paths.length > 0 && paths.every(isString)) return { id, label, fileCount, openedAtIso, source: { kind, paths } };
  return undefined;
}

const sameSource = (a: CaseSource, b: CaseSource): boolean =>
  a.kind === 'folder' ? b.kind === 'folder' && a.path === b.path : b.kind === 'files' && a.paths.length === b.paths.length && a.paths.every((path, index) => path === b.paths[index]);

/**
 * The recent cases, newest first, kept in userData as JSON (written atomically). The page sees ids
 * and labels; the paths stay here.
 */
export class RecentCaseStore {
  private cases: StoredRecentCase[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly file: string, private readonly capacity: number) {}

  /** Reads the stored list; a missing or damaged file gives an empty list (the next change rewrites it). */
  async load(): Promise<void> {
    try {
      const stored: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      const list = typeof stored === 'object' && stored !== null ? (stored as { cases?: unknown }).cases : undefined;
      this.cases = (Array.isArray(list) ? list : []).map(storedCase).filter((entry): entry is StoredRecentCase => entry !== undefined).slice(0, this.capacity);
    } catch {
      this.cases = [];
    }
  }

  list(): RecentCase[] {
    return this.cases.map(({ id, label, fileCount, openedAtIso }) => ({ id, label, fileCount, openedAtIso }));
  }

  find(id: string): StoredRecentCase | undefined {
    return this.cases.find((entry) => entry.id === id);
  }

  /** Puts a case first (keeping its id when it was there already). */
  add(source: CaseSource, label: string, fileCount: number, now: Date = new Date()): Promise<RecentCase> {
    const previous = this.cases.find((entry) => sameSource(entry.source, source));
    const entry: StoredRecentCase = { id: previous?.id ?? randomUUID(), label, fileCount, openedAtIso: now.toISOString(), source };
    this.cases = [entry, ...this.cases.filter((other) => other !== previous)].slice(0, this.capacity);
    return this.save().then(() => ({ id: entry.id, label, fileCount, openedAtIso: entry.openedAtIso }));
  }

  remove(id: string): Promise<void> {
    this.cases = this.cases.filter((entry) => entry.id !== id);
    return this.save();
  }

  clear(): Promise<void> {
    this.cases = [];
    return this.save();
  }

  /** Writes one after another, so the file ends as the last change left the list. */
  private save(): Promise<void> {
    const snapshot = { version: 1, cases: this.cases };
    this.writing = this.writing.catch(() => undefined).then(() => atomicWriteJson(this.file, snapshot));
    return this.writing;
  }
}
