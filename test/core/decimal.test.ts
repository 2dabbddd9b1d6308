// The one decimal context at the library's edge: what it reads and how it writes.
import { describe, expect, it } from 'vitest';
import { decString, Dec, toDec } from '../../src/core/decimal.js';
import { isNumericInput } from '../../src/core/decimal-text.js';
import { attainment, DxInputError, targetGap } from '../../src/index.js';

describe('reading and writing decimals', () => {
  it('reads strings with spaces around them, numbers through their shortest form', () => {
    expect(isNumericInput(' 70.5 ')).toBe(true);
    expect(toDec(' 70.5 ').toString()).toBe('70.5');
    expect(toDec(0.1).plus(toDec(0.2)).toString()).toBe('0.3');
    expect(targetGap({ kind: 'at-least', value: '70' }, ' 91 ')).toBe('21');
  });
  it('refuses what does not spell a finite number, saying what it got', () => {
    for (const bad of ['abc', '', '1,5', 'Infinity', '1e', '--1']) expect(isNumericInput(bad), bad).toBe(false);
    expect(isNumericInput(Number.NaN)).toBe(false);
    expect(isNumericInput(Number.POSITIVE_INFINITY)).toBe(false);
    expect(() => toDec('abc')).toThrow('should be a finite number or a decimal string such as "70.5", got "abc"');
    expect(() => toDec('abc')).toThrow(DxInputError);
    expect(() => attainment({ kind: 'at-least', value: '70' }, Number.NaN)).toThrow(DxInputError);
  });
  it('writes fixed notation, and zero without a sign', () => {
    expect(decString(new Dec('-0'))).toBe('0');
    expect(decString(new Dec('-0.000'))).toBe('0');
    expect(decString(new Dec('1e21'))).toBe('1000000000000000000000');
    expect(decString(new Dec('1e-7'))).toBe('0.0000001');
    expect(targetGap({ kind: 'at-least', value: '70' }, '70.000')).toBe('0');
  });
});

describe('the decimal context at its edges', () => {
  it('refuses a figure with one problem at the root, and writes -0 as 0', () => {
    let caught: unknown;
    try {
      toDec('1,5');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DxInputError);
    expect((caught as DxInputError).problems).toEqual([{ path: [], code: 'invalid_number', message: 'should be a finite number or a decimal string such as "70.5", got "1,5"' }]);
    expect((caught as DxInputError).message).toBe('Invalid number: 1 problem\n  - (input): should be a finite number or a decimal string such as "70.5", got "1,5"');
    expect([decString(new Dec('-0')), decString(new Dec('-0.000')), decString(new Dec('-1.50'))]).toEqual(['0', '0', '-1.5']);
  });
});
