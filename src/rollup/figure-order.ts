import { Dec, DecExact } from '../core/decimal.js';

// Of two figures with the same order key (two observations of one period), which counts as
// first and which as last: the smaller first. A share's figure is its ratio, numerator ÷
// denominator (0 when the denominator is 0, as its cell's figure is), then, of two equal ratios
// (1 of 2 and 2 of 4), the smaller numerator; a value's figure is itself. So every order of the
// observations and every split into partials picks the same one.

const SAFE = 2 ** 53;

/**
 * Whether figure a (denominator b, -1 for none) is not above figure x (denominator y): scaled
 * integers at one scale, denominators 0 or more. @internal
 */
export function figureNotAbove(a: number, b: number, x: number, y: number): boolean {
  // Two values, or two shares: a column's figures are all one or all the other.
  // Stryker disable next-line LogicalOperator,ConditionalExpression: b and y are both negative or neither (equivalent mutants)
  if (b < 0 || y < 0) return a <= x;
  // a ÷ b against x ÷ y, a zero denominator's ratio 0: the signs of a × y and x × b.
  const p = b === 0 ? 0 : a;
  const q = y === 0 ? 0 : x;
  const left = p * (y === 0 ? 1 : y);
  const right = q * (b === 0 ? 1 : b);
  let c: number;
  // Products past 2^53 in BigInt. A zero denominator makes both products figures below 2^53, so
  // there both denominators are positive.
  // Stryker disable next-line ConditionalExpression: BigInt for every pair gives the same sign (equivalent mutant: speed)
  if (Math.abs(left) < SAFE && Math.abs(right) < SAFE) c = left - right;
  else {
    const l = BigInt(a) * BigInt(y);
    const r = BigInt(x) * BigInt(b);
    c = l < r ? -1 : l > r ? 1 : 0;
  }
  // Stryker disable next-line EqualityOperator: two equal ratios with equal numerators are the same figure (equivalent mutant)
  return c < 0 || (c === 0 && a <= x);
}

/** {@link figureNotAbove} of decimals (a denominator undefined or negative for none). @internal */
export function decFigureNotAbove(a: Dec, b: Dec | undefined, x: Dec, y: Dec | undefined): boolean {
  // (y is undefined only where b is none too: a value has no denominator on either side.)
  // Stryker disable next-line ConditionalExpression
  if (b === undefined || y === undefined || b.isNegative() || y.isNegative()) return a.lte(x);
  const left = b.isZero() ? new DecExact(0) : new DecExact(a).times(y.isZero() ? 1 : y);
  const right = y.isZero() ? new DecExact(0) : new DecExact(x).times(b.isZero() ? 1 : b);
  const c = left.cmp(right);
  return c < 0 || (c === 0 && a.lte(x));
}

/** {@link figureNotAbove} of a partial's figures, numbers or decimal strings (a denominator null for none). @internal */
export function partFigureNotAbove(a: number | string, b: number | string | null, x: number | string, y: number | string | null): boolean {
  // Numbers compared as numbers: a shortcut, decimals give the same answer (equivalent mutants).
  // Stryker disable next-line all
  if (typeof a === 'number' && typeof x === 'number' && typeof b !== 'string' && typeof y !== 'string') return figureNotAbove(a, b ?? -1, x, y ?? -1);
  return decFigureNotAbove(new Dec(a), b === null ? undefined : new Dec(b), new Dec(x), y === null ? undefined : new Dec(y));
}
