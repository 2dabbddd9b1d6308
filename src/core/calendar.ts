// Dates written YYYY-MM-DD as the calendar's local dates, without date-fns' general parser and
// formatter (which would pull several kilobytes into every bundle that checks a date); the
// arithmetic itself is date-fns'. @internal

/** The local date of a `YYYY-MM-DD` text known to be well formed. @internal */
export function dateOf(iso: string): Date {
  // The library's dates are of the years 1900–2199, so Date's reading of years 0–99 never applies.
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** A local date written `YYYY-MM-DD`. @internal */
export function isoOf(d: Date): string {
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whether `YYYY-MM-DD` (already matched by form) names a day of the calendar. @internal */
export function isCalendarDay(iso: string): boolean {
  const d = dateOf(iso);
  return isoOf(d) === iso;
}

const ISO_DATE = /^(19|2[01])\d{2}-\d{2}-\d{2}$/;

/**
 * Whether a string is a real calendar date in `YYYY-MM-DD` form, in the years 1900–2199 (the
 * range the library accepts: wide for any plan, and no year 0000 or 9999 slips through). @internal
 */
export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && ISO_DATE.test(s) && isCalendarDay(s);
}

