import type { Hierarchy } from '../geo/hierarchy.js';
import type { Indicator } from '../model/indicator.js';
import { aggregateSpace } from './aggregate-space.js';
import { fromPartial, type RollupPartial } from './partial.js';
import { resolveRules } from './rules.js';
import type { RollupOptions, RollupResult } from './types.js';
import { guard } from '../model/guard.js';
import { guardPartial, guardRollupInput } from './guard-rollup.js';

/**
 * Finishes a (merged) partial roll-up over a hierarchy: the aggregation over space, coverage
 * and thresholds. The rows equal those of {@link rollup} over all the observations behind the
 * partial.
 * @example
 * ```ts
 * finishRollup(partialRollup([], [vnIndicators['online-dossier-rate']]), [vnIndicators['online-dossier-rate']], hierarchyAt(vnProvinces, '2025-07-01')).rows; // []
 * ```
 * @param partial - From {@link partialRollup} or {@link mergeRollupPartials}.
 * @param indicators - The indicators the partial was made with.
 * @param hierarchy - The units in force on a date.
 * @param options - The same options as {@link rollup} (bucket and overrides must match the partial's).
 * @returns The rows and warnings.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Roll-up
 */
export function finishRollup(partial: RollupPartial, indicators: readonly Indicator[], hierarchy: Hierarchy, options: RollupOptions = {}): RollupResult {
  const g = guard('finishRollup');
  guardPartial(g, partial, ['partial']);
  guardRollupInput(g, indicators, options);
  g.hierarchy(hierarchy, ['hierarchy']);
  g.done();
  return aggregateSpace(fromPartial(partial, resolveRules(indicators, options.aggregation)), hierarchy, options);
}
