import { DxInputError, type InputProblem } from '../core/errors.js';
import { guard } from '../model/guard.js';
import type { Aggregation } from '../model/indicator.js';
import { guardPartial } from './guard-rollup.js';
import { figureNotAbove } from './figure-order.js';
import { cellCount, heldColumn, heldOf } from './held-column.js';
import { isMadeHere, madeHere } from './made-here.js';
import { isOrdered, MAX, mergeColumns, mergedKeys, Overflow, sideOf, sortWarnings, type PartialColumn, type RollupPartial, type Side } from './partial.js';

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
  /** The denominator; -1 where there is none (null). */
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

/** Adds one cell (a, b: -1 for none, n, order key o) at place k of the table, as a pairwise join would. */
function addCell(t: Table, k: number, time: Aggregation, a: number, b: number, n: number, o: number): void {
  t.n[k] = (t.n[k] as number) + n;
  const ax = t.a[k] as number;
  if (time === 'min' || time === 'max') {
    // The smaller figure for min, the larger for max (of two equal ones, either); a picked figure has no denominator.
    // Stryker disable next-line EqualityOperator: equal figures are the same figure whichever is kept (equivalent mutant)
    if ((time === 'min') !== ax <= a) t.a[k] = a;
    t.b[k] = -1;
  } else if (isOrdered(time)) {
    // The same order key twice: the smaller figure counts as first (see figure-order.ts), so that any merge order agrees.
    const ox = t.o[k] as number;
    const xFirst = ox < o || (ox === o && figureNotAbove(ax, t.b[k] as number, a, b));
    if ((time === 'first') !== xFirst) {
      t.a[k] = a;
      t.b[k] = b;
      t.o[k] = o;
    }
  } else {
    t.a[k] = checked(ax + a);
    const bx = t.b[k] as number;
    t.b[k] = bx < 0 ? b : b < 0 ? bx : checked(bx + b);
  }
}

/** A scaled column's cells as the table reads them: keys in the merged lists, figures as numbers (`b` -1 for none). @internal */
export interface TableSide {
  readonly scale: number;
  readonly keys: Float64Array;
  readonly n: ArrayLike<number>;
  readonly a: ArrayLike<number>;
  readonly b: ArrayLike<number> | undefined;
  readonly o: ArrayLike<number> | undefined;
}

/**
 * A scaled column as a {@link TableSide}: a held column of a partial made here (`made`) read
 * from its typed arrays, any other from its lists. Keys are written into `room` when it is long
 * enough (see {@link sideOf}). @internal
 */
export function tableSideOf(c: PartialColumn, made: boolean, unitAt: Int32Array, bucketAt: Int32Array, B: number, room?: Float64Array): TableSide {
  const held = made ? heldOf(c) : undefined;
  if (held === undefined) {
    const { keys } = sideOf(c, unitAt, bucketAt, B, room);
    return { scale: c.scale as number, keys, n: c.n, a: c.a as readonly number[], b: Float64Array.from(c.b, (v) => (v ?? -1) as number), o: c.order };
  }
  const keys = mergedKeys(held.keys, held.size, held.B, unitAt, bucketAt, B, room);
  return { scale: held.scale, keys, n: held.n, a: held.a, b: held.b, o: held.o };
}

/**
 * Scaled columns merged through the table, at the largest scale; the places in use are cleared
 * after (also when it throws Overflow). The merged column is held in typed arrays, in key order
 * (see held-column.ts). @internal
 */
export function mergeThroughTable(time: Aggregation, sides: readonly TableSide[], t: Table, B: number): PartialColumn {
  const scale = Math.max(...sides.map((s) => s.scale));
  const ordered = isOrdered(time);
  let count = 0;
  try {
    for (const s of sides) {
      const f = 10 ** (scale - s.scale);
      const { keys, n, b: bs, o: os } = s;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as number;
        const a = checked((s.a[i] as number) * f);
        const bi = bs === undefined ? -1 : (bs[i] as number);
        const b = bi < 0 ? -1 : checked(bi * f);
        const o = ordered && os !== undefined ? (os[i] as number) : 0;
        if (t.has[k] === 1) addCell(t, k, time, a, b, n[i] as number, o);
        else {
          t.has[k] = 1;
          count++;
          t.n[k] = n[i] as number;
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
  // Arrays of the final length, written in the order of the places; no keys when every place has a cell.
  const span = t.has.length;
  const keys = count === span ? undefined : new Float64Array(count);
  const n = new Float64Array(count);
  const a = new Float64Array(count);
  const b = sides.some((s) => s.b !== undefined) ? new Float64Array(count) : undefined;
  const o = ordered ? new Float64Array(count) : undefined;
  for (let k = 0, r = 0; r < count; k++) {
    if (t.has[k] === 0) continue;
    t.has[k] = 0;
    if (keys !== undefined) keys[r] = k;
    n[r] = t.n[k] as number;
    a[r] = t.a[k] as number;
    if (b !== undefined) b[r] = t.b[k] as number;
    if (o !== undefined) o[r] = t.o[k] as number;
    r++;
  }
  return heldColumn({ scale, size: count, keys, B, span, n, a, b, o });
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
  const rooms = parts.map((p) => new Float64Array(Math.max(0, ...Object.values(p.columns).map(cellCount))));
  const made = parts.map(isMadeHere);
  for (const [id, rule] of Object.entries((parts[0] as RollupPartial).rules)) {
    const cols = parts.map((p) => p.columns[id] ?? none);
    // A table of every place when it is not much larger than the cells (every bucket but days).
    // The table is a shortcut: merged pair after pair, a column is the same (tests hold each path
    // to the other), so mutants that only choose the other path are equivalent.
    // Stryker disable next-line ArrowFunction,ArithmeticOperator
    const cells = cols.reduce((m, c) => m + cellCount(c), 0);
    // Stryker disable next-line ConditionalExpression,ArrowFunction,EqualityOperator,ArithmeticOperator,LogicalOperator,BlockStatement
    if (cols.every((c) => c.scale !== null) && U * B <= 8 * cells + 64) {
      // Stryker disable BlockStatement: without the table, or with an Overflow swallowed, the pairs give the same column
      try {
        const sides = cols.map((c, k) => tableSideOf(c, made[k] as boolean, units.from[k] as Int32Array, buckets.from[k] as Int32Array, B, rooms[k]));
        columns[id] = mergeThroughTable(rule.time, sides, (table ??= tableOf(U * B)), B);
        continue;
      } catch (e) {
        // Stryker disable next-line ConditionalExpression: nothing else is thrown in the try block
        if (!(e instanceof Overflow)) throw e;
      }
      // Stryker restore BlockStatement
    }
    columns[id] = mergeInPairs(rule.time, cols.map((c, k) => sideOf(c, units.from[k] as Int32Array, buckets.from[k] as Int32Array, B, rooms[k])), U, B);
  }
  return { units: units.list, buckets: buckets.list, columns };
}
