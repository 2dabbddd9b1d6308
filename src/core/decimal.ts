import Decimal from 'decimal.js';
import { DxInputError } from './errors.js';

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
 * A context for exact sums: 250 significant digits hold any sum of figures within
 * {@link DECIMAL_LIMITS} (and of 40-digit quotients of them) without rounding, so that a sum is
 * the same whatever the order of its terms. Results are rounded to 40 digits once, at the end
 * (see {@link toOutput}). @internal
 */
export const DecExact = Dec.clone({ precision: 250 });
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
 * A number as it crosses the public API on the way out: a plain decimal string such as `"70.5"`,
 * `"-3"` or `"0.000125"` (no exponent, no trailing zeros).
 * @category Numbers
 */
export type DecimalString = string;

/**
 * A number as the public API accepts it: a decimal string (`"70.5"`, `"1e3"`) or a finite number,
 * within {@link DECIMAL_LIMITS}.
 * @category Numbers
 */
export type NumericInput = string | number;

/**
 * The range and precision of a figure the library accepts as input. A figure outside them is
 * bad input (a `DxInputError` with code `invalid_number`), never a silent `Infinity`, a rounded
 * value or an unbounded allocation.
 *
 * - `maxLength`: at most 100 characters of text (spaces around it included);
 * - `maxSignificantDigits`: at most 40 significant digits — the library's own precision, so every
 *   figure it writes out can be read back in;
 * - `maxMagnitudeExponent`: a magnitude below 10^30 (a national budget in VND is about 10^16);
 * - `minMagnitudeExponent`: a non-zero magnitude of at least 10^-30.
 *
 * @example
 * ```ts
 * DECIMAL_LIMITS.maxSignificantDigits; // 40
 * ```
 * @category Numbers
 */
export const DECIMAL_LIMITS = Object.freeze({
  maxLength: 100,
  maxSignificantDigits: 40,
  maxMagnitudeExponent: 30,
  minMagnitudeExponent: -30,
});

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/**
 * Whether `s` is already canonical and short enough (at most 30 characters) to be inside every
 * limit: `-?(0|[1-9]\d*)(\.\d*[1-9])?`, read by hand (the hot path of every parse).
 */
function isCanonicalShort(s: string): boolean {
  const len = s.length;
  if (len === 0 || len > 30) return false;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  if (i === len) return false;
  let c = s.charCodeAt(i);
  if (c === 48) {
    i++;
  } else {
    if (c < 49 || c > 57) return false;
    for (i++; i < len; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
    }
  }
  if (i === len) return true;
  if (s.charCodeAt(i) !== 46 || i === len - 1) return false;
  for (i++; i < len; i++) {
    c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return c !== 48;
}

/** Why a value is not a number the library accepts. @internal */
export type NumberFault = 'not-a-number' | 'too-long' | 'out-of-range' | 'too-precise';

/**
 * Reads a number input as the canonical decimal string (`"70.50"` → `"70.5"`, `0.1` → `"0.1"`,
 * `" 7"` → `"7"`, `"-0"` → `"0"`, `"1e3"` → `"1000"`), or says why it cannot: not a finite
 * number, longer than 100 characters, outside 10^-30 ≤ |x| < 10^30, or more than 40 significant
 * digits. Bounded time and memory for any input. @internal
 */
export function readDecimal(input: unknown): DecimalString | NumberFault {
  let s: string;
  if (typeof input === 'string') s = input;
  else if (typeof input === 'number' && Number.isFinite(input)) s = String(input);
  else return 'not-a-number';
  if (isCanonicalShort(s)) return s === '-0' ? '0' : s;
  if (s.length > DECIMAL_LIMITS.maxLength) return 'too-long';
  const t = s.trim();
  if (!DECIMAL_TEXT.test(t)) return 'not-a-number';
  const e = t.search(/[eE]/);
  const mantissa = e < 0 ? t : t.slice(0, e);
  if (!/[1-9]/.test(mantissa)) return '0';
  // An exponent of more than 6 digits is out of range whatever the mantissa (at most 100 digits).
  if (e >= 0 && t.slice(e + 1).replace(/^[+-]?0*/, '').length > 6) return 'out-of-range';
  const d = new Dec(t);
  if (d.e >= DECIMAL_LIMITS.maxMagnitudeExponent || d.e < DECIMAL_LIMITS.minMagnitudeExponent) return 'out-of-range';
  if (d.sd() > DECIMAL_LIMITS.maxSignificantDigits) return 'too-precise';
  return d.toFixed();
}

/** Words for a {@link NumberFault}, with the value shown. @internal */
export function numberFaultMessage(fault: NumberFault, input: unknown): string {
  const got =
    typeof input === 'string' ? JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input) : input === null ? 'null' : typeof input === 'object' || typeof input === 'function' ? `a value of type ${Array.isArray(input) ? 'list' : typeof input}` : String(input);
  switch (fault) {
    case 'too-long':
      return `should be a number of at most ${DECIMAL_LIMITS.maxLength} characters, got ${got}`;
    case 'out-of-range':
      return `should be a number of magnitude below 10^${DECIMAL_LIMITS.maxMagnitudeExponent} and not below 10^${DECIMAL_LIMITS.minMagnitudeExponent} (or 0), got ${got}`;
    case 'too-precise':
      return `should have at most ${DECIMAL_LIMITS.maxSignificantDigits} significant digits, got ${got}`;
    default:
      return input === undefined
        ? 'is required but missing'
        : `should be a finite number or a decimal string such as "70.5", got ${got}`;
  }
}

const isFault = (r: string): r is NumberFault =>
  r === 'not-a-number' || r === 'too-long' || r === 'out-of-range' || r === 'too-precise';

/** Whether `input` is a finite number or a string that spells one, within the limits. @internal */
export function isNumericInput(input: unknown): input is NumericInput {
  return !isFault(readDecimal(input));
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
