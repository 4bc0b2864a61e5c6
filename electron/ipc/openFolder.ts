import { dialog } from 'electron';
import type { OpenCaseResult } from '../../src/bridge/contract.js';
import type { IpcRequest } from './context.js';
import { openCaseFrom } from './openedCase.js';
import { expectArgumentCount } from './validate.js';

/** openFolder(): main's folder dialog; the folder is walked and listed for readCaseBatch. */
export async function openFolder({ context, window }: IpcRequest, args: readonly unknown[]): Promise<OpenCaseResult> {
  expectArgumentCount('openFolder', args, 0);
  const choice = await dialog.showOpenDialog(window, { title: 'Open a case folder', buttonLabel: 'Open case', properties: ['openDirectory'] });
  const folder = choice.filePaths[0];
  if (choice.canceled || folder === undefined) return { status: 'cancelled' };
  return openCaseFrom(context, { kind: 'folder', path: folder }, 'openFolder');
}
