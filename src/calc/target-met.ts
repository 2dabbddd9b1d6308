import { toDec, type Dec, type NumericInput } from '../core/decimal.js';
import type { Comparator } from '../model/target.js';
import { guard } from '../model/guard.js';

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
  const g = guard('isTargetMet');
  const c = g.comparator(comparator, ['comparator']);
  g.numeric(actual, ['actual']).done();
  return meets(c as Comparator, toDec(actual));
}

/** Whether a figure meets a comparator already read by its schema. @internal */
export function meets(comparator: Comparator, x: Dec): boolean {
  switch (comparator.kind) {
    case 'at-least':
      return x.gte(comparator.value);
    case 'more-than':
      return x.gt(comparator.value);
    case 'at-most':
      return x.lte(comparator.value);
    case 'less-than':
      return x.lt(comparator.value);
    case 'exactly':
      return x.eq(comparator.value);
    case 'between':
      return x.gte(comparator.min) && x.lte(comparator.max);
    case 'all':
      return x.gte(100);
    case 'yes':
      return x.eq(1);
  }
}
