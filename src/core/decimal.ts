import Decimal from 'decimal.js';
import { DxInputError } from './errors.js';
import { isFault, numberFaultMessage, readDecimal, type DecimalString, type NumericInput } from './decimal-text.js';

export type { DecimalString, NumericInput } from './decimal-text.js';

/**
 * The library's private decimal context. Every calculation goes through this clone; the global
 * `Decimal` (which callers may configure for their own use) is never read or changed.
 * @internal
 */
export const Dec = /* @__PURE__ */ Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
  modulo: Decimal.ROUND_DOWN,
});
/** @internal */
export type Dec = InstanceType<typeof Dec>;

/**
 * A context for exact sums: 250 significant digits hold any sum of figures within
 * {@link DECIMAL_LIMITS} (and of 40-digit quotients of them) without rounding, so that a sum is
 * the same whatever the order of its terms. Results are rounded to 40 digits once, at the end
 * (see {@link toOutput}). @internal
 */
export const DecExact = /* @__PURE__ */ Dec.clone({ precision: 250 });
/** @internal */
export type DecExact = InstanceType<typeof DecExact>;

/** An exact sum of two figures (any context), in the exact context. @internal */
export function exactPlus(x: Dec | DecExact, y: Dec | DecExact): DecExact {
  return new DecExact(x).plus(y);
}

/** A figure as the API's output: rounded once to 40 significant digits (half up), fixed notation. @internal */
export function toOutput(x: Dec | DecExact): DecimalString {
  return decString(new Dec(x).toSignificantDigits(40));
}

/**
 * Converts an input to a decimal. Numbers are read through their shortest round-trip string, so
 * `0.1` is exactly one tenth.
 * @throws DxInputError (code `invalid_number`) when the input is not a number within the limits.
 * @internal
 */
export function toDec(input: NumericInput): Dec {
  const r = readDecimal(input);
  if (isFault(r)) throw new DxInputError('number', [{ path: [], code: 'invalid_number', message: numberFaultMessage(r, input) }]);
  return new Dec(r);
}

/** A decimal as the API's output string: fixed notation, no exponent, `-0` as `0`. @internal */
export function decString(d: Dec): DecimalString {
  if (d.isZero()) return '0';
  return d.toFixed();
}
