import { Dec, decString, exactPlus } from '../core/decimal.js';
import type { Aggregation } from '../model/indicator.js';
import type { CellTable, Column } from './cells.js';
import { cellDec, cellNumberer, newColumn, slotOf, type CellKeys } from './cells.js';
import type { Rule } from './rules.js';
import type { RollupWarning, TimeBucket } from './types.js';

/**
 * One unit's figures of one indicator in one period bucket, aggregated over time so far:
 * `[unitCode, bucket, observations, a, b, order]` — `a` is the sum, numerator sum, minimum,
 * maximum or first/last value, `b` the denominator (or `null`), `order` the first/last
 * observation's order key (or `null`). In a column with a scale (see
 * {@link RollupPartial.scales}), `a` and `b` are integers: the figure times 10^scale; otherwise
 * they are decimal strings.
 * @category Roll-up
 */
export type PartialCell = readonly [string, string, number, string | number, string | number | null, number | null];

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
  /**
   * Each indicator's scale: its cells hold integers × 10^-scale (exact below 2^53, merged and
   * finished without decimals), or `null` when they hold decimal strings.
   */
  readonly scales: Readonly<Record<string, number | null>>;
  /** Cells by indicator, in (unit, bucket) order. */
  readonly cells: Readonly<Record<string, readonly PartialCell[]>>;
  readonly warnings: readonly RollupWarning[];
}

const MAX = 9007199254740991;
const byKey = (x: PartialCell, y: PartialCell) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0);
const warningKey = (w: RollupWarning) => `${w.code}\u0000${w.indicatorId}\u0000${w.unitCode}\u0000${w.period}\u0000${w.message}`;
const isOrdered = (time: Aggregation) => time === 'first' || time === 'last';

/** Warnings in one canonical order, so that any merge order gives the same partial. @internal */
export function sortWarnings(ws: readonly RollupWarning[]): RollupWarning[] {
  return [...ws].sort((x, y) => (warningKey(x) < warningKey(y) ? -1 : warningKey(x) > warningKey(y) ? 1 : 0));
}

/** A cell table as a partial: float columns as scaled integers, decimal columns as strings. @internal */
export function toPartial(table: CellTable): RollupPartial {
  const rules: Record<string, { time: Aggregation; space: Aggregation }> = {};
  const scales: Record<string, number | null> = {};
  const cells: Record<string, PartialCell[]> = {};
  for (const [id, col] of table.columns) {
    rules[id] = { time: col.rule.time, space: col.rule.space };
    scales[id] = col.dec ? null : col.scale;
    const ordered = isOrdered(col.rule.time);
    const list: PartialCell[] = [];
    for (let i = 0; i < col.n.length; i++) {
      const unit = table.units[col.unitNo[i] as number] as string;
      const bucket = table.buckets[col.bucketNo[i] as number] as string;
      const order = ordered ? (col.o[i] as number) : null;
      if (col.dec) {
        const { a, b } = cellDec(col, i);
        list.push([unit, bucket, col.n[i] as number, decString(a), b === undefined ? null : decString(b), order]);
      } else {
        const b = col.b[i] as number;
        list.push([unit, bucket, col.n[i] as number, col.a[i] as number, b < 0 ? null : b, order]);
      }
    }
    cells[id] = list.sort(byKey);
  }
  return { format: 'dx-indicators/rollup-partial@2', bucket: table.bucket, rules, scales, cells, warnings: sortWarnings(table.warnings) };
}

/** A partial as a cell table: scaled columns stay in float mode. @internal */
export function fromPartial(partial: RollupPartial, rules: ReadonlyMap<string, Rule>): CellTable {
  const columns = new Map<string, Column>();
  const keys: CellKeys = { units: [], buckets: [] };
  const numbers = cellNumberer(keys);
  for (const [id, rule] of rules) {
    const scale = partial.scales[id] ?? null;
    const col = newColumn(rule, scale === null);
    if (scale !== null) col.scale = scale;
    for (const [unit, bucket, n, a, b, order] of partial.cells[id] ?? []) {
      const i = slotOf(col, numbers.unitNo(unit), numbers.bucketNo(bucket));
      col.n[i] = n;
      col.o[i] = order ?? 0;
      if (scale === null) {
        col.da[i] = new Dec(a);
        col.db[i] = new Dec(b ?? -1);
      } else {
        col.a[i] = a as number;
        col.b[i] = (b ?? -1) as number;
      }
    }
    columns.set(id, col);
  }
  return { bucket: partial.bucket, columns, warnings: [...partial.warnings], ...keys };
}

/** A scaled column's cells as decimal strings. */
function asDecimal(cells: readonly PartialCell[], scale: number): PartialCell[] {
  const div = new Dec(10).pow(scale);
  const dec = (v: string | number | null) => (v === null ? null : decString(new Dec(v).div(div)));
  return cells.map(([u, k, n, a, b, o]) => [u, k, n, dec(a) as string, dec(b), o]);
}

class Overflow extends Error {}

/** A scaled column's cells at a larger scale; Overflow past 2^53. */
function rescaled(cells: readonly PartialCell[], factor: number): PartialCell[] {
  if (factor === 1) return cells as PartialCell[];
  const up = (v: number | null) => {
    if (v === null) return null;
    const x = v * factor;
    if (x > MAX || x < -MAX) throw new Overflow();
    return x;
  };
  return cells.map(([u, k, n, a, b, o]) => [u, k, n, up(a as number) as number, up(b as number | null), o]);
}

/** Two cells of the same unit and bucket as one, in decimal strings (exact sums). @internal */
export function mergeCell(time: Aggregation, x: PartialCell, y: PartialCell): PartialCell {
  const [unit, bucket] = x;
  const n = x[2] + y[2];
  const add = (p: string | number | null, q: string | number | null) => (p === null ? q : q === null ? p : decString(exactPlus(new Dec(p), new Dec(q))));
  switch (time) {
    case 'min':
      return [unit, bucket, n, new Dec(x[3]).lte(y[3]) ? x[3] : y[3], null, null];
    case 'max':
      return [unit, bucket, n, new Dec(x[3]).gte(y[3]) ? x[3] : y[3], null, null];
    case 'first':
    case 'last':
      return pickOrdered(time, x, y, new Dec(x[3]).lte(y[3]));
    default:
      return [unit, bucket, n, add(x[3], y[3]) as string, add(x[4], y[4]), null];
  }
}

/** The first or last of two cells by order key, ties broken by value (`xNotAbove`: x ≤ y). */
function pickOrdered(time: 'first' | 'last', x: PartialCell, y: PartialCell, xNotAbove: boolean): PartialCell {
  const ox = x[5] ?? 0;
  const oy = y[5] ?? 0;
  const xFirst = ox < oy || (ox === oy && xNotAbove);
  const pick = time === 'first' ? (xFirst ? x : y) : xFirst ? y : x;
  return [x[0], x[1], x[2] + y[2], pick[3], pick[4], pick[5]];
}

/** Two cells of a scaled column as one, in integers; Overflow past 2^53. */
function mergeScaledCell(time: Aggregation, x: PartialCell, y: PartialCell): PartialCell {
  const a = x[3] as number;
  const c = y[3] as number;
  switch (time) {
    case 'min':
      return [x[0], x[1], x[2] + y[2], Math.min(a, c), null, null];
    case 'max':
      return [x[0], x[1], x[2] + y[2], Math.max(a, c), null, null];
    case 'first':
    case 'last':
      return pickOrdered(time, x, y, a <= c);
    default: {
      const s = a + c;
      const b = x[4] === null ? y[4] : y[4] === null ? x[4] : (x[4] as number) + (y[4] as number);
      if (s > MAX || s < -MAX || (b !== null && (b as number) > MAX)) throw new Overflow();
      return [x[0], x[1], x[2] + y[2], s, b, null];
    }
  }
}

/** Merge-joins two cell lists in (unit, bucket) order. */
function join(x: readonly PartialCell[], y: readonly PartialCell[], merge: (p: PartialCell, q: PartialCell) => PartialCell): PartialCell[] {
  const out: PartialCell[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    const p = x[i];
    const q = y[j];
    const c = p === undefined ? 1 : q === undefined ? -1 : byKey(p, q);
    if (c < 0) (out.push(p as PartialCell), i++);
    else if (c > 0) (out.push(q as PartialCell), j++);
    else (out.push(merge(p as PartialCell, q as PartialCell)), i++, j++);
  }
  return out;
}

/**
 * One indicator's cells of two partials as one column: in integers at the larger scale when
 * both are scaled and the sums stay below 2^53, in decimal strings otherwise. @internal
 */
export function mergeColumn(time: Aggregation, x: readonly PartialCell[], sx: number | null, y: readonly PartialCell[], sy: number | null): { cells: PartialCell[]; scale: number | null } {
  if (sx !== null && sy !== null) {
    const scale = Math.max(sx, sy);
    try {
      return { cells: join(rescaled(x, 10 ** (scale - sx)), rescaled(y, 10 ** (scale - sy)), (p, q) => mergeScaledCell(time, p, q)), scale };
    } catch (e) {
      // Stryker disable next-line all: nothing else is thrown in the try block
      if (!(e instanceof Overflow)) throw e;
    }
  }
  const dx = sx === null ? x : asDecimal(x, sx);
  const dy = sy === null ? y : asDecimal(y, sy);
  return { cells: join(dx, dy, (p, q) => mergeCell(time, p, q)), scale: null };
}
