import type { Hierarchy } from '../geo/hierarchy.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { aggregateSpace } from './aggregate-space.js';
import { rollupTable } from './checked-accumulate.js';
import type { RollupOptions, RollupResult } from './types.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Rolls observations up a hierarchy: first over time within each unit (into year, quarter,
 * month or day buckets), then over space from the leaf units (communes) to every parent, each
 * indicator by its declared aggregation (DHIS2's two axes) — counts sum, shares are Σ numerator
 * ÷ Σ denominator, never a mean of child percentages unless asked for by name. Every figure
 * says which expected leaf units reported. Exact: integer and scaled-decimal sums in the hot
 * loop, decimals for every division.
 *
 * @example
 * ```ts
 * const h = hierarchyAt(vnUnits, '2025-07-01');
 * const { rows } = rollup(observations, [onlineDossierRate], h, { bucket: 'year' });
 * rows.find((r) => r.unitCode === '75'); // { value: '…', numerator, denominator, coverage: { expected: 95, reported: 94, … } }
 * ```
 * @param observations - Parsed observations (see {@link parseObservations}).
 * @param indicators - The indicators to roll up; observations of others are reported as warnings.
 * @param hierarchy - The units in force on a date (see {@link hierarchyAt}).
 * @param options - Bucket, overrides, levels, weights, the rule for non-leaf figures, a minimum coverage.
 * @returns Rows for every unit and bucket with data, and the warnings.
 * @throws {@link DxInputError} when the observations are not what {@link parseObservations}
 *   returns (numbers instead of decimal strings, `"1e3"`, missing fields: the first ten problems
 *   are listed), or when an aggregation has no meaning for an indicator (a ratio of
 *   sums of a figure that is not a share, a weighted mean without a weight).
 * @category Roll-up
 */
export function rollup(
  observations: readonly Observation[],
  indicators: readonly Indicator[],
  hierarchy: Hierarchy,
  options: RollupOptions = {},
): RollupResult {
  try {
    return aggregateSpace(rollupTable('rollup', observations, indicators, hierarchy, options), hierarchy, options);
  } catch (e) {
    throw unreadableInput(e, 'rollup', { observations, indicators, hierarchy, options });
  }
}
