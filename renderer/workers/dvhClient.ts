import type { DoseGrid } from '../../src/dicom/rtDose.js';
import type { Roi } from '../../src/dicom/rtStruct.js';
import type { DvhOptions } from '../../src/dvh/computeDvh.js';
import type { DvhRequest, DvhResponse } from '../../src/workers/dvhProtocol.js';

/**
 * The page's side of the DVH worker: one long-lived worker, one current request. A new request
 * supersedes (cancels) the running one, and only the current request's responses are passed on.
 * The dose grid and contours are copied to the worker (the page keeps them); the histograms come
 * back transferred. If the worker dies, the request ends with an error and the next one starts a
 * fresh worker.
 */
export class DvhClient {
  private worker: Worker | undefined;
  private current: { readonly requestId: number; readonly onResponse: (response: DvhResponse) => void } | undefined;
  private nextRequestId = 1;

  /** Starts computing the DVHs of `rois`; returns the request id its responses carry. */
  compute(rois: readonly Roi[], dose: DoseGrid, options: DvhOptions, onResponse: (response: DvhResponse) => void): number {
    this.cancel();
    const requestId = this.nextRequestId++;
    this.current = { requestId, onResponse };
    this.send({ type: 'compute', requestId, rois, dose, options });
    return requestId;
  }

  /** Cancels the current request, if any; the worker stops before its next ROI. */
  cancel(): void {
    if (this.current === undefined) return;
    this.send({ type: 'cancel', requestId: this.current.requestId });
    this.current = undefined;
  }

  private send(request: DvhRequest): void {
    this.worker ??= this.startWorker();
    this.worker.postMessage(request);
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('./dvhWorker.ts', import.meta.url), { type: 'module', name: 'planlens-dvh' });
    worker.onmessage = (event: MessageEvent<DvhResponse>) => {
      const current = this.current;
      if (current === undefined || event.data.requestId !== current.requestId) return;
      if (event.data.type === 'done') this.current = undefined;
      current.onResponse(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      this.worker = undefined;
      const current = this.current;
      this.current = undefined;
      if (current === undefined) return;
      const { requestId } = current;
      current.onResponse({ type: 'error', requestId, roiNumber: undefined, message: `the DVH worker failed: ${event.message}` });
      current.onResponse({ type: 'done', requestId, cancelled: false });
    };
    return worker;
  }
}
