import type { OpenCsvResult } from '../../src/bridge/contract.js';
import type { IpcRequest } from './context.js';
import { ipcLimits } from './limits.js';
import { openTextFile } from './openTextFile.js';
import { expectArgumentCount } from './validate.js';

/** openCsvFile(): main's open dialog for one .csv file (therapy schedules); answers its name and text. */
export async function openCsvFile({ window }: IpcRequest, args: readonly unknown[]): Promise<OpenCsvResult> {
  expectArgumentCount('openCsvFile', args, 0);
  return openTextFile(window, { operation: 'openCsvFile', title: 'Open a schedule', filter: { name: 'CSV', extensions: ['csv'] }, maxBytes: ipcLimits.csvBytes });
}
