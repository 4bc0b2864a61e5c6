import { describe, expect, it } from 'vitest';
import { scaleBarFor, scaleBarLengthMm } from '../../renderer/export/scaleBar.js';

describe('the scale bar', () => {
  it('is the 1-2-5 length nearest (by ratio) to a fifth of the view', () => {
    // 400 mm: 80 wanted, 100 is 1.25 x off and 50 is 1.6 x off.
    expect(scaleBarLengthMm(400)).toBe(100);
    // 120 mm: 24 wanted; 20 (1.2 x) beats 50 (2.08 x).
    expect(scaleBarLengthMm(120)).toBe(20);
    expect(scaleBarLengthMm(30)).toBe(5);
    // 7 mm: 1.4 wanted; 1 is 1.40 x off, 2 is 1.43 x off.
    expect(scaleBarLengthMm(7)).toBe(1);
    expect(scaleBarLengthMm(1)).toBe(0.2);
    expect(scaleBarLengthMm(2.5)).toBe(0.5);
    expect(scaleBarLengthMm(5000)).toBe(1000);
  });

  it('gives the bar on the view in CSS px, labelled in mm', () => {
    expect(scaleBarFor(500, 1.25)).toEqual({ lengthMm: 100, lengthPx: 125, label: '100 mm' });
    expect(scaleBarFor(300, 10)).toEqual({ lengthMm: 5, lengthPx: 50, label: '5 mm' });
  });

  it('refuses a width that is not a positive number of mm', () => {
    expect(() => scaleBarLengthMm(0)).toThrow(/positive number of mm \(got 0\)/u);
    expect(() => scaleBarLengthMm(Number.NaN)).toThrow(/positive/u);
  });
});
