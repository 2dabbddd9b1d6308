import type { AgencyTier, Domain } from '../../model/domain.js';
import type { Indicator } from '../../model/indicator.js';
import type { BudgetItem, Plan } from '../../model/plan.js';
import type { IsoDate } from '../../model/primitives.js';
import type { Comparator, Target } from '../../model/target.js';
import { vnIndicators, type VnIndicatorId } from './indicators.js';

/** `>=70`, `>80`, `<=24`, `<5`, `=3`, `1..2`, `all`, `yes`. */
export type ComparatorText = `${'>=' | '>' | '<=' | '<' | '='}${number}` | `${number}..${number}` | 'all' | 'yes';

function comparatorOf(text: ComparatorText): Comparator {
  if (text === 'all' || text === 'yes') return { kind: text };
  const range = /^(.+)\.\.(.+)$/.exec(text);
  if (range) return { kind: 'between', min: range[1] as string, max: range[2] as string };
  const m = /^(>=|>|<=|<|=)(.+)$/.exec(text) as RegExpExecArray;
  const kind = ({ '>=': 'at-least', '>': 'more-than', '<=': 'at-most', '<': 'less-than', '=': 'exactly' } as const)[m[1] as '>='];
  return { kind, value: m[2] as string };
}

/** One target as a row: id, indicator, tier, comparator, the exact quote, and a note where the text needed reading. */
export interface TargetRow {
  readonly id: string;
  readonly indicator: VnIndicatorId;
  readonly tier: AgencyTier;
  readonly comparator: ComparatorText;
  readonly quote: string;
  readonly deadline?: IsoDate;
  readonly note?: string;
}

/** Builds a plan from rows: domains and indicators follow from the targets. @internal */
export function planOf(
  head: Omit<Plan, 'targets' | 'indicators' | 'domains' | 'budget'> & { readonly budget?: readonly BudgetItem[] },
  deadline: IsoDate,
  rows: readonly TargetRow[],
): Plan {
  const document = head.sources[0]?.id ?? '';
  const targets: Target[] = rows.map((r) => ({
    id: r.id,
    indicatorId: r.indicator,
    domain: vnIndicators[r.indicator].domain,
    tier: r.tier,
    unitCode: head.unitCode,
    comparator: comparatorOf(r.comparator),
    deadline: r.deadline ?? deadline,
    source: { document, quote: r.quote },
    ...(r.note === undefined ? {} : { note: r.note }),
  }));
  const indicators: Indicator[] = [...new Set(rows.map((r) => r.indicator))].map((id) => vnIndicators[id]);
  const domains: Domain[] = [...new Set(targets.map((t) => t.domain))];
  const { budget, ...rest } = head;
  return { ...rest, domains, indicators, targets, ...(budget === undefined ? {} : { budget: [...budget] }) };
}
