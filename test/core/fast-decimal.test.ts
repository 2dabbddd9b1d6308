import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, decString } from '../../src/core/decimal.js';
import { quotientToString, scaledToString, smallQuotient } from '../../src/core/fast-decimal.js';

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
    // Long division in floats (numerator below 2^52, denominator up to 9·10^14) and its edges.
    const small = fc.oneof(fc.integer({ min: 1, max: 2 ** 52 - 1 }), fc.integer({ min: 2 ** 52 - 1000, max: 2 ** 52 + 1000 }), fc.integer({ min: 1, max: 1000 }));
    const smallD = fc.oneof(fc.integer({ min: 1, max: 9e14 }), fc.integer({ min: 9e14 - 1000, max: 9e14 + 1000 }), fc.integer({ min: 1, max: 1000 }));
    fc.assert(
      fc.property(small, smallD, fc.integer({ min: -15, max: 4 }), fc.boolean(), (n, d, shift, neg) => {
        expect(quotientToString(neg ? -n : n, d, shift)).toBe(decString(new Dec(neg ? -n : n).div(d).times(new Dec(10).pow(shift))));
      }),
      { numRuns: 3000, seed: 13 },
    );
    // Rounding that carries through nines, and into a new leading digit.
    for (const [n, d, shift] of [[1, 3, 0], [2, 3, 0], [999999999999999, 999999999999998, 0], [1, 81, 2], [4503599627370495, 899999999999999, 0], [10, 1, -3], [3, 1, 4]] as const) {
      expect(quotientToString(n, d, shift)).toBe(decString(new Dec(n).div(d).times(new Dec(10).pow(shift))));
    }
    // Tiny quotients (15 leading zeros), and denominators past the float path's bound, where
    // long division in floats would lose digits (the BigInt path gives these).
    for (const [n, d, shift] of [[1, 9e14, 0], [7, 899999999999999, 4], [1483090812373435, 6997043667689562, 0], [3082779438213004, 6055486407484161, 2]] as const) {
      expect(quotientToString(n, d, shift)).toBe(decString(new Dec(n).div(d).times(new Dec(10).pow(shift))));
    }
    expect(quotientToString(1483090812373435, 6997043667689562, 0)).toBe('0.2119596336409823481965211136952177760074');
    expect(quotientToString(2, 3, 2)).toBe('66.66666666666666666666666666666666666667');
    expect(quotientToString(75, 90, 2)).toBe('83.33333333333333333333333333333333333333');
    expect(quotientToString(-1, 8, 0)).toBe('-0.125');
  });
});

describe('long division in floats, on its own', () => {
  // quotientToString takes this path for small operands; the BigInt path would give the same
  // text, so only a direct test tells a broken float path from a working one.
  it('equals the decimal context for 0 < n < 2^52, 0 < d ≤ 9·10^14', () => {
    const n = fc.oneof(fc.integer({ min: 1, max: 2 ** 52 - 1 }), fc.integer({ min: 2 ** 52 - 1000, max: 2 ** 52 - 1 }), fc.integer({ min: 1, max: 1000 }));
    const d = fc.oneof(fc.integer({ min: 1, max: 9e14 }), fc.integer({ min: 9e14 - 1000, max: 9e14 }), fc.integer({ min: 1, max: 1000 }));
    fc.assert(
      fc.property(n, d, fc.integer({ min: -60, max: 60 }), (x, y, shift) => {
        expect(smallQuotient(x, y, shift)).toBe(decString(new Dec(x).div(y).times(new Dec(10).pow(shift))));
      }),
      { numRuns: 5000, seed: 42 },
    );
    const cases: [number, number, number, string][] = [
      [1, 3, 0, '0.3333333333333333333333333333333333333333'], [2, 3, 2, '66.66666666666666666666666666666666666667'], [10, 4, 0, '2.5'],
      [1, 9e14, 0, '0.000000000000001111111111111111111111111111111111111111'], [123456789, 1, -4, '12345.6789'], [5, 1, 3, '5000'],
      [999999999999999, 999999999999998, 0, '1.000000000000001000000000000002'], [7, 8, 0, '0.875'], [1, 7, 1, '1.428571428571428571428571428571428571429'],
    ];
    expect(cases.map(([x, y, shift]) => smallQuotient(x, y, shift))).toEqual(cases.map((c) => c[3]));
  });
});

describe('shifts far past the ones the roll-up uses', () => {
  it('integers of more than 40 digits and quotients far below 1, on both paths', () => {
    fc.assert(
      fc.property(safe, safe.filter((d) => d !== 0), fc.integer({ min: -60, max: 60 }), (n, d, shift) => {
        expect(quotientToString(n, d, shift)).toBe(decString(new Dec(n).div(d).times(new Dec(10).pow(shift))));
      }),
      { numRuns: 3000, seed: 14 },
    );
    // An integer of 46 digits from the BigInt path (n past 2^52): 40 significant, then zeros.
    expect(quotientToString(2 ** 53 - 1, 1, 30)).toBe(`9007199254740991${'0'.repeat(30)}`);
    expect(quotientToString(2 ** 53 - 1, 3, 45)).toBe(`3002399751580330333333333333333333333333${'0'.repeat(21)}`);
    expect(quotientToString(7, 8, 45)).toBe(`875${'0'.repeat(42)}`);
  });
});
