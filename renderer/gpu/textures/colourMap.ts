import { DataTexture, LinearFilter, RGBAFormat, UnsignedByteType, ClampToEdgeWrapping, NoColorSpace } from 'three';

export type Rgb = readonly [number, number, number];

/** The dose colour wash: blue (low) through cyan, green and yellow to red (high), as planning systems show it. */
const washStops: readonly { readonly at: number; readonly rgb: Rgb }[] = [
  { at: 0, rgb: [0, 0, 255] },
  { at: 0.25, rgb: [0, 255, 255] },
  { at: 0.5, rgb: [0, 255, 0] },
  { at: 0.75, rgb: [255, 255, 0] },
  { at: 1, rgb: [255, 0, 0] },
];

/** Entries of the colour-map texture. */
export const colourMapSize = 256;

/** The wash colour at t in [0, 1] (clamped), RGB 0-255, interpolated between the stops. */
export function washColourAt(t: number): Rgb {
  const x = Math.min(1, Math.max(0, t));
  for (let index = 1; index < washStops.length; index += 1) {
    const high = washStops[index];
    const low = washStops[index - 1];
    if (high === undefined || low === undefined || x > high.at) continue;
    const f = (x - low.at) / (high.at - low.at);
    return [0, 1, 2].map((c) => low.rgb[c as 0] + (high.rgb[c as 0] - low.rgb[c as 0]) * f) as unknown as Rgb;
  }
  return washStops[washStops.length - 1]?.rgb ?? [255, 0, 0];
}

/** The wash as the texture holds it: entry n is the colour at n / (size - 1), rounded to bytes. */
function colourMapTable(): Uint8Array {
  const table = new Uint8Array(colourMapSize * 4);
  for (let n = 0; n < colourMapSize; n += 1) {
    const rgb = washColourAt(n / (colourMapSize - 1));
    table.set([Math.round(rgb[0]), Math.round(rgb[1]), Math.round(rgb[2]), 255], n * 4);
  }
  return table;
}

let table: Uint8Array | undefined;

/**
 * The colour the GPU shows at t: the texture is sampled at its entries' centres, linear between
 * them (the shader maps t to (t * (size - 1) + 0.5) / size).
 */
export function tableColourAt(t: number): Rgb {
  const entries = (table ??= colourMapTable());
  const x = Math.min(1, Math.max(0, t)) * (colourMapSize - 1);
  const n = Math.min(colourMapSize - 2, Math.floor(x));
  const f = x - n;
  return [0, 1, 2].map((c) => (entries[n * 4 + c] ?? 0) * (1 - f) + (entries[(n + 1) * 4 + c] ?? 0) * f) as unknown as Rgb;
}

let texture: DataTexture | undefined;

/** The colour-map texture (one per page; values are display colours, not converted). */
export function colourMapTexture(): DataTexture {
  if (texture !== undefined) return texture;
  texture = new DataTexture(colourMapTable(), colourMapSize, 1, RGBAFormat, UnsignedByteType);
  texture.minFilter = LinearFilter;
  texture.magFilter = LinearFilter;
  texture.wrapS = ClampToEdgeWrapping;
  texture.wrapT = ClampToEdgeWrapping;
  texture.colorSpace = NoColorSpace;
  texture.generateMipmaps = false;
  texture.needsUpdate = true;
  return texture;
}

export const cssRgb = (rgb: Rgb): string => `rgb(${rgb.map((c) => Math.round(c)).join(', ')})`;
