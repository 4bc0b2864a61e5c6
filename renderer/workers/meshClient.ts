import type { MeshRequest, MeshResponse } from '../../src/workers/meshProtocol.js';

type WithoutRequestId<R> = R extends unknown ? Omit<R, 'requestId'> : never;

/** A mesh request as the page writes it: the client adds the request id. */
export type MeshJobRequest = WithoutRequestId<Exclude<MeshRequest, { type: 'cancel' }>>;

/** The answer a request gets when it succeeds: a mask for `structureMask`, a mesh otherwise. */
export type MeshAnswer<R extends MeshJobRequest> = R extends { type: 'structureMask' } ? Extract<MeshResponse, { type: 'mask' }> : Extract<MeshResponse, { type: 'mesh' }>;

/** One request in flight: its answer ('cancelled' when cancelled first; rejected with the worker's error), and a way to cancel it. */
export interface MeshJob<A> {
  readonly requestId: number;
  readonly answer: Promise<A | 'cancelled'>;
  cancel(): void;
}

interface Pending {
  readonly resolve: (response: MeshResponse | 'cancelled') => void;
  readonly reject: (error: Error) => void;
}

/**
 * The page's side of the mesh worker (meshWorker.ts): one worker, started on the first request,
 * requests numbered, answers matched by id, cancel by id, and `dispose` ending the worker and
 * every request still waiting ('cancelled').
 */
export class MeshClient {
  private worker: Worker | undefined;
  private nextRequestId = 1;
  private readonly pending = new Map<number, Pending>();

  /** Sends a request; `transfer` lists buffers the caller gives up (copied otherwise, so domain grids stay whole). */
  request<R extends MeshJobRequest>(request: R, transfer: readonly ArrayBuffer[] = []): MeshJob<MeshAnswer<R>> {
    const requestId = this.nextRequestId++;
    const answer = new Promise<MeshResponse | 'cancelled'>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
    });
    this.started().postMessage({ ...request, requestId }, [...transfer]);
    return {
      requestId,
      answer: answer as Promise<MeshAnswer<R> | 'cancelled'>,
      cancel: () => {
        if (this.pending.has(requestId)) this.worker?.postMessage({ type: 'cancel', requestId } satisfies MeshRequest);
      },
    };
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const waiting of this.pending.values()) waiting.resolve('cancelled');
    this.pending.clear();
  }

  private started(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = new Worker(new URL('./meshWorker.ts', import.meta.url), { type: 'module', name: 'planlens-mesh' });
    worker.onmessage = (event: MessageEvent<MeshResponse>) => this.settle(event.data);
    // A worker that failed outside a request is ended; the next request starts a fresh one.
    worker.onerror = (event) => {
      const error = new Error(`the mesh worker failed: ${event.message}`);
      worker.terminate();
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }

  private settle(response: MeshResponse): void {
    const waiting = this.pending.get(response.requestId);
    if (waiting === undefined) return;
    this.pending.delete(response.requestId);
    if (response.type === 'error') waiting.reject(new Error(response.message));
    else waiting.resolve(response.type === 'cancelled' ? 'cancelled' : response);
  }
}
