import { Dec, decString, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import type { Crosswalk } from '../geo/crosswalk.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * The values of merged units as the plain (unweighted) mean of their predecessors' values,
 * through a crosswalk — how DTI 2024 was republished for the 34 provinces of 2025: a merged
 * province's value on each main index is the arithmetic mean of its predecessors' values on it,
 * with no population or area weights (dantri.com.vn; huengaynay.vn; vneconomy.vn). Every key
 * (`total`, a pillar, a main index) is averaged over the predecessors that have it; a new unit
 * none of whose predecessors has a value is left out.
 *
 * @example
 * ```ts
 * // New Đồng Nai (75) = old Đồng Nai (75) + old Bình Phước (70).
 * meanOfPredecessors({ '75': { total: '0.7' }, '70': { total: '0.6' } }, vnProvinceCrosswalk)['75']; // { total: '0.65' }
 * ```
 * @param values - Values by old unit code, then by key (`total`, index ids).
 * @param crosswalk - The crosswalk from the old units to the new (e.g. `vnProvinceCrosswalk`).
 * @returns Values by new unit code, then by key.
 * @throws {@link dx-indicators!DxInputError} when a value is not a number or the crosswalk is not one.
 * @category Assessments
 */
export function meanOfPredecessors(
  values: Readonly<Record<string, Readonly<Record<string, NumericInput>>>>,
  crosswalk: Crosswalk,
): Record<string, Record<string, DecimalString>> {
  try {
    const g = guard('meanOfPredecessors');
    if (g.object(values, ['values'])) {
      for (const [code, byKey] of Object.entries(values)) if (g.object(byKey, ['values', code])) for (const [k, v] of Object.entries(byKey)) g.numeric(v, ['values', code, k]);
    }
    if (g.object(crosswalk, ['crosswalk']) && g.array(crosswalk.links, ['crosswalk', 'links'])) crosswalk.links.forEach((l, i) => g.object(l, ['crosswalk', 'links', i]));
    g.done();
    const olds = new Map<string, string[]>();
    for (const l of crosswalk.links) olds.set(l.newCode, [...(olds.get(l.newCode) ?? []), l.oldCode]);
    const out: Record<string, Record<string, DecimalString>> = {};
    for (const [newCode, list] of [...olds].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const sums = new Map<string, { sum: Dec; n: number }>();
      for (const old of [...new Set(list)]) {
        for (const [k, v] of Object.entries(values[old] ?? {})) {
          const s = sums.get(k) ?? { sum: new Dec(0), n: 0 };
          sums.set(k, { sum: s.sum.plus(toDec(v)), n: s.n + 1 });
        }
      }
      if (sums.size === 0) continue;
      out[newCode] = Object.fromEntries([...sums].map(([k, s]) => [k, decString(s.sum.div(s.n))]));
    }
    return out;
  } catch (e) {
    throw unreadableInput(e, 'meanOfPredecessors', { values, crosswalk });
  }
}
