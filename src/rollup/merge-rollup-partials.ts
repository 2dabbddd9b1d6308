import { DxInputError } from '../core/errors.js';
import { mergeCells, sortWarnings, type RollupPartial } from './partial.js';
import { guard } from '../model/guard.js';
import { guardPartial } from './guard-rollup.js';
import { unreadableInput } from '../core/unreadable-input.js';

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
  try {
    const g = guard('mergeRollupPartials');
    guardPartial(g, a, ['a']);
    guardPartial(g, b, ['b']);
    g.done();
    if (a.bucket !== b.bucket || JSON.stringify(sortedRules(a)) !== JSON.stringify(sortedRules(b))) {
      const key = a.bucket !== b.bucket ? 'bucket' : 'rules';
      const message = `the partials were made with different ${key === 'bucket' ? 'buckets' : 'aggregation rules'}, so they cannot be merged`;
      throw new DxInputError('roll-up partials', [{ path: ['a', key], code: 'inconsistent', message }, { path: ['b', key], code: 'inconsistent', message }]);
    }
    return { format: a.format, bucket: a.bucket, rules: a.rules, ...mergeCells(a, b), warnings: sortWarnings([...a.warnings, ...b.warnings]) };
  } catch (e) {
    throw unreadableInput(e, 'mergeRollupPartials', { a, b });
  }
}

function sortedRules(p: RollupPartial) {
  return Object.keys(p.rules).sort().map((k) => [k, p.rules[k]]);
}
