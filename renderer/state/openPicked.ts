import type { PickedFiles } from '../platform/platform.js';
import { caseStore } from './caseStore.js';
import { openFiles } from './openCase.js';

/**
 * Opens what a platform picker gave (a dialog, a recent case, the command line); nothing when the
 * user cancelled. When the files could not be read (main refused a folder too large, a file went
 * missing) the load shows as failed with main's reason.
 */
export async function openPicked(picking: Promise<PickedFiles | undefined>, what = 'the files'): Promise<void> {
  let picked: PickedFiles | undefined;
  try {
    picked = await picking;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    caseStore.setState((state) => ({ load: { ...state.load, status: 'failed', sourceLabel: what, filesRead: 0, fileCount: 0, objects: [], error: message, loadedMs: undefined } }));
    return;
  }
  if (picked !== undefined) await openFiles(picked.files, picked.label);
}
