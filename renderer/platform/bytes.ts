/** Bytes as a Blob part: as they are in an ArrayBuffer, copied only when they sit in a SharedArrayBuffer. */
export function blobPartOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
