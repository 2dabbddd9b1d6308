import { DxInputError } from '../core/errors.js';
import type { Hierarchy } from '../geo/hierarchy.js';
import { guard } from '../model/guard.js';
import type { Indicator } from '../model/indicator.js';
import type { CellTable } from './cells.js';
import { guardPartial, guardRollupInput } from './guard-rollup.js';
import { fromPartial, type RollupPartial } from './partial.js';
import { resolveRules } from './rules.js';
import type { RollupOptions } from './types.js';

/**
 * What `finishRollup` and `finishRollupColumns` (named `what` in errors) do before the
 * aggregation over space: their arguments guarded, the partial's rules held to the ones given,
 * the partial read into a cell table. @internal
 */
export function partialTable(what: string, partial: RollupPartial, indicators: readonly Indicator[], hierarchy: Hierarchy, options: RollupOptions): CellTable {
  const g = guard(what);
  guardPartial(g, partial, ['partial']);
  guardRollupInput(g, indicators, options);
  g.hierarchy(hierarchy, ['hierarchy']);
  g.done();
  const rules = resolveRules(indicators, options.aggregation);
  // The partial was made with its own rules: finishing it with others would give wrong figures.
  const differ = [...rules.values()].flatMap((r) => {
    const made = partial.rules[r.indicatorId];
    return made !== undefined && (made.time !== r.time || made.space !== r.space) ? [{ r, made }] : [];
  });
  if (differ.length > 0) {
    throw new DxInputError('roll-up partial', differ.map(({ r, made }) => ({
      path: ['partial', 'rules', r.indicatorId],
      code: 'inconsistent' as const,
      message: `was made with ${made.time} over time and ${made.space} over space, but is finished with ${r.time} and ${r.space}: give ${what} the aggregation options partialRollup had`,
    })));
  }
  return fromPartial(partial, rules);
}
