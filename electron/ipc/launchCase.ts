import type { LaunchCaseResult } from '../../src/bridge/contract.js';
import type { IpcRequest } from './context.js';
import { openCaseFrom } from './openedCase.js';
import { expectArgumentCount } from './validate.js';

/** launchCase(): the case named on the command line (`planlens-app <folder>`), once. */
export async function launchCase({ context }: IpcRequest, args: readonly unknown[]): Promise<LaunchCaseResult> {
  expectArgumentCount('launchCase', args, 0);
  const source = context.takeLaunchCase();
  if (source === undefined) return { status: 'none' };
  return openCaseFrom(context, source, 'launchCase');
}
