// Exact decimal formatting of integer arithmetic, without decimal.js, for the roll-up's hot
// path. Each function gives the very string the library's decimal context would (40
// significant digits, half-up, plain notation, no trailing zeros); a property test holds them
// to it.

/**
 * The integer `n` × 10^-`scale` as a plain decimal string. The fraction's trailing zeros are
 * dropped from the integer first (n ÷ 10 is exact while n ends in 0), so that the text is made
 * once, without a pattern to match and cut: the roll-up writes a string per figure. @internal
 */
export function scaledToString(n: number, scale: number): string {
  // Stryker disable next-line ConditionalExpression: a shortcut: without it 0 is written "0" all the same
  if (n === 0) return '0';
  while (scale > 0 && n % 10 === 0) {
    n /= 10;
    scale -= 1;
  }
  // Stryker disable next-line EqualityOperator: n is not 0 here, so n < 0 and n <= 0 agree
  const neg = n < 0;
  const digits = String(neg ? -n : n);
  let s: string;
  if (scale === 0) s = digits;
  else if (digits.length > scale) s = digits.slice(0, digits.length - scale) + '.' + digits.slice(digits.length - scale);
  else s = '0.' + '0'.repeat(scale - digits.length) + digits;
  return neg ? '-' + s : s;
}

const TEN = 10n;
const pow10 = (k: number): bigint => TEN ** BigInt(k);

/**
 * (n ÷ d) × 10^shift to 40 significant digits, rounded half-up, as a plain decimal string —
 * what `new Dec(n).div(d).times(10 ** shift)` prints. n and d are safe integers, d ≠ 0. @internal
 */
export function quotientToString(n: number, d: number, shift: number): string {
  if (n === 0) return '0';
  // Stryker disable next-line EqualityOperator: n and d are not 0 here, so < 0 and <= 0 agree
  const neg = n < 0 !== d < 0;
  // The float path is a shortcut (without it the BigInt path gives the same text), and its bound
  // on n is conservative (exact up to 2^53); the bound on d is what tests hold it to.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent (see above)
  const small = Math.abs(n) < SMALL_N &&
    // Stryker disable next-line EqualityOperator: one more at the edge is exact too
    Math.abs(d) <= SMALL_D;
  if (small) return (neg ? '-' : '') + smallQuotient(Math.abs(n), Math.abs(d), shift);
  const N = BigInt(Math.abs(n));
  const D = BigInt(Math.abs(d));
  // Enough digits: the quotient N·10^k ÷ D has at least 41 digits (more would round the same).
  // Stryker disable next-line ArithmeticOperator: more digits than needed give the same rounded result
  const k = Math.max(0, 41 + String(D).length - String(N).length);
  let q = (N * pow10(k)) / D;
  let text = q.toString();
  const drop = text.length - 40;
  let exp = -k + shift; // value = q × 10^exp
  // Stryker disable next-line ConditionalExpression,EqualityOperator: k makes q at least 41 digits long, so drop is always 1 or more
  if (drop > 0) {
    const unit = pow10(drop);
    const rest = q % unit;
    q /= unit;
    if (rest * 2n >= unit) q += 1n;
    exp += drop;
    text = q.toString();
  }
  // Plain notation of text × 10^exp, trailing zeros removed.
  let s: string;
  // With safe-integer n and d and a shift of at most 2 (the roll-up's), exp is always negative (q
  // has about 40 − log10(n/d) digits after the point); the first branch and the test for a point
  // serve larger shifts, which the tests make.
  if (exp >= 0) s = text + '0'.repeat(exp);
  else if (text.length > -exp) s = `${text.slice(0, text.length + exp)}.${text.slice(text.length + exp)}`;
  else s = `0.${'0'.repeat(-exp - text.length)}${text}`;
  if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  return neg ? `-${s}` : s;
}

// Bounds of the long division in floats: a remainder below SMALL_D times 10 stays below 2^53,
// and so does the integer part times d when n is below SMALL_N.
const SMALL_N = 2 ** 52;
const SMALL_D = 9e14;
const MAX_SAFE = 2 ** 53;

/** Digits of smallQuotient, as character codes: up to 16 before the point, 16 leading zeros, 41 significant and a step of 15 more. */
const DIGITS = new Uint8Array(96);
/** The text smallQuotient writes, as character codes: the digits, a point and up to 15 zeros of shift. */
const TEXT = new Uint16Array(120);

/** Plain arrays of each length TEXT can hold, reused: String.fromCharCode.apply takes one without a view to make. */
const CODES: number[][] = Array.from({ length: TEXT.length + 1 }, (_, t) => new Array<number>(t).fill(0));

/** The first `t` character codes of TEXT as a string. */
function textOf(t: number): string {
  const codes = CODES[t] as number[];
  for (let i = 0; i < t; i++) codes[i] = TEXT[i] as number;
  return String.fromCharCode.apply(null, codes);
}

/**
 * (n ÷ d) × 10^shift as quotientToString gives it, for 0 < n < 2^52 and 0 < d ≤ 9·10^14: long
 * division in exact float arithmetic, as many digits a step as d allows, to 41 significant
 * digits, the last rounding the first 40 half-up. Digits go to a reused buffer, and the text is
 * made once. @internal
 */
export function smallQuotient(n: number, d: number, shift: number): string {
  // Why the float quotients below are floored exactly: x = n ÷ d (n < 2^52) and each step's
  // x = r·P ÷ d (r·P < d·P ≤ 2^53, both exact) are rounded with a relative error of at most
  // 2^-53, so an absolute error below 1 ÷ d; an x that is not an integer lies at least 1 ÷ d
  // below the next one. So the rounded x never reaches the next integer, and never falls below
  // the integer under x, which is representable. The property tests hold it to BigInt division.
  const q = Math.floor(n / d);
  let r = n - q * d;
  let len = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: a zero integer part written as "0" is dropped as a leading zero
  if (q > 0) {
    const int = String(q);
    for (; len < int.length; len++) DIGITS[len] = int.charCodeAt(len);
  }
  let point = len; // digits before the decimal point
  // The fraction, K digits at a step: r × 10^K stays below 2^53 while d × 10^K does.
  let K = 1;
  let P = 10;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut: fewer digits a step give the same digits
  while (d * P * 10 <= MAX_SAFE) {
    K += 1;
    P *= 10;
  }
  let lead = q > 0 ? 0 : -1; // index of the first significant digit, -1 while there is none
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: more digits are cut to 41 below, and there are at most 15 leading zeros
  while (r !== 0 && (lead < 0 || len - lead < 41)) {
    r *= P;
    const k = Math.floor(r / d);
    r -= k * d;
    // The K digits of k, zero-padded, in two halves of int32 arithmetic.
    let hi = Math.floor(k / 1e8) | 0;
    let lo = (k - hi * 1e8) | 0;
    const split = len + K - 8;
    for (let j = len + K - 1; j >= len; j--) {
      if (j >= split) {
        DIGITS[j] = 48 + (lo % 10);
        lo = (lo / 10) | 0;
      } else {
        DIGITS[j] = 48 + (hi % 10);
        hi = (hi / 10) | 0;
      }
    }
    if (lead < 0 && k !== 0) for (lead = len; DIGITS[lead] === 48; lead++);
    len += K;
  }
  // Keep 41 significant digits: the 41st rounds the first 40. (n > 0: there is a first one.)
  let significant = len - lead;
  // Stryker disable next-line EqualityOperator: equivalent: 41 is cut to 41
  if (significant > 41) {
    len -= significant - 41;
    significant = 41;
  }
  if (significant === 41) {
    len -= 1;
    if ((DIGITS[len] as number) >= 53) {
      // Add one at the last place: trailing 9s become 0s, the digit before them goes up. The
      // carry never runs past the first digit: that needs 40 nines then a 5 or more, a relative
      // distance below 10^-40 from a power of ten, and n ÷ d is relatively at least 2^-53 away.
      let i = len - 1;
      while (DIGITS[i] === 57) DIGITS[i--] = 48;
      DIGITS[i] = (DIGITS[i] as number) + 1;
    }
  }
  point += shift;
  // Integer digits (at least one), then the fraction without its trailing zeros.
  let t = 0;
  let first = 0;
  while (first < Math.min(point, len) - 1 && DIGITS[first] === 48) first++; // leading zeros
  if (point <= 0) TEXT[t++] = 48;
  else for (let i = first; i < point; i++) TEXT[t++] = i < len ? (DIGITS[i] as number) : 48;
  let end = len;
  // Stryker disable next-line EqualityOperator,MethodExpression: equivalent: the integer part is written already; this only finds where the fraction ends
  while (end > Math.max(point, 0) && DIGITS[end - 1] === 48) end--;
  if (end > Math.max(point, 0)) {
    TEXT[t++] = 46; // '.'
    for (let i = point; i < end; i++) TEXT[t++] = i < 0 ? 48 : (DIGITS[i] as number);
  }
  return textOf(t);
}
