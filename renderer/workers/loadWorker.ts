import { loadCaseFromSources } from '../../src/workers/loadHandler.js';
import { transferablesOfCase, type LoadResponse } from '../../src/workers/loadProtocol.js';
import { blobSources, type NamedBlob } from '../platform/blobSource.js';
import { useBundledCodecs } from '../platform/codecUrls.js';
import type { LoadRequest } from './loadRequest.js';

/** The load worker: files (or URLs of the app's own files) in, a ReviewCase out, progress between. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: LoadResponse, transfer: Transferable[]): void;
};

useBundledCodecs();

scope.onmessage = (event) => {
  void handle(event.data);
};

async function handle(request: LoadRequest): Promise<void> {
  const post = (response: LoadResponse): void => {
    scope.postMessage(response, response.type === 'loaded' ? transferablesOfCase(response.reviewCase) : []);
  };
  let files: NamedBlob[];
  try {
    files = request.type === 'files' ? [...request.files] : await Promise.all(request.urls.map(fetchBlob));
  } catch (error) {
    post({ type: 'error', requestId: request.requestId, message: error instanceof Error ? error.message : String(error) });
    return;
  }
  await loadCaseFromSources(request.requestId, blobSources(files), post);
}

async function fetchBlob(file: { readonly name: string; readonly url: string }): Promise<NamedBlob> {
  const response = await fetch(file.url);
  if (!response.ok) throw new Error(`the demo case file ${file.name} could not be fetched (HTTP ${response.status})`);
  return { name: file.name, blob: await response.blob() };
}
