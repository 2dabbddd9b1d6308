import { Dec, decString } from '../core/decimal.js';
import { isInForce } from '../geo/hierarchy-at.js';
import type { MeasureUnit } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { periodBounds } from '../model/period-bounds.js';
import type { Lang } from '../model/primitives.js';
import type { AdministrativeUnit } from '../model/unit.js';
import type { RuleTerm, ValidationRule } from '../model/validation-rule.js';
import { FINDING, SKIPPED } from './messages.js';
import type { ValidationContext } from './types.js';

// One checker per kind of rule; validateObservations runs the rules through this table. @internal

/** What every checker works on: the figures, grouped, and where findings and skips go. @internal */
export interface Run {
  readonly observations: readonly Observation[];
  readonly context: ValidationContext;
  readonly lang: Lang;
  /** Measure unit of each indicator given in the context. */
  readonly unitOf: ReadonlyMap<string, MeasureUnit>;
  /** The figures of one unit, period and tier, by indicator (the first of duplicates). */
  readonly group: (unitCode: string, period: string, tier: string | undefined) => ReadonlyMap<string, Observation> | undefined;
  readonly find: (rule: ValidationRule, index: number, message: string) => void;
  readonly skip: (rule: ValidationRule, reason: string) => void;
}

type Checker<K extends ValidationRule['kind']> = (rule: Extract<ValidationRule, { kind: K }>, run: Run) => void;

/** Adds an item to the list of a key, starting the list on first use. */
const append = <K, V>(lists: Map<K, V[]>, key: K, item: V) => {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [item]);
  else list.push(item);
};
const endOf = (o: Observation) => periodBounds(o.period)?.end ?? o.period;
const valueOf = (o: Observation): Dec | undefined =>
  o.value !== undefined ? new Dec(o.value) : o.numerator !== undefined && o.denominator !== undefined && !new Dec(o.denominator).isZero() ? new Dec(o.numerator).div(o.denominator).times(100) : undefined;
const fieldOf = (o: Observation | undefined, field: RuleTerm extends infer T ? (T extends { field: infer F } ? F : never) : never): Dec | undefined => {
  if (o === undefined) return undefined;
  if (field === 'value') return valueOf(o);
  const v = o[field];
  return v === undefined ? undefined : new Dec(v);
};
const median = (xs: readonly Dec[]) => {
  const s = [...xs].sort((a, b) => a.cmp(b));
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as Dec) : (s[m - 1] as Dec).plus(s[m] as Dec).div(2);
};

/** `compare`: the sum of the left terms against the sum of the right ones. */
const compare: Checker<'compare'> = (rule, run) => {
  if (rule.measureUnit !== undefined && run.context.indicators === undefined) return run.skip(rule, SKIPPED.noIndicatorsForUnit);
  const sum = (xs: readonly (Dec | undefined)[]) => xs.reduce((a: Dec, x) => a.plus(x ?? 0), new Dec(0));
  run.observations.forEach((o, i) => {
    if (rule.indicatorIds !== undefined && !rule.indicatorIds.includes(o.indicatorId)) return;
    if (rule.measureUnit !== undefined && run.unitOf.get(o.indicatorId) !== rule.measureUnit) return;
    const group = run.group(o.unitCode, o.period, o.tier);
    const side = (terms: readonly RuleTerm[]) =>
      terms.map((t) => ('constant' in t ? new Dec(t.constant) : fieldOf(t.indicatorId === undefined ? o : group?.get(t.indicatorId), t.field)));
    const left = side(rule.left);
    const right = side(rule.right);
    const all = [...left, ...right];
    const missing = all.filter((x) => x === undefined).length;
    if (rule.missing === 'skip-if-any-missing' && missing > 0) return;
    if (rule.missing === 'skip-if-all-missing' && missing === all.length) return;
    const l = sum(left);
    const r = sum(right);
    const ok = { '<=': l.lte(r), '<': l.lt(r), '>=': l.gte(r), '>': l.gt(r), '==': l.eq(r), '!=': !l.eq(r) }[rule.operator];
    const not = rule.operator === '<=' ? '>' : rule.operator === '>=' ? '<' : `not ${rule.operator}`;
    if (!ok) run.find(rule, i, `${rule.message[run.lang]}: ${decString(l)} ${not} ${decString(r)}`);
  });
};

/** `unit-exists`: the unit is in the register and in force on the period's last day. */
const unitExists: Checker<'unit-exists'> = (rule, run) => {
  const register = run.context.units;
  if (register === undefined) return run.skip(rule, SKIPPED.noRegister);
  const versions = new Map<string, AdministrativeUnit[]>();
  for (const u of register.units) append(versions, u.code, u);
  run.observations.forEach((o, i) => {
    const date = endOf(o);
    const vs = versions.get(o.unitCode);
    if (vs === undefined) return run.find(rule, i, FINDING.unknownUnit[run.lang](o.unitCode));
    if (vs.some((u) => isInForce(u, date))) return;
    const last = vs.reduce((a, u) => ((u.validTo ?? '9999') > (a.validTo ?? '9999') ? u : a));
    run.find(rule, i, FINDING.unitEnded[run.lang](o.unitCode, run.lang === 'vi' ? last.fullName : last.fullNameEn, date, last.validTo));
  });
};

/** `within-plan-period`: the period lies in the plan's. */
const withinPlanPeriod: Checker<'within-plan-period'> = (rule, run) => {
  const plan = run.context.plan;
  if (plan === undefined) return run.skip(rule, SKIPPED.noPlan);
  run.observations.forEach((o, i) => {
    const b = periodBounds(o.period);
    if (b !== undefined && (b.start < plan.period.start || b.end > plan.period.end)) run.find(rule, i, FINDING.outsidePlan[run.lang](o.period, plan.period.start, plan.period.end));
  });
};

/** `no-duplicates`: one figure per indicator, unit, period and tier. */
const noDuplicates: Checker<'no-duplicates'> = (rule, run) => {
  const first = new Map<string, number>();
  run.observations.forEach((o, i) => {
    const key = `${o.indicatorId}\u0000${o.unitCode}\u0000${o.period}\u0000${o.tier ?? ''}`;
    const j = first.get(key);
    if (j === undefined) first.set(key, i);
    else run.find(rule, i, FINDING.duplicate[run.lang](j));
  });
};

/** `child-not-above-parent`: a unit's count is not above its parent's. */
const childNotAboveParent: Checker<'child-not-above-parent'> = (rule, run) => {
  const h = run.context.hierarchy;
  if (h === undefined) return run.skip(rule, SKIPPED.noHierarchy);
  if (rule.indicatorIds === undefined && run.context.indicators === undefined) return run.skip(rule, SKIPPED.noIndicatorsForCounts);
  const ids = new Set(rule.indicatorIds ?? [...run.unitOf].filter(([, u]) => u === 'count').map(([id]) => id));
  run.observations.forEach((o, i) => {
    if (!ids.has(o.indicatorId)) return;
    const parent = h.byCode.get(o.unitCode)?.parentCode;
    const p = parent === undefined ? undefined : run.group(parent, o.period, o.tier)?.get(o.indicatorId);
    const x = valueOf(o);
    const y = p === undefined ? undefined : valueOf(p);
    if (x !== undefined && y !== undefined && x.gt(y)) run.find(rule, i, FINDING.childAboveParent[run.lang](o.unitCode, decString(x), parent as string, decString(y)));
  });
};

/** `outlier`: a value far from the unit's own earlier figures (median absolute deviations). */
const outlier: Checker<'outlier'> = (rule, run) => {
  const threshold = new Dec(rule.threshold);
  const histories = new Map<string, number[]>();
  run.observations.forEach((o, i) => append(histories, `${o.indicatorId}\u0000${o.unitCode}\u0000${o.tier ?? ''}`, i));
  const at = (i: number) => run.observations[i] as Observation;
  for (const idx of histories.values()) {
    const sorted = [...idx].sort((a, b) => (endOf(at(a)) < endOf(at(b)) ? -1 : 1));
    sorted.forEach((i, k) => {
      if (k < rule.minHistory) return;
      const history = sorted.slice(0, k).map((j) => valueOf(at(j))).filter((v): v is Dec => v !== undefined);
      const x = valueOf(at(i));
      if (x === undefined || history.length < rule.minHistory) return;
      const m = median(history);
      const mad = median(history.map((v) => v.minus(m).abs()));
      if (mad.isZero()) return;
      const score = x.minus(m).abs().div(mad);
      if (score.gt(threshold)) run.find(rule, i, FINDING.outlier[run.lang](decString(x), decString(m), decString(score.toDecimalPlaces(1))));
    });
  }
};

/** The checker of each kind of rule. @internal */
export const CHECKERS: { readonly [K in ValidationRule['kind']]: Checker<K> } = {
  compare,
  'unit-exists': unitExists,
  'within-plan-period': withinPlanPeriod,
  'no-duplicates': noDuplicates,
  'child-not-above-parent': childNotAboveParent,
  outlier,
};
