import { describe, expect, it } from 'vitest';
import { fenToYuan, yuanToFen } from '../src/index.js';

describe('fen and yuan', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [1250, '12.50'],
    [100000000, '1000000.00'],
  ])('%i fen is %s yuan and back', (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it('reads one decimal place and whole yuan', () => {
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen('7')).toBe(700);
  });

  it('refuses floats, negatives and junk', () => {
    expect(() => fenToYuan(12.5)).toThrow(RangeError);
    expect(() => fenToYuan(-1)).toThrow(RangeError);
    for (const bad of ['-1.00', '1.005', '1e3', '', ' 1.00', '0x10']) expect(() => yuanToFen(bad), bad).toThrow(RangeError);
  });
});
