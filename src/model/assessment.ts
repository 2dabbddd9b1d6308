import * as z from 'zod/mini';
import { schema } from './schema.js';
import { toDec } from '../core/decimal.js';
import { addProblem, parseWith, safeParseWith, type SafeParseResult } from './parse.js';
import { decimalSchema, idSchema, isoDateSchema, labelSchema } from './primitives.js';
import { comparatorSchema } from './target.js';

/**
 * Zod schema for how a component's evidence becomes points (the patterns of the Vietnamese
 * DTI-style indices):
 * - `ratio`: numerator ÷ denominator × maximum (a ratio above 1 counts as 1);
 * - `ratio-to-best`: the unit's figure ÷ the highest figure among the units assessed × maximum
 *   (a unit's points depend on the others');
 * - `capped-count`: `pointsEach` per item, at most the maximum ("1 point per application, at most 5");
 * - `steps`: the points of the highest step the figure reaches (4 meetings → 20, 3 → 15 …), else 0;
 * - `categorical`: a fraction of the maximum per category (chairman → 1, deputy → 0.5, none → 0);
 * - `yes-no`: the maximum for yes, 0 for no;
 * - `attainment`: the figure's attainment of a target, capped (default at 1), × maximum.
 * @example
 * ```ts
 * scoringRuleSchema.parse({ kind: 'capped-count', pointsEach: 1 }).pointsEach; // '1'
 * ```
 * @category Schemas
 */
export const scoringRuleSchema = /* @__PURE__ */ schema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('ratio') }),
    z.strictObject({ kind: z.literal('ratio-to-best') }),
    z.strictObject({ kind: z.literal('capped-count'), pointsEach: decimalSchema }),
    z.strictObject({ kind: z.literal('steps'), steps: z.array(z.strictObject({ atLeast: decimalSchema, points: decimalSchema })).check(z.minLength(1)) }),
    z.strictObject({ kind: z.literal('categorical'), categories: z.array(z.strictObject({ id: idSchema, label: labelSchema, fraction: decimalSchema })).check(z.minLength(1)) }),
    z.strictObject({ kind: z.literal('yes-no') }),
    z.strictObject({ kind: z.literal('attainment'), comparator: comparatorSchema, cap: z.optional(decimalSchema) }),
  ]),
);
/** A scoring rule. @category Assessments */
export type ScoringRule = z.output<typeof scoringRuleSchema>;

/**
 * Zod schema for a component (a criterion): its maximum points and scoring rule.
 * @example
 * ```ts
 * assessmentComponentSchema.parse({ id: 'c1', label: { vi: 'Họp', en: 'Meetings' }, maxPoints: 20, rule: { kind: 'yes-no' } }).maxPoints; // '20'
 * ```
 * @category Schemas
 */
export const assessmentComponentSchema = /* @__PURE__ */ schema(() =>
  z.strictObject({
    id: idSchema,
    label: labelSchema,
    maxPoints: decimalSchema,
    rule: scoringRuleSchema,
  }),
);
/** A component of an assessment framework. @category Assessments */
export interface AssessmentComponent extends z.output<typeof assessmentComponentSchema> {}

/**
 * Zod schema for a main index: its maximum points and its components (the components may be
 * left for users to fill, with `componentCount` saying how many the source lists).
 * @example
 * ```ts
 * mainIndexSchema.safeParse({ id: 'awareness', label: { vi: 'Nhận thức số', en: 'Digital awareness' }, maxPoints: 100, components: [] }).success; // true
 * ```
 * @category Schemas
 */
export const mainIndexSchema = /* @__PURE__ */ schema(() =>
  z.strictObject({
    id: idSchema,
    label: labelSchema,
    maxPoints: decimalSchema,
    componentCount: z.optional(z.int().check(z.gte(0))),
    components: z.array(assessmentComponentSchema),
  }),
);
/** A main index of an assessment framework. @category Assessments */
export interface MainIndex extends z.output<typeof mainIndexSchema> {}

/**
 * Zod schema for an assessment framework: pillars → main indices → components, each with its
 * maximum points, and the source that defines it. Where components are given, their maxima add
 * up to their main index's; main indices add up to the framework's `maxPoints`.
 * @example
 * ```ts
 * assessmentFrameworkSchema.safeParse(DTI_PROVINCIAL_2022).success; // true
 * ```
 * @category Schemas
 */
export const assessmentFrameworkSchema = /* @__PURE__ */ schema(() =>
  z
    .strictObject({
      id: idSchema,
      title: labelSchema,
      maxPoints: decimalSchema,
      source: z.strictObject({ document: z.string().check(z.minLength(1)), issuer: z.string().check(z.minLength(1)), date: isoDateSchema, url: z.optional(z.string().check(z.minLength(1))) }),
      pillars: z.array(z.strictObject({ id: idSchema, label: labelSchema, mainIndices: z.array(mainIndexSchema).check(z.minLength(1)) })).check(z.minLength(1)),
      note: z.optional(z.string()),
    }).check(z.superRefine((f, ctx) => {
      const ids = new Set<string>();
      let total = toDec(0);
      f.pillars.forEach((p, pi) => {
        if (ids.has(p.id)) addProblem(ctx, 'duplicate', `the id "${p.id}" is used twice`, ['pillars', pi, 'id']);
        ids.add(p.id);
        p.mainIndices.forEach((m, mi) => {
          if (ids.has(m.id)) addProblem(ctx, 'duplicate', `the id "${m.id}" is used twice`, ['pillars', pi, 'mainIndices', mi, 'id']);
          ids.add(m.id);
          total = total.plus(m.maxPoints);
          if (m.components.length === 0) return;
          let sum = toDec(0);
          m.components.forEach((c, ci) => {
            if (ids.has(c.id)) addProblem(ctx, 'duplicate', `the id "${c.id}" is used twice`, ['pillars', pi, 'mainIndices', mi, 'components', ci, 'id']);
            ids.add(c.id);
            sum = sum.plus(c.maxPoints);
          });
          if (!sum.eq(m.maxPoints)) addProblem(ctx, 'inconsistent', `its components' maxima add up to ${sum.toFixed()}, not ${m.maxPoints}`, ['pillars', pi, 'mainIndices', mi, 'maxPoints']);
        });
      });
      if (!total.eq(f.maxPoints)) addProblem(ctx, 'inconsistent', `the main indices' maxima add up to ${total.toFixed()}, not ${f.maxPoints}`, ['maxPoints']);
    })),
);
/** An assessment framework. @category Assessments */
export interface AssessmentFramework extends z.output<typeof assessmentFrameworkSchema> {}

/**
 * Zod schema for one piece of evidence: a unit's figure for a component, on one score track
 * (`self` assessed, `appraised` by the council, `final`; default `final`). Give what the
 * component's rule reads: `numerator` and `denominator` (ratio), `value` (ratio to the best,
 * steps, attainment), `count` (capped count), `category` (categorical), `yes` (yes/no) — or
 * `applicable: false` when the component does not apply to the unit.
 * @example
 * ```ts
 * evidenceSchema.parse({ unitCode: '26734', componentId: 'c1', yes: true }).track; // 'final'
 * ```
 * @category Schemas
 */
export const evidenceSchema = /* @__PURE__ */ schema(() =>
  z.strictObject({
    unitCode: z.string().check(z.minLength(1)),
    componentId: idSchema,
    track: z._default(z.enum(['self', 'appraised', 'final']), 'final'),
    applicable: z.optional(z.boolean()),
    value: z.optional(decimalSchema),
    numerator: z.optional(decimalSchema),
    denominator: z.optional(decimalSchema),
    count: z.optional(decimalSchema),
    category: z.optional(idSchema),
    yes: z.optional(z.boolean()),
    note: z.optional(z.string()),
  }),
);
/** A piece of evidence. @category Assessments */
export interface Evidence extends z.output<typeof evidenceSchema> {}
/** A score track: self-assessed, appraised by the council, or final. @category Assessments */
export type ScoreTrack = Evidence['track'];

/**
 * Parses an assessment framework; throws a {@link dx-indicators!DxInputError} listing every problem.
 * @example
 * ```ts
 * parseAssessmentFramework(DTI_PROVINCIAL_2022).maxPoints; // '1000'
 * ```
 * @param input - Untrusted data.
 * @returns The framework.
 * @throws {@link dx-indicators!DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseAssessmentFramework(input: unknown): AssessmentFramework {
  return parseWith(assessmentFrameworkSchema, 'assessment framework', input);
}

/**
 * Parses a list of evidence, all or nothing.
 * @example
 * ```ts
 * parseEvidence([{ unitCode: '26734', componentId: 'c1', count: 3 }])[0]?.count; // '3'
 * ```
 * @param input - Untrusted data.
 * @returns The evidence.
 * @throws {@link dx-indicators!DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseEvidence(input: unknown): Evidence[] {
  return parseWith(z.array(evidenceSchema), 'evidence', input);
}

/**
 * Parses a list of evidence without throwing.
 * @example
 * ```ts
 * safeParseEvidence([{ unitCode: '26734' }]).ok; // false
 * ```
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`.
 * @throws Never: every problem of the input is in the result's `error`.
 * @category Parsing
 */
export function safeParseEvidence(input: unknown): SafeParseResult<Evidence[]> {
  return safeParseWith(z.array(evidenceSchema), 'evidence', input);
}
