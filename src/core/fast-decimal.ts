// Exact decimal formatting of integer arithmetic, without decimal.js, for the roll-up's hot
// path. Each function gives the very string the library's decimal context would (40
// significant digits, half-up, plain notation, no trailing zeros); a property test holds them
// to it.

/** The integer `n` × 10^-`scale` as a plain decimal string. @internal */
export function scaledToString(n: number, scale: number): string {
  if (n === 0) return '0';
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
  const neg = n < 0 !== d < 0;
  const N = BigInt(Math.abs(n));
  const D = BigInt(Math.abs(d));
  // Enough digits: the quotient N·10^k ÷ D has at least 41 digits.
  const k = Math.max(0, 41 + String(D).length - String(N).length);
  let q = (N * pow10(k)) / D;
  let text = q.toString();
  const drop = text.length - 40;
  let exp = -k + shift; // value = q × 10^exp
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
  if (exp >= 0) s = text + '0'.repeat(exp);
  else if (text.length > -exp) s = `${text.slice(0, text.length + exp)}.${text.slice(text.length + exp)}`;
  else s = `0.${'0'.repeat(-exp - text.length)}${text}`;
  if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  return neg ? `-${s}` : s;
}
