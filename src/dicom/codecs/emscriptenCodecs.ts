import charlsFactory from '@cornerstonejs/codec-charls/decode';
import libjpegTurboFactory from '@cornerstonejs/codec-libjpeg-turbo-8bit/decode';
import openJpegFactory from '@cornerstonejs/codec-openjpeg/decode';

/**
 * The Cornerstone codecs (libjpeg-turbo, CharLS, OpenJPEG) in their pure-JavaScript builds: the
 * same code runs in Node, workers and pages with no .wasm file to locate. Each module is
 * initialised once, on first use; concurrent callers share the in-flight promise.
 */
export type EmscriptenCodec = 'jpeg-baseline' | 'jpeg-ls' | 'jpeg-2000';

interface CodecDecoder {
  getEncodedBuffer(length: number): Uint8Array;
  getDecodedBuffer(): Uint8Array;
  decode(): void;
  delete(): void;
}

interface CodecModule {
  JPEGDecoder?: new () => CodecDecoder;
  JpegLSDecoder?: new () => CodecDecoder;
  J2KDecoder?: new () => CodecDecoder;
}

type Factory = () => Promise<CodecModule>;

const factories: Record<EmscriptenCodec, Factory> = {
  'jpeg-baseline': libjpegTurboFactory as unknown as Factory,
  'jpeg-ls': charlsFactory as unknown as Factory,
  'jpeg-2000': openJpegFactory as unknown as Factory,
};

const modules = new Map<EmscriptenCodec, Promise<CodecModule>>();

function loadModule(codec: EmscriptenCodec): Promise<CodecModule> {
  let module = modules.get(codec);
  if (module === undefined) {
    module = factories[codec]();
    modules.set(codec, module);
  }
  return module;
}

/** Decodes one compressed frame; returns the codec's native-endian (little-endian) pixel bytes. */
export async function decodeWithEmscripten(codec: EmscriptenCodec, encoded: Uint8Array): Promise<Uint8Array> {
  const module = await loadModule(codec);
  const Decoder = codec === 'jpeg-baseline' ? module.JPEGDecoder : codec === 'jpeg-ls' ? module.JpegLSDecoder : module.J2KDecoder;
  if (Decoder === undefined) throw new Error(`the ${codec} codec module has no decoder class`);
  const decoder = new Decoder();
  try {
    decoder.getEncodedBuffer(encoded.length).set(encoded);
    decoder.decode();
    return decoder.getDecodedBuffer().slice();
  } finally {
    decoder.delete();
  }
}
