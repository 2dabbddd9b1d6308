import { Dec, decString, exactPlus } from '../core/decimal.js';
import type { Aggregation } from '../model/indicator.js';
import type { CellTable, Column } from './cells.js';
import { cellDec, cellNumberer, newColumn, slotOf, type CellKeys } from './cells.js';
import type { Rule } from './rules.js';
import type { RollupWarning, TimeBucket } from './types.js';

/**
 * One indicator's figures in a partial state, aggregated over time so far, one entry per unit
 * and period bucket (a cell), in (unit, bucket) order, column by column: plain arrays, so that the
 * state is compact as JSON and merges without making an object per cell. `a` is the sum,
 * numerator sum, minimum, maximum or first/last value; `b` the denominator (or `null`); `order`
 * the first/last observation's order key (first and last only). With a `scale`, `a` and `b` are
 * integers, the figure times 10^scale; without (`null`), decimal strings.
 * @category Roll-up
 */
export interface PartialColumn {
  readonly scale: number | null;
  readonly units: readonly string[];
  readonly buckets: readonly string[];
  /** Observations per cell. */
  readonly n: readonly number[];
  readonly a: readonly (number | string)[];
  readonly b: readonly (number | string | null)[];
  readonly order?: readonly number[];
}

/**
 * The partial state of a roll-up: plain JSON that can be sent between workers, stored, and
 * merged in any order and grouping with {@link mergeRollupPartials}; {@link finishRollup}
 * turns it into the same rows {@link rollup} gives for all the data at once.
 * @category Roll-up
 */
export interface RollupPartial {
  readonly format: 'dx-indicators/rollup-partial@2';
  readonly bucket: TimeBucket;
  /** Each indicator's aggregation over time and space. */
  readonly rules: Readonly<Record<string, { readonly time: Aggregation; readonly space: Aggregation }>>;
  /** Each indicator's cells. */
  readonly columns: Readonly<Record<string, PartialColumn>>;
  readonly warnings: readonly RollupWarning[];
}

const MAX = 9007199254740991;
const warningKey = (w: RollupWarning) => `${w.code}\u0000${w.indicatorId}\u0000${w.unitCode}\u0000${w.period}\u0000${w.message}`;
const isOrdered = (time: Aggregation) => time === 'first' || time === 'last';

/** Warnings in one canonical order, so that any merge order gives the same partial. @internal */
export function sortWarnings(ws: readonly RollupWarning[]): RollupWarning[] {
  return [...ws].sort((x, y) => (warningKey(x) < warningKey(y) ? -1 : warningKey(x) > warningKey(y) ? 1 : 0));
}

/** A column being written, cell by cell. */
interface Builder {
  scale: number | null;
  units: string[];
  buckets: string[];
  n: number[];
  a: (number | string)[];
  b: (number | string | null)[];
  order?: number[];
}
const builder = (scale: number | null, ordered: boolean): Builder => ({ scale, units: [], buckets: [], n: [], a: [], b: [], ...(ordered ? { order: [] } : {}) });
const push = (out: Builder, unit: string, bucket: string, n: number, a: number | string, b: number | string | null, order: number | undefined) => {
  out.units.push(unit);
  out.buckets.push(bucket);
  out.n.push(n);
  out.a.push(a);
  out.b.push(b);
  if (out.order !== undefined) out.order.push(order ?? 0);
};

/** A cell table as a partial: float columns as scaled integers, decimal columns as strings. @internal */
export function toPartial(table: CellTable): RollupPartial {
  const rules: Record<string, { time: Aggregation; space: Aggregation }> = {};
  const columns: Record<string, PartialColumn> = {};
  // Cells in (unit, bucket) order: the codes and labels are ranked once, and the cells sorted by
  // their ranks (numbers) rather than by comparing strings.
  const rankOf = (keys: readonly string[]) => {
    const rank = new Int32Array(keys.length);
    [...keys.keys()].sort((x, y) => ((keys[x] as string) < (keys[y] as string) ? -1 : 1)).forEach((k, r) => (rank[k] = r));
    return rank;
  };
  const unitRank = rankOf(table.units);
  const bucketRank = rankOf(table.buckets);
  for (const [id, col] of table.columns) {
    rules[id] = { time: col.rule.time, space: col.rule.space };
    const ordered = isOrdered(col.rule.time);
    const out = builder(col.dec ? null : col.scale, ordered);
    const cells = [...col.n.keys()].sort((x, y) => {
      const u = (unitRank[col.unitNo[x] as number] as number) - (unitRank[col.unitNo[y] as number] as number);
      return u !== 0 ? u : (bucketRank[col.bucketNo[x] as number] as number) - (bucketRank[col.bucketNo[y] as number] as number);
    });
    for (const i of cells) {
      const unit = table.units[col.unitNo[i] as number] as string;
      const bucket = table.buckets[col.bucketNo[i] as number] as string;
      if (col.dec) {
        const { a, b } = cellDec(col, i);
        push(out, unit, bucket, col.n[i] as number, decString(a), b === undefined ? null : decString(b), col.o[i]);
      } else {
        const b = col.b[i] as number;
        push(out, unit, bucket, col.n[i] as number, col.a[i] as number, b < 0 ? null : b, col.o[i]);
      }
    }
    columns[id] = out;
  }
  return { format: 'dx-indicators/rollup-partial@2', bucket: table.bucket, rules, columns, warnings: sortWarnings(table.warnings) };
}

/** A partial as a cell table: scaled columns stay in float mode. @internal */
export function fromPartial(partial: RollupPartial, rules: ReadonlyMap<string, Rule>): CellTable {
  const columns = new Map<string, Column>();
  const keys: CellKeys = { units: [], buckets: [] };
  const numbers = cellNumberer(keys);
  for (const [id, rule] of rules) {
    const p = partial.columns[id];
    const scale = p?.scale ?? null;
    const col = newColumn(rule, scale === null);
    if (scale !== null) col.scale = scale;
    for (let k = 0; p !== undefined && k < p.n.length; k++) {
      const i = slotOf(col, numbers.unitNo(p.units[k] as string), numbers.bucketNo(p.buckets[k] as string));
      col.n[i] = p.n[k] as number;
      col.o[i] = p.order?.[k] ?? 0;
      const b = p.b[k] ?? null;
      if (scale === null) {
        col.da[i] = new Dec(p.a[k] as string);
        col.db[i] = new Dec(b ?? -1);
      } else {
        col.a[i] = p.a[k] as number;
        col.b[i] = (b ?? -1) as number;
      }
    }
    columns.set(id, col);
  }
  return { bucket: partial.bucket, columns, warnings: [...partial.warnings], ...keys };
}

class Overflow extends Error {}

/** x ≤ y, for two integers or two decimal strings (compared only where a pick needs it, not for sums). */
const notAbove = (x: number | string, y: number | string) => (typeof x === 'number' ? x <= (y as number) : new Dec(x).lte(y));

/**
 * Two cells of the same unit and bucket as one, written to `out`: in integers (Overflow past
 * 2^53) or in decimal strings (exact sums).
 */
function mergeInto(out: Builder, time: Aggregation, x: PartialColumn, i: number, y: PartialColumn, j: number, fx: number, fy: number): void {
  const scaled = out.scale !== null;
  const ax = scaled ? (x.a[i] as number) * fx : (x.a[i] as string);
  const ay = scaled ? (y.a[j] as number) * fy : (y.a[j] as string);
  const bx = x.b[i] === null ? null : scaled ? (x.b[i] as number) * fx : (x.b[i] as string);
  const by = y.b[j] === null ? null : scaled ? (y.b[j] as number) * fy : (y.b[j] as string);
  const n = (x.n[i] as number) + (y.n[j] as number);
  if (time === 'min' || time === 'max') {
    const pick = (time === 'min') === notAbove(ax, ay) ? ax : ay;
    if (scaled && Math.abs(pick as number) > MAX) throw new Overflow();
    return push(out, x.units[i] as string, x.buckets[i] as string, n, pick, null, undefined);
  }
  if (time === 'first' || time === 'last') {
    const ox = x.order?.[i] ?? 0;
    const oy = y.order?.[j] ?? 0;
    const xFirst = ox < oy || (ox === oy && notAbove(ax, ay));
    const takeX = time === 'first' ? xFirst : !xFirst;
    const [a, b, o] = takeX ? [ax, bx, ox] : [ay, by, oy];
    if (scaled && (Math.abs(a as number) > MAX || (b as number) > MAX)) throw new Overflow();
    return push(out, x.units[i] as string, x.buckets[i] as string, n, a, b, o);
  }
  const add = (p: number | string | null, q: number | string | null) =>
    p === null ? q : q === null ? p : scaled ? (p as number) + (q as number) : decString(exactPlus(new Dec(p), new Dec(q)));
  const a = add(ax, ay) as number | string;
  const b = add(bx, by);
  if (scaled && (Math.abs(a as number) > MAX || (b !== null && (b as number) > MAX))) throw new Overflow();
  push(out, x.units[i] as string, x.buckets[i] as string, n, a, b, undefined);
}

/** One cell copied to `out`, rescaled by `f` (scaled output) or as it is (decimal output). */
function copyInto(out: Builder, c: PartialColumn, i: number, f: number): void {
  let a = c.a[i] as number | string;
  let b = c.b[i] ?? null;
  if (out.scale !== null && f !== 1) {
    a = (a as number) * f;
    if (b !== null) b = (b as number) * f;
    if (Math.abs(a) > MAX || (b !== null && (b as number) > MAX)) throw new Overflow();
  }
  push(out, c.units[i] as string, c.buckets[i] as string, c.n[i] as number, a, b, c.order?.[i]);
}

/** The decimal strings of a scaled column's figures. */
const asDecimal = (c: PartialColumn): PartialColumn => {
  if (c.scale === null) return c;
  const div = new Dec(10).pow(c.scale);
  const dec = (v: number | string | null) => (v === null ? null : decString(new Dec(v).div(div)));
  return { ...c, scale: null, a: c.a.map((v) => dec(v) as string), b: c.b.map(dec) };
};

/** Merge-joins two columns in (unit, bucket) order into `out`. */
function join(out: Builder, time: Aggregation, x: PartialColumn, y: PartialColumn, fx: number, fy: number): void {
  let i = 0;
  let j = 0;
  while (i < x.n.length || j < y.n.length) {
    let c: number;
    if (i >= x.n.length) c = 1;
    else if (j >= y.n.length) c = -1;
    else {
      const ux = x.units[i] as string;
      const uy = y.units[j] as string;
      const kx = x.buckets[i] as string;
      const ky = y.buckets[j] as string;
      // Partials of one roll-up mostly hold the same cells: equality first, order only if not.
      c = ux === uy ? (kx === ky ? 0 : kx < ky ? -1 : 1) : ux < uy ? -1 : 1;
    }
    if (c < 0) copyInto(out, x, i++, fx);
    else if (c > 0) copyInto(out, y, j++, fy);
    else mergeInto(out, time, x, i++, y, j++, fx, fy);
  }
}

/**
 * One indicator's columns of two partials as one: in integers at the larger scale when both are
 * scaled and every figure stays below 2^53, in decimal strings otherwise. @internal
 */
export function mergeColumns(time: Aggregation, x: PartialColumn | undefined, y: PartialColumn | undefined): PartialColumn {
  const ordered = isOrdered(time);
  const empty: PartialColumn = { scale: 0, units: [], buckets: [], n: [], a: [], b: [], ...(ordered ? { order: [] } : {}) };
  const px = x ?? empty;
  const py = y ?? empty;
  if (px.scale !== null && py.scale !== null) {
    const scale = Math.max(px.scale, py.scale);
    const out = builder(scale, ordered);
    try {
      join(out, time, px, py, 10 ** (scale - px.scale), 10 ** (scale - py.scale));
      return out;
    } catch (e) {
      // Stryker disable next-line ConditionalExpression: nothing else is thrown in the try block
      if (!(e instanceof Overflow)) throw e;
    }
  }
  const out = builder(null, ordered);
  join(out, time, asDecimal(px), asDecimal(py), 1, 1);
  return out;
}
