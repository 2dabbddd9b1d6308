import { decString, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import { periodBounds, type Period } from '../model/period.js';
import { daysBetween } from './years-between.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * The part of an annual target (a flow: a count, an amount) that falls to a period of that
 * year: a month is 1/12, a quarter 3/12, a day 1/days-in-year. With `cumulative`, the part from
 * 1 January through the end of the period (year to date: through June is 6/12).
 * Levels and percentages are not pro-rated: use {@link expectedValueAt} for their interim value.
 *
 * @example
 * ```ts
 * proRateAnnualTarget(1200, '2025-Q2');                        // '300'
 * proRateAnnualTarget(1200, '2025-06', { cumulative: true });  // '600'
 * ```
 * @param annualValue - The target for the whole year.
 * @param period - A year, quarter, month or day.
 * @param options - `cumulative: true` for year to date.
 * @returns The pro-rated target, exact.
 * @throws {@link DxInputError} when `period` is not a period or `annualValue` not a number.
 * @category Progress
 */
export function proRateAnnualTarget(
  annualValue: NumericInput,
  period: Period,
  options: { readonly cumulative?: boolean } = {},
): DecimalString {
  try {
    const g = guard('proRateAnnualTarget').numeric(annualValue, ['annualValue']).period(period, ['period']);
    if (g.object(options, ['options'])) g.oneOf(options.cumulative, [true, false], ['options', 'cumulative'], true);
    g.done();
    const b = periodBounds(period) as NonNullable<ReturnType<typeof periodBounds>>;
    const value = toDec(annualValue);
    const year = b.start.slice(0, 4);
    if (b.kind === 'day') {
      const from = options.cumulative ? `${year}-01-01` : b.start;
      const days = daysBetween(from, b.end) + 1;
      return decString(value.times(days).div(daysBetween(`${year}-01-01`, `${year}-12-31`) + 1));
    }
    const firstMonth = options.cumulative ? 1 : Number(b.start.slice(5, 7));
    const lastMonth = Number(b.end.slice(5, 7));
    return decString(value.times(lastMonth - firstMonth + 1).div(12));
  } catch (e) {
    throw unreadableInput(e, 'proRateAnnualTarget', { annualValue, period, options });
  }
}
