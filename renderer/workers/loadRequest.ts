import type { NamedBlob } from '../platform/blobSource.js';

/** Where a case comes from: browser files, or URLs of files the app serves itself. */
export type LoadSource =
  | { readonly type: 'files'; readonly files: readonly NamedBlob[] }
  | { readonly type: 'urls'; readonly urls: readonly { readonly name: string; readonly url: string }[] };

/** What the page asks of the load worker. */
export type LoadRequest = LoadSource & { readonly requestId: number };
