import type { Hierarchy } from '../geo/hierarchy.js';
import type { Indicator } from '../model/indicator.js';
import { aggregateSpace } from './aggregate-space.js';
import type { RollupPartial } from './partial.js';
import { partialTable } from './partial-table.js';
import type { RollupOptions, RollupResult } from './types.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Finishes a (merged) partial roll-up over a hierarchy: the aggregation over space, coverage
 * and thresholds. The rows equal those of {@link dx-indicators!rollup} over all the observations behind the
 * partial.
 * @example
 * ```ts
 * finishRollup(partialRollup([], [vnIndicators['online-dossier-rate']]), [vnIndicators['online-dossier-rate']], hierarchyAt(vnProvinces, '2025-07-01')).rows; // []
 * ```
 * @param partial - From {@link partialRollup} or {@link mergeRollupPartials}.
 * @param indicators - The indicators the partial was made with.
 * @param hierarchy - The units in force on a date.
 * @param options - The same options as {@link dx-indicators!rollup} (bucket and overrides must match the partial's).
 * @returns The rows and warnings.
 * @throws {@link dx-indicators!DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Roll-up
 */
export function finishRollup(partial: RollupPartial, indicators: readonly Indicator[], hierarchy: Hierarchy, options: RollupOptions = {}): RollupResult {
  try {
    return aggregateSpace(partialTable('finishRollup', partial, indicators, hierarchy, options), hierarchy, options);
  } catch (e) {
    throw unreadableInput(e, 'finishRollup', { partial, indicators, hierarchy, options });
  }
}
