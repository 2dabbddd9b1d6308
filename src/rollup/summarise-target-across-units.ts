import { Dec, decString, type DecimalString } from '../core/decimal.js';
import { bandOfTarget } from '../calc/classify-target-band.js';
import { DEFAULT_STATUS_BANDS } from '../calc/legend-presets.js';
import { meets } from '../calc/target-met.js';
import { thresholdOf } from '../calc/threshold.js';
import { ancestorsOf, unitsOfLevel } from '../geo/queries.js';
import type { Hierarchy } from '../geo/hierarchy.js';
import type { LegendSet } from '../model/legend-set.js';
import type { Comparator } from '../model/target.js';
import type { AdministrativeLevel } from '../model/unit.js';
import type { RollupRow } from './types.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** How the units of one group fare against a target. @category Roll-up */
export interface TargetSummary {
  /** Units of the level in the group. */
  readonly units: number;
  /** Units with a figure. */
  readonly reported: number;
  readonly met: number;
  readonly notMet: number;
  /** Units with no figure (or too little coverage for one). */
  readonly noData: number;
  /** met ÷ reported, or `undefined` when none reported. */
  readonly shareMet: DecimalString | undefined;
  /** The unit furthest from the target (lowest for higher-is-better, highest for lower-is-better). */
  readonly worst: { readonly unitCode: string; readonly value: DecimalString } | undefined;
  /** Units per status band (by attainment, never against the comparator), including the no-data band. */
  readonly bands: Readonly<Record<string, number>>;
}

/**
 * How the units of a level fare against a target, overall and per parent: how many meet it
 * ("how many communes meet the 60% commune target"), which is worst, how many fall in each
 * status band, and how many have no figure.
 *
 * @example
 * ```ts
 * const { overall, byParent } = summariseTargetAcrossUnits(result.rows, {
 *   indicatorId: 'fully-online-services', period: '2025', comparator: { kind: 'at-least', value: '60' },
 *   hierarchy: h, level: 'commune',
 * });
 * overall.shareMet; // e.g. '0.75'
 * ```
 * @param rows - Rows of a roll-up.
 * @param query - The indicator, period bucket, comparator, hierarchy, the level of the units,
 *   optionally a unit to stay within, and the legend set for bands (default {@link DEFAULT_STATUS_BANDS}).
 * @returns The summary of all units of the level, and one per parent.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Roll-up
 */
export function summariseTargetAcrossUnits(
  rows: readonly RollupRow[],
  query: {
    readonly indicatorId: string;
    readonly period: string;
    readonly comparator: Comparator;
    readonly hierarchy: Hierarchy;
    readonly level: AdministrativeLevel;
    /** Only units below this one (e.g. the communes of one province). */
    readonly within?: string;
    readonly bands?: LegendSet;
  },
): { readonly overall: TargetSummary; readonly byParent: Readonly<Record<string, TargetSummary>> } {
  try {
    const g = guard('summariseTargetAcrossUnits');
    let comparator: Comparator | undefined;
    if (g.array(rows, ['rows'])) rows.forEach((r, i) => g.object(r, ['rows', i]));
    if (g.object(query, ['query'])) {
      g.text(query.indicatorId, ['query', 'indicatorId']).text(query.period, ['query', 'period']);
      comparator = g.comparator(query.comparator, ['query', 'comparator']);
      g.hierarchy(query.hierarchy, ['query', 'hierarchy']);
      g.oneOf(query.level, ['province', 'district', 'commune'], ['query', 'level']);
      if (query.within !== undefined) g.text(query.within, ['query', 'within']);
      if (query.bands !== undefined) g.object(query.bands, ['query', 'bands']);
    }
    g.done();
    const bands = query.bands ?? DEFAULT_STATUS_BANDS;
    const values = new Map<string, DecimalString>();
    for (const r of rows) {
      if (r.indicatorId === query.indicatorId && r.period === query.period && r.level === query.level && r.status === 'value') values.set(r.unitCode, r.value);
    }
    const within = query.within;
    const units = unitsOfLevel(query.hierarchy, query.level).filter((u) => within === undefined || ancestorsOf(query.hierarchy, u.code).some((a) => a.code === within));
    const summarise = (codes: readonly string[]) => summariseUnitValues(values, codes, comparator as Comparator, bands);
    const groups = new Map<string, string[]>();
    for (const u of units) {
      const p = u.parentCode ?? '';
      groups.set(p, [...(groups.get(p) ?? []), u.code]);
    }
    const byParent: Record<string, TargetSummary> = {};
    for (const [p, codes] of groups) if (p !== '') byParent[p] = summarise(codes);
    return { overall: summarise(units.map((u) => u.code)), byParent };
  } catch (e) {
    throw unreadableInput(e, 'summariseTargetAcrossUnits', { rows, query });
  }
}

/**
 * How units fare against a target, from each unit's figure (`values`, by unit code; a unit
 * without one has no data). @internal
 */
export function summariseUnitValues(
  values: ReadonlyMap<string, DecimalString>,
  codes: readonly string[],
  comparator: Comparator,
  bands: LegendSet,
): TargetSummary {
  let met = 0;
  let reported = 0;
  let worst: { unitCode: string; value: DecimalString; gap: Dec } | undefined;
  const counts: Record<string, number> = {};
  for (const code of codes) {
    const v = values.get(code);
    const x = v === undefined ? undefined : new Dec(v);
    const band = bandOfTarget(bands, comparator, x);
    counts[band.id] = (counts[band.id] ?? 0) + 1;
    if (v === undefined || x === undefined) continue;
    reported++;
    if (meets(comparator, x)) met++;
    const t = thresholdOf(comparator, x);
    // How far short of the target, in the indicator's unit: larger is worse.
    const gap = t.direction === 'lower-is-better' ? x.minus(t.value) : t.value.minus(x);
    if (worst === undefined || gap.gt(worst.gap) || (gap.eq(worst.gap) && code < worst.unitCode)) worst = { unitCode: code, value: v, gap };
  }
  return {
    units: codes.length,
    reported,
    met,
    notMet: reported - met,
    noData: codes.length - reported,
    shareMet: reported === 0 ? undefined : decString(new Dec(met).div(reported)),
    worst: worst === undefined ? undefined : { unitCode: worst.unitCode, value: worst.value },
    bands: counts,
  };
}
