import { describe, expect, it } from 'vitest';
import { CodecError, toNativeSamples, type DecodedImage, type SampleLayout } from '../../../src/dicom/codecs/decodedImage.js';

/**
 * toNativeSamples turns what a codec returned into native DICOM bytes: the checks against the
 * header, widening to BitsAllocated and sign extension of signed data coded as unsigned values.
 */
function image(samples: number[], bytesPerSample: 1 | 2 | 4, precisionBits: number, overrides: Partial<DecodedImage> = {}): DecodedImage {
  const bytes = new Uint8Array(samples.length * bytesPerSample);
  samples.forEach((value, index) => {
    for (let byte = 0; byte < bytesPerSample; byte += 1) bytes[index * bytesPerSample + byte] = (value >> (8 * byte)) & 0xff;
  });
  return { samples: bytes, columns: 2, rows: 2, components: 1, bytesPerSample, precisionBits, ...overrides };
}

const layout = (bitsAllocated: number, pixelRepresentation: 0 | 1): SampleLayout => ({ rows: 2, columns: 2, samplesPerPixel: 1, bitsAllocated, pixelRepresentation });

const int16 = (bytes: Uint8Array): number[] => Array.from(new Int16Array(bytes.slice().buffer));
const uint16 = (bytes: Uint8Array): number[] => Array.from(new Uint16Array(bytes.slice().buffer));

describe('codec samples to native pixel bytes', () => {
  it('passes samples that already match through without copying', () => {
    const decoded = image([0, 4095, 100, 2048], 2, 12);
    expect(toNativeSamples(decoded, layout(16, 0))).toBe(decoded.samples);
  });

  it('sign-extends signed data the codec returned as 12-bit unsigned codes', () => {
    expect(int16(toNativeSamples(image([0x0fff, 0x0800, 0x07ff, 0x0000], 2, 12), layout(16, 1)))).toEqual([-1, -2048, 2047, 0]);
  });

  it('leaves signed data the codec already sign-extended as it is', () => {
    expect(int16(toNativeSamples(image([0xffff, 0xf800, 0x07ff, 0x0001], 2, 12), layout(16, 1)))).toEqual([-1, -2048, 2047, 1]);
  });

  it('widens 8-bit samples into a 16-bit container: zero-extended unsigned, sign-extended signed', () => {
    expect(uint16(toNativeSamples(image([0xff, 0x80, 0x7f, 0x00], 1, 8), layout(16, 0)))).toEqual([255, 128, 127, 0]);
    expect(int16(toNativeSamples(image([0xff, 0x80, 0x7f, 0x00], 1, 8), layout(16, 1)))).toEqual([-1, -128, 127, 0]);
  });

  it('widens 16-bit signed samples into a 32-bit container', () => {
    const out = toNativeSamples(image([0xffff, 0x8000, 0x7fff, 2], 2, 16), layout(32, 1));
    expect(Array.from(new Int32Array(out.slice().buffer))).toEqual([-1, -32768, 32767, 2]);
  });

  it('refuses an image of another size or component count than the header', () => {
    expect(() => toNativeSamples(image([1, 2, 3, 4], 2, 16, { columns: 4, rows: 1 }), layout(16, 0))).toThrow(/4 x 1 with 1 component\(s\), the header says 2 x 2 with 1/u);
    expect(() => toNativeSamples(image([1, 2, 3, 4], 2, 16, { components: 3 }), layout(16, 0))).toThrow(CodecError);
  });

  it('refuses samples wider than BitsAllocated', () => {
    expect(() => toNativeSamples(image([1, 2, 3, 4], 2, 12), layout(8, 0))).toThrow(/12-bit samples, which do not fit BitsAllocated 8/u);
  });

  it('refuses a byte count that does not match, saying expected and got', () => {
    const short = { ...image([1, 2, 3, 4], 2, 16), samples: new Uint8Array(6) };
    expect(() => toNativeSamples(short, layout(16, 0))).toThrow(/returned 6 bytes, 8 expected/u);
  });
});
