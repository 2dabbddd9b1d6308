import Decimal from 'decimal.js';

/**
 * The library's private decimal context. Every calculation goes through this clone; the global
 * `Decimal` (which callers may configure for their own use) is never read or changed.
 * @internal
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
  modulo: Decimal.ROUND_DOWN,
});
/** @internal */
export type Dec = InstanceType<typeof Dec>;

/**
 * A number as it crosses the public API on the way out: a plain decimal string such as `"70.5"`,
 * `"-3"` or `"0.000125"` (no exponent, no trailing zeros).
 * @category Numbers
 */
export type DecimalString = string;

/**
 * A number as the public API accepts it: a decimal string (`"70.5"`, `"1e3"`) or a finite number.
 * @category Numbers
 */
export type NumericInput = string | number;

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Whether `input` is a finite number or a string that spells one. @internal */
export function isNumericInput(input: unknown): input is NumericInput {
  if (typeof input === 'number') return Number.isFinite(input);
  return typeof input === 'string' && DECIMAL_TEXT.test(input.trim());
}

/**
 * Converts a checked input to a decimal. Numbers are read through their shortest round-trip
 * string, so `0.1` is exactly one tenth. @internal
 */
export function toDec(input: NumericInput): Dec {
  if (!isNumericInput(input)) {
    throw new TypeError(`Expected a finite number or a decimal string, got ${JSON.stringify(input)}`);
  }
  return new Dec(typeof input === 'number' ? String(input) : input.trim());
}

/** A decimal as the API's output string: fixed notation, no exponent, `-0` as `0`. @internal */
export function decString(d: Dec): DecimalString {
  if (d.isZero()) return '0';
  return d.toFixed();
}
