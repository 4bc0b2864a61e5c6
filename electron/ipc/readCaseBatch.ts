import type { CaseBatch } from '../../src/bridge/contract.js';
import { readBatch } from '../caseFiles.js';
import type { IpcRequest } from './context.js';
import { ipcLimits } from './limits.js';
import { expectArgumentCount, expectIndex, expectString } from './validate.js';

/** readCaseBatch(caseToken, startIndex): the next files' bytes of a case main listed. */
export async function readCaseBatch({ context }: IpcRequest, args: readonly unknown[]): Promise<CaseBatch> {
  expectArgumentCount('readCaseBatch', args, 2);
  const caseToken = expectString('readCaseBatch', 'the case token', args[0], 64);
  const listing = context.cases.get(caseToken);
  if (listing === undefined) throw new Error('readCaseBatch: unknown or expired case token; open the case again');
  const startIndex = expectIndex('readCaseBatch', 'the start index', args[1], listing.files.length);
  let batch;
  try {
    batch = await readBatch(listing, startIndex, ipcLimits.batchBytes);
  } catch (error) {
    throw new Error(`readCaseBatch: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (batch.nextIndex >= listing.files.length) context.cases.release(caseToken);
  return batch;
}
