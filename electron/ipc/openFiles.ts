import { dialog } from 'electron';
import type { OpenCaseResult } from '../../src/bridge/contract.js';
import type { IpcRequest } from './context.js';
import { openCaseFrom } from './openedCase.js';
import { expectArgumentCount } from './validate.js';

/** openFiles(): main's file dialog (several files); they are listed for readCaseBatch. */
export async function openFiles({ context, window }: IpcRequest, args: readonly unknown[]): Promise<OpenCaseResult> {
  expectArgumentCount('openFiles', args, 0);
  const choice = await dialog.showOpenDialog(window, {
    title: 'Open case files',
    buttonLabel: 'Open case',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'DICOM files', extensions: ['dcm', 'DCM', 'ima', 'IMA'] }, { name: 'All files', extensions: ['*'] }],
  });
  if (choice.canceled || choice.filePaths.length === 0) return { status: 'cancelled' };
  return openCaseFrom(context, { kind: 'files', paths: choice.filePaths }, 'openFiles');
}
