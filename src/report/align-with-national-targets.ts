import { Dec } from '../core/decimal.js';
import { thresholdOf } from '../calc/threshold.js';
import { guard } from '../model/guard.js';
import { nationalTargetSchema, type NationalTarget } from '../model/national-target.js';
import { parseWith } from '../model/parse.js';
import type { Plan } from '../model/plan.js';
import type { Comparator, Target } from '../model/target.js';
import * as z from 'zod/mini';
import { unreadableInput } from '../core/unreadable-input.js';

/** How a plan's target stands against the national target it restates. Plain JSON. @category Scorecards */
export interface NationalAlignment {
  readonly targetId: string;
  readonly national: NationalTarget;
  /** At least as demanding as the national target (`undefined` when the two cannot be compared: a range or an exact figure). */
  readonly asAmbitious: boolean | undefined;
  /** Due on or before the national deadline. */
  readonly asEarly: boolean;
}

// How demanding a comparator is, in the direction of better: its threshold, and whether it is strict.
function demand(c: Comparator): { value: Dec; direction: 'up' | 'down'; strict: boolean } | undefined {
  const t = thresholdOf(c, new Dec(0));
  if (c.kind === 'between' || c.kind === 'exactly') return undefined;
  return { value: t.value, direction: t.direction === 'lower-is-better' ? 'down' : 'up', strict: c.kind === 'more-than' || c.kind === 'less-than' };
}

function asAmbitious(plan: Comparator, national: Comparator): boolean | undefined {
  const p = demand(plan);
  const n = demand(national);
  if (p === undefined || n === undefined || p.direction !== n.direction) return undefined;
  const cmp = p.value.comparedTo(n.value) * (p.direction === 'up' ? 1 : -1);
  return cmp > 0 || (cmp === 0 && (p.strict || !n.strict));
}

/**
 * Which targets of a provincial plan restate a national target (the same indicator, and the same
 * tier: a national target without one speaks to province-wide targets), and whether
 * each is as ambitious (its threshold at least as demanding, in the indicator's better direction:
 * "> 80%" is as ambitious as "> 80%", "≥ 10%" is not as ambitious as "≥ 20%") and as early (due
 * on or before the national deadline). Each plan target is matched with the national target of
 * its indicator whose deadline comes first on or after the plan's, else the latest before it.
 *
 * @example
 * ```ts
 * alignWithNationalTargets(plans.dongNai2025, DECISION_411_TARGETS).find((a) => a.targetId === 'dn25-digital-economy');
 * // { national: { id: 'd411-digital-economy-2025', … }, asAmbitious: false, asEarly: true }
 * ```
 * @param plan - A plan.
 * @param nationalTargets - National targets (e.g. `DECISION_411_TARGETS`).
 * @returns One alignment per plan target that restates a national one, in the plan's order.
 * @throws {@link DxInputError} when the plan or the national targets are not what the types say.
 * @category Scorecards
 */
export function alignWithNationalTargets(plan: Plan, nationalTargets: readonly NationalTarget[]): NationalAlignment[] {
  try {
    const g = guard('alignWithNationalTargets');
    if (g.object(plan, ['plan']) && g.array(plan.targets, ['plan', 'targets'])) plan.targets.forEach((t, i) => g.object(t, ['plan', 'targets', i]) && g.comparator(t.comparator, ['plan', 'targets', i, 'comparator']));
    g.done();
    const national = parseWith(z.array(nationalTargetSchema), 'national targets', nationalTargets, ['nationalTargets']);
    return plan.targets.flatMap((t: Target) => {
      // The same indicator, and the same tier: a national target for the country as a whole speaks
      // to a province-wide target, a tier's target to the same tier's.
      const same = national.filter((n) => n.indicatorId === t.indicatorId && (n.tier ?? 'province-wide') === t.tier);
      if (same.length === 0) return [];
      const after = same.filter((n) => n.deadline >= t.deadline).sort((a, b) => (a.deadline < b.deadline ? -1 : 1));
      const before = same.filter((n) => n.deadline < t.deadline).sort((a, b) => (a.deadline > b.deadline ? -1 : 1));
      const n = (after[0] ?? before[0]) as NationalTarget;
      const comparator = g.comparator(t.comparator, []) as Comparator;
      return [{ targetId: t.id, national: n, asAmbitious: asAmbitious(comparator, n.comparator), asEarly: t.deadline <= n.deadline }];
    });
  } catch (e) {
    throw unreadableInput(e, 'alignWithNationalTargets', { plan, nationalTargets });
  }
}
