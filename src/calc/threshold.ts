import { Dec } from '../core/decimal.js';
import type { Comparator } from '../model/target.js';

/**
 * The figure a comparator measures against, and which way is better: the value of a one-sided
 * comparator, 100 for "all", 1 for "yes"; for a range, the bound nearest to `actual`. @internal
 */
export function thresholdOf(
  comparator: Comparator,
  actual: Dec,
): { readonly value: Dec; readonly direction: 'higher-is-better' | 'lower-is-better' | 'inside' } {
  switch (comparator.kind) {
    case 'at-least':
    case 'more-than':
      return { value: new Dec(comparator.value), direction: 'higher-is-better' };
    case 'at-most':
    case 'less-than':
      return { value: new Dec(comparator.value), direction: 'lower-is-better' };
    case 'exactly':
      return { value: new Dec(comparator.value), direction: 'inside' };
    case 'all':
      return { value: new Dec(100), direction: 'higher-is-better' };
    case 'yes':
      return { value: new Dec(1), direction: 'higher-is-better' };
    case 'between':
      if (actual.lt(comparator.min)) return { value: new Dec(comparator.min), direction: 'higher-is-better' };
      if (actual.gt(comparator.max)) return { value: new Dec(comparator.max), direction: 'lower-is-better' };
      return { value: actual, direction: 'inside' };
  }
}
