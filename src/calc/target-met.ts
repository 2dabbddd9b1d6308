import { compareDecimalText, readDecimal, type NumericInput } from '../core/decimal-text.js';
import type { Dec } from '../core/decimal.js';
import type { Comparator } from '../model/target.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Whether an actual figure meets a target, at the comparator's exact boundary:
 * 10 meets "at least 10"; 50 does not meet "more than 50"; 24 meets "within 24 (hours)";
 * 1.5 meets "about 1–2" (both ends included); "all" is met by 100 (a full-coverage percentage);
 * "yes" is met by 1.
 *
 * @example
 * ```ts
 * isTargetMet({ kind: 'more-than', value: '50' }, '50'); // false
 * isTargetMet({ kind: 'at-least', value: '10' }, 10);    // true
 * ```
 * @param comparator - The target's comparator.
 * @param actual - The figure, as a decimal string or a finite number.
 * @returns `true` when the target is met.
 * @throws {@link DxInputError} when the comparator is not one (an unknown kind, a figure that is not
 *   a number) or `actual` is not a number within the limits.
 * @category Attainment
 */
export function isTargetMet(comparator: Comparator, actual: NumericInput): boolean {
  try {
    const g = guard('isTargetMet');
    const c = g.comparator(comparator, ['comparator']);
    g.numeric(actual, ['actual']).done();
    // Compared on the figures' text, exactly: a program that only asks this does not load the
    // decimal library (see the size table in the README).
    const x = readDecimal(actual);
    return meetsBy(c as Comparator, (bound) => compareDecimalText(x, bound));
  } catch (e) {
    throw unreadableInput(e, 'isTargetMet', { comparator, actual });
  }
}

/**
 * Whether a decimal meets a comparator already read by its schema — {@link isTargetMet} for the
 * calculations that hold decimals already. @internal
 */
export function meets(comparator: Comparator, x: Dec): boolean {
  return meetsBy(comparator, (bound) => x.cmp(bound));
}

/** The comparator's rule, given how the figure compares with a bound (-1, 0 or 1). */
function meetsBy(comparator: Comparator, cmp: (bound: string) => number): boolean {
  switch (comparator.kind) {
    case 'at-least':
      return cmp(comparator.value) >= 0;
    case 'more-than':
      return cmp(comparator.value) > 0;
    case 'at-most':
      return cmp(comparator.value) <= 0;
    case 'less-than':
      return cmp(comparator.value) < 0;
    case 'exactly':
      return cmp(comparator.value) === 0;
    case 'between':
      return cmp(comparator.min) >= 0 && cmp(comparator.max) <= 0;
    case 'all':
      return cmp('100') >= 0;
    case 'yes':
      return cmp('1') === 0;
  }
}
