import { decString, toDec, type DecimalString } from '../core/decimal.js';
import { computed, notComputed, type Computed } from '../core/result.js';
import { compoundRate, type GrowthRateReason } from './observed-growth-rate.js';
import type { GrowthModel, SeriesPoint } from './series.js';
import { yearsBetween } from './years-between.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * The rate of change needed to go from a starting point to the target by its deadline:
 * compound, (target ÷ start)^(1/years) − 1; linear, (target − start) ÷ years.
 *
 * @example
 * ```ts
 * requiredGrowthRate({ date: '2023-12-31', value: 50 }, { date: '2025-12-31', value: 70 }, 'linear');
 * // { ok: true, value: '10' } (points a year)
 * ```
 * @param start - The baseline (or latest) point.
 * @param target - The target value and its deadline.
 * @param model - `compound` or `linear`.
 * @returns The rate per year; `insufficient-data` when the deadline is not after the start,
 *   `non-positive-for-compound` for a compound rate from or to a figure of 0 or less.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Progress
 */
export function requiredGrowthRate(start: SeriesPoint, target: SeriesPoint, model: GrowthModel): Computed<DecimalString, GrowthRateReason> {
  try {
    const g = guard('requiredGrowthRate');
    if (g.object(start, ['start'])) g.date(start.date, ['start', 'date']).numeric(start.value, ['start', 'value']);
    if (g.object(target, ['target'])) g.date(target.date, ['target', 'date']).numeric(target.value, ['target', 'value']);
    g.oneOf(model, ['compound', 'linear'], ['model']).done();
    const years = yearsBetween(start.date, target.date);
    if (!years.gt(0)) return notComputed('insufficient-data', `the deadline ${target.date} is not after ${start.date}`);
    const from = toDec(start.value);
    const to = toDec(target.value);
    if (model === 'linear') return computed(decString(to.minus(from).div(years)));
    if (!from.gt(0) || !to.gt(0)) return notComputed('non-positive-for-compound', 'a compound rate needs figures above 0');
    return computed(decString(compoundRate(from, to, years)));
  } catch (e) {
    throw unreadableInput(e, 'requiredGrowthRate', { start, target, model });
  }
}
