import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';

/** A calendar date `YYYY-MM-DD` between two dates, both inclusive. */
export const isoDateBetween = (from: string, to: string): fc.Arbitrary<string> =>
  fc
    .integer({ min: 0, max: differenceInCalendarDays(parseISO(to), parseISO(from)) })
    .map((n) => format(addDays(parseISO(from), n), 'yyyy-MM-dd'));
