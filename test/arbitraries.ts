import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';

/** A calendar date `YYYY-MM-DD` between two dates, both inclusive. */
export const isoDateBetween = (from: string, to: string): fc.Arbitrary<string> =>
  fc
    .integer({ min: 0, max: differenceInCalendarDays(parseISO(to), parseISO(from)) })
    .map((n) => format(addDays(parseISO(from), n), 'yyyy-MM-dd'));

/** A decimal string with up to 8 decimals, from -1e9 to 1e9. */
export const decimalString = (opts: { min?: bigint; max?: bigint } = {}): fc.Arbitrary<string> =>
  fc.tuple(fc.bigInt({ min: opts.min ?? -(10n ** 17n), max: opts.max ?? 10n ** 17n }), fc.integer({ min: 0, max: 8 })).map(([n, s]) => {
    const neg = n < 0n;
    const t = (neg ? -n : n).toString().padStart(s + 1, '0');
    const body = s === 0 ? t : `${t.slice(0, -s)}.${t.slice(-s)}`;
    return neg ? `-${body}` : body;
  });

/** A non-negative decimal string. */
export const nonNegativeDecimal = (): fc.Arbitrary<string> => decimalString({ min: 0n });

/** A finite double inside the library's limits (magnitude below 10^30, not below 10^-30, or 0). */
export const doubleInLimits = (): fc.Arbitrary<number> =>
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -9.999e29, max: 9.999e29 }).filter((x) => x === 0 || Math.abs(x) >= 1e-30);

/** Any finite number or decimal string input inside the library's limits. */
export const numericInput = (): fc.Arbitrary<string | number> => fc.oneof(decimalString(), doubleInLimits(), fc.integer());

/** A decimal output of the library: plain digits, no exponent, no NaN or Infinity. */
export const DECIMAL_OUTPUT = /^-?\d+(\.\d+)?$/;
