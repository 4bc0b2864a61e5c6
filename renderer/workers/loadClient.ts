import type { ReviewCase } from '../../src/case/reviewCase.js';
import type { LoadResponse } from '../../src/workers/loadProtocol.js';
import type { LoadRequest, LoadSource } from './loadRequest.js';

type Progress = Extract<LoadResponse, { type: 'progress' }>;

let nextRequestId = 1;

/**
 * Loads a case in a fresh worker (ended when the load ends, so its memory goes with it); the
 * voxel buffers are transferred, not copied.
 */
export function loadInWorker(request: LoadSource, onProgress: (progress: Progress) => void): Promise<ReviewCase> {
  const requestId = nextRequestId++;
  const worker = new Worker(new URL('./loadWorker.ts', import.meta.url), { type: 'module', name: 'planlens-load' });
  return new Promise<ReviewCase>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LoadResponse>) => {
      const response = event.data;
      if (response.requestId !== requestId) return;
      if (response.type === 'progress') onProgress(response);
      else {
        worker.terminate();
        if (response.type === 'loaded') resolve(response.reviewCase);
        else reject(new Error(response.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`the load worker failed: ${event.message}`));
    };
    worker.postMessage({ ...request, requestId } as LoadRequest);
  });
}
