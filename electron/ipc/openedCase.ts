import type { OpenedCase } from '../../src/bridge/contract.js';
import { listCase, type CaseSource } from '../caseFiles.js';
import type { IpcContext } from './context.js';

/**
 * Lists a case main chose the files of (a dialog, the recent list, the command line), keeps the
 * listing for readCaseBatch under a fresh token, and puts the case first in the recent list.
 */
export async function openCaseFrom(context: IpcContext, source: CaseSource, operation: string): Promise<OpenedCase> {
  let listing;
  try {
    listing = await listCase(source);
  } catch (error) {
    throw new Error(`${operation}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (listing.files.length === 0) {
    throw new Error(`${operation}: ${listing.label} has no files to read${listing.skipped.length > 0 ? ` (${listing.skipped.length} skipped: ${listing.skipped[0]?.reason ?? ''})` : ''}`);
  }
  const caseToken = context.cases.add(listing);
  // A recent list that cannot be written costs the list, not the case.
  await context.recent.add(source, listing.label, listing.files.length).then(
    () => context.recentChanged(),
    (error: unknown) => console.warn(`PlanLens: the recent-cases list was not saved: ${error instanceof Error ? error.message : String(error)}`),
  );
  return {
    status: 'opened',
    caseToken,
    label: listing.label,
    files: listing.files.map(({ name, sizeBytes }) => ({ name, sizeBytes })),
    totalBytes: listing.totalBytes,
    skipped: listing.skipped,
  };
}
