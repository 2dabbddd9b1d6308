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
 * observation's order key (or `null`).
 * @category Roll-up
 */
export type PartialCell = readonly [string, string, number, string, string | null, number | null];

/**
 * The partial state of a roll-up: plain JSON that can be sent between workers, stored, and
 * merged in any order and grouping with {@link mergeRollupPartials}; {@link finishRollup}
 * turns it into the same rows {@link rollup} gives for all the data at once.
 * @category Roll-up
 */
export interface RollupPartial {
  readonly format: 'dx-indicators/rollup-partial@1';
  readonly bucket: TimeBucket;
  /** Each indicator's aggregation over time and space. */
  readonly rules: Readonly<Record<string, { readonly time: Aggregation; readonly space: Aggregation }>>;
  /** Cells by indicator, in (unit, bucket) order. */
  readonly cells: Readonly<Record<string, readonly PartialCell[]>>;
  readonly warnings: readonly RollupWarning[];
}

const byKey = (x: PartialCell, y: PartialCell) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0);
const warningKey = (w: RollupWarning) => `${w.code}\u0000${w.indicatorId}\u0000${w.unitCode}\u0000${w.period}\u0000${w.message}`;

/** Canonical order of warnings, so that merging is commutative. @internal */
export function sortWarnings(ws: readonly RollupWarning[]): RollupWarning[] {
  return [...ws].sort((x, y) => (warningKey(x) < warningKey(y) ? -1 : warningKey(x) > warningKey(y) ? 1 : 0));
}

/** A cell table as a partial. @internal */
export function toPartial(table: CellTable): RollupPartial {
  const rules: Record<string, { time: Aggregation; space: Aggregation }> = {};
  const cells: Record<string, PartialCell[]> = {};
  for (const [id, col] of table.columns) {
    rules[id] = { time: col.rule.time, space: col.rule.space };
    const list: PartialCell[] = [];
    for (let i = 0; i < col.n.length; i++) {
      const { a, b } = cellDec(col, i);
      const ordered = col.rule.time === 'first' || col.rule.time === 'last';
      list.push([table.units[col.unitNo[i] as number] as string, table.buckets[col.bucketNo[i] as number] as string, col.n[i] as number, decString(a), b === undefined ? null : decString(b), ordered ? (col.o[i] as number) : null]);
    }
    cells[id] = list.sort(byKey);
  }
  return { format: 'dx-indicators/rollup-partial@1', bucket: table.bucket, rules, cells, warnings: sortWarnings(table.warnings) };
}

/** A partial as a cell table (decimal mode), with the rules it was made with. @internal */
export function fromPartial(partial: RollupPartial, rules: ReadonlyMap<string, Rule>): CellTable {
  const columns = new Map<string, Column>();
  const keys: CellKeys = { units: [], buckets: [] };
  const numbers = cellNumberer(keys);
  for (const [id, rule] of rules) {
    const col = newColumn(rule, true);
    for (const [unit, bucket, n, a, b, order] of partial.cells[id] ?? []) {
      const i = slotOf(col, numbers.unitNo(unit), numbers.bucketNo(bucket));
      col.n[i] = n;
      col.o[i] = order ?? 0;
      col.da[i] = new Dec(a);
      col.db[i] = new Dec(b ?? -1);
    }
    columns.set(id, col);
  }
  return { bucket: partial.bucket, columns, warnings: [...partial.warnings], ...keys };
}

/** Merges two cells of the same unit and bucket under a time aggregation. @internal */
export function mergeCell(time: Aggregation, x: PartialCell, y: PartialCell): PartialCell {
  const [unit, bucket] = x;
  const n = x[2] + y[2];
  const add = (p: string | null, q: string | null) => (p === null ? q : q === null ? p : decString(exactPlus(new Dec(p), new Dec(q))));
  switch (time) {
    case 'min':
      return [unit, bucket, n, new Dec(x[3]).lte(y[3]) ? x[3] : y[3], null, null];
    case 'max':
      return [unit, bucket, n, new Dec(x[3]).gte(y[3]) ? x[3] : y[3], null, null];
    case 'first':
    case 'last': {
      const ox = x[5] ?? 0;
      const oy = y[5] ?? 0;
      const xFirst = ox < oy || (ox === oy && new Dec(x[3]).lte(y[3]));
      const pick = time === 'first' ? (xFirst ? x : y) : xFirst ? y : x;
      return [unit, bucket, n, pick[3], pick[4], pick[5]];
    }
    default:
      return [unit, bucket, n, add(x[3], y[3]) as string, add(x[4], y[4]), null];
  }
}
