import { CaseLoader, type FileSource } from '../case/caseLoader.js';
import type { ReviewCase } from '../case/reviewCase.js';
import type { LoadResponse, ObjectProgress } from './loadProtocol.js';

/** Progress is sent at most this often, and after the last file. */
const progressIntervalMs = 50;

/**
 * Loads a case from file sources one at a time, posting progress per object (image series, dose,
 * structure set, plan) as files arrive, then the case. No postMessage in here: the worker entry
 * wires `post`. Never throws: a failure of the whole load becomes an `error` response.
 */
export async function loadCaseFromSources(
  requestId: number,
  sources: readonly FileSource[],
  post: (response: LoadResponse) => void,
  now: () => number = () => performance.now(),
): Promise<ReviewCase | undefined> {
  try {
    const loader = new CaseLoader(sources.length);
    const objects = new Map<string, ObjectProgress>();
    let lastPostMs = Number.NEGATIVE_INFINITY;
    for (const [index, source] of sources.entries()) {
      const added = await loader.addSource(source);
      if (added.kind !== 'failed') {
        const before = objects.get(added.objectUid);
        objects.set(added.objectUid, { objectUid: added.objectUid, kind: added.kind, modality: added.modality, files: (before?.files ?? 0) + 1 });
      }
      const last = index === sources.length - 1;
      if (last || now() - lastPostMs >= progressIntervalMs) {
        lastPostMs = now();
        post({ type: 'progress', requestId, filesRead: index + 1, fileCount: sources.length, objects: [...objects.values()] });
      }
    }
    const reviewCase = loader.finish();
    post({ type: 'loaded', requestId, reviewCase });
    return reviewCase;
  } catch (error) {
    post({ type: 'error', requestId, message: `loading the case failed: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}
