import { differenceInCalendarDays, getDayOfYear, getDaysInYear } from 'date-fns';
import { dateOf } from '../core/calendar.js';
import { Dec } from '../core/decimal.js';
import type { IsoDate } from '../model/primitives.js';

/**
 * The time from one date to another in years, exact: whole calendar years plus the difference
 * of the two days' positions in their years, so 31 Dec 2024 → 31 Dec 2025 is exactly 1 and
 * 31 Dec 2024 → 30 Jun 2025 is 181/365. @internal
 */
export function yearsBetween(from: IsoDate, to: IsoDate): Dec {
  const a = dateOf(from);
  const b = dateOf(to);
  const frac = (d: Date) => new Dec(getDayOfYear(d)).div(getDaysInYear(d));
  return new Dec(b.getFullYear() - a.getFullYear()).plus(frac(b)).minus(frac(a));
}

/** Days from one date to another. @internal */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(dateOf(to), dateOf(from));
}
