import type { Roi } from '../../src/dicom/rtStruct.js';
import type { RoiMaskResult } from '../../src/structures/roiMask.js';
import type { MeshRequest, MeshResponse } from '../../src/workers/meshProtocol.js';

let worker: Worker | undefined;
let nextRequestId = 1;
const waiting = new Map<number, { resolve: (result: RoiMaskResult) => void; reject: (error: Error) => void }>();

function maskWorker(): Worker {
  if (worker !== undefined) return worker;
  const started = new Worker(new URL('./meshWorker.ts', import.meta.url), { type: 'module', name: 'planlens-masks' });
  started.onmessage = (event: MessageEvent<MeshResponse>) => {
    const response = event.data;
    const pending = waiting.get(response.requestId);
    if (pending === undefined) return;
    waiting.delete(response.requestId);
    if (response.type === 'mask') pending.resolve({ mask: response.mask, notes: response.notes });
    else if (response.type === 'error') pending.reject(new Error(response.message));
    else pending.reject(new Error('the mask request was cancelled'));
  };
  started.onerror = (event) => {
    for (const pending of waiting.values()) pending.reject(new Error(`the mask worker failed: ${event.message}`));
    waiting.clear();
    worker = undefined;
  };
  worker = started;
  return started;
}

/** An ROI's voxel mask (src/structures/roiMask.ts), computed in a worker. */
export function requestRoiMask(roi: Roi): Promise<RoiMaskResult> {
  const requestId = nextRequestId++;
  return new Promise((resolve, reject) => {
    waiting.set(requestId, { resolve, reject });
    maskWorker().postMessage({ type: 'structureMask', requestId, roi } satisfies MeshRequest);
  });
}
