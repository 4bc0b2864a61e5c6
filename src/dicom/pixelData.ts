import { decodeFrame } from './codecs/decodeFrame.js';
import { dicomParser } from './dicomParserModule.js';
import type { ParsedDicom } from './parse.js';
import { frameByteLength, type PixelLayout } from './pixelLayout.js';
import { T } from './tags.js';

/**
 * The little-endian stored bytes of frame `frameIndex`, exactly frameByteLength(layout) long.
 * Native little-endian data is returned as a view into the file's bytes (no copy); big-endian data
 * is byte-swapped into a new array; encapsulated data is decoded.
 */
export async function readFrameBytes(parsed: ParsedDicom, layout: PixelLayout, frameIndex: number, frameCount: number): Promise<Uint8Array> {
  const { root } = parsed;
  const element = root.dataSet.elements[T.PixelData.tag];
  if (element === undefined) throw root.fail('missing-tag', 'the object has no pixel data', T.PixelData);
  const frameBytes = frameByteLength(layout);
  if (parsed.transferSyntax.pixelEncoding === 'native') {
    checkNativePixelLength(parsed, element.length, layout, frameCount);
    const all = root.dataSet.byteArray;
    const view = all.subarray(element.dataOffset + frameIndex * frameBytes, element.dataOffset + (frameIndex + 1) * frameBytes);
    return parsed.transferSyntax.littleEndian ? view : swapBytes(view, layout.bitsAllocated / 8);
  }
  if (element.encapsulatedPixelData !== true) {
    throw root.fail('malformed', `transfer syntax ${parsed.transferSyntax.name} needs encapsulated pixel data, but the element has a defined length`, T.PixelData);
  }
  const encoded = encapsulatedFrame(parsed, frameIndex, frameCount);
  return decodeFrame({
    encoding: parsed.transferSyntax.pixelEncoding,
    transferSyntaxUid: parsed.transferSyntax.uid,
    bytes: encoded,
    rows: layout.rows,
    columns: layout.columns,
    bitsAllocated: layout.bitsAllocated,
    samplesPerPixel: layout.samplesPerPixel,
    pixelRepresentation: layout.pixelRepresentation,
    file: parsed.file,
  });
}

/**
 * Where the single frame of a native-encoded image lies in its file, for reading it straight into
 * place; the file must be long enough to hold it.
 */
export function nativeFrameOffset(parsed: ParsedDicom, layout: PixelLayout, fileSizeBytes: number): number {
  const element = parsed.root.dataSet.elements[T.PixelData.tag];
  if (element === undefined) throw parsed.root.fail('missing-tag', 'the object has no pixel data', T.PixelData);
  checkNativePixelLength(parsed, element.length, layout, 1);
  const end = element.dataOffset + frameByteLength(layout);
  if (end > fileSizeBytes) {
    throw parsed.root.fail('truncated', `the pixel data runs ${end - fileSizeBytes} bytes past the end of the file`, T.PixelData, 'The file is truncated; copy or export it again.');
  }
  return element.dataOffset;
}

/** Native pixel data must hold exactly the frames the header describes (one byte of padding allowed). */
function checkNativePixelLength(parsed: ParsedDicom, lengthBytes: number, layout: PixelLayout, frameCount: number): void {
  const expected = frameByteLength(layout) * frameCount;
  const shape = `${frameCount} frame(s) of ${layout.columns} x ${layout.rows} x ${layout.bitsAllocated} bit`;
  if (lengthBytes < expected) {
    throw parsed.root.fail('truncated', `pixel data holds ${lengthBytes} bytes, ${shape} need ${expected}`, T.PixelData, 'The file is truncated or its header is wrong; export it again.');
  }
  if (lengthBytes > expected + 1) {
    throw parsed.root.fail('invalid-value', `pixel data holds ${lengthBytes} bytes, more than the ${expected} that ${shape} need`, T.PixelData, 'Rows, Columns, BitsAllocated or NumberOfFrames do not match the pixel data; export the file again.');
  }
}

function encapsulatedFrame(parsed: ParsedDicom, frameIndex: number, frameCount: number): Uint8Array {
  const { root } = parsed;
  const element = root.dataSet.elements[T.PixelData.tag];
  const fragments = element?.fragments ?? [];
  if (element === undefined || fragments.length === 0) throw root.fail('malformed', 'encapsulated pixel data has no fragments', T.PixelData);
  try {
    if (frameCount === 1) {
      return dicomParser.readEncapsulatedPixelDataFromFragments(root.dataSet, element, 0, fragments.length);
    }
    if ((element.basicOffsetTable?.length ?? 0) === 0 && fragments.length === frameCount) {
      return dicomParser.readEncapsulatedPixelDataFromFragments(root.dataSet, element, frameIndex, 1);
    }
    return dicomParser.readEncapsulatedImageFrame(root.dataSet, element, frameIndex);
  } catch (error) {
    throw root.fail('malformed', `frame ${frameIndex + 1} of ${frameCount} cannot be found in the encapsulated pixel data (${String(error)})`, T.PixelData, 'The file is damaged; export it again.');
  }
}

function swapBytes(source: Uint8Array, width: number): Uint8Array {
  const swapped = new Uint8Array(source.length);
  for (let offset = 0; offset < source.length; offset += width) {
    for (let byte = 0; byte < width; byte += 1) swapped[offset + byte] = source[offset + width - 1 - byte] ?? 0;
  }
  return swapped;
}
