import { DxInputError } from '../core/errors.js';
import { mergeColumn, sortWarnings, type PartialCell, type RollupPartial } from './partial.js';
import { guard } from '../model/guard.js';
import { guardPartial } from './guard-rollup.js';

/**
 * Merges partial roll-up states: associative and commutative, so chunks can be merged in any
 * order and grouping (a reduce step). The partials must share their bucket and rules.
 *
 * @example
 * ```ts
 * const total = parts.reduce(mergeRollupPartials); // any order, any grouping
 * ```
 * @param a - A partial.
 * @param b - Another partial.
 * @returns The merged partial.
 * @throws {@link DxInputError} when the partials were made with different buckets or rules.
 * @category Roll-up
 */
export function mergeRollupPartials(a: RollupPartial, b: RollupPartial): RollupPartial {
  const g = guard('mergeRollupPartials');
  guardPartial(g, a, ['a']);
  guardPartial(g, b, ['b']);
  g.done();
  if (a.bucket !== b.bucket || JSON.stringify(sortedRules(a)) !== JSON.stringify(sortedRules(b))) {
    throw new DxInputError('roll-up partials', [{ path: [], code: 'inconsistent', message: 'the partials were made with different buckets or aggregation rules, so they cannot be merged' }]);
  }
  const cells: Record<string, PartialCell[]> = {};
  const scales: Record<string, number | null> = {};
  for (const [id, rule] of Object.entries(a.rules)) {
    const m = mergeColumn(rule.time, a.cells[id] ?? [], a.scales[id] ?? null, b.cells[id] ?? [], b.scales[id] ?? null);
    cells[id] = m.cells;
    scales[id] = m.scale;
  }
  return { format: a.format, bucket: a.bucket, rules: a.rules, scales, cells, warnings: sortWarnings([...a.warnings, ...b.warnings]) };
}

function sortedRules(p: RollupPartial) {
  return Object.keys(p.rules).sort().map((k) => [k, p.rules[k]]);
}
