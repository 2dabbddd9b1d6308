import { Dec, decString, type DecimalString } from '../core/decimal.js';
import { meets } from '../calc/target-met.js';
import { thresholdOf } from '../calc/threshold.js';
import type { Hierarchy } from '../geo/hierarchy.js';
import { descendantsOf } from '../geo/queries.js';
import type { LegendSet } from '../model/legend-set.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { markParsed } from '../model/observation-rows.js';
import { periodBounds } from '../model/period.js';
import type { Plan } from '../model/plan.js';
import type { AdministrativeUnit } from '../model/unit.js';
import type { Comparator } from '../model/target.js';
import { rollup } from '../rollup/rollup.js';
import { summariseUnitValues } from '../rollup/summarise-target-across-units.js';
import type { RolledUpFigure, TierUnits } from './scorecard.js';

// The observations of a scorecard, indexed once: by target key for reported figures, by
// indicator for roll-ups. Every period's bounds are read once per distinct string. @internal

/** A period's first and last day. */
export type Bounds = { readonly start: string; readonly end: string };

/** Observations on or before the as-of date, indexed. @internal */
export interface ObservationIndex {
  readonly bounds: (period: string) => Bounds;
  /** By `indicatorId|unitCode|tier` (no tier: `province-wide`), in input order. */
  readonly own: ReadonlyMap<string, readonly Observation[]>;
  /** By indicator, figures of units without a tier (the units' own), in input order. */
  readonly byIndicator: ReadonlyMap<string, readonly Observation[]>;
}

/** Indexes the observations whose period ends on or before `asOf`. @internal */
export function indexObservations(observations: readonly Observation[], asOf: string): ObservationIndex {
  const cache = new Map<string, Bounds>();
  const bounds = (period: string): Bounds => {
    let b = cache.get(period);
    if (b === undefined) {
      // Parsed observations always have a period; the fallback keeps the type honest.
      b = periodBounds(period) ?? { start: '9999-12-31', end: '9999-12-31' };
      cache.set(period, b);
    }
    return b;
  };
  const own = new Map<string, Observation[]>();
  const byIndicator = new Map<string, Observation[]>();
  for (const o of observations) {
    if (bounds(o.period).end > asOf) continue;
    const key = `${o.indicatorId}|${o.unitCode}|${o.tier ?? 'province-wide'}`;
    const list = own.get(key);
    if (list === undefined) own.set(key, [o]);
    else list.push(o);
    if (o.tier === undefined || o.tier === 'commune' || o.tier === 'district') {
      const l = byIndicator.get(o.indicatorId);
      if (l === undefined) byIndicator.set(o.indicatorId, [o]);
      else l.push(o);
    }
  }
  return { bounds, own, byIndicator };
}

/** The figure of an observation: its value, or numerator ÷ denominator × 100. @internal */
export function valueOf(o: Observation): DecimalString {
  return o.value !== undefined ? o.value : decString(new Dec(o.numerator as string).div(o.denominator as string).times(100));
}

/** What the roll-ups of one scorecard share: the hierarchy, the units below the plan's unit. @internal */
export interface RollupScope {
  readonly hierarchy: Hierarchy;
  readonly plan: Plan;
  readonly index: ObservationIndex;
  /** Units strictly below the plan's unit, by code. */
  readonly below: ReadonlyMap<string, { readonly level: string; readonly name: string }>;
  readonly cache: Map<string, UnitsFigure | undefined>;
}

/** A scope for roll-ups below the plan's unit. @internal */
export function rollupScope(hierarchy: Hierarchy, plan: Plan, index: ObservationIndex): RollupScope {
  const descendants = descendantsOf(hierarchy, plan.unitCode);
  const below = new Map(descendants.map((u) => [u.code, { level: u.level, name: u.fullName }] as const));
  // The plan's unit and the units below it, as a hierarchy of their own: the roll-ups of one
  // scorecard work on a province, not on the country.
  const top = hierarchy.byCode.get(plan.unitCode) as AdministrativeUnit;
  const units = [top, ...descendants];
  const childrenByCode = new Map<string, readonly AdministrativeUnit[]>([['', [top]]]);
  for (const u of units) {
    const children = hierarchy.childrenByCode.get(u.code);
    if (children !== undefined) childrenByCode.set(u.code, children);
  }
  const sub: Hierarchy = { date: hierarchy.date, levels: hierarchy.levels, units, byCode: new Map(units.map((u) => [u.code, u])), childrenByCode };
  return { hierarchy: sub, plan, index, below, cache: new Map() };
}

/** A roll-up of the units below the plan's unit (all of them, or one level's), and each unit's figure. @internal */
export interface UnitsFigure {
  /** The plan unit's figure, or undefined (no ratio: only percentages, or zero denominators). */
  readonly figure: Omit<RolledUpFigure, 'trusted'> | undefined;
  /** Each unit's own figure (its roll-up over time; a plain percentage when it gave only that). */
  readonly values: ReadonlyMap<string, DecimalString>;
  /** Units that gave a percentage without numerator and denominator. */
  readonly percentagesOnly: number;
}

/**
 * Rolls up an indicator's figures of the units below the plan's unit, within the plan's period:
 * `level` undefined takes every unit (the province-wide figure, coverage in leaf units), a level
 * takes that level's units only (a tier's figure). Over time by the indicator's own rule
 * (bucket `whole`: the plan period to date). Cached per indicator and level. @internal
 */
export function unitsFigure(scope: RollupScope, indicator: Indicator, level: 'commune' | 'district' | undefined): UnitsFigure | undefined {
  const key = `${indicator.id}|${level ?? ''}`;
  if (scope.cache.has(key)) return scope.cache.get(key);
  const { plan, index, below, hierarchy } = scope;
  const obs: Observation[] = [];
  for (const o of index.byIndicator.get(indicator.id) ?? []) {
    const u = below.get(o.unitCode);
    if (u === undefined || (level !== undefined && u.level !== level) || (o.tier !== undefined && o.tier !== u.level)) continue;
    const b = index.bounds(o.period);
    if (b.end < plan.period.start || b.start > plan.period.end) continue;
    if (o.tier === undefined) obs.push(o);
    else {
      const { tier: _tier, ...unitsOwn } = o;
      obs.push(unitsOwn);
    }
  }
  let result: UnitsFigure | undefined;
  if (obs.length > 0) {
    // Copies of parsed observations (a tier field dropped at most): known to be parsed.
    markParsed(obs);
    const { rows } = rollup(obs, [indicator], hierarchy, { bucket: 'whole' });
    const values = new Map<string, DecimalString>();
    for (const r of rows) if (r.status === 'value' && below.has(r.unitCode) && (level === undefined || r.level === level)) values.set(r.unitCode, r.value);
    // A share reported as a plain percentage: not in the ratio of sums, but the unit's own figure.
    const plain = new Map<string, Observation>();
    for (const o of obs) {
      if (o.value === undefined || indicator.share === undefined || values.has(o.unitCode)) continue;
      const prev = plain.get(o.unitCode);
      if (prev === undefined || index.bounds(prev.period).end <= index.bounds(o.period).end) plain.set(o.unitCode, o);
    }
    for (const [code, o] of plain) values.set(code, o.value as string);
    const top = rows.find((r) => r.unitCode === plan.unitCode);
    let first = obs[0] as Observation;
    let last = first;
    for (const o of obs) {
      const end = index.bounds(o.period).end;
      if (end < index.bounds(first.period).end) first = o;
      if (end > index.bounds(last.period).end) last = o;
    }
    const periods = { from: first.period, to: last.period };
    let figure: UnitsFigure['figure'];
    if (top !== undefined && top.status === 'value') {
      const expected = level === undefined ? top.coverage.expected : [...below.values()].filter((u) => u.level === level).length;
      const reported = level === undefined ? top.coverage.reported : values.size - plain.size;
      figure = {
        value: top.value,
        ...(top.numerator === undefined ? {} : { numerator: top.numerator, denominator: top.denominator as string }),
        coverage: { expected, reported, share: decString(new Dec(reported).div(expected)) },
        periods,
      };
    }
    result = { figure, values, percentagesOnly: plain.size };
  }
  scope.cache.set(key, result);
  return result;
}

/** How the units of a tier fare, with their names and the five worst. @internal */
export function tierUnits(scope: RollupScope, uf: UnitsFigure | undefined, level: 'commune' | 'district', comparator: Comparator, bands: LegendSet): TierUnits {
  const codes = [...scope.below].filter(([, u]) => u.level === level).map(([c]) => c);
  const values = uf?.values ?? new Map<string, DecimalString>();
  const summary = summariseUnitValues(values, codes, comparator, bands);
  const shortfall = (v: DecimalString) => {
    const x = new Dec(v);
    const t = thresholdOf(comparator, x);
    return t.direction === 'lower-is-better' ? x.minus(t.value) : t.value.minus(x);
  };
  const inTier = new Set(codes);
  const ranked = [...values]
    .filter(([code, v]) => inTier.has(code) && !meets(comparator, new Dec(v)))
    .map(([code, v]) => ({ code, v, gap: shortfall(v) }))
    .sort((a, b) => b.gap.comparedTo(a.gap) || (a.code < b.code ? -1 : 1))
    .map((x) => [x.code, x.v] as const);
  const names: Record<string, string> = {};
  const figures: Record<string, DecimalString> = {};
  for (const c of codes) {
    names[c] = scope.below.get(c)?.name ?? c;
    const v = values.get(c);
    if (v !== undefined) figures[c] = v;
  }
  return {
    ...summary,
    level,
    percentagesOnly: uf?.percentagesOnly ?? 0,
    worstUnits: ranked.slice(0, 5).map(([unitCode, value]) => ({ unitCode, name: names[unitCode] ?? unitCode, value })),
    figures,
    names,
  };
}
