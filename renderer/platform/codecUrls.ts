import charlsWasmUrl from '@cornerstonejs/codec-charls/decodewasm?url';
import libjpegWasmUrl from '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasm?url';
import openjpegWasmUrl from '@cornerstonejs/codec-openjpeg/decodewasm?url';
import { setCodecWasmUrls } from '../../src/dicom/codecs/wasmCodecs.js';

/** Tells the JPEG-family codecs where the build put their .wasm files (call once per worker). */
export function useBundledCodecs(): void {
  setCodecWasmUrls({ 'jpeg-8bit': libjpegWasmUrl, 'jpeg-ls': charlsWasmUrl, 'jpeg-2000': openjpegWasmUrl });
}
