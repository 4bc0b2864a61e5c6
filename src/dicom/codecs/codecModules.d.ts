// The Cornerstone codec packages ship no type declarations; emscriptenCodecs.ts types what it uses.
declare module '@cornerstonejs/codec-charls/decode' {
  const factory: () => Promise<unknown>;
  export default factory;
}
declare module '@cornerstonejs/codec-libjpeg-turbo-8bit/decode' {
  const factory: () => Promise<unknown>;
  export default factory;
}
declare module '@cornerstonejs/codec-openjpeg/decode' {
  const factory: () => Promise<unknown>;
  export default factory;
}
declare module 'jpeg-lossless-decoder-js' {
  export class Decoder {
    decode(buffer: ArrayBuffer, offset: number, length: number, numBytes: number): Uint8Array | Uint16Array;
  }
}
