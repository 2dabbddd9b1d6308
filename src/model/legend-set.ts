import * as z from 'zod/mini';
import { schema } from './schema.js';
import { toDec } from '../core/decimal.js';
import { addProblem, parseWith } from './parse.js';
import { decimalSchema, idSchema, labelSchema } from './primitives.js';

const edgeSchema = /* @__PURE__ */ schema(() => z.strictObject({ value: decimalSchema, inclusive: z.boolean() }));

/**
 * Zod schema for a legend set (DHIS2's term): bands over a measure, in ascending order, with
 * explicit inclusive or exclusive edges and Vietnamese and English labels, plus the band shown
 * when there is no figure. The bands must cover every number exactly once: the first has no
 * lower edge, the last no upper edge, and each band's upper edge is the next one's lower edge
 * with exactly one of the two inclusive.
 * @example
 * ```ts
 * legendSetSchema.safeParse(DEFAULT_STATUS_BANDS).success; // true
 * ```
 * @category Schemas
 */
export const legendSetSchema = /* @__PURE__ */ schema(() =>
  z
    .strictObject({
      id: idSchema,
      name: labelSchema,
      bands: z
        .array(
          z.strictObject({
            id: idSchema,
            label: labelSchema,
            color: z.optional(z.string()),
            from: z.optional(edgeSchema),
            to: z.optional(edgeSchema),
          }),
        ).check(z.minLength(1)),
      noData: z.strictObject({ id: idSchema, label: labelSchema, color: z.optional(z.string()) }),
    }).check(z.superRefine((set, ctx) => {
      const { bands } = set;
      if (bands[0]?.from !== undefined) addProblem(ctx, 'inconsistent', 'the first band should have no lower edge', ['bands', 0, 'from']);
      const last = bands.length - 1;
      if (bands[last]?.to !== undefined) addProblem(ctx, 'inconsistent', 'the last band should have no upper edge', ['bands', last, 'to']);
      for (let i = 0; i < last; i++) {
        const to = bands[i]?.to;
        const from = bands[i + 1]?.from;
        if (to === undefined || from === undefined) {
          addProblem(ctx, 'missing', `bands ${i} and ${i + 1} need a shared edge`, ['bands', i, 'to']);
        } else if (!toDec(to.value).eq(toDec(from.value)) || to.inclusive === from.inclusive) {
          addProblem(ctx, 'inconsistent', `band ${i} should end where band ${i + 1} begins (${from.value}), with exactly one of the two edges inclusive`, ['bands', i, 'to']);
        }
        const lo = bands[i]?.from;
        if (lo !== undefined && to !== undefined && !toDec(lo.value).lt(toDec(to.value))) {
          addProblem(ctx, 'inconsistent', `band ${i} is empty or reversed`, ['bands', i]);
        }
      }
    })),
);
/** A legend set. @category Model */
export interface LegendSet extends z.output<typeof legendSetSchema> {}
/** One band of a legend set (or its no-data band). @category Model */
export type LegendBand = LegendSet['noData'];

/**
 * Parses a legend set and checks that its bands cover every number exactly once; throws a
 * {@link DxInputError} listing every problem.
 * @example
 * ```ts
 * parseLegendSet(DEFAULT_STATUS_BANDS).bands.length; // 4
 * ```
 * @param input - Untrusted data.
 * @returns The legend set.
 * @throws {@link DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseLegendSet(input: unknown): LegendSet {
  return parseWith(legendSetSchema, 'legend set', input);
}
