import * as z from 'zod/mini';
import { schema } from './schema.js';
import { toDec } from '../core/decimal.js';
import { agencyTierSchema, domainSchema } from './domain.js';
import { addProblem, parseWith, safeParseWith, type SafeParseResult } from './parse.js';
import { decimalSchema, idSchema, isoDateSchema } from './primitives.js';
import { UNKNOWN_COMPARATOR_KIND } from './read-comparator.js';

/**
 * Zod schema for a target's comparator, as the plan's words mean it:
 * - `at-least` (≥): "at least", "reach", "achieve"
 * - `more-than` (> strictly): "more than", "over", "exceed" — 50% does not meet "more than 50%"
 * - `at-most` (≤): "within 24 hours", "no more than"
 * - `less-than` (< strictly): "under", "below"
 * - `exactly` (=)
 * - `between` (min ≤ x ≤ max): "about 1–2%"
 * - `all`: "all …", "100% of …" — full coverage (100 for a percentage)
 * - `yes`: a yes/no target that is met when done
 * @example
 * ```ts
 * comparatorSchema.parse({ kind: 'more-than', value: 50 }); // { kind: 'more-than', value: '50' }
 * ```
 * @category Schemas
 */
export const comparatorSchema = /* @__PURE__ */ schema(() =>
  z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('at-least'), value: decimalSchema }),
      z.strictObject({ kind: z.literal('more-than'), value: decimalSchema }),
      z.strictObject({ kind: z.literal('at-most'), value: decimalSchema }),
      z.strictObject({ kind: z.literal('less-than'), value: decimalSchema }),
      z.strictObject({ kind: z.literal('exactly'), value: decimalSchema }),
      z.strictObject({ kind: z.literal('between'), min: decimalSchema, max: decimalSchema }),
      z.strictObject({ kind: z.literal('all') }),
      z.strictObject({ kind: z.literal('yes') }),
    ],
    { error: UNKNOWN_COMPARATOR_KIND },
  ),
);
/** A target's comparator. @category Model */
export type Comparator = z.output<typeof comparatorSchema>;
/** The kind of a comparator. @category Model */
export type ComparatorKind = Comparator['kind'];

/**
 * Zod schema for where a target's figure comes from: the source document's id and the exact
 * sentence (or part of it) that states the target.
 * @example
 * ```ts
 * sourceRefSchema.safeParse({ document: 'd', quote: 'q' }).success; // true
 * ```
 * @category Schemas
 */
export const sourceRefSchema = /* @__PURE__ */ schema(() =>
  z.strictObject({
    document: z.string().check(z.minLength(1)),
    quote: z.string().check(z.minLength(1)),
  }),
);
/** A reference to a sentence in a source document. @category Model */
export interface SourceRef extends z.output<typeof sourceRefSchema> {}

/**
 * Zod schema for a target: an indicator, the tier (and optionally the unit) it applies to, a
 * comparator, a deadline, an optional baseline, and the sentence it came from.
 * @example
 * ```ts
 * targetSchema.safeParse(plans.dongNai2025.targets[0]).success; // true
 * ```
 * @category Schemas
 */
export const targetSchema = /* @__PURE__ */ schema(() =>
  z
    .strictObject({
      id: idSchema,
      indicatorId: idSchema,
      domain: domainSchema,
      tier: agencyTierSchema,
      unitCode: z.optional(z.string().check(z.regex(/^\d{2,5}$/))),
      comparator: comparatorSchema,
      deadline: isoDateSchema,
      baseline: z.optional(z.strictObject({ value: decimalSchema, date: isoDateSchema })),
      source: sourceRefSchema,
      note: z.optional(z.string()),
    }).check(z.superRefine((t, ctx) => {
      const c = t.comparator;
      if (c.kind === 'between' && toDec(c.min).gt(toDec(c.max))) {
        addProblem(ctx, 'inconsistent', `the range's min (${c.min}) is above its max (${c.max})`, ['comparator']);
      }
      if (t.baseline !== undefined && t.baseline.date >= t.deadline) {
        addProblem(ctx, 'inconsistent', `the baseline date (${t.baseline.date}) should come before the deadline (${t.deadline})`, ['baseline', 'date']);
      }
    })),
);
/** A target. @category Model */
export interface Target extends z.output<typeof targetSchema> {}

/**
 * Parses a target; throws a {@link DxInputError} listing every problem.
 * @example
 * ```ts
 * parseTarget(plans.dongNai2025.targets[0]).comparator; // { kind: 'at-least', value: '70' }
 * ```
 * @param input - Untrusted data.
 * @returns The target.
 * @throws {@link DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseTarget(input: unknown): Target {
  return parseWith(targetSchema, 'target', input);
}

/**
 * Parses a target without throwing.
 * @example
 * ```ts
 * safeParseTarget({ id: 't' }).ok; // false
 * ```
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`.
 * @throws Never: every problem of the input is in the result's `error`.
 * @category Parsing
 */
export function safeParseTarget(input: unknown): SafeParseResult<Target> {
  return safeParseWith(targetSchema, 'target', input);
}
