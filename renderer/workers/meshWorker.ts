import { MeshRequestHandler } from '../../src/workers/meshHandler.js';
import { transferablesOf, type MeshRequest, type MeshResponse } from '../../src/workers/meshProtocol.js';

/** The mesh worker: ROI masks and surfaces, and isosurfaces of any grid (src/workers/meshHandler.ts). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MeshRequest>) => void) | null;
  postMessage(message: MeshResponse, transfer: Transferable[]): void;
};

// A macrotask turn lets a waiting cancel message be delivered before the handler goes on.
const handler = new MeshRequestHandler(
  (response) => scope.postMessage(response, transferablesOf(response)),
  () => new Promise((resolve) => { setTimeout(resolve, 0); }),
);

scope.onmessage = (event) => {
  void handler.handle(event.data);
};
