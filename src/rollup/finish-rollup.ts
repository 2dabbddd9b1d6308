import { DxInputError } from '../core/errors.js';
import type { Hierarchy } from '../geo/hierarchy.js';
import type { Indicator } from '../model/indicator.js';
import { aggregateSpace } from './aggregate-space.js';
import { fromPartial, type RollupPartial } from './partial.js';
import { resolveRules } from './rules.js';
import type { RollupOptions, RollupResult } from './types.js';
import { guard } from '../model/guard.js';
import { guardPartial, guardRollupInput } from './guard-rollup.js';
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
    const g = guard('finishRollup');
    guardPartial(g, partial, ['partial']);
    guardRollupInput(g, indicators, options);
    g.hierarchy(hierarchy, ['hierarchy']);
    g.done();
    const rules = resolveRules(indicators, options.aggregation);
    // The partial was made with its own rules: finishing it with others would give wrong figures.
    const differ = [...rules.values()].filter((r) => partial.rules[r.indicatorId] !== undefined && (partial.rules[r.indicatorId]?.time !== r.time || partial.rules[r.indicatorId]?.space !== r.space));
    if (differ.length > 0) {
      throw new DxInputError('roll-up partial', differ.map((r) => ({
        path: ['partial', 'rules', r.indicatorId],
        code: 'inconsistent' as const,
        message: `was made with ${partial.rules[r.indicatorId]?.time} over time and ${partial.rules[r.indicatorId]?.space} over space, but is finished with ${r.time} and ${r.space}: give finishRollup the aggregation options partialRollup had`,
      })));
    }
    return aggregateSpace(fromPartial(partial, rules), hierarchy, options);
  } catch (e) {
    throw unreadableInput(e, 'finishRollup', { partial, indicators, hierarchy, options });
  }
}
