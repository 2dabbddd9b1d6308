import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, decString } from '../../src/core/decimal.js';
import { quotientToString, scaledToString } from '../../src/core/fast-decimal.js';

const safe = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.maxSafeInteger().map((x) => x), fc.maxSafeInteger().map((x) => -x), fc.integer());

describe('fast decimal formatting equals the decimal context', () => {
  it('scaled integers', () => {
    fc.assert(
      fc.property(safe, fc.integer({ min: 0, max: 15 }), (n, s) => {
        expect(scaledToString(n, s)).toBe(decString(new Dec(n).div(new Dec(10).pow(s))));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('quotients, to 40 significant digits, half-up', () => {
    fc.assert(
      fc.property(safe, safe.filter((d) => d !== 0), fc.integer({ min: -15, max: 4 }), (n, d, shift) => {
        expect(quotientToString(n, d, shift)).toBe(decString(new Dec(n).div(d).times(new Dec(10).pow(shift))));
      }),
      { numRuns: 3000, seed: 12 },
    );
    expect(quotientToString(2, 3, 2)).toBe('66.66666666666666666666666666666666666667');
    expect(quotientToString(75, 90, 2)).toBe('83.33333333333333333333333333333333333333');
    expect(quotientToString(-1, 8, 0)).toBe('-0.125');
  });
});
