// Figures read and compared on their text, held to decimal.js itself (the library's decimal
// context is not used here, so a slip in it cannot hide one in the text reader).
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimalText, DECIMAL_LIMITS, isCanonicalShort, numberFaultMessage, readDecimal } from '../../src/core/decimal-text.js';
import { isTargetMet } from '../../src/index.js';

const D = Decimal.clone({ precision: 1000 });

/** What readDecimal must give, worked out with decimal.js. */
function expected(text: string): string {
  const d = new D(text.trim());
  if (d.isZero()) return '0';
  if (d.e >= DECIMAL_LIMITS.maxMagnitudeExponent || d.e < DECIMAL_LIMITS.minMagnitudeExponent) return 'out-of-range';
  if (d.sd() > DECIMAL_LIMITS.maxSignificantDigits) return 'too-precise';
  return d.toFixed();
}

// Decimal texts of every shape the reader accepts: sign, leading and trailing zeros, a bare point
// on either side, an exponent with or without sign and zeros, spaces around.
const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom('0', '0', '1', '5', '9'), minLength: min, maxLength: max });
const decimalText = fc
  .record({
    sign: fc.constantFrom('', '-', '+'),
    int: digits(0, 25),
    frac: fc.option(digits(0, 25)),
    exp: fc.option(fc.record({ mark: fc.constantFrom('e', 'E'), sign: fc.constantFrom('', '+', '-'), value: fc.integer({ min: 0, max: 60 }), pad: fc.constantFrom('', '0', '00') })),
    space: fc.constantFrom('', ' ', '\t'),
  })
  .filter(({ int, frac }) => int.length > 0 || (frac !== null && frac.length > 0))
  .map(({ sign, int, frac, exp, space }) => `${space}${sign}${int}${frac === null ? '' : `.${frac}`}${exp === null ? '' : `${exp.mark}${exp.sign}${exp.pad}${exp.value}`}${space}`);

describe('figures on their text', () => {
  it('reads every decimal text as decimal.js does, limits included', () => {
    fc.assert(
      fc.property(decimalText, (t) => {
        expect(readDecimal(t)).toBe(expected(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads numbers through their shortest form, as decimal.js does', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(readDecimal(n)).toBe(expected(String(n)));
      }),
      { numRuns: 3000 },
    );
  });

  it('compares two figures exactly as decimal.js does', () => {
    const figure = decimalText.map(readDecimal).filter((r) => !['out-of-range', 'too-precise'].includes(r));
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        expect(compareDecimalText(a, b)).toBe(new D(a).cmp(b));
        expect(compareDecimalText(a, a)).toBe(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('works the boundary cases by hand', () => {
    expect(readDecimal(' 070.500 ')).toBe('70.5');
    expect(readDecimal('1.5e3')).toBe('1500');
    expect(readDecimal('-.25e-2')).toBe('-0.0025');
    expect(readDecimal('1e30')).toBe('out-of-range');
    expect(readDecimal('9.99e29')).toBe('999000000000000000000000000000');
    expect(readDecimal('1e-30')).toBe('0.000000000000000000000000000001');
    expect(readDecimal('9e-31')).toBe('out-of-range');
    expect(readDecimal(`1.${'0'.repeat(39)}1`)).toBe('too-precise');
    expect(compareDecimalText('-0.5', '-0.25')).toBe(-1);
    expect(compareDecimalText('10', '9.99')).toBe(1);
    expect(compareDecimalText('0', '-0.000001')).toBe(1);
    // The plan's words at the boundary: "more than 50%" is not met by 50.0000, and is by 50.0001.
    expect(isTargetMet({ kind: 'more-than', value: '50' }, '50.0000')).toBe(false);
    expect(isTargetMet({ kind: 'more-than', value: '50' }, '5.00001e1')).toBe(true);
    expect(isTargetMet({ kind: 'between', min: '1', max: '2' }, 2)).toBe(true);
    expect(isTargetMet({ kind: 'yes' }, '1.0')).toBe(true);
    expect(isTargetMet({ kind: 'all' }, '99.99999')).toBe(false);
  });
});

describe("the reader's fast path: texts already canonical and short", () => {
  // Its own test: a text the fast path wrongly refuses is read the same by the slow path, so only
  // a direct test tells a broken fast path from a working one.
  const CANONICAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;
  it('takes exactly the texts -?(0|[1-9]\\d*)(\\.\\d*[1-9])? of at most 30 characters', () => {
    const cases: [string, boolean][] = [
      ['0', true], ['-0', true], ['7', true], ['-7', true], ['70.5', true], ['1.05', true], ['0.0001', true], ['-0.5', true], ['9', true],
      ['1'.repeat(30), true], ['0.' + '0'.repeat(27) + '1', true], ['-' + '9'.repeat(29), true],
      ['1'.repeat(31), false], ['-' + '9'.repeat(30), false], ['', false], ['-', false], ['70.50', false], ['1.0', false], ['0.', false], ['5.', false],
      ['.5', false], ['007', false], ['00', false], ['-01', false], ['+7', false], [' 7', false], ['7 ', false], ['1e3', false], ['12a', false],
      ['-a', false], ['a', false], ['1.2.3', false], ['1.a', false], ['/', false], [':', false], ['1/', false], ['1:', false], ['0.1/', false], ['0.:', false],
    ];
    expect(cases.map(([t]) => [t, isCanonicalShort(t)])).toEqual(cases);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', '+', 'e', ' ', '/', ':'), maxLength: 33 }), (t) => {
        expect(isCanonicalShort(t)).toBe(CANONICAL.test(t) && t.length <= 30);
      }),
      { numRuns: 5000, seed: 41 },
    );
  });
});

describe('edges of the reader and of its messages', () => {
  it('reads an exponent by its value, however many zeros lead it; counts the length with the spaces', () => {
    expect(['1e0000001', '1e+0000001', '1e00000001', '1e-00000001', '2E+000000000000000002'].map(readDecimal)).toEqual(['10', '10', '10', '0.1', '200']);
    expect(readDecimal('1e1000000')).toBe('out-of-range');
    // 100 characters in all are read, 101 are not.
    expect([readDecimal(' '.repeat(99) + '7'), readDecimal(' '.repeat(100) + '7')]).toEqual(['7', 'too-long']);
    // Only strings and finite numbers: a list that would print as a number is not one.
    expect([[5], true, Infinity, NaN, { valueOf: () => 5 }].map(readDecimal)).toEqual(['not-a-number', 'not-a-number', 'not-a-number', 'not-a-number', 'not-a-number']);
  });
  it('shows the value it refused: text cut at 40 characters, the kind of anything else, nothing for undefined', () => {
    const fault = (input: unknown) => numberFaultMessage('not-a-number', input);
    expect(fault(undefined)).toBe('is required but missing');
    expect(fault(null)).toBe('should be a finite number or a decimal string such as "70.5", got null');
    expect(fault('x'.repeat(40))).toBe(`should be a finite number or a decimal string such as "70.5", got "${'x'.repeat(40)}"`);
    expect(fault('x'.repeat(41))).toBe(`should be a finite number or a decimal string such as "70.5", got "${'x'.repeat(40)}…"`);
    expect([[1], {}, () => 1, true, Infinity].map(fault)).toEqual([
      'should be a finite number or a decimal string such as "70.5", got a value of type list',
      'should be a finite number or a decimal string such as "70.5", got a value of type object',
      'should be a finite number or a decimal string such as "70.5", got a value of type function',
      'should be a finite number or a decimal string such as "70.5", got true',
      'should be a finite number or a decimal string such as "70.5", got Infinity',
    ]);
  });
});
