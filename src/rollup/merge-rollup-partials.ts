import type { RollupPartial } from './partial.js';
import { mergeChecked } from './merge-cells.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Merges partial roll-up states: associative and commutative, so chunks can be merged in any
 * order and grouping (a reduce step). The partials must share their bucket and rules. To merge
 * many at once, {@link mergeAllRollupPartials} is faster than a reduce.
 *
 * @example
 * ```ts
 * const total = parts.reduce(mergeRollupPartials); // any order, any grouping
 * ```
 * @param a - A partial.
 * @param b - Another partial.
 * @returns The merged partial.
 * @throws {@link dx-indicators!DxInputError} when the partials were made with different buckets or rules.
 * @category Roll-up
 */
export function mergeRollupPartials(a: RollupPartial, b: RollupPartial): RollupPartial {
  try {
    return mergeChecked('mergeRollupPartials', [a, b], [['a'], ['b']]);
  } catch (e) {
    throw unreadableInput(e, 'mergeRollupPartials', { a, b });
  }
}
