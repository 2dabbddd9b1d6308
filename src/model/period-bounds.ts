import { endOfMonth, endOfQuarter, endOfYear } from 'date-fns';
import { dateOf, isIsoDate, isoOf } from '../core/calendar.js';
import type { IsoDate } from './primitives.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * A reporting period, written as text: a year `"2025"`, a quarter `"2025-Q2"`, a month
 * `"2025-06"` or a day `"2025-06-30"`.
 * @category Model
 */
export type Period = string;

/** The kind of a {@link Period}. @category Model */
export type PeriodKind = 'year' | 'quarter' | 'month' | 'day';

const PERIOD = /^((?:19|2[01])\d{2})(?:-Q([1-4])|-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$/;

/**
 * The kind, first day and last day of a period, or `undefined` when the text is not a period.
 *
 * @example
 * ```ts
 * periodBounds('2025-Q2'); // { kind: 'quarter', start: '2025-04-01', end: '2025-06-30' }
 * ```
 * @param period - A period such as `"2025"`, `"2025-Q2"`, `"2025-06"` or `"2025-06-30"`.
 * @returns The bounds (both inclusive), or `undefined` (also for anything that is not text, and for
 *   years outside 1900–2199).
 * @throws Never: anything that is not a period is `undefined`.
 * @category Periods
 */
export function periodBounds(period: string): { kind: PeriodKind; start: IsoDate; end: IsoDate } | undefined {
  try {
    if (typeof period !== 'string') return undefined;
    const m = PERIOD.exec(period);
    if (!m) return undefined;
    const [, year, quarter, month, day] = m;
    if (day !== undefined) return isIsoDate(period) ? { kind: 'day', start: period, end: period } : undefined;
    if (month !== undefined) {
      const start = `${year}-${month}-01`;
      return { kind: 'month', start, end: isoOf(endOfMonth(dateOf(start))) };
    }
    if (quarter !== undefined) {
      const start = `${year}-${String((Number(quarter) - 1) * 3 + 1).padStart(2, '0')}-01`;
      return { kind: 'quarter', start, end: isoOf(endOfQuarter(dateOf(start))) };
    }
    return { kind: 'year', start: `${year}-01-01`, end: isoOf(endOfYear(dateOf(`${year}-01-01`))) };
  } catch (e) {
    throw unreadableInput(e, 'periodBounds', { period });
  }
}

