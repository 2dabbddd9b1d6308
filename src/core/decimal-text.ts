// Numbers as the API reads them, worked on their text: no import of the decimal library here, so
// that a program which only reads or compares figures (isTargetMet, the parsers' checks) does not
// carry it.

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
 * limit: `-?(0|[1-9]\d*)(\.\d*[1-9])?`, read by hand (the hot path of every parse). @internal
 */
export function isCanonicalShort(s: string): boolean {
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
  return fixedNotation(t);
}

/**
 * A decimal text (matching DECIMAL_TEXT, with a non-zero digit) in fixed notation, or the limit it
 * breaks. Worked on the digits alone, so that reading a number never loads the decimal library.
 */
function fixedNotation(t: string): DecimalString | NumberFault {
  const negative = t.charCodeAt(0) === 45;
  const e = t.search(/[eE]/);
  const mantissa = (e < 0 ? t : t.slice(0, e)).replace(/^[+-]/, '');
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  // Where the point stands, counted from the first digit of `digits`.
  let point = (dot < 0 ? mantissa.length : dot) + (e < 0 ? 0 : Number(t.slice(e + 1)));
  const lead = digits.search(/[1-9]/);
  digits = digits.slice(lead).replace(/0+$/, '');
  point -= lead;
  // The exponent of the first significant digit: 10^(point - 1) ≤ |x| < 10^point.
  if (point - 1 >= DECIMAL_LIMITS.maxMagnitudeExponent || point - 1 < DECIMAL_LIMITS.minMagnitudeExponent) return 'out-of-range';
  if (digits.length > DECIMAL_LIMITS.maxSignificantDigits) return 'too-precise';
  const fixed =
    point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${fixed}` : fixed;
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

/** Whether {@link readDecimal} gave a fault rather than a figure. @internal */
export const isFault = (r: string): r is NumberFault =>
  r === 'not-a-number' || r === 'too-long' || r === 'out-of-range' || r === 'too-precise';

/** Whether `input` is a finite number or a string that spells one, within the limits. @internal */
export function isNumericInput(input: unknown): input is NumericInput {
  return !isFault(readDecimal(input));
}

/**
 * Compares two figures in fixed notation as {@link readDecimal} writes them (`-?digits(.digits)?`,
 * no exponent): -1, 0 or 1, exactly, without the decimal library. @internal
 */
export function compareDecimalText(a: DecimalString, b: DecimalString): -1 | 0 | 1 {
  const na = a.charCodeAt(0) === 45;
  const nb = b.charCodeAt(0) === 45;
  const za = isZeroText(a);
  const zb = isZeroText(b);
  const sa = za ? 0 : na ? -1 : 1;
  const sb = zb ? 0 : nb ? -1 : 1;
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (sa === 0) return 0;
  const m = compareMagnitudes(na ? a.slice(1) : a, nb ? b.slice(1) : b);
  return sa > 0 || m === 0 ? m : m < 0 ? 1 : -1;
}

const isZeroText = (s: string): boolean => !/[1-9]/.test(s);

/**
 * Compares two unsigned fixed-notation figures as readDecimal writes them. Integer parts of one
 * length compare with their fractions as digit strings: a fraction has no trailing zero, so one
 * that extends another is the larger, as the strings compare.
 */
function compareMagnitudes(a: string, b: string): -1 | 0 | 1 {
  const aInt = (a.split('.')[0] as string).replace(/^0+/, '');
  const bInt = (b.split('.')[0] as string).replace(/^0+/, '');
  if (aInt.length !== bInt.length) return aInt.length < bInt.length ? -1 : 1;
  const x = aInt + (a.split('.')[1] ?? '');
  const y = bInt + (b.split('.')[1] ?? '');
  return x === y ? 0 : x < y ? -1 : 1;
}
