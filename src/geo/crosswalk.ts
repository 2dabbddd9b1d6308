import * as z from 'zod/mini';
import { schema } from '../model/schema.js';
import { parseWith } from '../model/parse.js';
import { isoDateSchema } from '../model/primitives.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Zod schema for one link of a crosswalk: an old unit, in full or in part, in a new one.
 * @example
 * ```ts
 * crosswalkLinkSchema.safeParse({ newCode: '75', oldCode: '70', kind: 'full' }).success; // true
 * ```
 * @category Schemas
 */
export const crosswalkLinkSchema = /* @__PURE__ */ schema(() =>
  z.strictObject({
    newCode: z.string().check(z.regex(/^\d{2,5}$/)),
    oldCode: z.string().check(z.regex(/^\d{2,5}$/)),
    /** `full`: the whole old unit went into the new one; `partial`: part of it did (the old unit was split). */
    kind: z.enum(['full', 'partial']),
    /**
     * Where the link comes from: the document and clause that decide it, and how the sources
     * compared (for the built-in commune crosswalk: `sources-agree` when the compiled mapping,
     * the ministry's merger map and the resolution's clause agree; `mapping-corrected` when the
     * clause corrected the mapping; `map-set-aside` when the map's reading differed;
     * `decided-by-hand` when the clause was read by hand), with a note saying why.
     */
    source: z.optional(
      z.strictObject({
        document: z.string().check(z.minLength(1)),
        clause: z.optional(z.int().check(z.positive())),
        basis: z.enum(['sources-agree', 'mapping-corrected', 'map-set-aside', 'decided-by-hand']),
        note: z.optional(z.string()),
      }),
    ),
  }),
);


/**
 * Zod schema for a crosswalk between two boundary versions: for each new unit, the old units
 * it was formed from. `full`: the whole old unit went into the new one; `partial`: part of it
 * did (the old unit was split between several new ones).
 * @example
 * ```ts
 * crosswalkSchema.safeParse({ name: 'x', oldDate: '2025-06-30', newDate: '2025-07-01', links: [] }).success; // true
 * ```
 * @category Schemas
 */
export const crosswalkSchema = /* @__PURE__ */ schema(() =>
  z.strictObject({
    name: z.string().check(z.minLength(1)),
    /** A date on which the old boundaries were in force (the last day before the change). */
    oldDate: isoDateSchema,
    /** The first day of the new boundaries. */
    newDate: isoDateSchema,
    links: z.array(crosswalkLinkSchema),
  }),
);

/** A crosswalk between boundary versions. @category Geography */
export interface Crosswalk extends z.output<typeof crosswalkSchema> {}
/** One link of a crosswalk: an old unit (in full or in part) in a new one. @category Geography */
export interface CrosswalkLink extends z.output<typeof crosswalkLinkSchema> {}
/** Where a crosswalk link comes from: document, clause, basis, note. @category Geography */
export type CrosswalkLinkSource = NonNullable<CrosswalkLink['source']>;

/**
 * Parses a crosswalk; throws a {@link DxInputError} listing every problem.
 * @example
 * ```ts
 * parseCrosswalk({ name: 'mine', oldDate: '2025-06-30', newDate: '2025-07-01', links: [{ newCode: '75', oldCode: '70', kind: 'full' }] }).links.length; // 1
 * ```
 * @param input - Untrusted data.
 * @returns The crosswalk.
 * @throws {@link DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseCrosswalk(input: unknown): Crosswalk {
  return parseWith(crosswalkSchema, 'crosswalk', input);
}

interface CrosswalkIndex {
  readonly byNew: ReadonlyMap<string, readonly CrosswalkLink[]>;
  readonly byOld: ReadonlyMap<string, readonly CrosswalkLink[]>;
}
const indexes = new WeakMap<Crosswalk, CrosswalkIndex>();

/** Lookup maps of a crosswalk, built once per crosswalk object. @internal */
export function crosswalkIndex(cw: Crosswalk): CrosswalkIndex {
  let idx = indexes.get(cw);
  if (idx === undefined) {
    const byNew = new Map<string, CrosswalkLink[]>();
    const byOld = new Map<string, CrosswalkLink[]>();
    for (const l of cw.links) {
      (byNew.get(l.newCode) ?? byNew.set(l.newCode, []).get(l.newCode)!).push(l);
      (byOld.get(l.oldCode) ?? byOld.set(l.oldCode, []).get(l.oldCode)!).push(l);
    }
    idx = { byNew, byOld };
    indexes.set(cw, idx);
  }
  return idx;
}

/** The crosswalk queries' guard: a crosswalk with its links, and a code as text (`codeName`, its parameter). */
function guardCrosswalk(what: string, crosswalk: Crosswalk, code: string, codeName: string): void {
  const g = guard(what);
  if (g.object(crosswalk, ['crosswalk']) && g.array(crosswalk.links, ['crosswalk', 'links'])) crosswalk.links.forEach((l, i) => g.object(l, ['crosswalk', 'links', i]));
  g.text(code, [codeName]).done();
}

/**
 * The old units a new unit was formed from.
 * @example
 * ```ts
 * predecessorsOf(vnProvinceCrosswalk, '75').map((l) => l.oldCode); // ['70', '75']
 * ```
 * @param crosswalk - A crosswalk such as `vnProvinceCrosswalk`.
 * @param newCode - The new unit's code.
 * @returns Its links, each with the old code and `full` or `partial`; empty for an unknown code.
 * @throws {@link DxInputError} when the first argument is not what its type says or the code is not text.
 * @category Geography
 */
export function predecessorsOf(crosswalk: Crosswalk, newCode: string): readonly CrosswalkLink[] {
  try {
    guardCrosswalk('predecessorsOf', crosswalk, newCode, 'newCode');
    return crosswalkIndex(crosswalk).byNew.get(newCode) ?? [];
  } catch (e) {
    throw unreadableInput(e, 'predecessorsOf', { crosswalk, newCode });
  }
}

/**
 * The new units an old unit went into (several when it was split).
 * @example
 * ```ts
 * successorsOf(vnProvinceCrosswalk, '74').map((l) => l.newCode); // ['79'] (Bình Dương → HCMC)
 * ```
 * @param crosswalk - A crosswalk such as `vnProvinceCrosswalk`.
 * @param oldCode - The old unit's code.
 * @returns Its links; empty for an unknown code.
 * @throws {@link DxInputError} when the first argument is not what its type says or the code is not text.
 * @category Geography
 */
export function successorsOf(crosswalk: Crosswalk, oldCode: string): readonly CrosswalkLink[] {
  try {
    guardCrosswalk('successorsOf', crosswalk, oldCode, 'oldCode');
    return crosswalkIndex(crosswalk).byOld.get(oldCode) ?? [];
  } catch (e) {
    throw unreadableInput(e, 'successorsOf', { crosswalk, oldCode });
  }
}
