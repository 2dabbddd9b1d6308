import * as z from 'zod/mini';
import { schema } from './schema.js';
import { domainSchema } from './domain.js';
import { addProblem, parseWith, safeParseWith, type SafeParseResult } from './parse.js';
import { idSchema, labelSchema } from './primitives.js';

/**
 * Zod schema for what an indicator's figure is measured in.
 * `percent` figures are 0–100; `vnd` is money in Vietnamese đồng; `rank` is lower-is-better by
 * nature; `boolean` is 1 (yes) or 0 (no).
 * @example
 * ```ts
 * measureUnitSchema.safeParse('percent').success; // true
 * ```
 * @category Schemas
 */
export const measureUnitSchema = /* @__PURE__ */ schema(() => z.enum(['percent', 'count', 'vnd', 'hours', 'days', 'rank', 'boolean', 'score']));
/** @category Model */
export type MeasureUnit = z.output<typeof measureUnitSchema>;

/**
 * Zod schema for the better direction of an indicator.
 * @example
 * ```ts
 * directionSchema.options; // ['higher-is-better', 'lower-is-better']
 * ```
 * @category Schemas
 */
export const directionSchema = /* @__PURE__ */ schema(() => z.enum(['higher-is-better', 'lower-is-better']));
/** @category Model */
export type Direction = z.output<typeof directionSchema>;

/**
 * Zod schema for how figures combine, over time or over space (DHIS2's two axes):
 * - `sum`: counts, money
 * - `ratio-of-sums`: shares, Σ numerator / Σ denominator (the right way to combine percentages)
 * - `mean`, `weighted-mean` (by a named weight), `mean-of-ratios` (the mean of child percentages:
 *   only when asked for by name)
 * - `min`, `max`, `first`, `last` (stocks over time), `count` (how many reported)
 * @example
 * ```ts
 * aggregationSchema.safeParse('ratio-of-sums').success; // true
 * ```
 * @category Schemas
 */
export const aggregationSchema = /* @__PURE__ */ schema(() =>
  z.enum([
    'sum',
    'ratio-of-sums',
    'mean',
    'weighted-mean',
    'mean-of-ratios',
    'min',
    'max',
    'first',
    'last',
    'count',
  ]),
);
/** @category Model */
export type Aggregation = z.output<typeof aggregationSchema>;

/**
 * Zod schema for an indicator: what is measured, in what unit, which way is better, and how it
 * aggregates over time and over space. A share names what its numerator and denominator count.
 * @example
 * ```ts
 * indicatorSchema.safeParse(vnIndicators['online-dossier-rate']).success; // true
 * ```
 * @category Schemas
 */
export const indicatorSchema = /* @__PURE__ */ schema(() =>
  z
    .strictObject({
      id: idSchema,
      name: labelSchema,
      domain: domainSchema,
      unit: measureUnitSchema,
      direction: directionSchema,
      aggregation: z.strictObject({ time: aggregationSchema, space: aggregationSchema }),
      share: z.optional(z.strictObject({ numerator: labelSchema, denominator: labelSchema })),
      weight: z.optional(z.string().check(z.minLength(1))),
      note: z.optional(z.string()),
    }).check(z.superRefine((ind, ctx) => {
      for (const axis of ['time', 'space'] as const) {
        const a = ind.aggregation[axis];
        if ((a === 'ratio-of-sums' || a === 'mean-of-ratios') && ind.share === undefined) {
          addProblem(ctx, 'missing', `aggregates over ${axis} as "${a}", so it needs "share" (what the numerator and denominator count)`, ['share']);
        }
        if (a === 'weighted-mean' && ind.weight === undefined) {
          addProblem(ctx, 'missing', `aggregates over ${axis} as a weighted mean, so it needs "weight" (e.g. "population")`, ['weight']);
        }
      }
      if (ind.share !== undefined && ind.unit !== 'percent') {
        addProblem(ctx, 'inconsistent', `a share is measured in percent, not "${ind.unit}"`, ['unit']);
      }
    })),
);
/** An indicator. @category Model */
export interface Indicator extends z.output<typeof indicatorSchema> {}

/**
 * Parses an indicator; throws a {@link DxInputError} listing every problem.
 * @example
 * ```ts
 * parseIndicator(vnIndicators['online-dossier-rate']).aggregation.space; // 'ratio-of-sums'
 * ```
 * @param input - Untrusted data.
 * @returns The indicator.
 * @throws {@link DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseIndicator(input: unknown): Indicator {
  return parseWith(indicatorSchema, 'indicator', input);
}

/**
 * Parses an indicator without throwing.
 * @example
 * ```ts
 * safeParseIndicator({ id: 'x' }).ok; // false
 * ```
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`.
 * @throws Never: every problem of the input is in the result's `error`.
 * @category Parsing
 */
export function safeParseIndicator(input: unknown): SafeParseResult<Indicator> {
  return safeParseWith(indicatorSchema, 'indicator', input);
}
