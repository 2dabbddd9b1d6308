import { DxInputError, type InputProblem } from '../core/errors.js';
import type { Aggregation, Indicator } from '../model/indicator.js';
import type { AggregationOverrides } from './types.js';

/** How one indicator aggregates in this roll-up. @internal */
export interface Rule {
  readonly indicatorId: string;
  readonly time: Aggregation;
  readonly space: Aggregation;
  /** Whether the figure is a share whose numerator and denominator are summed or carried. */
  readonly usesShare: boolean;
  readonly weight?: string;
}

const SHARE_SPACE: ReadonlySet<Aggregation> = new Set(['ratio-of-sums', 'mean-of-ratios', 'min', 'max', 'count']);
const KEEPS_PAIR: ReadonlySet<Aggregation> = new Set(['ratio-of-sums', 'first', 'last']);

/** The rules of every indicator, overrides applied; throws for combinations that have no meaning. @internal */
export function resolveRules(indicators: readonly Indicator[], overrides: AggregationOverrides = {}): Map<string, Rule> {
  const problems: InputProblem[] = [];
  const rules = new Map<string, Rule>();
  const known = new Set(indicators.map((i) => i.id));
  for (const id of Object.keys(overrides)) {
    if (!known.has(id)) problems.push({ path: ['aggregation', id], code: 'unknown_reference', message: `overrides the indicator "${id}", which is not among the indicators` });
  }
  indicators.forEach((ind, i) => {
    const time = overrides[ind.id]?.time ?? ind.aggregation.time;
    const space = overrides[ind.id]?.space ?? ind.aggregation.space;
    const path = ['indicators', i, 'aggregation'];
    if (space === 'first' || space === 'last') {
      problems.push({ path, code: 'invalid_value', message: `"${space}" aggregates over time only; over space use sum, mean, ratio-of-sums, min, max or count` });
    }
    if (ind.share !== undefined && !SHARE_SPACE.has(space)) {
      problems.push({ path, code: 'invalid_value', message: `"${ind.id}" is a share: over space it rolls up as "ratio-of-sums" (Σ numerator ÷ Σ denominator), or as "mean-of-ratios" if you mean the mean of the units' percentages; "${space}" has no meaning for it` });
    }
    if (ind.share !== undefined && (time === 'sum' || time === 'mean' || time === 'weighted-mean')) {
      problems.push({ path, code: 'invalid_value', message: `"${ind.id}" is a share: over time it rolls up as "ratio-of-sums", "last", "first", "min", "max" or "mean-of-ratios", not "${time}"` });
    }
    const usesShare = space === 'ratio-of-sums' || time === 'ratio-of-sums';
    if (space === 'ratio-of-sums' && !KEEPS_PAIR.has(time)) {
      problems.push({ path, code: 'inconsistent', message: `a ratio of sums over space needs numerators and denominators, which "${time}" over time does not keep (use ratio-of-sums, first or last)` });
    }
    if (usesShare && ind.share === undefined) {
      problems.push({ path, code: 'missing', message: `"${ind.id}" aggregates as a ratio of sums but is not a share (no numerator and denominator)` });
    }
    if (space === 'weighted-mean' && ind.weight === undefined) {
      problems.push({ path, code: 'missing', message: `"${ind.id}" aggregates over space as a weighted mean but names no weight` });
    }
    rules.set(ind.id, { indicatorId: ind.id, time, space, usesShare, ...(ind.weight === undefined ? {} : { weight: ind.weight }) });
  });
  if (problems.length > 0) throw new DxInputError('roll-up rules', problems);
  return rules;
}
