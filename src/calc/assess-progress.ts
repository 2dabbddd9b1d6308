import { Dec, decString, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import type { LegendBand } from '../model/legend-set.js';
import type { IsoDate } from '../model/primitives.js';
import type { Comparator } from '../model/target.js';
import { classifyBand } from './classify-band.js';
import { ESCAP_ANTICIPATED_PROGRESS_BANDS, OPEN_SDG_PROGRESS_BANDS } from './legend-presets.js';
import { observedRate } from './observed-growth-rate.js';
import { projectDec } from './project-value.js';
import { requiredGrowthRate } from './required-growth-rate.js';
import { guardSeries, sortedSeries, type GrowthModel, type SeriesPoint } from './series.js';
import { isTargetMet } from './target-met.js';
import { thresholdOf } from './threshold.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** A progress method: Open SDG / Statistics Canada, or UN ESCAP anticipated progress. @category Progress */
export type ProgressMethod = 'open-sdg' | 'escap';

/** The input of {@link assessProgress}. @category Progress */
export interface ProgressInput {
  /** The observed figures; the first is the baseline. */
  readonly series: readonly SeriesPoint[];
  /** The target's comparator and deadline. */
  readonly target: { readonly comparator: Comparator; readonly deadline: IsoDate };
  /** Only figures on or before this date count. */
  readonly asOf: IsoDate;
  /** `open-sdg` (ratio of observed to required growth) or `escap` (anticipated progress). */
  readonly method: ProgressMethod;
  /** Compound (default for `open-sdg`) or linear (default for `escap`) growth. */
  readonly growth?: GrowthModel;
  /**
   * A natural maximum the figure cannot pass (100 for a percentage). A target beyond it is
   * assessed against the limit, and projections stop at it.
   */
  readonly limit?: NumericInput;
}

/**
 * The outcome of {@link assessProgress}. Narrow on `status`:
 * `target-achieved` (the latest figure meets the target), `insufficient-data` (fewer than two
 * figures), `not-assessable` (a compound rate with a figure of 0 or less, or a yes/no target),
 * or a band of the method's legend set with the figures behind it.
 * @category Progress
 */
export type ProgressAssessment =
  | { readonly status: 'target-achieved'; readonly method: ProgressMethod; readonly latest: { readonly date: IsoDate; readonly value: DecimalString } }
  | { readonly status: 'insufficient-data'; readonly method: ProgressMethod; readonly message: string }
  | { readonly status: 'not-assessable'; readonly method: ProgressMethod; readonly message: string }
  | {
      readonly status: 'on-track' | 'acceleration-needed' | 'limited-progress' | 'deterioration' | 'too-slow' | 'regressing';
      readonly method: ProgressMethod;
      readonly band: LegendBand;
      /** Open SDG: observed ÷ required growth; ESCAP: projected change ÷ needed change. */
      readonly ratio: DecimalString;
      readonly observedRate: DecimalString;
      readonly requiredRate: DecimalString;
      /** The value projected on the deadline if the observed trend continues. */
      readonly projected: DecimalString;
    };

/**
 * Classifies progress toward a target from a series, with the method of Open SDG / Statistics
 * Canada (observed ÷ required growth: ≥ 95% on track, ≥ 60% acceleration needed, ≥ 0 limited
 * progress, < 0 deterioration) or UN ESCAP (anticipated progress: projected change by the
 * deadline ÷ needed change: ≥ 1 on track, above 0 too slow, ≤ 0 regressing). A latest figure that
 * meets the target is "target achieved"; fewer than two figures is "insufficient data".
 *
 * @example
 * ```ts
 * assessProgress({
 *   series: [{ date: '2022-12-31', value: 40 }, { date: '2024-12-31', value: 60 }],
 *   target: { comparator: { kind: 'at-least', value: '80' }, deadline: '2025-12-31' },
 *   asOf: '2025-06-30', method: 'escap',
 * }); // status 'too-slow': projected 70 by the deadline, 30 of the 40 points needed (ratio 0.75)
 * ```
 * @param input - The series, the target, the as-of date, the method.
 * @returns The assessment.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Progress
 */
export function assessProgress(input: ProgressInput): ProgressAssessment {
  try {
    const g = guard('assessProgress');
    let read: Comparator | undefined;
    if (g.object(input, ['input'])) {
      guardSeries(g, input.series, ['series']);
      if (g.object(input.target, ['target'])) {
        read = g.comparator(input.target.comparator, ['target', 'comparator']);
        g.date(input.target.deadline, ['target', 'deadline']);
      }
      g.date(input.asOf, ['asOf']).oneOf(input.method, ['open-sdg', 'escap'], ['method']).oneOf(input.growth, ['compound', 'linear'], ['growth'], true).numeric(input.limit, ['limit'], true);
    }
    g.done();
    const comparator = read as Comparator; // done() has thrown unless the guard read it
    const { method } = input;
    const pts = sortedSeries(input.series.filter((p) => p.date <= input.asOf));
    const latest = pts[pts.length - 1];
    const first = pts[0];
    if (latest === undefined || first === undefined) {
      return { status: 'insufficient-data', method, message: `no figure on or before ${input.asOf}` };
    }
    if (comparator.kind === 'yes') return { status: 'not-assessable', method, message: 'a yes/no target has no rate of progress' };
    if (isTargetMet(comparator, latest.value.toString())) {
      return { status: 'target-achieved', method, latest: { date: latest.date, value: decString(latest.value) } };
    }
    if (pts.length < 2) return { status: 'insufficient-data', method, message: 'a rate of progress needs figures on at least two dates' };
    const growth = input.growth ?? (method === 'open-sdg' ? 'compound' : 'linear');
    const limit = input.limit === undefined ? undefined : toDec(input.limit);
    const { value: threshold, direction } = thresholdOf(comparator, latest.value);
    const goal = limit !== undefined && threshold.gt(limit) ? limit : threshold;
    const points = pts.map((p) => ({ date: p.date, value: p.value.toString() }));
    const observed = observedRate(points, growth);
    const required = requiredGrowthRate({ date: first.date, value: first.value.toString() }, { date: input.target.deadline, value: goal.toString() }, growth);
    const projected = projectDec(points, input.target.deadline, growth);
    if (!observed.ok) return { status: 'not-assessable', method, message: observed.message };
    if (!required.ok) return { status: 'not-assessable', method, message: required.message };
    if (!projected.ok) return { status: 'not-assessable', method, message: projected.message };
    const req = new Dec(required.value);
    const proj = limit === undefined ? projected.value : Dec.min(projected.value, limit);
    // The baseline already met the target (it is at or beyond the goal) and the latest figure has
    // since fallen short of it: the change "needed" from the baseline points away from better, so
    // no rate can be on track; both methods call it deterioration (regressing).
    const baselineMet =
      direction === 'higher-is-better' ? !goal.gt(first.value) : direction === 'lower-is-better' ? !goal.lt(first.value) : goal.eq(first.value);
    let ratio: Dec;
    if (baselineMet) ratio = new Dec(-1);
    else if (method === 'open-sdg') ratio = observed.value.div(req);
    else ratio = proj.minus(first.value).div(goal.minus(first.value));
    const band = classifyBand(method === 'open-sdg' ? OPEN_SDG_PROGRESS_BANDS : ESCAP_ANTICIPATED_PROGRESS_BANDS, decString(ratio));
    return {
      status: band.id as 'on-track',
      method,
      band,
      ratio: decString(ratio),
      observedRate: decString(observed.value),
      requiredRate: required.value,
      projected: decString(proj),
    };
  } catch (e) {
    throw unreadableInput(e, 'assessProgress', { input });
  }
}
