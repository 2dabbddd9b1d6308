import { DxInputError } from '../core/errors.js';
import { mergeCell, sortWarnings, type PartialCell, type RollupPartial } from './partial.js';
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
  for (const [id, rule] of Object.entries(a.rules)) {
    const x = a.cells[id] ?? [];
    const y = b.cells[id] ?? [];
    const out: PartialCell[] = [];
    let i = 0;
    let j = 0;
    // Both lists are in (unit, bucket) order: a merge join.
    while (i < x.length || j < y.length) {
      const p = x[i];
      const q = y[j];
      const c = p === undefined ? 1 : q === undefined ? -1 : p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0;
      if (c < 0) (out.push(p as PartialCell), i++);
      else if (c > 0) (out.push(q as PartialCell), j++);
      else (out.push(mergeCell(rule.time, p as PartialCell, q as PartialCell)), i++, j++);
    }
    cells[id] = out;
  }
  return { format: a.format, bucket: a.bucket, rules: a.rules, cells, warnings: sortWarnings([...a.warnings, ...b.warnings]) };
}

function sortedRules(p: RollupPartial) {
  return Object.keys(p.rules).sort().map((k) => [k, p.rules[k]]);
}
