import * as z from 'zod/mini';
import { isIsoDate } from '../core/calendar.js';
import { isNumericInput, numberFaultMessage, readDecimal, type DECIMAL_LIMITS, type NumericInput, type NumberFault, type DecimalString } from '../core/decimal-text.js';
import { schema } from './schema.js';

/**
 * A calendar date as `YYYY-MM-DD` (no time, no zone): the form every date takes in this library.
 * @category Model
 */
export type IsoDate = string;

/**
 * Zod schema for {@link IsoDate}.
 * @example
 * ```ts
 * isoDateSchema.safeParse('2025-02-30').success; // false
 * ```
 * @category Schemas
 */
export const isoDateSchema = /* @__PURE__ */ schema(() =>
  z.custom<IsoDate>(isIsoDate, {
    error: (iss) =>
      typeof iss.input === 'string'
        ? `should be a calendar date written YYYY-MM-DD, got ${JSON.stringify(iss.input)}`
        : `should be a date written YYYY-MM-DD, got ${iss.input === undefined ? 'nothing' : typeof iss.input}`,
    params: { code: 'invalid_date' },
  }),
);

/**
 * Zod schema for a number given as a finite number or a decimal string within
 * {@link DECIMAL_LIMITS}; its output is the canonical decimal string (`0.1` → `"0.1"`,
 * `"70.50"` → `"70.5"`, `"1e3"` → `"1000"`). `"1e400"`, a 41-digit figure or a 101-character
 * text is an `invalid_number` problem.
 * @example
 * ```ts
 * decimalSchema.parse(0.1); // '0.1'
 * ```
 * @category Schemas
 */
export const decimalSchema = /* @__PURE__ */ schema(() =>
  z.pipe(
    z.custom<NumericInput>(isNumericInput, {
      error: (iss) => numberFaultMessage(readDecimal(iss.input) as NumberFault, iss.input),
      params: { code: 'invalid_number' },
    }),
    z.transform((v: NumericInput) => readDecimal(v) as DecimalString),
  ),
);

/**
 * Zod schema for a label in Vietnamese and English.
 * @example
 * ```ts
 * labelSchema.safeParse({ vi: 'Đạt', en: 'Met' }).success; // true
 * ```
 * @category Schemas
 */
export const labelSchema = /* @__PURE__ */ schema(() =>
  z.strictObject({
    vi: z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
  }),
);

/** A text in Vietnamese and English. @category Model */
export interface Label extends z.output<typeof labelSchema> {}

/** A language of the labels and messages: Vietnamese or English. @category Model */
export type Lang = keyof Label;

/**
 * Zod schema for a non-empty identifier: letters, digits, `.`, `-`, `_`.
 * @example
 * ```ts
 * idSchema.safeParse('dn25-e-contracts').success; // true
 * ```
 * @category Schemas
 */
export const idSchema = /* @__PURE__ */ schema(() =>
  z
    .string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'should be an identifier of letters, digits, ".", "-" or "_"' })),
);
