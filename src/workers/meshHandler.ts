import { isosurface } from '../geometry/isosurface.js';
import { roiMask } from '../structures/roiMask.js';
import { structureSurfaceKey, type MeshRequest, type MeshResponse } from './meshProtocol.js';

/** The level between a mask's 0 (outside) and 255 (inside). */
const maskLevel = 127.5;

/**
 * The worker's logic without the worker: answers mesh requests through `post`, one answer per
 * request. `yieldToEvents` lets the host deliver waiting messages (a cancel) before each request
 * starts and, for a structure surface, between its mask and its mesh; a request cancelled by then
 * is answered `cancelled`. No postMessage in here: the renderer's worker entry wires it.
 */
export class MeshRequestHandler {
  private readonly running = new Map<number, AbortController>();

  constructor(
    private readonly post: (response: MeshResponse) => void,
    private readonly yieldToEvents: () => Promise<void>,
  ) {}

  async handle(request: MeshRequest): Promise<void> {
    if (request.type === 'cancel') {
      this.running.get(request.requestId)?.abort();
      return;
    }
    const { requestId } = request;
    const controller = new AbortController();
    this.running.set(requestId, controller);
    try {
      await this.yieldToEvents();
      const response = controller.signal.aborted ? undefined : await this.answer(request, controller.signal);
      this.post(response ?? { type: 'cancelled', requestId });
    } catch (error) {
      this.post({ type: 'error', requestId, message: error instanceof Error ? error.message : String(error) });
    } finally {
      this.running.delete(requestId);
    }
  }

  /** The answer to a request, or undefined when it was cancelled part way. */
  private async answer(request: Exclude<MeshRequest, { type: 'cancel' }>, signal: AbortSignal): Promise<MeshResponse | undefined> {
    const { requestId } = request;
    switch (request.type) {
      case 'isosurface': {
        const options = request.step === undefined ? {} : { step: request.step };
        return { type: 'mesh', requestId, key: request.key, mesh: isosurface(request.values, request.dimensions, request.ijkToLps, request.level, options) };
      }
      case 'structureMask': {
        const { mask, notes } = roiMask(request.roi, request.options);
        return { type: 'mask', requestId, roiNumber: request.roi.number, mask, notes };
      }
      case 'structureSurface': {
        const { mask, notes } = roiMask(request.roi, request.options);
        if (mask === undefined) return { type: 'error', requestId, message: `structureSurface: ${notes.join('; ')}` };
        await this.yieldToEvents();
        if (signal.aborted) return undefined;
        return { type: 'mesh', requestId, key: structureSurfaceKey(request.roi.number), mesh: isosurface(mask.values, mask.dimensions, mask.ijkToLps, maskLevel) };
      }
    }
  }
}
