import { Dec, decString, exactPlus } from '../core/decimal.js';
import type { Aggregation } from '../model/indicator.js';
import type { CellPlaces, CellTable, Column } from './cells.js';
import { cellDec, cellKeys, cellLists, fillCells, markPlacesInUse, newColumn } from './cells.js';
import { partFigureNotAbove } from './figure-order.js';
import { columnLists, heldColumn, heldOf, placesFromKeys, sortFullColumn } from './held-column.js';
import { isMadeHere, madeHere } from './made-here.js';
import type { Rule } from './rules.js';
import type { RollupWarning, TimeBucket } from './types.js';

/**
 * One indicator's figures in a partial state, aggregated over time so far, one entry per unit
 * and period bucket (a cell), in (unit, bucket) order, column by column: plain arrays of
 * numbers, so that the state is compact as JSON and merges without making an object per cell.
 * `unit` and `bucket` are places in the partial's `units` and `buckets`; `a` is the sum,
 * numerator sum, minimum, maximum or first/last value; `b` the denominator (or `null`); `order`
 * the first/last observation's order key (first and last only). With a `scale`, `a` and `b` are
 * integers, the figure times 10^scale; without (`null`), decimal strings.
 *
 * A column with a cell for every unit and every bucket of its partial (every commune reported)
 * leaves out `unit` and `bucket`: its cell i is unit ⌊i ÷ B⌋ and bucket i mod B, B the number of
 * buckets. The partial is then two fifths smaller, and cheaper to make and merge.
 * @category Roll-up
 */
export interface PartialColumn {
  readonly scale: number | null;
  /** Each cell's unit: its place in {@link RollupPartial.units}; left out when the column has every cell. */
  readonly unit?: readonly number[];
  /** Each cell's bucket: its place in {@link RollupPartial.buckets}; left out when the column has every cell. */
  readonly bucket?: readonly number[];
  /** Observations per cell. */
  readonly n: readonly number[];
  readonly a: readonly (number | string)[];
  readonly b: readonly (number | string | null)[];
  readonly order?: readonly number[];
}

/**
 * The partial state of a roll-up: plain JSON that can be sent between workers, stored, and
 * merged in any order and grouping with {@link mergeRollupPartials}; {@link finishRollup}
 * turns it into the same rows {@link dx-indicators!rollup} gives for all the data at once. Unit codes and
 * bucket labels are written once each, ascending; the cells name them by place. A partial made
 * in this process (by partialRollup or a merge) is frozen, and is not checked again where it is
 * used; one read back from JSON or received from another thread is checked cell by cell. A
 * partial made in this process keeps each scaled column in typed arrays (one for each of its
 * cells' numbers) until one of its lists is read (JSON.stringify, structuredClone and postMessage read them all):
 * merges and finishRollup in the same process read the arrays, and never write the lists.
 * @category Roll-up
 */
export interface RollupPartial {
  readonly format: 'dx-indicators/rollup-partial@4';
  readonly bucket: TimeBucket;
  /** Each indicator's aggregation over time and space. */
  readonly rules: Readonly<Record<string, { readonly time: Aggregation; readonly space: Aggregation }>>;
  /** The unit codes of the cells, ascending, each once. */
  readonly units: readonly string[];
  /** The bucket labels of the cells, ascending, each once. */
  readonly buckets: readonly string[];
  /** Each indicator's cells. */
  readonly columns: Readonly<Record<string, PartialColumn>>;
  readonly warnings: readonly RollupWarning[];
}

/** The largest safe integer: scaled figures stay within ±MAX. @internal */
export const MAX = 9007199254740991;
const warningKey = (w: RollupWarning) => `${w.code}\u0000${w.indicatorId}\u0000${w.unitCode}\u0000${w.period}\u0000${w.message}`;
/** Whether an aggregation over time keeps the order key of its pick (first, last). @internal */
export const isOrdered = (time: Aggregation) => time === 'first' || time === 'last';

/** Warnings in one canonical order, so that any merge order gives the same partial. @internal */
export function sortWarnings(ws: readonly RollupWarning[]): RollupWarning[] {
  return [...ws].sort((x, y) => (warningKey(x) < warningKey(y) ? -1 : warningKey(x) > warningKey(y) ? 1 : 0));
}

/** The keys in use, ascending, and each key number's place among them (-1: not in use). */
function ascending(keys: readonly string[], used: Uint8Array): { list: string[]; place: Int32Array } {
  const nos = [...keys.keys()].filter((k) => used[k] === 1).sort((x, y) => ((keys[x] as string) < (keys[y] as string) ? -1 : 1));
  const place = new Int32Array(keys.length).fill(-1);
  nos.forEach((k, r) => (place[k] = r));
  return { list: nos.map((k) => keys[k] as string), place };
}

/** A cell table as a partial: float columns held in their typed arrays (see held-column.ts), decimal columns as strings. @internal */
export function toPartial(table: CellTable): RollupPartial {
  const rules: Record<string, { time: Aggregation; space: Aggregation }> = {};
  const columns: Record<string, PartialColumn> = {};
  const unitUsed = new Uint8Array(table.units.length);
  const bucketUsed = new Uint8Array(table.buckets.length);
  for (const col of table.columns.values()) markPlacesInUse(col, unitUsed, bucketUsed);
  const units = ascending(table.units, unitUsed);
  const buckets = ascending(table.buckets, bucketUsed);
  const B = buckets.list.length;
  const span = units.list.length * B;
  for (const [id, col] of table.columns) {
    rules[id] = { time: col.rule.time, space: col.rule.space };
    const m = col.size;
    // Each cell's key in the partial's lists; the cells stay in the order they were made.
    const keys = cellKeys(col, units.place, buckets.place, B);
    const { n, a, b, o } = cellLists(col);
    const cells = { scale: col.scale, size: m, keys, B, span, n, o };
    if (!col.dec) {
      // A column with every cell is put in key order, so that it needs no keys (see PartialColumn).
      if (m !== span) columns[id] = heldColumn({ ...cells, a, b });
      else {
        sortFullColumn(keys, [n, a, b, o]);
        columns[id] = heldColumn({ ...cells, keys: undefined, a, b });
      }
      continue;
    }
    const figures = Array.from({ length: m }, (_, i) => cellDec(col, i));
    columns[id] = columnLists(cells, (i) => decString((figures[i] as ReturnType<typeof cellDec>).a), (i) => {
      const d = (figures[i] as ReturnType<typeof cellDec>).b;
      return d === undefined ? null : decString(d);
    }, null);
  }
  return madeHere({ format: 'dx-indicators/rollup-partial@4', bucket: table.bucket, rules, units: units.list, buckets: buckets.list, columns, warnings: sortWarnings(table.warnings) });
}

/**
 * A partial as a cell table (scaled columns stay in float mode), its units and buckets numbered
 * by their places. Counts and figures are copied into the one array of cells a column holds (see
 * `Column.c`), from the typed arrays of a column held in them (a partial made here) or from the
 * partial's lists, -1 standing for no denominator; places are read from the partial's lists
 * (nothing writes to a table made from a partial: only the aggregation over space reads it).
 * Order keys are not copied: they choose a first or last figure while cells are made and
 * merged, and are not read after. @internal
 */
export function fromPartial(partial: RollupPartial, rules: ReadonlyMap<string, Rule>): CellTable {
  const columns = new Map<string, Column>();
  const made = isMadeHere(partial);
  const B = partial.buckets.length;
  for (const [id, rule] of rules) {
    const p = partial.columns[id];
    if (p === undefined) {
      // Stryker disable next-line BooleanLiteral: a column without cells is the same in either mode (equivalent mutant)
      columns.set(id, newColumn(rule, false));
      continue;
    }
    const held = made ? heldOf(p) : undefined;
    // A shortcut: read through its lists, a held column gives the same cells (equivalent mutants: speed).
    // Stryker disable next-line ConditionalExpression,BlockStatement
    if (held !== undefined) {
      // Made in this process: the column's cells are copied from the partial's typed arrays.
      const col = { ...newColumn(rule, false), scale: held.scale, places: placesFromKeys(held.keys, held.size, B) };
      const b = held.b;
      // A held column with a pair has its denominators; one without reads none (equivalent mutant).
      // Stryker disable next-line ConditionalExpression
      fillCells(col, held.size, held.n, held.a, b === undefined ? undefined : (i) => b[i] as number);
      columns.set(id, col);
      continue;
    }
    // A partial read back may leave out a decimal column's scale (null).
    const scale = p.scale ?? null;
    const places = p.unit !== undefined && p.bucket !== undefined ? { unitNo: p.unit, bucketNo: p.bucket } : placesFromKeys(undefined, p.n.length, B);
    if (scale === null) {
      const col = { ...newColumn(rule, true), places, da: p.a.map((v) => new Dec(v)), db: p.b.map((v) => new Dec(v ?? -1)) };
      fillCells(col, p.n.length, p.n);
      columns.set(id, col);
    } else {
      const col = { ...newColumn(rule, false), places, scale };
      fillCells(col, p.n.length, p.n, p.a as readonly number[], (i) => (p.b[i] ?? -1) as number);
      columns.set(id, col);
    }
  }
  return { bucket: partial.bucket, columns, warnings: [...partial.warnings], units: [...partial.units], buckets: [...partial.buckets] };
}

/** Thrown where a scaled figure passes 2^53: the column is merged in decimals instead. @internal */
export class Overflow extends Error {}

/** x ≤ y, for two integers or two decimal strings (compared only where a pick needs it, not for sums). */
const notAbove = (x: number | string, y: number | string) => (typeof x === 'number' ? x <= (y as number) : new Dec(x).lte(y));

/** One partial's column, with its cells' keys in the merged lists. @internal */
export interface Side {
  readonly c: PartialColumn;
  /** Each cell's unit place × B + bucket place in the merged lists: ascending, as the cells are. */
  readonly keys: Float64Array;
  /** The number of buckets in the merged list. */
  readonly B: number;
}
/** A partial's column as a {@link Side}; its keys written into `room` when it is long enough (a caller's array, reused column after column). @internal */
export function sideOf(c: PartialColumn, unitAt: Int32Array, bucketAt: Int32Array, B: number, room?: Float64Array): Side {
  if (c.unit === undefined || c.bucket === undefined) {
    // Every cell of the partial's units and buckets (see PartialColumn): cell i has key i there.
    return { c, keys: mergedKeys(undefined, c.n.length, bucketAt.length, unitAt, bucketAt, B, room), B };
  }
  const keys = room !== undefined && room.length >= c.n.length ? room.subarray(0, c.n.length) : new Float64Array(c.n.length);
  for (let i = 0; i < keys.length; i++) keys[i] = (unitAt[c.unit[i] as number] as number) * B + (bucketAt[c.bucket[i] as number] as number);
  return { c, keys, B };
}

/**
 * The keys of m cells in the merged lists (B buckets), from their keys in their own partial
 * (`own`; undefined: cell i has key i) of `ownB` buckets: unit ⌊k ÷ ownB⌋, bucket k mod ownB,
 * each placed by `unitAt` and `bucketAt`. Written into `room` when it is long enough. @internal
 */
export function mergedKeys(own: ArrayLike<number> | undefined, m: number, ownB: number, unitAt: Int32Array, bucketAt: Int32Array, B: number, room?: Float64Array): Float64Array {
  const keys = room !== undefined && room.length >= m ? room.subarray(0, m) : new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const k = own === undefined ? i : (own[i] as number);
    const u = Math.floor(k / ownB);
    keys[i] = (unitAt[u] as number) * B + (bucketAt[k - u * ownB] as number);
  }
  return keys;
}

/**
 * Merge-joins two columns into one. With a `scale`, in integers (x's figures times `fx`, y's
 * times `fy`; Overflow when a figure written passes 2^53); without, in decimal strings (exact sums).
 */
function join(time: Aggregation, sx: Side, fx: number, sy: Side, fy: number, scale: number | null): PartialColumn {
  const { c: x, keys: kx } = sx;
  const { c: y, keys: ky } = sy;
  const scaled = scale !== null;
  const cap = kx.length + ky.length;
  // Arrays of the largest length, written in place and cut to the cells written.
  const unit = new Array<number>(cap);
  const bucket = new Array<number>(cap);
  const n = new Array<number>(cap);
  const a = new Array<number | string>(cap);
  const b = new Array<number | string | null>(cap);
  const order = isOrdered(time) ? new Array<number>(cap) : undefined;
  const fig = (v: number | string, f: number) => (scaled ? (v as number) * f : v);
  const put = (v: number | string) => {
    if (scaled && ((v as number) > MAX || (v as number) < -MAX)) throw new Overflow();
    return v;
  };
  const plus = (p: number | string, q: number | string) => (scaled ? (p as number) + (q as number) : decString(exactPlus(new Dec(p), new Dec(q))));
  let r = 0;
  // A cell's unit and bucket places in the merged lists, from its key.
  const place = (key: number) => {
    unit[r] = Math.floor(key / sx.B);
    bucket[r] = key - (unit[r] as number) * sx.B;
  };
  const copy = (s: Side, k: number, f: number) => {
    const c = s.c;
    place(s.keys[k] as number);
    n[r] = c.n[k] as number;
    a[r] = put(fig(c.a[k] as number | string, f));
    const bk = c.b[k] ?? null;
    b[r] = bk === null ? null : put(fig(bk, f));
    if (order !== undefined) order[r] = c.order?.[k] ?? 0;
  };
  const both = (i: number, j: number) => {
    place(kx[i] as number);
    n[r] = (x.n[i] as number) + (y.n[j] as number);
    const ax = fig(x.a[i] as number | string, fx);
    const ay = fig(y.a[j] as number | string, fy);
    const bx = x.b[i] === null ? null : fig(x.b[i] as number | string, fx);
    const by = y.b[j] === null ? null : fig(y.b[j] as number | string, fy);
    if (time === 'min' || time === 'max') {
      a[r] = put((time === 'min') === notAbove(ax, ay) ? ax : ay);
      b[r] = null;
    } else if (order !== undefined) {
      const ox = x.order?.[i] ?? 0;
      const oy = y.order?.[j] ?? 0;
      // The same order key twice: the smaller figure counts as first (see figure-order.ts), so that any merge order agrees.
      const xFirst = ox < oy || (ox === oy && partFigureNotAbove(ax, bx, ay, by));
      const takeX = time === 'first' ? xFirst : !xFirst;
      a[r] = put(takeX ? ax : ay);
      const bt = takeX ? bx : by;
      b[r] = bt === null ? null : put(bt);
      order[r] = takeX ? ox : oy;
    } else {
      a[r] = put(plus(ax, ay));
      const bs = bx === null ? by : by === null ? bx : plus(bx, by);
      b[r] = bs === null ? null : put(bs);
    }
  };
  let i = 0;
  let j = 0;
  while (i < kx.length || j < ky.length) {
    const ki = i < kx.length ? (kx[i] as number) : Infinity;
    const kj = j < ky.length ? (ky[j] as number) : Infinity;
    if (ki < kj) copy(sx, i++, fx);
    else if (kj < ki) copy(sy, j++, fy);
    else both(i++, j++);
    r++;
  }
  for (const list of [unit, bucket, n, a, b, ...(order === undefined ? [] : [order])]) list.length = r;
  return { scale, unit, bucket, n, a, b, ...(order === undefined ? {} : { order }) };
}

/** The decimal strings of a scaled column's figures. */
const asDecimal = (s: Side): Side => {
  const c = s.c;
  if (c.scale === null) return s;
  const div = new Dec(10).pow(c.scale);
  const dec = (v: number | string | null) => (v === null ? null : decString(new Dec(v).div(div)));
  return { ...s, c: { ...c, scale: null, a: c.a.map((v) => dec(v) as string), b: c.b.map(dec) } };
};

/** Two columns as one: in integers at the larger scale when both are scaled and every figure stays below 2^53, in decimal strings otherwise. @internal */
export function mergeColumns(time: Aggregation, x: Side, y: Side): PartialColumn {
  if (x.c.scale !== null && y.c.scale !== null) {
    const scale = Math.max(x.c.scale, y.c.scale);
    try {
      return join(time, x, 10 ** (scale - x.c.scale), y, 10 ** (scale - y.c.scale), scale);
    } catch (e) {
      // Stryker disable next-line ConditionalExpression: nothing else is thrown in the try block
      if (!(e instanceof Overflow)) throw e;
    }
  }
  return join(time, asDecimal(x), 1, asDecimal(y), 1, null);
}
