import { dialog } from 'electron';
import { basename, dirname, join } from 'node:path';
import type { SaveFileResult, SaveKind } from '../../src/bridge/contract.js';
import { atomicWrite } from '../atomicWrite.js';
import type { IpcRequest } from './context.js';
import { safeFileName } from './fileNames.js';
import { ipcLimits } from './limits.js';
import { expectArgumentCount, expectBytes, expectSaveKind, expectString } from './validate.js';

const filters: Record<SaveKind, Electron.FileFilter> = {
  png: { name: 'PNG image', extensions: ['png'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
};

/**
 * saveFile(bytes, suggestedName, kind): main's save dialog (proposing the suggested name reduced
 * to a base name, asking before it overwrites), then an atomic write. Answers the chosen file's
 * name, or why nothing was saved (cancelled, or the write failed, leaving no partial file).
 */
export async function saveFile({ context, window }: IpcRequest, args: readonly unknown[]): Promise<SaveFileResult> {
  expectArgumentCount('saveFile', args, 3);
  const bytes = expectBytes('saveFile', 'bytes', args[0], ipcLimits.saveBytes);
  const suggestedName = expectString('saveFile', 'the suggested name', args[1]);
  const kind = expectSaveKind('saveFile', args[2]);
  const choice = await dialog.showSaveDialog(window, {
    title: `Save ${filters[kind].name}`,
    defaultPath: join(context.saveFolder(), safeFileName(suggestedName, kind)),
    filters: [filters[kind]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false, reason: 'cancelled' };
  const target = choice.filePath;
  try {
    await atomicWrite(target, bytes);
  } catch (error) {
    return { saved: false, reason: `could not write ${basename(target)}: ${error instanceof Error ? error.message : String(error)}` };
  }
  context.rememberSaveFolder(dirname(target));
  return { saved: true, name: basename(target) };
}
