import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { checkedAccumulate } from './checked-accumulate.js';
import { toPartial, type RollupPartial } from './partial.js';
import { resolveRules } from './rules.js';
import type { AggregationOverrides, TimeBucket } from './types.js';
import { guard } from '../model/guard.js';
import { guardRollupInput } from './guard-rollup.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * The partial state of a roll-up of some observations: aggregated over time per unit and
 * bucket, not yet over space. Plain JSON. Make one per chunk of the data (a province, a month,
 * a worker's share), merge them with {@link mergeRollupPartials} in any order, and finish once
 * with {@link finishRollup}: the rows equal those of {@link dx-indicators!rollup} over all the data.
 *
 * @example
 * ```ts
 * const a = partialRollup(firstHalf, indicators, { bucket: 'year' });
 * const b = partialRollup(secondHalf, indicators, { bucket: 'year' });
 * finishRollup(mergeRollupPartials(a, b), indicators, hierarchy); // = rollup(all, indicators, hierarchy)
 * ```
 * @param observations - Parsed observations.
 * @param indicators - The indicators.
 * @param options - The time bucket and aggregation overrides (the same for every chunk).
 * @returns The partial state, frozen.
 * @throws {@link dx-indicators!DxInputError} when the observations are not what {@link dx-indicators!parseObservations} returns.
 * @category Roll-up
 */
export function partialRollup(
  observations: readonly Observation[],
  indicators: readonly Indicator[],
  options: { readonly bucket?: TimeBucket; readonly aggregation?: AggregationOverrides } = {},
): RollupPartial {
  try {
    const g = guard('partialRollup');
    guardRollupInput(g, indicators, options);
    g.done();
    return toPartial(checkedAccumulate(observations, resolveRules(indicators, options.aggregation), options.bucket ?? 'year'));
  } catch (e) {
    throw unreadableInput(e, 'partialRollup', { observations, indicators, options });
  }
}
