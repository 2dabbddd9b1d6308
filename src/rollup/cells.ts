import { Dec } from '../core/decimal.js';
import type { Rule } from './rules.js';
import type { RollupWarning, TimeBucket } from './types.js';

/**
 * The figures of one indicator over time, per unit and bucket (a "cell"), before any
 * aggregation over space. Two representations: scaled integers in plain number arrays (exact
 * while every magnitude stays below 2^53), or decimals. @internal
 */
export interface Column {
  readonly rule: Rule;
  /** Decimal mode: values in `da`/`db`; otherwise integers × 10^-scale in `a`/`b`. */
  dec: boolean;
  scale: number;
  /** Whether the cells keep a denominator (`b`): a ratio of sums, first and last. */
  readonly pair: boolean;
  /** Whether the cells keep an order key (`o`): first and last. */
  readonly ordered: boolean;
  /** Cell index + 1 (0: no cell yet) by bucket number, then by unit number. */
  readonly slots: Int32Array[];
  /** Each cell's unit and bucket numbers: given by a partial, or found from the slots (see {@link placesOf}). */
  places: CellPlaces | undefined;
  /** The number of cells; the arrays below have room for more (see {@link slotOf}). */
  size: number;
  /** The room the first cell makes (see {@link makeRoom}). */
  readonly firstRoom: number;
  /** The room of a bucket's first slots (see {@link slotOf}). */
  readonly firstSlots: number;
  /**
   * Every cell's numbers in one array, {@link Column.w} a cell: its count of observations (at
   * {@link COUNT}), its figure ({@link FIGURE}: Σ value, Σ numerator, min, max, or the first or
   * last value or numerator), its denominator ({@link DENOMINATOR}, -1 for none; `pair` only) and
   * the order key of its first or last observation ({@link ORDER}; `ordered` only). A decimal
   * column keeps its figures in `da`/`db` and only its counts and order keys here. A cell's
   * numbers share a cache line: in shuffled input, where each row lands on another unit's
   * cells, a row reads one line instead of one in each of four arrays.
   */
  c: Float64Array;
  /** The numbers a cell takes in `c`: 2, 3 with a denominator, 4 with an order key. */
  readonly w: number;
  readonly da: Dec[];
  readonly db: Dec[];
  /** The last cell used, and its unit and bucket: observations often come grouped by unit. */
  last: { unit: string; bucketNo: number; cell: number };
}

/** Each cell's unit number and bucket number (see {@link CellTable}). @internal */
export interface CellPlaces {
  readonly unitNo: ArrayLike<number>;
  readonly bucketNo: ArrayLike<number>;
}

/** Unit codes and bucket labels by number, shared by every column of a table. @internal */
export interface CellKeys {
  readonly units: string[];
  readonly buckets: string[];
}

/** Every indicator's column. @internal */
export interface CellTable extends CellKeys {
  readonly bucket: TimeBucket;
  readonly columns: Map<string, Column>;
  readonly warnings: RollupWarning[];
}


/** Where each of a cell's numbers is in {@link Column.c}: cell i's start at i × w, its count first. @internal */
export const COUNT = 0;
/** @internal */
export const FIGURE = 1;
/** @internal */
export const DENOMINATOR = 2;
/** @internal */
export const ORDER = 3;

/** The array of a column without cells: the first cell makes the column's own (see {@link slotOf}). */
const NO_CELLS = new Float64Array(0);

/** How many cells an indicator is expected to make, and units in its largest bucket (see `cellsExpected` in accumulate.ts). @internal */
export interface Expected {
  readonly cells: number;
  readonly units: number;
}

/** An empty column; with what it is expected to hold, the room its first cell and first slots make. @internal */
export function newColumn(rule: Rule, dec: boolean, expected: Expected = { cells: 0, units: 0 }): Column {
  const t = rule.time;
  const ordered = t === 'first' || t === 'last';
  const pair = ordered || t === 'ratio-of-sums';
  return {
    rule, dec, scale: 0, pair, ordered,
    slots: [], places: undefined, size: 0, firstRoom: Math.max(64, expected.cells), firstSlots: Math.max(64, expected.units), c: NO_CELLS, w: ordered ? 4 : pair ? 3 : 2, da: [], db: [],
    // Stryker disable next-line StringLiteral,UnaryOperator,ObjectLiteral: the remembered cell starts as no real cell, whatever it holds (equivalent mutants)
    last: { unit: '', bucketNo: -1, cell: -1 },
  };
}

/** The cell of a unit and bucket, by their numbers, made on first use. @internal */
export function slotOf(col: Column, unitNo: number, bucketNo: number): number {
  let perUnit = col.slots[bucketNo];
  if (perUnit === undefined || unitNo >= perUnit.length) {
    const grown = new Int32Array(Math.max(col.firstSlots, unitNo + 1, 2 * (perUnit?.length ?? 0)));
    if (perUnit !== undefined) grown.set(perUnit);
    col.slots[bucketNo] = perUnit = grown;
  }
  let i = (perUnit[unitNo] as number) - 1;
  if (i < 0) {
    i = col.size++;
    perUnit[unitNo] = i + 1;
    // A new cell's numbers are 0, as a typed array starts: its first observation writes its
    // figure and, with a pair, its denominator (-1 for none; see addFloat).
    if (i * col.w === col.c.length) makeRoom(col);
    // Stryker disable next-line ConditionalExpression: decimals in a column of scaled integers are never read (equivalent mutant: memory, not figures)
    if (col.dec) {
      col.da.push(new Dec(0));
      col.db.push(new Dec(-1));
    }
  }
  return i;
}

/** Drops a column's cells once they are read for the last time, so that their memory can go before the roll-up ends. @internal */
// Stryker disable next-line BlockStatement: memory, not figures: nothing reads a column after (equivalent mutant)
export function releaseCells(col: Column): void {
  col.c = NO_CELLS;
  col.places = undefined;
  col.slots.length = 0;
  col.size = 0;
}

/**
 * Room for more cells, in a typed array: at the first cell, the column's first room (at least
 * 64 cells); then twice what it has. A typed array's numbers are not the garbage collector's to
 * copy, new cells need no writing, and the pages of room not used are not touched; room made
 * once for the expected cells, rather than grown from 64, saves the copies and the fresh memory
 * of every doubling: making the 1.6 million cells of a national year by month costs less than
 * half of what it did in lists grown cell by cell.
 */
function makeRoom(col: Column): void {
  const grown = new Float64Array(Math.max(col.firstRoom, 2 * cellRoom(col)) * col.w);
  grown.set(col.c);
  col.c = grown;
}

/** The cells a column has room for. */
// Stryker disable next-line ArithmeticOperator: more room, more memory, the same figures (equivalent mutant)
const cellRoom = (col: Column): number => col.c.length / col.w;

/**
 * A column's cells' array as {@link Column.w} arrays of its room each, for rows in columns to be
 * written to once the cells are read (see `FigureColumns.recycle`). @internal
 */
export function cellArrays(col: Column): Float64Array[] {
  const room = cellRoom(col);
  // Memory, not figures: arrays too short or none leave the rows new arrays (equivalent mutants).
  // Stryker disable next-line all
  return Array.from({ length: col.w }, (_, k) => col.c.subarray(k * room, (k + 1) * room));
}

/**
 * A column's cells as one array of each of their numbers (what a partial holds): a decimal
 * column's counts and order keys only. @internal
 */
export function cellLists(col: Column): { n: Float64Array; a: Float64Array; b: Float64Array | undefined; o: Float64Array | undefined } {
  const { c, w, size } = col;
  const n = new Float64Array(size);
  const a = col.dec ? NO_CELLS : new Float64Array(size);
  const b = col.pair && !col.dec ? new Float64Array(size) : undefined;
  const o = col.ordered ? new Float64Array(size) : undefined;
  // Out of its bounds a typed array writes nothing, and a decimal column's `a` is empty (equivalent mutants).
  // Stryker disable next-line EqualityOperator
  for (let i = 0, k = 0; i < size; i++, k += w) {
    // Stryker disable next-line ArithmeticOperator: the count is a cell's first number, k ± 0 (equivalent mutant)
    n[i] = c[k + COUNT] as number;
    // Stryker disable next-line ConditionalExpression
    if (!col.dec) a[i] = c[k + FIGURE] as number;
    if (b !== undefined) b[i] = c[k + DENOMINATOR] as number;
    if (o !== undefined) o[i] = c[k + ORDER] as number;
  }
  return { n, a, b, o };
}

/**
 * Gives an empty column `size` cells, their counts and figures read by cell (`b` -1 for no
 * denominator, read only by a column with a pair; a decimal column takes counts only): a partial's cells as a column. @internal
 */
export function fillCells(col: Column, size: number, n: ArrayLike<number>, a?: ArrayLike<number>, b?: (i: number) => number): void {
  const w = col.w;
  const c = new Float64Array(size * w);
  // Out of its bounds a typed array writes nothing (equivalent mutant).
  // Stryker disable next-line EqualityOperator
  for (let i = 0, k = 0; i < size; i++, k += w) {
    // Stryker disable next-line ArithmeticOperator: the count is a cell's first number, k ± 0 (equivalent mutant)
    c[k + COUNT] = n[i] as number;
    if (a !== undefined) c[k + FIGURE] = a[i] as number;
    // Without a pair, the place past a cell's figure is the next cell's count, written after it;
    // and a column with a pair always comes with its denominators (equivalent mutants).
    // Stryker disable next-line ConditionalExpression,UnaryOperator
    if (col.pair) c[k + DENOMINATOR] = b === undefined ? -1 : b(i);
  }
  col.c = c;
  col.size = size;
}

/**
 * Each cell's unit and bucket numbers. A column made by accumulating has no list of them: a scan
 * of its slots (one per unit and bucket it has room for) finds them once, in two arrays of the
 * cells' length, where two lists grown cell by cell would cost twice the memory and more; with
 * `room`, in arrays lent for the time of one column (see `aggregateSpace`), not kept. @internal
 */
export function placesOf(col: Column, room?: (n: number, k: number) => Int32Array): CellPlaces {
  if (col.places !== undefined) return col.places;
  const unitNo = room === undefined ? new Int32Array(col.size) : room(col.size, 0);
  const bucketNo = room === undefined ? new Int32Array(col.size) : room(col.size, 1);
  col.slots.forEach((perUnit, b) => {
    // Stryker disable next-line EqualityOperator: one slot past the end is no cell (equivalent mutant)
    for (let u = 0; u < perUnit.length; u++) {
      const i = (perUnit[u] as number) - 1;
      // Stryker disable next-line ConditionalExpression: an empty slot's cell, -1, is no place of a typed array, and writing there does nothing (equivalent mutant)
      if (i < 0) continue;
      unitNo[i] = u;
      bucketNo[i] = b;
    }
  });
  const places = { unitNo, bucketNo };
  // Lists in a room lent for the time of one column are not the column's to keep.
  if (room === undefined) col.places = places;
  return places;
}

/**
 * Marks the units and buckets a column has cells in (1 at their numbers), from its slots: a
 * column made by accumulating, without the lists of {@link placesOf}. @internal
 */
export function markPlacesInUse(col: Column, unitUsed: Uint8Array, bucketUsed: Uint8Array): void {
  col.slots.forEach((perUnit, b) => {
    // Stryker disable next-line EqualityOperator: one slot past the end is no cell (equivalent mutant)
    for (let u = 0; u < perUnit.length; u++) {
      if ((perUnit[u] as number) === 0) continue;
      unitUsed[u] = 1;
      bucketUsed[b] = 1;
    }
  });
}

/**
 * Each cell's key, unit place × B + bucket place, from the column's slots and each unit's and
 * bucket's place by number: a column made by accumulating, without the lists of {@link placesOf}. @internal
 */
export function cellKeys(col: Column, unitPlace: Int32Array, bucketPlace: Int32Array, B: number): Float64Array {
  const keys = new Float64Array(col.size);
  col.slots.forEach((perUnit, b) => {
    const bucket = bucketPlace[b] as number;
    // Stryker disable next-line EqualityOperator: one slot past the end is no cell (equivalent mutant)
    for (let u = 0; u < perUnit.length; u++) {
      const i = (perUnit[u] as number) - 1;
      if (i >= 0) keys[i] = (unitPlace[u] as number) * B + bucket;
    }
  });
  return keys;
}

/** Numbers for unit codes and bucket labels, made on first use. @internal */
export function cellNumberer(keys: CellKeys): { unitNo(code: string): number; bucketNo(label: string): number } {
  const unitNos = new Map<string, number>();
  const bucketNos = new Map<string, number>();
  const numberOf = (map: Map<string, number>, list: string[], key: string) => {
    let no = map.get(key);
    if (no === undefined) {
      map.set(key, (no = list.length));
      list.push(key);
    }
    return no;
  };
  // Unit codes of digits (every parsed one) are looked up in a table by their value: in shuffled
  // input each row asks for another unit, and a table is cheaper than hashing the code.
  let byDigits: Int32Array | undefined;
  const unitNo = (code: string) => {
    const k = digitKey(code);
    // The table is a shortcut past the map, which numbers every code the same way (equivalent mutants: speed, not numbers).
    // Stryker disable next-line ConditionalExpression,EqualityOperator
    if (k < 0) return numberOf(unitNos, keys.units, code);
    byDigits ??= new Int32Array(DIGIT_KEYS);
    let no = (byDigits[k] as number) - 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator
    if (no < 0) byDigits[k] = (no = numberOf(unitNos, keys.units, code)) + 1;
    return no;
  };
  return { unitNo, bucketNo: (label) => numberOf(bucketNos, keys.buckets, label) };
}

/** Keys of codes of 2, 3, 4 and 5 digits start at these offsets: 100 + 1,000 + 10,000 + 100,000 keys in all. */
const DIGIT_OFFSET = [0, 0, 0, 100, 1_100, 11_100];
const DIGIT_KEYS = 111_100;

/**
 * A code of two to five digits as a number below 111,100 (its value after an offset for its
 * length: "01" and "001" differ), or -1. The table of keys is allocated for each roll-up, so it
 * is kept small: its memory is fresh each time. @internal
 */
export function digitKey(code: string): number {
  const len = code.length;
  if (len < 2 || len > 5) return -1;
  let k = 0;
  for (let j = 0; j < len; j++) {
    const d = code.charCodeAt(j) - 48;
    if (d < 0 || d > 9) return -1;
    k = k * 10 + d;
  }
  return (DIGIT_OFFSET[len] as number) + k;
}

/** A cell's values as decimals: a and b (b undefined when there is no denominator). @internal */
export function cellDec(col: Column, i: number): { a: Dec; b: Dec | undefined } {
  if (col.dec) {
    const b = col.db[i] as Dec;
    return { a: col.da[i] as Dec, b: b.isNegative() ? undefined : b };
  }
  const div = new Dec(10).pow(col.scale);
  const k = i * col.w;
  const b = col.pair ? (col.c[k + DENOMINATOR] as number) : -1;
  return { a: new Dec(col.c[k + FIGURE] as number).div(div), b: b < 0 ? undefined : new Dec(b).div(div) };
}
