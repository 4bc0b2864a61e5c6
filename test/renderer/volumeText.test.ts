import { describe, expect, it } from 'vitest';
import { ccText } from '../../renderer/panels/dvh/volumeText.js';

describe('ccText', () => {
  it('gives small volumes two decimals and larger ones one', () => {
    expect(ccText(0.034)).toBe('0.03');
    expect(ccText(9.994)).toBe('9.99');
    expect(ccText(14.114)).toBe('14.1');
    expect(ccText(1422.738)).toBe('1422.7');
  });
});
