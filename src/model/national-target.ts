import * as z from 'zod/mini';
import { schema } from './schema.js';
import { parseWith } from './parse.js';
import { idSchema, isoDateSchema } from './primitives.js';
import { comparatorSchema } from './target.js';
import { agencyTierSchema } from './domain.js';

/**
 * Zod schema for a national target: an indicator, a comparator and a deadline set by a national
 * document (a decision of the Prime Minister, a resolution), with its wording and where it was
 * read. Provincial plans restate such targets with their own numbers.
 * @example
 * ```ts
 * nationalTargetSchema.safeParse(DECISION_411_TARGETS[0]).success; // true
 * ```
 * @category Schemas
 */
export const nationalTargetSchema = /* @__PURE__ */ schema(() =>
  z.strictObject({
    id: idSchema,
    indicatorId: idSchema,
    /** The tier the target names ("90% at ministerial and provincial level, 80% at district level"); none: the country as a whole. */
    tier: z.optional(agencyTierSchema),
    comparator: comparatorSchema,
    deadline: isoDateSchema,
    document: z.strictObject({ number: z.string().check(z.minLength(1)), title: z.string().check(z.minLength(1)), issuer: z.string().check(z.minLength(1)), date: isoDateSchema, readFrom: z.string().check(z.minLength(1)) }),
    wording: z.string().check(z.minLength(1)),
    note: z.optional(z.string()),
  }),
);
/** A national target. @category Model */
export interface NationalTarget extends z.output<typeof nationalTargetSchema> {}

/**
 * Parses a list of national targets, all or nothing.
 * @example
 * ```ts
 * parseNationalTargets(DECISION_411_TARGETS).length; // 17
 * ```
 * @param input - Untrusted data.
 * @returns The targets.
 * @throws {@link DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseNationalTargets(input: unknown): NationalTarget[] {
  return parseWith(z.array(nationalTargetSchema), 'national targets', input);
}
