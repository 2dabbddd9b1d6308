import type { CellPlaces } from './cells.js';
import type { PartialColumn } from './partial.js';

// A scaled column of a partial made in this process stays in typed arrays (one for each of its
// cells' numbers, copied out of the roll-up's cells) until its lists are read: a merge and finishRollup in the same process read the arrays, and
// the plain lists (what JSON, postMessage or a caller sees) are written once, at the first read
// of any of them. The national year split by time in 8 chunks makes a million cells that were
// written out as lists and read back at once, about a third of the split's time. @internal

/** A scaled column in typed arrays, its cells in any order. @internal */
export interface HeldColumn {
  readonly scale: number;
  /** The number of cells; the arrays may have room for more. */
  readonly size: number;
  /** Each cell's key in its partial: unit place × B + bucket place; undefined when cell i has key i. */
  readonly keys: Float64Array | undefined;
  /** The number of the partial's buckets (B), and of its places (units × B). */
  readonly B: number;
  readonly span: number;
  readonly n: Float64Array;
  readonly a: Float64Array;
  /** Denominators, -1 for none; undefined when no cell has one. */
  readonly b: Float64Array | undefined;
  /** Order keys (first and last only). */
  readonly o: Float64Array | undefined;
}

const HELD = new WeakMap<PartialColumn, HeldColumn>();

/** The typed arrays behind a column made by {@link heldColumn}, or undefined for a column of plain lists. @internal */
export const heldOf = (c: PartialColumn): HeldColumn | undefined => HELD.get(c);

/** A column's number of cells, without writing out a held column's lists. @internal */
export const cellCount = (c: PartialColumn): number => HELD.get(c)?.size ?? c.n.length;

/**
 * A held column as a partial's column: `scale` a value, each list a getter that writes all the
 * lists out (frozen) at its first read. Getters are own and enumerable, so JSON.stringify,
 * structuredClone and postMessage see plain lists. @internal
 */
export function heldColumn(h: HeldColumn): PartialColumn {
  let lists: PartialColumn | undefined;
  const c = { scale: h.scale } as PartialColumn;
  const names: (keyof PartialColumn)[] = [...(h.size === h.span ? [] : (['unit', 'bucket'] as const)), 'n', 'a', 'b', ...(h.o === undefined ? [] : (['order'] as const))];
  for (const name of names) {
    Object.defineProperty(c, name, { enumerable: true, get: () => (lists ??= inKeyOrderLists(h))[name] });
  }
  HELD.set(c, h);
  return c;
}

/** A held column's lists, in key order (see PartialColumn). */
function inKeyOrderLists(h: HeldColumn): PartialColumn {
  const b = h.b;
  return columnLists(h, (i) => h.a[i] as number, (i) => (b === undefined || (b[i] as number) < 0 ? null : (b[i] as number)));
}

/**
 * A column's plain lists in key order, frozen, from its cells in any order: `unit` and `bucket`
 * only when some place has no cell (see PartialColumn). Figures come from `a` and `b` by cell. @internal
 */
export function columnLists(
  h: Pick<HeldColumn, 'scale' | 'size' | 'keys' | 'B' | 'span' | 'n' | 'o'>,
  a: (i: number) => number | string,
  b: (i: number) => number | string | null,
  scale: number | null = h.scale,
): PartialColumn {
  const m = h.size;
  const row = h.keys === undefined ? undefined : rowsOf(h.keys, h.span);
  const listed = m !== h.span;
  // Arrays of the final length, written in place: one pass, no growing.
  // Stryker disable ArrayDeclaration: preallocated for speed; grown by writing, the arrays hold the same (equivalent mutants)
  const unit = listed ? new Array<number>(m) : undefined;
  const bucket = listed ? new Array<number>(m) : undefined;
  const n = new Array<number>(m);
  const as = new Array<number | string>(m);
  const bs = new Array<number | string | null>(m);
  const order = h.o === undefined ? undefined : new Array<number>(m);
  // Stryker restore ArrayDeclaration
  for (let i = 0; i < m; i++) {
    const r = row === undefined ? i : (row[i] as number);
    if (unit !== undefined && bucket !== undefined) {
      const k = h.keys === undefined ? i : (h.keys[i] as number);
      unit[r] = Math.floor(k / h.B);
      bucket[r] = k % h.B;
    }
    n[r] = h.n[i] as number;
    as[r] = a(i);
    bs[r] = b(i);
    if (order !== undefined) order[r] = (h.o as Float64Array)[i] as number;
  }
  for (const list of [unit, bucket, n, as, bs, order]) Object.freeze(list); // (freezing undefined does nothing)
  return { scale, ...(unit === undefined || bucket === undefined ? {} : { unit, bucket }), n, a: as, b: bs, ...(order === undefined ? {} : { order }) };
}

/** Each cell's row in key order: its rank among the keys (a column with every cell has no keys: see heldColumn's callers). */
function rowsOf(keys: Float64Array, span: number): Int32Array {
  const m = keys.length;
  const cells = inKeyOrder(keys, span, new Uint32Array(m), new Int32Array(span <= 8 * m + 64 ? span : 0));
  const row = new Int32Array(m);
  for (let r = 0; r < m; r++) row[cells[r] as number] = r;
  return row;
}

/**
 * Cell numbers in ascending order of their keys, which are distinct whole numbers below `span`:
 * placed in a table of the span when it is not much larger than the cells (every bucket but
 * days), sorted otherwise. `cells` and `at` are the caller's (the table is left empty again).
 */
function inKeyOrder(keys: Float64Array, span: number, cells: Uint32Array, at: Int32Array): Uint32Array {
  const m = keys.length;
  if (span <= 8 * m + 64) {
    for (let i = 0; i < m; i++) at[keys[i] as number] = i + 1;
    for (let k = 0, r = 0; r < m; k++) {
      if ((at[k] as number) === 0) continue;
      cells[r++] = (at[k] as number) - 1;
      at[k] = 0;
    }
    return cells;
  }
  for (let i = 0; i < m; i++) cells[i] = i;
  return cells.sort((x, y) => (keys[x] as number) - (keys[y] as number));
}

/**
 * Puts cells whose keys are 0 … m − 1 in any order into key order, in place: cell i moves to
 * place keys[i] in each of `lists` (cycle after cycle, each cell moved once), and so do the keys. @internal
 */
export function sortFullColumn(keys: Float64Array, lists: readonly (Float64Array | undefined)[]): void {
  for (let i = 0; i < keys.length; i++) {
    // Stryker disable next-line EqualityOperator: a cell at its place is not moved (equivalent mutant)
    while ((keys[i] as number) !== i) {
      const k = keys[i] as number;
      for (const list of lists) {
        if (list === undefined) continue;
        const t = list[k] as number;
        list[k] = list[i] as number;
        list[i] = t;
      }
      keys[i] = keys[k] as number;
      keys[k] = k;
    }
  }
}

/** Each cell's unit and bucket places from its key (k ÷ B, k mod B), or cell i's from i. @internal */
export function placesFromKeys(keys: ArrayLike<number> | undefined, size: number, B: number): CellPlaces {
  const unitNo = new Int32Array(size);
  const bucketNo = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const k = keys === undefined ? i : (keys[i] as number);
    unitNo[i] = Math.floor(k / B);
    bucketNo[i] = k % B;
  }
  return { unitNo, bucketNo };
}
