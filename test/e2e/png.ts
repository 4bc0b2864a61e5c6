import { inflateSync } from 'node:zlib';

/** A decoded screenshot: RGBA bytes, row by row from the top left. */
export interface Rgba8Image {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

export type Rgb = readonly [number, number, number];

/** The colour of pixel (x, y) (integers, page px at device scale 1), or undefined outside. */
export function pixelAt(image: Rgba8Image, x: number, y: number): Rgb | undefined {
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= image.width || y >= image.height) return undefined;
  const at = 4 * (x + image.width * y);
  return [image.rgba[at] ?? 0, image.rgba[at + 1] ?? 0, image.rgba[at + 2] ?? 0];
}

/** The largest per-channel difference of two colours. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

const signature = [137, 80, 78, 71, 13, 10, 26, 10];

/**
 * Decodes the PNGs Chromium's screenshots are: 8-bit RGB or RGBA, not interlaced (anything else
 * throws, saying what it met).
 */
export function decodePng(bytes: Uint8Array): Rgba8Image {
  if (!signature.every((value, index) => bytes[index] === value)) throw new Error('decodePng: not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Uint8Array[] = [];
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      const [bitDepth, colourType, , , interlace] = body.subarray(8, 13);
      if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) {
        throw new Error(`decodePng: only 8-bit RGB/RGBA non-interlaced images (bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace})`);
      }
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) unfilterRow(raw, y * (stride + 1), rows, y * stride, stride, channels);
  if (channels === 4) return { width, height, rgba: rows };
  const rgba = new Uint8Array(width * height * 4);
  for (let index = 0; index < width * height; index += 1) {
    rgba[4 * index] = rows[3 * index] ?? 0;
    rgba[4 * index + 1] = rows[3 * index + 1] ?? 0;
    rgba[4 * index + 2] = rows[3 * index + 2] ?? 0;
    rgba[4 * index + 3] = 255;
  }
  return { width, height, rgba };
}

function unfilterRow(raw: Uint8Array, from: number, out: Uint8Array, to: number, stride: number, bpp: number): void {
  const filter = raw[from];
  for (let x = 0; x < stride; x += 1) {
    const value = raw[from + 1 + x] ?? 0;
    const left = x >= bpp ? (out[to + x - bpp] ?? 0) : 0;
    const up = to >= stride ? (out[to + x - stride] ?? 0) : 0;
    const upLeft = x >= bpp && to >= stride ? (out[to + x - stride - bpp] ?? 0) : 0;
    let predicted = 0;
    if (filter === 1) predicted = left;
    else if (filter === 2) predicted = up;
    else if (filter === 3) predicted = (left + up) >> 1;
    else if (filter === 4) predicted = paeth(left, up, upLeft);
    else if (filter !== 0) throw new Error(`decodePng: unknown row filter ${filter}`);
    out[to + x] = (value + predicted) & 0xff;
  }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
