import * as z from 'zod/mini';
import { schema } from './schema.js';
import { measureUnitSchema } from './indicator.js';
import { parseWith } from './parse.js';
import { decimalSchema, idSchema, labelSchema } from './primitives.js';

/**
 * Zod schema for one term of a side of a `compare` rule: a field of an observation (of this
 * indicator, or of `indicatorId` for the same unit and period) or a constant.
 * @example
 * ```ts
 * ruleTermSchema.safeParse({ field: 'numerator' }).success; // true
 * ```
 * @category Schemas
 */
export const ruleTermSchema = /* @__PURE__ */ schema(() =>
  z.union([
    z.strictObject({ indicatorId: z.optional(idSchema), field: z.enum(['value', 'numerator', 'denominator']) }),
    z.strictObject({ constant: decimalSchema }),
  ]),
);

/**
 * Zod schema for a validation rule of reported data, as data (DHIS2's validation rules):
 * - `compare`: left side, operator, right side, each side a sum of terms (a field of this
 *   observation, a field of another indicator's observation for the same unit and period, or
 *   a constant), with a missing-value strategy; optionally only for some indicators;
 * - `unit-exists`: the unit exists on the observation's date (needs a unit register);
 * - `within-plan-period`: the observation's period lies in the plan's period (needs a plan);
 * - `no-duplicates`: one observation per indicator, unit, period (and tier);
 * - `child-not-above-parent`: a count of a unit is not above its parent's (needs a hierarchy;
 *   by default every indicator measured as a count);
 * - `outlier`: a value far from the unit's own history (more than `threshold` median absolute
 *   deviations from its median, with at least `minHistory` earlier figures).
 * @example
 * ```ts
 * validationRuleSchema.safeParse({ kind: 'no-duplicates', id: 'one-row', severity: 'error' }).success; // true
 * ```
 * @category Schemas
 */
export const validationRuleSchema = /* @__PURE__ */ schema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('compare'),
      id: idSchema,
      severity: z.enum(['error', 'warning']),
      indicatorIds: z.optional(z.array(idSchema)),
      measureUnit: z.optional(measureUnitSchema),
      left: z.array(ruleTermSchema).check(z.minLength(1)),
      operator: z.enum(['<=', '<', '>=', '>', '==', '!=']),
      right: z.array(ruleTermSchema).check(z.minLength(1)),
      missing: z.enum(['skip-if-any-missing', 'skip-if-all-missing', 'never-skip']),
      message: labelSchema,
    }),
    z.strictObject({ kind: z.literal('unit-exists'), id: idSchema, severity: z.enum(['error', 'warning']) }),
    z.strictObject({ kind: z.literal('within-plan-period'), id: idSchema, severity: z.enum(['error', 'warning']) }),
    z.strictObject({ kind: z.literal('no-duplicates'), id: idSchema, severity: z.enum(['error', 'warning']) }),
    z.strictObject({ kind: z.literal('child-not-above-parent'), id: idSchema, severity: z.enum(['error', 'warning']), indicatorIds: z.optional(z.array(idSchema)) }),
    z.strictObject({ kind: z.literal('outlier'), id: idSchema, severity: z.enum(['error', 'warning']), threshold: decimalSchema, minHistory: z.int().check(z.gte(2)) }),
  ]),
);
/** A validation rule. @category Model */
export type ValidationRule = z.output<typeof validationRuleSchema>;
/** One term of a side of a `compare` rule. @category Model */
export type RuleTerm = z.output<typeof ruleTermSchema>;

/**
 * Parses a validation rule (your own, or a changed copy of a built-in one); throws a
 * {@link DxInputError} listing every problem.
 * @example
 * ```ts
 * parseValidationRule({ kind: 'compare', id: 'members-per-team', severity: 'warning', left: [{ indicatorId: 'community-digital-team-members', field: 'value' }], operator: '>=', right: [{ indicatorId: 'community-digital-teams', field: 'value' }], missing: 'skip-if-any-missing', message: { vi: 'Số thành viên ít hơn số tổ', en: 'Fewer members than teams' } }).kind; // 'compare'
 * ```
 * @param input - Untrusted data.
 * @returns The rule.
 * @throws {@link DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseValidationRule(input: unknown): ValidationRule {
  return parseWith(validationRuleSchema, 'validation rule', input);
}
