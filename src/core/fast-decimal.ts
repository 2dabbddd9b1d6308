// Exact decimal formatting of integer arithmetic, without decimal.js, for the roll-up's hot
// path. Each function gives the very string the library's decimal context would (40
// significant digits, half-up, plain notation, no trailing zeros); a property test holds them
// to it.

/** The integer `n` × 10^-`scale` as a plain decimal string. @internal */
export function scaledToString(n: number, scale: number): string {
  // Stryker disable next-line all: a shortcut: without it 0 is written "0" all the same
  if (n === 0) return '0';
  // Stryker disable next-line all: n is not 0 here, so n < 0 and n <= 0 agree
  const neg = n < 0;
  const digits = String(neg ? -n : n);
  let s: string;
  if (scale === 0) s = digits;
  else if (digits.length > scale) s = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  else s = `0.${'0'.repeat(scale - digits.length)}${digits}`;
  if (scale > 0) s = s.replace(/\.?0+$/, '');
  return neg ? `-${s}` : s;
}

const TEN = 10n;
const pow10 = (k: number): bigint => TEN ** BigInt(k);

/**
 * (n ÷ d) × 10^shift to 40 significant digits, rounded half-up, as a plain decimal string —
 * what `new Dec(n).div(d).times(10 ** shift)` prints. n and d are safe integers, d ≠ 0. @internal
 */
export function quotientToString(n: number, d: number, shift: number): string {
  if (n === 0) return '0';
  // Stryker disable next-line all: n and d are not 0 here, so < 0 and <= 0 agree
  const neg = n < 0 !== d < 0;
  const N = BigInt(Math.abs(n));
  const D = BigInt(Math.abs(d));
  // Enough digits: the quotient N·10^k ÷ D has at least 41 digits (more would round the same).
  // Stryker disable next-line all: more digits than needed give the same rounded result
  const k = Math.max(0, 41 + String(D).length - String(N).length);
  let q = (N * pow10(k)) / D;
  let text = q.toString();
  const drop = text.length - 40;
  let exp = -k + shift; // value = q × 10^exp
  // Stryker disable next-line all: k makes q at least 41 digits long, so drop is always 1 or more
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
  // With safe-integer n and d and a shift of at most 2, exp is always negative (q has about
  // 40 − log10(n/d) digits after the point): the first branch and the test for a point guard
  // inputs this library never makes.
  // Stryker disable next-line all: unreachable for safe-integer inputs (see above)
  if (exp >= 0) s = text + '0'.repeat(exp);
  else if (text.length > -exp) s = `${text.slice(0, text.length + exp)}.${text.slice(text.length + exp)}`;
  else s = `0.${'0'.repeat(-exp - text.length)}${text}`;
  // Stryker disable next-line all: s always has a point for safe-integer inputs (see above)
  if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  return neg ? `-${s}` : s;
}
