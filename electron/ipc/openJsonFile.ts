import { dialog } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenJsonResult } from '../../src/bridge/contract.js';
import type { IpcRequest } from './context.js';
import { ipcLimits } from './limits.js';
import { expectArgumentCount } from './validate.js';

/** openJsonFile(): main's open dialog for one .json file (sessions, walkthroughs); answers its name and text. */
export async function openJsonFile({ window }: IpcRequest, args: readonly unknown[]): Promise<OpenJsonResult> {
  expectArgumentCount('openJsonFile', args, 0);
  const choice = await dialog.showOpenDialog(window, { title: 'Open a session or walkthrough', properties: ['openFile'], filters: [{ name: 'JSON', extensions: ['json'] }] });
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return { status: 'cancelled' };
  const name = basename(path);
  try {
    const { size } = await stat(path);
    if (size > ipcLimits.jsonBytes) throw new Error(`${size} bytes, more than the ${ipcLimits.jsonBytes} allowed`);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
    return { status: 'opened', name, text: text.startsWith('\ufeff') ? text.slice(1) : text };
  } catch (error) {
    const why = error instanceof TypeError ? 'it is not UTF-8 text' : error instanceof Error ? error.message : String(error);
    throw new Error(`openJsonFile: cannot read ${name}: ${why}`);
  }
}
