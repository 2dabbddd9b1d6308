import * as z from 'zod/mini';
import { schema } from './schema.js';
import { agencyTierSchema } from './domain.js';
import { addProblem, parseWith, safeParseWith, type SafeParseResult, failedRead } from './parse.js';
import { markParsed, readObservationRows } from './observation-rows.js';
import { periodSchema } from './period.js';
import { decimalSchema, idSchema, isoDateSchema } from './primitives.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Zod schema for an observation's flags.
 * @example
 * ```ts
 * observationFlagSchema.options; // ['provisional', 'imputed', 'estimated']
 * ```
 * @category Schemas
 */
export const observationFlagSchema = /* @__PURE__ */ schema(() => z.enum(['provisional', 'imputed', 'estimated']));
/** @category Model */
export type ObservationFlag = z.output<typeof observationFlagSchema>;

/**
 * Zod schema for an observation: a reported figure for an indicator, a unit and a period —
 * either a `value`, or a `numerator` and a `denominator` (a share; its value is
 * numerator ÷ denominator × 100). A figure reported for a tier of government rather than a
 * territory (all provincial departments together) names the `tier`.
 * @example
 * ```ts
 * observationSchema.parse({ indicatorId: 'x', unitCode: '75', period: '2025', value: 0.1 }).value; // '0.1'
 * ```
 * @category Schemas
 */
export const observationSchema = /* @__PURE__ */ schema(() =>
  z
    .strictObject({
      indicatorId: idSchema,
      unitCode: z.string().check(z.regex(/^\d{2,5}$/, { error: 'should be a GSO unit code of 2, 3 or 5 digits' })),
      tier: z.optional(agencyTierSchema),
      period: periodSchema,
      value: z.optional(decimalSchema),
      numerator: z.optional(decimalSchema),
      denominator: z.optional(decimalSchema),
      source: z.optional(z.string().check(z.minLength(1))),
      flags: z.optional(z.array(observationFlagSchema)),
      note: z.optional(z.string()),
    }).check(z.superRefine((o, ctx) => {
      const hasShare = o.numerator !== undefined || o.denominator !== undefined;
      if (o.value === undefined && !hasShare) {
        addProblem(ctx, 'missing', 'needs a "value", or a "numerator" and a "denominator"', ['value']);
      } else if (o.value !== undefined && hasShare) {
        addProblem(ctx, 'inconsistent', 'gives both a "value" and a numerator/denominator: give one or the other', ['value']);
      } else if (hasShare && (o.numerator === undefined || o.denominator === undefined)) {
        addProblem(ctx, 'missing', 'a share needs both a "numerator" and a "denominator"', [o.numerator === undefined ? 'numerator' : 'denominator']);
      } else if (o.denominator !== undefined && o.denominator.startsWith('-')) {
        addProblem(ctx, 'invalid_value', `a denominator cannot be negative, got ${o.denominator}`, ['denominator']);
      }
    })),
);
/** A reported figure. @category Model */
export interface Observation extends z.output<typeof observationSchema> {}

/**
 * Zod schema for a set of observations reported together, with its as-of date and source.
 * @example
 * ```ts
 * observationSetSchema.safeParse(dongNai2025Reported).success; // true
 * ```
 * @category Schemas
 */
export const observationSetSchema = /* @__PURE__ */ schema(() =>
  z.strictObject({
    id: idSchema,
    asOf: isoDateSchema,
    source: z.string().check(z.minLength(1)),
    observations: z.array(observationSchema),
  }),
);
/** A set of observations. @category Model */
export interface ObservationSet extends z.output<typeof observationSetSchema> {}

/**
 * Parses one observation; throws a {@link DxInputError} listing every problem.
 * @example
 * ```ts
 * parseObservation({ indicatorId: 'online-dossier-rate', unitCode: '75', period: '2025-06', numerator: 412, denominator: 530 }).numerator; // '412'
 * ```
 * @param input - Untrusted data.
 * @returns The observation, numbers as canonical decimal strings.
 * @throws {@link DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseObservation(input: unknown): Observation {
  return parseWith(observationSchema, 'observation', input);
}

/**
 * Parses one observation without throwing.
 * @example
 * ```ts
 * safeParseObservation({ indicatorId: 'x', unitCode: '75', period: '2025-13', value: 1 }).ok; // false
 * ```
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`.
 * @throws Never: every problem of the input is in the result's `error`.
 * @category Parsing
 */
export function safeParseObservation(input: unknown): SafeParseResult<Observation> {
  return safeParseWith(observationSchema, 'observation', input);
}

/**
 * Parses a list of observations: all or nothing. The error lists every problem of every row,
 * with the row's index in its path. Fast (a few hundred nanoseconds a row: ids, unit codes and
 * periods are checked once per distinct string); the problems are the schema's own. The list it
 * returns is known to the roll-up and the scorecard, which then take it without checking again.
 * @example
 * ```ts
 * parseObservations([{ indicatorId: 'x', unitCode: '75', period: '2025', value: '70.50' }])[0]?.value; // '70.5'
 * ```
 * @param input - Untrusted data, e.g. rows of a spreadsheet as objects.
 * @returns The observations.
 * @throws {@link DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseObservations(input: unknown): Observation[] {
  const r = safeParseObservations(input);
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * Parses a list of observations without throwing.
 * @example
 * ```ts
 * safeParseObservations([{ indicatorId: 'x' }]).ok; // false
 * ```
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`.
 * @throws Never: every problem of the input is in the result's `error`.
 * @category Parsing
 */
export function safeParseObservations(input: unknown): SafeParseResult<Observation[]> {
  try {
    return readObservationRows(input);
  } catch (e) {
    return failedRead(e, 'observations', input);
  }
}

/**
 * Parses an observation set; throws a {@link DxInputError} listing every problem.
 * @example
 * ```ts
 * parseObservationSet(dongNai2025Reported).observations.length; // 21
 * ```
 * @param input - Untrusted data.
 * @returns The set.
 * @throws {@link DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseObservationSet(input: unknown): ObservationSet {
  try {
    const set = parseWith(observationSetSchema, 'observation set', input);
    markParsed(set.observations);
    return set;
  } catch (e) {
    throw unreadableInput(e, 'parseObservationSet', { input });
  }
}
