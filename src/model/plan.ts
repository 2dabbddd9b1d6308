import * as z from 'zod/mini';
import { schema } from './schema.js';
import { domainSchema } from './domain.js';
import { indicatorSchema } from './indicator.js';
import { addProblem, parseWith, safeParseWith, type SafeParseResult } from './parse.js';
import { decimalSchema, idSchema, isoDateSchema, labelSchema } from './primitives.js';
import { sourceRefSchema, targetSchema } from './target.js';

/**
 * Zod schema for a source document: its id (what targets' `source.document` names), title,
 * where it was published, and its date.
 * @example
 * ```ts
 * sourceDocumentSchema.safeParse(plans.dongNai2025.sources[0]).success; // true
 * ```
 * @category Schemas
 */
export const sourceDocumentSchema = /* @__PURE__ */ schema(() =>
  z.strictObject({
    id: idSchema,
    title: z.string().check(z.minLength(1)),
    publisher: z.string().check(z.minLength(1)),
    published: isoDateSchema,
  }),
);
/** A source document. @category Model */
export interface SourceDocument extends z.output<typeof sourceDocumentSchema> {}

/**
 * Zod schema for a budget line of a plan: an amount of money in Vietnamese đồng, exact, with
 * how the document qualifies it ("more than VND 909 billion") and the sentence it came from.
 * @example
 * ```ts
 * budgetItemSchema.parse(plans.dongNai2025To2030.budget?.[0]).amountVnd; // '909000000000'
 * ```
 * @category Schemas
 */
export const budgetItemSchema = /* @__PURE__ */ schema(() =>
  z.strictObject({
    id: idSchema,
    label: labelSchema,
    amountVnd: decimalSchema,
    qualifier: z.enum(['exactly', 'more-than', 'about']),
    source: sourceRefSchema,
  }),
);
/** A budget line. @category Model */
export interface BudgetItem extends z.output<typeof budgetItemSchema> {}

/**
 * Zod schema for a plan: a document's set of targets, with issuer, number, date, period, the
 * unit that issued it (as it was on the date of issue), its domains, and the indicators its
 * targets measure.
 * @example
 * ```ts
 * planSchema.safeParse(plans.dongNai2025).success; // true
 * ```
 * @category Schemas
 */
export const planSchema = /* @__PURE__ */ schema(() =>
  z
    .strictObject({
      id: idSchema,
      title: labelSchema,
      issuer: z.string().check(z.minLength(1)),
      documentNumber: z.optional(z.string().check(z.minLength(1))),
      issuedOn: isoDateSchema,
      period: z.strictObject({ start: isoDateSchema, end: isoDateSchema }),
      unitCode: z.string().check(z.regex(/^\d{2}$/, { error: 'should be the 2-digit code of the issuing province' })),
      domains: z.array(domainSchema).check(z.minLength(1)),
      sources: z.array(sourceDocumentSchema).check(z.minLength(1)),
      indicators: z.array(indicatorSchema),
      targets: z.array(targetSchema),
      budget: z.optional(z.array(budgetItemSchema)),
      note: z.optional(z.string()),
    }).check(z.superRefine((plan, ctx) => {
      if (plan.period.end < plan.period.start) {
        addProblem(ctx, 'inconsistent', `the period ends (${plan.period.end}) before it starts (${plan.period.start})`, ['period', 'end']);
      }
      const unique = (ids: readonly string[], path: string) => {
        const seen = new Set<string>();
        ids.forEach((id, i) => {
          if (seen.has(id)) addProblem(ctx, 'duplicate', `the id "${id}" is used twice`, [path, i, 'id']);
          seen.add(id);
        });
      };
      unique(plan.indicators.map((x) => x.id), 'indicators');
      unique(plan.targets.map((x) => x.id), 'targets');
      unique(plan.sources.map((x) => x.id), 'sources');
      const indicators = new Set(plan.indicators.map((x) => x.id));
      const sources = new Set(plan.sources.map((x) => x.id));
      const domains = new Set(plan.domains);
      plan.targets.forEach((t, i) => {
        if (!indicators.has(t.indicatorId)) {
          addProblem(ctx, 'unknown_reference', `names the indicator "${t.indicatorId}", which the plan does not list`, ['targets', i, 'indicatorId']);
        }
        if (!sources.has(t.source.document)) {
          addProblem(ctx, 'unknown_reference', `names the source "${t.source.document}", which the plan does not list`, ['targets', i, 'source', 'document']);
        }
        if (!domains.has(t.domain)) {
          addProblem(ctx, 'unknown_reference', `is in the domain "${t.domain}", which is not among the plan's domains`, ['targets', i, 'domain']);
        }
      });
    })),
);
/** A plan. @category Model */
export interface Plan extends z.output<typeof planSchema> {}

/**
 * Parses a plan and checks that every target names an indicator, a source and a domain of the
 * plan; throws a {@link DxInputError} listing every problem.
 * @example
 * ```ts
 * parsePlan(plans.binhDuong2021To2025).unitCode; // '74'
 * ```
 * @param input - Untrusted data.
 * @returns The plan.
 * @throws {@link DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parsePlan(input: unknown): Plan {
  return parseWith(planSchema, 'plan', input);
}

/**
 * Parses a plan without throwing.
 * @example
 * ```ts
 * safeParsePlan({ ...plans.dongNai2025, targets: [{ ...plans.dongNai2025.targets[0], indicatorId: 'nope' }] }).ok; // false
 * ```
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`.
 * @throws Never: every problem of the input is in the result's `error`.
 * @category Parsing
 */
export function safeParsePlan(input: unknown): SafeParseResult<Plan> {
  return safeParseWith(planSchema, 'plan', input);
}
