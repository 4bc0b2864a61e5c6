import { bytesPerSampleFor, CodecError, type DecodedImage } from './decodedImage.js';

/**
 * libjpeg-turbo (8-bit), CharLS and OpenJPEG from the Cornerstone codec packages.
 *
 * Build choice: the WebAssembly builds (`decodewasmjs` + `.wasm`), not the pure-JavaScript
 * (wasm2js) builds the packages also ship. The JS builds need no file and so run anywhere unchanged,
 * but OpenJPEG's takes about 290 ms for a 512 x 512 16-bit frame against about 35 ms as
 * WebAssembly (CharLS 15 vs 5 ms; libjpeg-turbo, 8-bit frame, 3 vs 1 ms): for a 300-slice
 * JPEG 2000 CT, 90 s against 10 s. The cost is finding the .wasm file:
 * - Node (CLI, tests): the emscripten glue reads it from beside itself in node_modules; this code
 *   passes nothing and imports nothing from Node.
 * - Browser page or worker: the glue cannot know where a bundler put the file, so the host says
 *   where with setCodecWasmUrls (with Vite: `import url from '@cornerstonejs/codec-openjpeg/decodewasm?url'`).
 *   Without it the module fails to start and decodeFrame reports that, with this advice. (Checked
 *   with a Vite build in Chromium, in the page and in a module worker.)
 *
 * Each codec's glue is imported and instantiated on first use, once: concurrent first callers
 * share the in-flight promise. A start that failed is forgotten, so a later call can retry (after
 * setCodecWasmUrls); so is a module that aborted mid-decode, whose memory can no longer be trusted.
 */
export type WasmCodec = 'jpeg-8bit' | 'jpeg-ls' | 'jpeg-2000';

/** Where the host serves each codec's .wasm file; read when a codec module is first started. */
export type CodecWasmUrls = Partial<Record<WasmCodec, string>>;

interface FrameInfo {
  readonly width: number;
  readonly height: number;
  readonly bitsPerSample: number;
  readonly componentCount: number;
}

/** The embind decoder classes' shared surface (JPEGDecoder, JpegLSDecoder, J2KDecoder). */
interface WasmDecoder {
  getEncodedBuffer(length: number): Uint8Array;
  getDecodedBuffer(): Uint8Array;
  decode(): void;
  getFrameInfo(): FrameInfo;
  /** CharLS only: 0 when the components are stored one plane after another. */
  getInterleaveMode?(): number;
  delete(): void;
}

interface EmscriptenOptions {
  locateFile(fileName: string, scriptDirectory: string): string;
  print(text: string): void;
  printErr(text: string): void;
}

interface CodecPackage {
  readonly label: string;
  readonly decoderClass: string;
  readonly importGlue: () => Promise<{ default: (options: EmscriptenOptions) => Promise<unknown> }>;
}

const packages: Record<WasmCodec, CodecPackage> = {
  'jpeg-8bit': { label: 'libjpeg-turbo', decoderClass: 'JPEGDecoder', importGlue: () => import('@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs') },
  'jpeg-ls': { label: 'CharLS', decoderClass: 'JpegLSDecoder', importGlue: () => import('@cornerstonejs/codec-charls/decodewasmjs') },
  'jpeg-2000': { label: 'OpenJPEG', decoderClass: 'J2KDecoder', importGlue: () => import('@cornerstonejs/codec-openjpeg/decodewasmjs') },
};

interface StartedCodec {
  readonly Decoder: new () => WasmDecoder;
  /** What the module printed during the current decode (OpenJPEG reports errors only this way). */
  readonly messages: string[];
}

const started = new Map<WasmCodec, Promise<StartedCodec>>();
let wasmUrls: CodecWasmUrls = {};

/** Tells codec modules not yet started where their .wasm files are served (browser hosts). */
export function setCodecWasmUrls(urls: CodecWasmUrls): void {
  wasmUrls = { ...urls };
}

function startCodec(codec: WasmCodec): Promise<StartedCodec> {
  let pending = started.get(codec);
  if (pending === undefined) {
    pending = instantiate(codec);
    started.set(codec, pending);
    pending.catch(() => forget(codec, pending));
  }
  return pending;
}

function forget(codec: WasmCodec, instance: Promise<StartedCodec> | undefined): void {
  if (started.get(codec) === instance) started.delete(codec);
}

async function instantiate(codec: WasmCodec): Promise<StartedCodec> {
  const { label, decoderClass, importGlue } = packages[codec];
  const messages: string[] = [];
  const remember = (text: string): void => {
    if (messages.length < 20) messages.push(text);
  };
  const url = wasmUrls[codec];
  let module: unknown;
  try {
    const glue = await importGlue();
    module = await glue.default({ locateFile: (fileName, scriptDirectory) => url ?? scriptDirectory + fileName, print: remember, printErr: remember });
  } catch (error) {
    throw new CodecError(
      `the ${label} WebAssembly module did not start (${describe(error)})`,
      `In a browser page or worker, call setCodecWasmUrls with the URL of the ${codec} codec's .wasm file before decoding${url === undefined ? '' : ` (it was given ${url})`}.`,
    );
  }
  const Decoder = (module as Record<string, unknown>)[decoderClass];
  if (typeof Decoder !== 'function') throw new CodecError(`the ${label} module has no ${decoderClass}`);
  return { Decoder: Decoder as new () => WasmDecoder, messages };
}

/** Decodes one frame with the codec's module; samples come back little-endian, interleaved by pixel. */
export async function decodeWithWasmCodec(codec: WasmCodec, encoded: Uint8Array): Promise<DecodedImage> {
  const instance = startCodec(codec);
  const { Decoder, messages } = await instance;
  const label = packages[codec].label;
  messages.length = 0;
  const decoder = new Decoder();
  try {
    decoder.getEncodedBuffer(encoded.length).set(encoded);
    decoder.decode();
    return readDecoded(decoder, label, messages);
  } catch (error) {
    if (error instanceof CodecError) throw error;
    // A number is a C++ exception the codec threw and caught cleanly; anything else (an abort, a
    // trap) may have left the module's memory inconsistent, so the next frame gets a fresh one.
    if (typeof error !== 'number') forget(codec, instance);
    throw new CodecError(`${label} refused the stream (${typeof error === 'number' ? 'codec error' : describe(error)})${printedProblems(messages)}`);
  } finally {
    try {
      decoder.delete();
    } catch {
      // Only after an abort, whose module has just been discarded; the decode error above stands.
    }
  }
}

function readDecoded(decoder: WasmDecoder, label: string, messages: readonly string[]): DecodedImage {
  const info = decoder.getFrameInfo();
  const samples = decoder.getDecodedBuffer().slice(); // a copy: the view is into the module's heap
  if (info.width === 0 || info.height === 0 || samples.length === 0) throw new CodecError(`${label} produced no image${printedProblems(messages)}`);
  const bytesPerSample = bytesPerSampleFor(info.bitsPerSample);
  const planar = info.componentCount > 1 && decoder.getInterleaveMode?.() === 0;
  return {
    samples: planar ? interleavePlanes(samples, info.componentCount, bytesPerSample) : samples,
    columns: info.width, rows: info.height, components: info.componentCount,
    bytesPerSample, precisionBits: info.bitsPerSample,
  };
}

/** Colour by plane (RRR..GGG..BBB..) to colour by pixel (RGBRGB..), for samples of any width. */
function interleavePlanes(planes: Uint8Array, components: number, bytesPerSample: number): Uint8Array {
  const planeBytes = planes.length / components;
  const pixelBytes = components * bytesPerSample;
  const out = new Uint8Array(planes.length);
  for (let component = 0; component < components; component += 1) {
    for (let from = component * planeBytes, to = component * bytesPerSample; to < out.length; from += bytesPerSample, to += pixelBytes) {
      for (let byte = 0; byte < bytesPerSample; byte += 1) out[to + byte] = planes[from + byte] as number;
    }
  }
  return out;
}

/** What the codec printed, for a message: its warnings and errors, without OpenJPEG's [INFO] lines. */
function printedProblems(messages: readonly string[]): string {
  const problems = messages.filter((message) => !message.startsWith('[INFO]'));
  return problems.length > 0 ? `: ${problems.join('; ')}` : '';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
