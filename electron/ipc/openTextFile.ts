import { dialog, type BrowserWindow } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenTextResult } from '../../src/bridge/contract.js';

/** What one open-text-file operation asks of main's dialog and how much it reads. */
export interface TextFileOptions {
  readonly operation: string;
  readonly title: string;
  readonly filter: { readonly name: string; readonly extensions: readonly string[] };
  readonly maxBytes: number;
}

/**
 * Main's open dialog for one text file of a kind; reads it itself (the page never names a path)
 * as UTF-8, without a byte-order mark, refusing anything over `maxBytes`.
 */
export async function openTextFile(window: BrowserWindow, options: TextFileOptions): Promise<OpenTextResult> {
  const choice = await dialog.showOpenDialog(window, { title: options.title, properties: ['openFile'], filters: [{ name: options.filter.name, extensions: [...options.filter.extensions] }] });
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return { status: 'cancelled' };
  const name = basename(path);
  try {
    const { size } = await stat(path);
    if (size > options.maxBytes) throw new Error(`${size} bytes, more than the ${options.maxBytes} allowed`);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
    return { status: 'opened', name, text: text.startsWith('\ufeff') ? text.slice(1) : text };
  } catch (error) {
    const why = error instanceof TypeError ? 'it is not UTF-8 text' : error instanceof Error ? error.message : String(error);
    throw new Error(`${options.operation}: cannot read ${name}: ${why}`);
  }
}
