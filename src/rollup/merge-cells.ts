import { DxInputError, type InputProblem } from '../core/errors.js';
import { guard } from '../model/guard.js';
import type { Aggregation } from '../model/indicator.js';
import { guardPartial } from './guard-rollup.js';
import { madeHere } from './made-here.js';
import { isOrdered, MAX, mergeColumns, Overflow, sideOf, sortWarnings, type PartialColumn, type RollupPartial, type Side } from './partial.js';

// The cells of any number of partials as one. Scaled columns are merged at once through a table
// of the merged (unit, bucket) places: each input cell is read once and the merged column is
// written once, however many partials there are. A column in decimals, one whose figures pass
// 2^53, or one whose places are too sparse for a table (days) is merged pair after pair, as a
// reduce over the partials would merge it: the same figures either way. @internal

/** The union of ascending lists, ascending, and each list's places in it. */
function unionAll(lists: readonly (readonly string[])[]): { list: string[]; from: Int32Array[] } {
  // The default sort compares UTF-16 code units, as `<` does: the order the partials keep.
  const list = [...new Set(lists.flat())].sort();
  const at = new Map(list.map((key, i) => [key, i]));
  return { list, from: lists.map((l) => Int32Array.from(l, (key) => at.get(key) as number)) };
}

/** Running figures by merged place (unit place × B + bucket place), reused column after column. @internal */
export interface Table {
  readonly has: Uint8Array;
  readonly n: Float64Array;
  readonly a: Float64Array;
  /** The denominator; NaN where there is none (null). */
  readonly b: Float64Array;
  readonly o: Float64Array;
}
/** A table of `span` places. @internal */
export const tableOf = (span: number): Table => ({ has: new Uint8Array(span), n: new Float64Array(span), a: new Float64Array(span), b: new Float64Array(span), o: new Float64Array(span) });

/** v, or Overflow when it passes 2^53 (the column is then merged in decimals). */
const checked = (v: number): number => {
  if (v > MAX || v < -MAX) throw new Overflow();
  return v;
};

/** Adds one cell (a, b: NaN for none, n, order key o) at place k of the table, as a pairwise join would. */
function addCell(t: Table, k: number, time: Aggregation, a: number, b: number, n: number, o: number): void {
  t.n[k] = (t.n[k] as number) + n;
  const ax = t.a[k] as number;
  if (time === 'min' || time === 'max') {
    // The smaller figure for min, the larger for max (of two equal ones, either); a picked figure has no denominator.
    // Stryker disable next-line EqualityOperator: equal figures are the same figure whichever is kept (equivalent mutant)
    if ((time === 'min') !== ax <= a) t.a[k] = a;
    t.b[k] = NaN;
  } else if (isOrdered(time)) {
    // The same order key twice: the smaller figure counts as first, so that any merge order agrees.
    const ox = t.o[k] as number;
    const xFirst = ox < o || (ox === o && ax <= a);
    if ((time === 'first') !== xFirst) {
      t.a[k] = a;
      t.b[k] = b;
      t.o[k] = o;
    }
  } else {
    t.a[k] = checked(ax + a);
    const bx = t.b[k] as number;
    t.b[k] = Number.isNaN(bx) ? b : Number.isNaN(b) ? bx : checked(bx + b);
  }
}

/** Scaled columns merged through the table, at the largest scale; the places in use are cleared after (also when it throws Overflow). @internal */
export function mergeThroughTable(time: Aggregation, sides: readonly Side[], t: Table, B: number): PartialColumn {
  const scale = Math.max(...sides.map((s) => s.c.scale as number));
  const ordered = isOrdered(time);
  let count = 0;
  try {
    for (const { c, keys } of sides) {
      const f = 10 ** (scale - (c.scale as number));
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as number;
        const a = checked((c.a[i] as number) * f);
        const bi = c.b[i] ?? null;
        const b = bi === null ? NaN : checked((bi as number) * f);
        const o = ordered ? (c.order?.[i] ?? 0) : 0;
        if (t.has[k] === 1) addCell(t, k, time, a, b, c.n[i] as number, o);
        else {
          t.has[k] = 1;
          count++;
          t.n[k] = c.n[i] as number;
          t.a[k] = a;
          t.b[k] = b;
          t.o[k] = o;
        }
      }
    }
  } catch (e) {
    // Stryker disable next-line EqualityOperator: one place past the end is undefined, and clearing it does nothing (equivalent mutant)
    for (const { keys } of sides) for (let i = 0; i < keys.length; i++) t.has[keys[i] as number] = 0;
    throw e;
  }
  // Arrays of the final length, written in place in the order of the places; no units and
  // buckets listed when every place has a cell (see PartialColumn).
  const dense = count === t.has.length;
  // Stryker disable ArrayDeclaration: preallocated for speed; grown by writing, the arrays hold the same (equivalent mutants)
  const unit = dense ? undefined : new Array<number>(count);
  const bucket = dense ? undefined : new Array<number>(count);
  const n = new Array<number>(count);
  const a = new Array<number>(count);
  const b = new Array<number | null>(count);
  const order = ordered ? new Array<number>(count) : undefined;
  // Stryker restore ArrayDeclaration
  for (let k = 0, r = 0; r < count; k++) {
    if (t.has[k] === 0) continue;
    t.has[k] = 0;
    if (unit !== undefined && bucket !== undefined) {
      unit[r] = Math.floor(k / B);
      bucket[r] = k % B;
    }
    n[r] = t.n[k] as number;
    a[r] = t.a[k] as number;
    const bk = t.b[k] as number;
    b[r] = Number.isNaN(bk) ? null : bk;
    if (order !== undefined) order[r] = t.o[k] as number;
    r++;
  }
  return { scale, ...(unit === undefined || bucket === undefined ? {} : { unit, bucket }), n, a, b, ...(order === undefined ? {} : { order }) };
}

/** A column as partials write it: without its units and buckets when it has a cell for every one of the `span` places (see PartialColumn). */
function withEveryCell(c: PartialColumn, span: number): PartialColumn {
  if (c.n.length !== span || c.unit === undefined) return c;
  const { unit: _unit, bucket: _bucket, ...rest } = c;
  return rest;
}

/** The sides' columns merged pair after pair, in the order given (the first two, then each next one). @internal */
export function mergeInPairs(time: Aggregation, sides: readonly Side[], U: number, B: number): PartialColumn {
  const same = (k: number) => Int32Array.from({ length: k }, (_, i) => i);
  const [unitAt, bucketAt] = [same(U), same(B)];
  let merged = mergeColumns(time, sides[0] as Side, sides[1] as Side);
  for (const side of sides.slice(2)) merged = mergeColumns(time, sideOf(merged, unitAt, bucketAt, B), side);
  return withEveryCell(merged, U * B);
}

/**
 * Partials merged, after checking each (its problems under its path) and that all share the
 * first one's bucket and rules; one partial comes back as it is. @internal
 */
export function mergeChecked(fn: string, parts: readonly RollupPartial[], paths: readonly (readonly (string | number)[])[]): RollupPartial {
  const g = guard(fn);
  parts.forEach((p, i) => guardPartial(g, p, paths[i] as readonly (string | number)[]));
  g.done();
  const first = parts[0] as RollupPartial;
  const problems: InputProblem[] = [];
  const rules = rulesKey(first);
  parts.forEach((p, i) => {
    const key = first.bucket !== p.bucket ? 'bucket' : rules !== rulesKey(p) ? 'rules' : undefined;
    if (key === undefined) return;
    const message = `the partials were made with different ${key === 'bucket' ? 'buckets' : 'aggregation rules'}, so they cannot be merged`;
    if (problems.length === 0) problems.push({ path: [...(paths[0] as (string | number)[]), key], code: 'inconsistent', message });
    problems.push({ path: [...(paths[i] as (string | number)[]), key], code: 'inconsistent', message });
  });
  if (problems.length > 0) throw new DxInputError('roll-up partials', problems);
  if (parts.length === 1) return first;
  // The rules are copied: the merged partial is frozen, and the first partial's rules may be a caller's objects.
  const copied = Object.fromEntries(Object.entries(first.rules).map(([id, r]) => [id, { time: r.time, space: r.space }]));
  return madeHere({ format: first.format, bucket: first.bucket, rules: copied, ...mergeCells(parts), warnings: sortWarnings(parts.flatMap((p) => p.warnings)) });
}

/** A partial's rules as text, in the order of their indicators' ids. */
const rulesKey = (p: RollupPartial) => JSON.stringify(Object.keys(p.rules).sort().map((k) => [k, p.rules[k]]));

/**
 * The cells of two or more partials of the same bucket and rules as one: their units and buckets
 * united (still ascending), each indicator's columns merged. The same cells, in the same form,
 * as the partials merged two at a time from the first to the last. @internal
 */
function mergeCells(parts: readonly RollupPartial[]): Pick<RollupPartial, 'units' | 'buckets' | 'columns'> {
  const units = unionAll(parts.map((p) => p.units));
  const buckets = unionAll(parts.map((p) => p.buckets));
  const U = units.list.length;
  const B = buckets.list.length;
  const columns: Record<string, PartialColumn> = {};
  // Stryker disable next-line ArrayDeclaration: a column's cells are as many as its counts, whatever else it lists (equivalent mutants)
  const none: PartialColumn = { scale: 0, unit: [], bucket: [], n: [], a: [], b: [] };
  let table: Table | undefined;
  // Each partial's room for the keys of its longest column, reused column after column (a
  // column's sides are done with before the next column's are made).
  const rooms = parts.map((p) => new Float64Array(Math.max(0, ...Object.values(p.columns).map((c) => c.n.length))));
  for (const [id, rule] of Object.entries((parts[0] as RollupPartial).rules)) {
    const sides = parts.map((p, k) => sideOf(p.columns[id] ?? none, units.from[k] as Int32Array, buckets.from[k] as Int32Array, B, rooms[k]));
    // A table of every place when it is not much larger than the cells (every bucket but days).
    // The table is a shortcut: merged pair after pair, a column is the same (tests hold each path
    // to the other), so mutants that only choose the other path are equivalent.
    // Stryker disable next-line ArrowFunction,ArithmeticOperator
    const cells = sides.reduce((m, s) => m + s.keys.length, 0);
    // Stryker disable next-line ConditionalExpression,ArrowFunction,EqualityOperator,ArithmeticOperator,LogicalOperator,BlockStatement
    if (sides.every((s) => s.c.scale !== null) && U * B <= 8 * cells + 64) {
      // Stryker disable BlockStatement: without the table, or with an Overflow swallowed, the pairs give the same column
      try {
        columns[id] = mergeThroughTable(rule.time, sides, (table ??= tableOf(U * B)), B);
        continue;
      } catch (e) {
        // Stryker disable next-line ConditionalExpression: nothing else is thrown in the try block
        if (!(e instanceof Overflow)) throw e;
      }
      // Stryker restore BlockStatement
    }
    columns[id] = mergeInPairs(rule.time, sides, U, B);
  }
  return { units: units.list, buckets: buckets.list, columns };
}
