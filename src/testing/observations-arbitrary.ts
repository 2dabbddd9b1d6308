import fc from 'fast-check';
import type { Hierarchy } from '../geo/hierarchy.js';
import { guard } from '../model/guard.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { parseObservations } from '../model/observation.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** Options of {@link observationsArbitrary}. @category Testing */
export interface ObservationsArbitraryOptions {
  /** The year reported (default 2025). */
  readonly year?: number;
  /** `year` (one figure a year, the default) or `month` (twelve). */
  readonly periods?: 'year' | 'month';
  /** Whether a unit may leave a period unreported (default true). */
  readonly gaps?: boolean;
}

const decimalFigure = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([whole, cents, hasCents]) => (hasCents && cents > 0 ? `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}` : String(whole)));

/**
 * A fast-check arbitrary of reported figures for a hierarchy's communes: for every commune,
 * indicator and period, a figure or (with `gaps`) none. A share gets a numerator and a denominator
 * (0 ≤ numerator ≤ denominator), any other indicator a value with up to two decimals. The lists
 * come from {@link parseObservations}, so they go straight into `rollup` and `buildScorecard`.
 * @example
 * ```ts
 * const [h] = fc.sample(hierarchyArbitrary(), { numRuns: 1, seed: 2 });
 * const [obs] = h ? fc.sample(observationsArbitrary(h, [vnIndicators['online-dossier-rate']], { gaps: false }), { numRuns: 1, seed: 2 }) : [];
 * obs?.length === h?.units.filter((u) => u.level === 'commune').length; // true
 * ```
 * @param hierarchy - The units (figures are for its communes).
 * @param indicators - The indicators reported.
 * @param options - Year, periods, gaps.
 * @returns An arbitrary of observation lists.
 * @throws `DxInputError` (from `dx-indicators`) when an argument is not of its type.
 * @category Testing
 */
export function observationsArbitrary(
  hierarchy: Hierarchy,
  indicators: readonly Indicator[],
  options: ObservationsArbitraryOptions = {},
): fc.Arbitrary<Observation[]> {
  try {
    const g = guard('observationsArbitrary');
    g.hierarchy(hierarchy, ['hierarchy']);
    if (g.array(indicators, ['indicators'])) indicators.forEach((ind, i) => g.object(ind, ['indicators', i]) && g.text(ind.id, ['indicators', i, 'id']));
    if (g.object(options, ['options'])) {
      g.integer(options.year, 1900, 2199, ['options', 'year'], true);
      g.oneOf(options.periods, ['year', 'month'], ['options', 'periods'], true);
      g.oneOf(options.gaps, [true, false], ['options', 'gaps'], true);
    }
    g.done();
    const year = options.year ?? 2025;
    const periods = options.periods === 'month' ? Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`) : [String(year)];
    const communes = hierarchy.units.filter((u) => u.level === 'commune');
    const cells = communes.flatMap((u) => indicators.flatMap((ind) => periods.map((period) => ({ unitCode: u.code, indicator: ind, period }))));
    const figureOf = (ind: Indicator) =>
      ind.share !== undefined
        ? fc.integer({ min: 1, max: 100_000 }).chain((d) => fc.integer({ min: 0, max: d }).map((n) => ({ numerator: String(n), denominator: String(d) })))
        : decimalFigure.map((value) => ({ value }));
    const cell = (c: (typeof cells)[number]) => {
      const figure = figureOf(c.indicator).map((f) => ({ indicatorId: c.indicator.id, unitCode: c.unitCode, period: c.period, ...f }));
      return options.gaps === false ? figure : fc.option(figure, { freq: 6, nil: undefined });
    };
    return fc.tuple(...cells.map(cell)).map((list) => parseObservations(list.filter((o) => o !== undefined)));
  } catch (e) {
    throw unreadableInput(e, 'observationsArbitrary', { hierarchy, indicators, options });
  }
}
