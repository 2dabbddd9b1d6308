import { Dec, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import type { Hierarchy } from '../geo/hierarchy.js';
import { descendantsOf } from '../geo/queries.js';
import { guard } from '../model/guard.js';
import type { Aggregation, Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { rollup } from '../rollup/rollup.js';
import type { RollupRow, TimeBucket } from '../rollup/types.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** A mistake people make computing a figure by hand, which {@link diagnoseFigure} can reproduce. @category Testing */
export type FigureMistake = 'mean-of-percentages' | 'non-reporting-as-zero' | 'stock-summed-over-time' | 'old-boundaries';

/** The figure a question asks for: an indicator, a unit, a period, from observations. @category Testing */
export interface FigureQuestion {
  readonly observations: readonly Observation[];
  readonly indicator: Indicator;
  readonly hierarchy: Hierarchy;
  readonly unitCode: string;
  /** The period of the figure, as the roll-up labels it (`2025`, `2025-Q3`, `2025-09`). */
  readonly period: string;
  /** The time bucket (default `year`). */
  readonly bucket?: TimeBucket;
  /** Decimal places the other figure was rounded to (default: as many as it has). */
  readonly decimals?: number;
  /** The figures on the boundaries before a change (2024 figures on the old provinces, say). */
  readonly before?: { readonly observations: readonly Observation[]; readonly hierarchy: Hierarchy };
}

/** A mistake whose figure equals the other figure. @category Testing */
export interface ReproducedMistake {
  readonly mistake: FigureMistake;
  /** The figure the mistake gives, before rounding. */
  readonly figure: DecimalString;
  readonly explanation: string;
}

/** What {@link diagnoseFigure} found. @category Testing */
export interface FigureDiagnosis {
  /** The other figure equals the library's, rounded as the other figure is. */
  readonly matches: boolean;
  /** The library's figure (undefined when the observations give none). */
  readonly expected: DecimalString | undefined;
  /** The known mistakes that reproduce the other figure; empty when it matches or none does. */
  readonly reproducedBy: readonly ReproducedMistake[];
}

const rowOf = (rows: readonly RollupRow[], unitCode: string, period: string) => rows.find((r) => r.unitCode === unitCode && r.period === period);
const valueOf = (r: RollupRow | undefined) => (r?.status === 'value' ? r.value : undefined);
const TIME_STOCKS: readonly Aggregation[] = ['last', 'first', 'max', 'min', 'mean'];

/**
 * Checks a figure someone else computed (a dashboard, a spreadsheet) against the observations it
 * came from, and, when it does not match, says which known mistake reproduces it: a mean of
 * percentages instead of a ratio of sums, non-reporting units counted as zero, a stock summed
 * over time, or the figure of the old boundaries. The other figure is compared after rounding the
 * library's to the other figure's decimal places (half up).
 * @example
 * ```ts
 * const h = hierarchyAt(vnUnits, '2025-07-01');
 * const obs = parseObservations([
 *   { indicatorId: 'online-dossier-rate', unitCode: '26041', period: '2025', numerator: 90, denominator: 100 },
 *   { indicatorId: 'online-dossier-rate', unitCode: '25195', period: '2025', numerator: 10, denominator: 50 },
 * ]);
 * const q = { observations: obs, indicator: vnIndicators['online-dossier-rate'], hierarchy: h, unitCode: '75', period: '2025' };
 * diagnoseFigure('66.7', q).matches; // true (100 of 150)
 * diagnoseFigure('55', q).reproducedBy.map((m) => m.mistake); // ['mean-of-percentages'] ((90 + 20) / 2)
 * ```
 * @param figure - The other figure.
 * @param question - Observations, indicator, hierarchy, unit, period; optionally the old boundaries.
 * @returns Whether it matches, the library's figure, and the mistakes that reproduce it.
 * @throws `DxInputError` (from `dx-indicators`) when the figure is not a number or the question is not of its type.
 * @category Testing
 */
export function diagnoseFigure(figure: NumericInput, question: FigureQuestion): FigureDiagnosis {
  try {
    const g = guard('diagnoseFigure');
    g.numeric(figure, ['figure']);
    if (g.object(question, ['question'])) {
      g.array(question.observations, ['question', 'observations']);
      if (g.object(question.indicator, ['question', 'indicator'])) g.text(question.indicator.id, ['question', 'indicator', 'id']);
      g.hierarchy(question.hierarchy, ['question', 'hierarchy']);
      g.text(question.unitCode, ['question', 'unitCode']).period(question.period, ['question', 'period']);
      g.oneOf(question.bucket, ['year', 'quarter', 'month', 'day', 'whole'], ['question', 'bucket'], true);
      g.integer(question.decimals, 0, 20, ['question', 'decimals'], true);
      if (question.before !== undefined && g.object(question.before, ['question', 'before'])) {
        g.array(question.before.observations, ['question', 'before', 'observations']);
        g.hierarchy(question.before.hierarchy, ['question', 'before', 'hierarchy']);
      }
    }
    g.done();
    const { indicator, hierarchy, unitCode, period } = question;
    const bucket = question.bucket ?? 'year';
    const claimed = toDec(figure);
    const places = question.decimals ?? Math.max(0, claimed.decimalPlaces());
    const same = (x: DecimalString | undefined) => x !== undefined && toDec(x).toDecimalPlaces(places, Dec.ROUND_HALF_UP).eq(claimed);
    const run = (aggregation: { time?: Aggregation; space?: Aggregation }, observations = question.observations, h = hierarchy) =>
      rollup(observations, [indicator], h, { bucket, aggregation: { [indicator.id]: aggregation } }).rows;
    const rows = run({});
    const expected = valueOf(rowOf(rows, unitCode, period));
    if (same(expected)) return { matches: true, expected, reproducedBy: [] };

    const candidates: ReproducedMistake[] = [];
    const { space, time } = indicator.aggregation;
    if (space === 'ratio-of-sums') {
      const f = valueOf(rowOf(run({ space: 'mean-of-ratios' }), unitCode, period));
      if (f !== undefined) candidates.push({ mistake: 'mean-of-percentages', figure: f, explanation: 'the mean of the units\' percentages, not Σ numerator ÷ Σ denominator: a small unit weighs as much as a large one' });
    }
    if (space === 'ratio-of-sums' || space === 'mean' || space === 'mean-of-ratios') {
      const own = rowOf(rows, unitCode, period);
      if (own !== undefined && own.coverage.missing.length > 0) {
        const below = new Set(descendantsOf(hierarchy, unitCode).map((u) => u.code));
        const leafRows = rows.filter((r) => r.period === period && r.level === 'commune' && below.has(r.unitCode));
        const total = leafRows.reduce((s, r) => s.plus(valueOf(r) ?? '0'), new Dec(0));
        candidates.push({
          mistake: 'non-reporting-as-zero',
          figure: total.div(own.coverage.expected).toFixed(),
          explanation: `the ${own.coverage.missing.length} units that did not report counted as 0 in a mean over all ${own.coverage.expected}, instead of being left out and reported as missing`,
        });
      }
    }
    if (TIME_STOCKS.includes(time) && indicator.share === undefined) {
      const f = valueOf(rowOf(run({ time: 'sum' }), unitCode, period));
      if (f !== undefined) candidates.push({ mistake: 'stock-summed-over-time', figure: f, explanation: `a stock (its figure over time is the ${time}) added up over the period's reports` });
    }
    if (question.before !== undefined) {
      const f = valueOf(rowOf(run({}, question.before.observations, question.before.hierarchy), unitCode, period));
      if (f !== undefined) candidates.push({ mistake: 'old-boundaries', figure: f, explanation: `the figure of unit ${unitCode} as it was on ${question.before.hierarchy.date}, not on ${hierarchy.date}` });
    }
    return { matches: false, expected, reproducedBy: candidates.filter((c) => same(c.figure)) };
  } catch (e) {
    throw unreadableInput(e, 'diagnoseFigure', { figure, question });
  }
}
