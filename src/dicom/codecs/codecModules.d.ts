// Type declarations for the codec packages, which ship none (jpeg-lossless-decoder-js names a
// .d.ts it does not ship). Only what wasmCodecs.ts and jpegLossless.ts use is declared; the
// emscripten factories are typed there.
declare module '@cornerstonejs/codec-charls/decodewasmjs' {
  const factory: (options: object) => Promise<unknown>;
  export default factory;
}
declare module '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs' {
  const factory: (options: object) => Promise<unknown>;
  export default factory;
}
declare module '@cornerstonejs/codec-openjpeg/decodewasmjs' {
  const factory: (options: object) => Promise<unknown>;
  export default factory;
}
declare module 'jpeg-lossless-decoder-js' {
  export class Decoder {
    /** numBytes: bytes per output sample (1 or 2). */
    decode(buffer: ArrayBufferLike, offset: number, length: number, numBytes: number): Uint8Array | Uint16Array;
    /** The input read position after decode(), past `length` when the stream was short. */
    readonly stream: { readonly index: number } | null;
    /** Components in the (first) scan. */
    readonly numComp: number;
    /** Rows output so far. */
    readonly yLoc: number;
    /** The already decoded neighbours left of and above the current sample. */
    protected getPreviousX(componentOffset?: number): number;
    protected getPreviousY(componentOffset?: number): number;
    /** Predictor 7, (left + above) / 2. */
    protected select7(componentOffset?: number): number;
  }
}
