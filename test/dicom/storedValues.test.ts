import { describe, expect, it } from 'vitest';
import type { PixelLayout } from '../../src/dicom/pixelLayout.js';
import { copyStoredInt16 } from '../../src/dicom/storedValues.js';
import { orOfWords } from '../../src/dicom/wasmOr.js';

const layout = (bitsStored: number, pixelRepresentation: 0 | 1, columns: number): PixelLayout => ({
  rows: 1, columns, samplesPerPixel: 1, bitsAllocated: 16, bitsStored, pixelRepresentation, photometricInterpretation: 'MONOCHROME2',
});

const bytesOf = (values: readonly number[]): Uint8Array => new Uint8Array(Uint16Array.from(values).buffer);

describe('stored values into int16', () => {
  it('orOfWords ORs every 32-bit word, whatever the length', () => {
    expect(orOfWords(Uint8Array.of())).toBe(0);
    expect(orOfWords(Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 0x80))).toBe(0x80000001);
    expect(orOfWords(Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 0x10, 0x02, 0x04))).toBe(0x00040210);
    const large = new Uint8Array(300_001);
    large[299_997] = 0x40;
    expect(orOfWords(large)).toBe(0x4000); // byte 299 997 is byte 1 of its word
  });

  it('copies clean unsigned 12-bit values unchanged', () => {
    const out = new Int16Array(3);
    expect(copyStoredInt16(bytesOf([0, 2048, 4095]), layout(12, 0, 3), out, 0)).toBe(false);
    expect(Array.from(out)).toEqual([0, 2048, 4095]);
  });

  it('clears overlay bits above BitsStored in unsigned data and says so', () => {
    const out = new Int16Array(4);
    expect(copyStoredInt16(bytesOf([0x1000 | 5, 7, 0x8000 | 4095, 9]), layout(12, 0, 4), out, 0)).toBe(true);
    expect(Array.from(out)).toEqual([5, 7, 4095, 9]);
  });

  it('sign-extends signed 12-bit values held in 16 bits', () => {
    const out = new Int16Array(3);
    copyStoredInt16(bytesOf([0x0fff, 0x0800, 0x07ff]), layout(12, 1, 3), out, 0);
    expect(Array.from(out)).toEqual([-1, -2048, 2047]);
  });
});
