import { decString, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import type { Comparator } from '../model/target.js';
import { thresholdOf } from './threshold.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * The gap between a figure and its target, in the indicator's own unit (percentage points for
 * a percentage): figure − target. Positive means ahead for a higher-is-better target and behind
 * for a lower-is-better one; for a range it is 0 inside and the distance to the nearest bound
 * outside (negative below, positive above).
 *
 * @example
 * ```ts
 * targetGap({ kind: 'at-least', value: '70' }, '91'); // '21' (points ahead)
 * targetGap({ kind: 'at-most', value: '24' }, '30');  // '6' (hours over)
 * ```
 * @param comparator - The target's comparator.
 * @param actual - The figure.
 * @returns figure − target, exact.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Attainment
 */
export function targetGap(comparator: Comparator, actual: NumericInput): DecimalString {
  try {
    const g = guard('targetGap');
    const c = g.comparator(comparator, ['comparator']);
    g.numeric(actual, ['actual']).done();
    const x = toDec(actual);
    const { value } = thresholdOf(c as Comparator, x);
    return decString(x.minus(value));
  } catch (e) {
    throw unreadableInput(e, 'targetGap', { comparator, actual });
  }
}
