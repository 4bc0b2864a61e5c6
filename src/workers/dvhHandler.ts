import { computeDvh } from '../dvh/computeDvh.js';
import type { DvhRequest, DvhResponse } from './dvhProtocol.js';

/**
 * The worker's logic without the worker: handles DVH requests and sends responses through `post`.
 * `yieldToEvents` lets the host deliver waiting messages (a cancel) between ROIs; a cancelled
 * request stops at the next plane. No postMessage in here: the renderer's worker entry wires it.
 */
export class DvhRequestHandler {
  private readonly running = new Map<number, AbortController>();

  constructor(
    private readonly post: (response: DvhResponse) => void,
    private readonly yieldToEvents: () => Promise<void>,
  ) {}

  async handle(request: DvhRequest): Promise<void> {
    if (request.type === 'cancel') {
      this.running.get(request.requestId)?.abort();
      return;
    }
    const controller = new AbortController();
    this.running.set(request.requestId, controller);
    const { requestId } = request;
    try {
      for (const roi of request.rois) {
        await this.yieldToEvents();
        if (controller.signal.aborted) break;
        try {
          const result = computeDvh(roi, request.dose, request.options, (fraction) => this.post({ type: 'progress', requestId, roiNumber: roi.number, fraction }), controller.signal);
          this.post({ type: 'result', requestId, roiNumber: roi.number, ...result });
        } catch (error) {
          if (controller.signal.aborted) break;
          this.post({ type: 'error', requestId, roiNumber: roi.number, message: error instanceof Error ? error.message : String(error) });
        }
      }
    } finally {
      this.running.delete(requestId);
      this.post({ type: 'done', requestId, cancelled: controller.signal.aborted });
    }
  }
}
