import type { RecentCase } from '../../src/bridge/contract.js';
import type { IpcRequest } from './context.js';
import { expectArgumentCount } from './validate.js';

/** recentCases(): ids and labels of the cases opened before, newest first (no paths). */
export function recentCases({ context }: IpcRequest, args: readonly unknown[]): Promise<RecentCase[]> {
  expectArgumentCount('recentCases', args, 0);
  return Promise.resolve(context.recent.list());
}
