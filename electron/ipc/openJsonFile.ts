import type { OpenJsonResult } from '../../src/bridge/contract.js';
import type { IpcRequest } from './context.js';
import { ipcLimits } from './limits.js';
import { openTextFile } from './openTextFile.js';
import { expectArgumentCount } from './validate.js';

/** openJsonFile(): main's open dialog for one .json file (sessions, walkthroughs); answers its name and text. */
export async function openJsonFile({ window }: IpcRequest, args: readonly unknown[]): Promise<OpenJsonResult> {
  expectArgumentCount('openJsonFile', args, 0);
  return openTextFile(window, { operation: 'openJsonFile', title: 'Open a session or walkthrough', filter: { name: 'JSON', extensions: ['json'] }, maxBytes: ipcLimits.jsonBytes });
}
