import type { Hierarchy } from '../geo/hierarchy.js';
import { guard } from '../model/guard.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { assertParsedObservations, markParsed, rowCheckFor } from '../model/observation-rows.js';
import { accumulate, NotParsed } from './accumulate.js';
import type { CellTable } from './cells.js';
import { guardRollupInput } from './guard-rollup.js';
import { resolveRules, type Rule } from './rules.js';
import type { RollupOptions, TimeBucket } from './types.js';

/**
 * What `rollup` and `rollupColumns` (named `what` in errors) do before the aggregation over
 * space: their arguments guarded, the rules resolved, the observations accumulated over time. @internal
 */
export function rollupTable(what: string, observations: readonly Observation[], indicators: readonly Indicator[], hierarchy: Hierarchy, options: RollupOptions): CellTable {
  const g = guard(what);
  guardRollupInput(g, indicators, options);
  g.hierarchy(hierarchy, ['hierarchy']);
  g.done();
  return checkedAccumulate(observations, resolveRules(indicators, options.aggregation), options.bucket ?? 'year');
}

/**
 * {@link accumulate}, guarded: a list that came out of a parse goes straight in; any other list
 * is checked row by row in the same pass, and at the first row not in the form parsing returns
 * the whole list is checked again to name its first ten problems in a `DxInputError`. A list
 * that passes is remembered as parsed. @internal
 */
export function checkedAccumulate(observations: readonly Observation[], rules: ReadonlyMap<string, Rule>, bucket: TimeBucket): CellTable {
  const check = rowCheckFor(observations, 'observations');
  try {
    const table = accumulate(observations, rules, bucket, check);
    if (check !== undefined) markParsed(observations);
    return table;
  } catch (e) {
    if (e instanceof NotParsed) assertParsedObservations(observations, 'observations');
    throw e;
  }
}
