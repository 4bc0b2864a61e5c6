import { DvhRequestHandler } from '../../src/workers/dvhHandler.js';
import { transferablesOf, type DvhRequest, type DvhResponse } from '../../src/workers/dvhProtocol.js';

/** The DVH worker: compute and cancel requests in; progress, one result per ROI and a done out. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DvhRequest>) => void) | null;
  postMessage(message: DvhResponse, transfer: Transferable[]): void;
};

const handler = new DvhRequestHandler((response) => scope.postMessage(response, transferablesOf(response)), yieldToEvents);

scope.onmessage = (event) => {
  void handler.handle(event.data);
};

/**
 * Lets messages that arrived during an ROI (a cancel) run before the next one: a MessageChannel
 * message is a fresh task, without the clamping setTimeout(0) gets when nested.
 */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
