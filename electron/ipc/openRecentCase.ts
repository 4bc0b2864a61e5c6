import type { OpenCaseResult } from '../../src/bridge/contract.js';
import type { IpcRequest } from './context.js';
import { openCaseFrom } from './openedCase.js';
import { expectArgumentCount, expectString } from './validate.js';

/** openRecentCase(id): opens a case of the recent list again, by the id main gave it. */
export function openRecentCase({ context }: IpcRequest, args: readonly unknown[]): Promise<OpenCaseResult> {
  expectArgumentCount('openRecentCase', args, 1);
  const id = expectString('openRecentCase', 'the id', args[0], 64);
  const recent = context.recent.find(id);
  if (recent === undefined) throw new Error(`openRecentCase: no recent case has the id ${id}`);
  return openCaseFrom(context, recent.source, 'openRecentCase');
}
