import { Dec, DecExact, exactPlus, toDec, toOutput } from '../core/decimal.js';
import { quotientToString, scaledToString } from '../core/fast-decimal.js';
import type { Hierarchy } from '../geo/hierarchy.js';
import type { AdministrativeLevel } from '../model/unit.js';
import { cellArrays, cellDec, COUNT, DENOMINATOR, FIGURE, placesOf, releaseCells, type CellPlaces, type CellTable, type Column } from './cells.js';
import { DEFERRED, type FigureColumns } from './figure-columns.js';
import { indexHierarchy, type HierarchyIndex } from './hierarchy-index.js';
import type { Coverage, RollupOptions, RollupResult, RollupRow, RollupWarning } from './types.js';

const MAX = 9007199254740991;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
class Overflow extends Error {}

/** Arithmetic over the figures of one column: exact floats (scaled integers) or decimals. */
interface Arith<T> {
  add(x: T, y: T): T;
  lt(x: T, y: T): boolean;
  /** The cell's figure after aggregation over time. */
  value(cell: number): T;
  /** Whether the cell has a numerator and denominator, for a ratio of sums (see numerator, denominator). */
  hasPair(cell: number): boolean;
  numerator(cell: number): T;
  denominator(cell: number): T;
  /** A figure as an (unscaled) decimal. */
  dec(x: T): Dec;
  isZero(x: T): boolean;
  /** A figure as text. */
  text(x: T): string;
  /** (x ÷ y) × 10^shift as text, x and y figures. */
  quotient(x: T, y: T, shift: number): string;
  /** x ÷ k as text, k a count. */
  mean(x: T, k: number): string;
}

function floatArith(col: Column): Arith<number> {
  const scaleUp = POW10[col.scale] as number;
  return {
    add: (x, y) => {
      const s = x + y;
      if (s > MAX || s < -MAX) throw new Overflow();
      return s;
    },
    lt: (x, y) => x < y,
    value: (i) => (col.rule.time === 'count' ? (col.c[i * col.w + COUNT] as number) * scaleUp : (col.c[i * col.w + FIGURE] as number)),
    hasPair: (i) => (col.c[i * col.w + DENOMINATOR] as number) >= 0,
    numerator: (i) => col.c[i * col.w + FIGURE] as number,
    denominator: (i) => col.c[i * col.w + DENOMINATOR] as number,
    dec: (x) => new Dec(x).div(scaleUp),
    isZero: (x) => x === 0,
    text: (x) => scaledToString(x, col.scale),
    quotient: (x, y, shift) => quotientToString(x, y, shift),
    // The count is unscaled: the quotient is shifted back by the column's scale.
    mean: (x, k) => quotientToString(x, k, -col.scale),
  };
}

function decArith(col: Column): Arith<Dec> {
  const cells = new Map<number, { a: Dec; b: Dec | undefined }>();
  const cell = (i: number) => {
    let c = cells.get(i);
    if (c === undefined) cells.set(i, (c = cellDec(col, i)));
    return c;
  };
  const k = col.rule.time;
  // Sums are exact (DecExact) and each division is rounded once to 40 digits (Dec): every figure
  // is then the same whatever the order of the observations and however the work was split.
  return {
    add: (x, y) => exactPlus(x, y),
    lt: (x, y) => x.lt(y),
    value: (i) => {
      const { a, b } = cell(i);
      const n = col.c[i * col.w + COUNT] as number;
      if (k === 'count') return new Dec(n);
      if (k === 'mean' || k === 'weighted-mean' || k === 'mean-of-ratios') return new Dec(a).div(n);
      if (b !== undefined) return b.isZero() ? new Dec(0) : new Dec(a).div(b).times(100);
      return a;
    },
    hasPair: (i) => cell(i).b !== undefined,
    numerator: (i) => cell(i).a,
    denominator: (i) => cell(i).b as Dec,
    dec: (x) => x,
    isZero: (x) => x.isZero(),
    text: (x) => toOutput(x),
    quotient: (x, y, shift) => toOutput(new Dec(x).div(y).times(new Dec(10).pow(shift))),
    mean: (x, k) => toOutput(new Dec(x).div(k)),
  };
}

/**
 * Float arithmetic whose figures are kept in `cols` as scaled integers, their text written only
 * when read: what figureOf writes as text is deferred (its quotients are ratios in per cent).
 */
function deferredArith(col: Column, cols: FigureColumns): Arith<number> {
  return {
    ...floatArith(col),
    text: (x) => cols.defer('scaled', x, 0),
    quotient: (x, y) => cols.defer('ratio', x, y),
    mean: (x, k) => cols.defer('mean', x, k),
  };
}

const FLOAT_TIME = new Set(['sum', 'count', 'min', 'max', 'first', 'last']);
const FLOAT_SPACE = new Set(['sum', 'mean', 'min', 'max', 'count']);

/**
 * Aggregates every column over the hierarchy: into rows, or with `cols` into those columns (the
 * result's rows then stay empty). @internal
 */
export function aggregateSpace(table: CellTable, hierarchy: Hierarchy, options: RollupOptions, cols?: FigureColumns): RollupResult {
  const h = indexHierarchy(hierarchy);
  const rows: RollupRow[] = [];
  const warnings: RollupWarning[] = [...table.warnings];
  const levels = new Set<AdministrativeLevel>(options.levels ?? hierarchy.levels);
  const minCoverage = options.minCoverage === undefined ? undefined : toDec(options.minCoverage);
  // Each unit number's place in the hierarchy (-1: not in it).
  const placeOf = Int32Array.from(table.units, (code) => h.index.get(code) ?? -1);
  // Buckets in the order of their labels, so that rows come in an order of their own, not the input's.
  const bucketOrder = table.buckets.map((_, b) => b).sort((x, y) => ((table.buckets[x] as string) < (table.buckets[y] as string) ? -1 : 1));
  // Int32 arrays of a column's length (its places, each cell's unit, its cells by bucket), lent
  // column after column and grown to the longest: made per column, they would add up to 16
  // bytes a cell before the next collection (26 MB for a national year by month), memory V8
  // counts as external, and past 64 MB of it, it marks the whole heap.
  const rooms: Int32Array[] = [];
  const room = (n: number, k: number): Int32Array => {
    let r = rooms[k];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: new arrays every time read the same (equivalent mutants: memory)
    if (r === undefined || r.length < n) rooms[k] = r = new Int32Array(Math.max(n, 2 * (r?.length ?? 0)));
    return r.subarray(0, n);
  };
  // Which units' rows are written: those of the levels asked for.
  const written = Uint8Array.from(h.level, (l) => (levels.has(l) ? 1 : 0));
  // Full coverage by unit: in rows in columns, the columns' own list, which their reader reads.
  const at: Placement = { table, placeOf, h, options, written, minCoverage, full: cols?.full ?? [], bucketOrder, cols, room };
  // A column's rows: its cells' units, and at most every unit above them in every bucket (a room
  // too small is grown: equivalent mutants).
  // Stryker disable next-line ArithmeticOperator
  const parents = h.isLeaf.reduce((k, leaf) => (leaf ? k : k + 1), 0);
  let no = 0;
  for (const col of table.columns.values()) {
    const r = col.rule;
    const colNo = no++;
    const floatOk = !col.dec && (r.space === 'ratio-of-sums' || (!r.usesShare && FLOAT_TIME.has(r.time) && FLOAT_SPACE.has(r.space)));
    // A sum past 2^53 in a later bucket starts the column again in decimals: what its earlier
    // buckets wrote is taken back first, so that no row or warning is written twice.
    const rowsBefore = rows.length;
    const warningsBefore = warnings.length;
    if (cols !== undefined) {
      cols.scales[colNo] = col.scale;
      // Stryker disable next-line ArithmeticOperator: see parents
      cols.startColumn(col.size + parents * table.buckets.length);
    }
    try {
      if (floatOk) aggregateColumn(col, colNo, cols === undefined ? floatArith(col) : deferredArith(col, cols), at, rows, warnings);
      else aggregateColumn(col, colNo, decArith(col), at, rows, warnings);
    } catch (e) {
      if (!(e instanceof Overflow)) throw e;
      if (cols === undefined) rows.length = rowsBefore;
      else cols.truncate();
      at.unitArrays = undefined;
      warnings.length = warningsBefore;
      aggregateColumn(col, colNo, decArith(col), at, rows, warnings);
    }
    // The column's cells are read no more: their array holds the next columns' rows, or goes at the next collection.
    if (cols !== undefined) {
      cols.endColumn();
      cols.recycle(cellArrays(col));
    }
    releaseCells(col);
  }
  return { rows, warnings };
}

/** What every column is aggregated with: the cell table, the hierarchy and the options. */
interface Placement {
  readonly table: CellTable;
  /** Each unit number's index in the hierarchy, -1 when it is not in it. */
  readonly placeOf: Int32Array;
  readonly h: HierarchyIndex;
  readonly options: RollupOptions;
  /** 1 for a unit whose rows are written (its level is asked for), by hierarchy index. */
  readonly written: Uint8Array;
  readonly minCoverage: Dec | undefined;
  /** Full coverage by unit index, made on first use. */
  readonly full: (Coverage | undefined)[];
  /** Bucket numbers in the order of their labels. */
  readonly bucketOrder: readonly number[];
  /** Where the rows go when they are written in columns. */
  readonly cols: FigureColumns | undefined;
  /** An Int32Array of n, the k-th lent for the column at hand (see aggregateSpace). */
  readonly room: (n: number, k: number) => Int32Array;
  /** See unitArrays. */
  unitArrays?: UnitArrays | undefined;
}

/** The coverage of a unit whose expected leaves all reported: one frozen object per unit, shared by its rows. */
function fullCoverage(at: Placement, u: number): Coverage {
  let c = at.full[u];
  // Stryker disable next-line ConditionalExpression: a cache; without it an equal object is made again
  if (c === undefined) {
    const expected = at.h.leafCount[u] as number;
    at.full[u] = c = Object.freeze({ expected, reported: expected, share: '1', missing: NONE_MISSING });
  }
  return c;
}
const NONE_MISSING: readonly string[] = Object.freeze([]);

/**
 * The working state of one column's aggregation over space: per hierarchy unit, typed arrays
 * reused bucket after bucket (each bucket resets only what it touched).
 */
interface ColumnState<T> {
  readonly col: Column;
  readonly ar: Arith<T>;
  readonly at: Placement;
  readonly out: RollupRow[];
  readonly warnings: RollupWarning[];
  readonly id: string;
  /** The column's number, in the order of the cell table's columns. */
  readonly no: number;
  readonly nonLeaf: NonNullable<RollupOptions['nonLeafFigures']>;
  /** For a weighted mean, the weights by unit code. */
  readonly weights: Readonly<Record<string, unknown>> | undefined;
  /** Each cell's unit and bucket numbers in the cell table. */
  readonly places: CellPlaces;
  /** Each cell's hierarchy unit. */
  readonly unitOf: Int32Array;
  /** The cell of each unit in the current bucket (-1: none). */
  readonly cellAt: Int32Array;
  /** A kept cell lies strictly below the unit. */
  readonly below: Uint8Array;
  /** A leaf covered by its own cell or by an own figure above it. */
  readonly covered: Uint8Array;
  /** Leaves reported below each unit, and the cells that went into it. */
  readonly reported: Int32Array;
  readonly contributions: Int32Array;
  /**
   * Observations that went into each unit's figure: doubles, exact to 2^53, since a partial read
   * back may count billions (32-bit integers would wrap past 2^31 without a sign of it).
   */
  readonly observations: Float64Array;
  /** The unit's own figure was used. */
  readonly own: Uint8Array;
  /** Running aggregates (a sum, a numerator sum, a minimum …) and a second one (a denominator, a weight). */
  readonly acc: T[];
  readonly acc2: T[];
  /**
   * The units kept in the current bucket (see keptUnits), and the units it touched, the first
   * `touchedCount`: typed arrays of every unit's room, made once per column (lists grown and
   * emptied bucket after bucket would make garbage at every bucket).
   */
  readonly kept: Int32Array;
  readonly touched: Int32Array;
  touchedCount: number;
}

/** A column's arrays by hierarchy unit (see ColumnState). */
type UnitArrays = Pick<ColumnState<unknown>, 'cellAt' | 'below' | 'covered' | 'reported' | 'contributions' | 'observations' | 'own' | 'kept' | 'touched'>;

/**
 * The arrays by hierarchy unit, made at the first column and lent to each after it: each bucket
 * puts back what it changed (resetBucket), so a column that ends leaves them as it found them;
 * one cut short (a sum past 2^53) gets them made again.
 */
function unitArrays(at: Placement): UnitArrays {
  const U = at.h.codes.length;
  return (at.unitArrays ??= {
    cellAt: new Int32Array(U).fill(-1),
    below: new Uint8Array(U),
    covered: new Uint8Array(U),
    reported: new Int32Array(U),
    contributions: new Int32Array(U),
    observations: new Float64Array(U),
    own: new Uint8Array(U),
    kept: new Int32Array(U),
    touched: new Int32Array(U),
  });
}

/** Records what a column set aside or decided for a unit and bucket. */
const warn = (st: ColumnState<unknown>, code: RollupWarning['code'], unitCode: string, period: string, message: string) =>
  st.warnings.push({ code, indicatorId: st.id, unitCode, period, message });

const codeOfCell = (st: ColumnState<unknown>, c: number) => st.at.table.units[st.places.unitNo[c] as number] as string;

/** Aggregates one column over the hierarchy, bucket by bucket in label order. */
function aggregateColumn<T>(col: Column, no: number, ar: Arith<T>, at: Placement, out: RollupRow[], warnings: RollupWarning[]): void {
  const U = at.h.codes.length;
  const rule = col.rule;
  const st: ColumnState<T> = {
    col, ar, at, out, warnings, id: rule.indicatorId, no,
    nonLeaf: at.options.nonLeafFigures ?? 'prefer-children',
    weights: rule.space === 'weighted-mean' ? at.options.weights?.[rule.weight ?? ''] ?? {} : undefined,
    places: placesOf(col, at.room),
    unitOf: at.room(col.size, 2),
    ...unitArrays(at),
    acc: new Array<T>(U),
    acc2: new Array<T>(U),
    touchedCount: 0,
  };
  const byBucket = cellsByBucket(st);
  for (const b of at.bucketOrder) {
    const cells = byBucket[b] as Int32Array;
    // Stryker disable next-line ConditionalExpression: a bucket without cells makes no row either way (equivalent mutant: speed)
    if (cells.length === 0) continue;
    const bucket = at.table.buckets[b] as string;
    const kept = keptUnits(st, cells, bucket);
    addToAncestors(st, kept, bucket);
    emitRows(st, bucket, b);
    resetBucket(st, cells);
  }
}

/**
 * The cells of each bucket number, with each cell's hierarchy unit; a unit not in the hierarchy
 * is warned about. One array of cell numbers ordered by bucket (a counting sort), and each
 * bucket's view of it: a list per bucket grown cell by cell would cost far more memory.
 */
function cellsByBucket(st: ColumnState<unknown>): Int32Array[] {
  // Out of its bounds a typed array reads undefined and writes nothing: the loop bounds below,
  // one too far, change nothing (equivalent mutants, marked line by line).
  const { col, at, places } = st;
  const m = col.size;
  const start = new Int32Array(at.table.buckets.length + 1);
  // Stryker disable next-line EqualityOperator
  for (let i = 0; i < m; i++) {
    const u = at.placeOf[places.unitNo[i] as number] as number;
    st.unitOf[i] = u;
    const b = places.bucketNo[i] as number;
    if (u < 0) {
      const code = codeOfCell(st, i);
      warn(st, 'unit-not-in-hierarchy', code, at.table.buckets[b] as string, `the unit ${code} is not in the hierarchy of this date: its figures are not rolled up`);
      continue;
    }
    start[b + 1] = (start[b + 1] as number) + 1;
  }
  // Stryker disable next-line EqualityOperator
  for (let b = 1; b < start.length; b++) start[b] = (start[b] as number) + (start[b - 1] as number);
  const sorted = at.room(start[start.length - 1] as number, 3);
  const next = start.slice(0, -1);
  // Stryker disable next-line EqualityOperator
  for (let i = 0; i < m; i++) {
    if ((st.unitOf[i] as number) < 0) continue;
    const b = places.bucketNo[i] as number;
    sorted[next[b] as number] = i;
    next[b] = (next[b] as number) + 1;
  }
  // A view past the last bucket would never be asked for.
  // Stryker disable next-line ArithmeticOperator
  const buckets = start.length - 1;
  return Array.from({ length: buckets }, (_, b) => sorted.subarray(start[b], start[b + 1]));
}

/** Which of a bucket's cells count: leaves always; a parent's own figure by the non-leaf rule. */
function keptUnits(st: ColumnState<unknown>, cells: Int32Array, bucket: string): Int32Array {
  const { h } = st.at;
  // Index loops here and below: a for…of loop makes an iterator result per cell until it is compiled.
  for (let j = 0; j < cells.length; j++) st.cellAt[st.unitOf[cells[j] as number] as number] = cells[j] as number;
  for (let j = 0; j < cells.length; j++) for (let p = h.parent[st.unitOf[cells[j] as number] as number] as number; p >= 0; p = h.parent[p] as number) st.below[p] = 1;
  const ownAbove = (u: number) => {
    for (let p = h.parent[u] as number; p >= 0; p = h.parent[p] as number) if (st.cellAt[p] !== -1) return true;
    return false;
  };
  let kept = 0;
  for (let j = 0; j < cells.length; j++) {
    const c = cells[j] as number;
    const u = st.unitOf[c] as number;
    if (st.nonLeaf === 'prefer-own' && ownAbove(u)) continue; // replaced by the own figure above it
    if (h.isLeaf[u] || st.nonLeaf === 'add') {
      st.kept[kept++] = u;
      if (!h.isLeaf[u]) st.own[u] = 1; // added to its descendants' figures: used, covering no leaf
      continue;
    }
    if (st.below[u] === 1) {
      const code = codeOfCell(st, c);
      if (st.nonLeaf === 'prefer-children') {
        warn(st, 'own-figure-ignored', code, bucket, `the figure entered for ${code} itself is not used: units below it reported (rule prefer-children)`);
        continue;
      }
      warn(st, 'children-ignored', code, bucket, `the figures of units below ${code} are not used: its own figure is (rule prefer-own)`);
    }
    st.kept[kept++] = u;
    st.own[u] = 1;
  }
  return st.kept.subarray(0, kept);
}

/** Adds each kept cell into its unit and every ancestor, with the coverage it brings. */
function addToAncestors<T>(st: ColumnState<T>, kept: Int32Array, bucket: string): void {
  const { ar, col, acc, acc2 } = st;
  const { h } = st.at;
  const space = col.rule.space;
  for (let j = 0; j < kept.length; j++) {
    const u = kept[j] as number;
    const c = st.cellAt[u] as number;
    const coversLeaves = h.isLeaf[u] || (st.own[u] === 1 && st.nonLeaf !== 'add');
    if (coversLeaves) st.covered[u] = 1;
    let value: T | undefined;
    // A ratio of sums: the numerator in value, the denominator in value2 (none without a pair).
    let value2: T | undefined;
    let weight: Dec | undefined;
    if (space === 'ratio-of-sums') {
      if (ar.hasPair(c)) {
        value = ar.numerator(c);
        value2 = ar.denominator(c);
      }
    } else if (space !== 'count') value = ar.value(c);
    const n = col.c[c * col.w + COUNT] as number;
    if (st.weights !== undefined) {
      const code = codeOfCell(st, c);
      const w = st.weights[code];
      if (w === undefined) {
        warn(st, 'missing-weight', code, bucket, `no "${col.rule.weight}" weight for ${code}: left out of the weighted mean`);
        continue;
      }
      weight = toDec(w as string);
    }
    for (let p = u; p >= 0; p = h.parent[p] as number) {
      if (st.contributions[p] === 0 && st.reported[p] === 0) st.touched[st.touchedCount++] = p;
      if (coversLeaves) st.reported[p] = (st.reported[p] as number) + (h.leafCount[u] as number);
      const first = st.contributions[p] === 0;
      st.contributions[p] = (st.contributions[p] as number) + 1;
      st.observations[p] = (st.observations[p] as number) + n;
      switch (space) {
        case 'ratio-of-sums':
          if (value2 !== undefined) {
            acc[p] = first ? (value as T) : ar.add(acc[p] as T, value as T);
            acc2[p] = first ? value2 : ar.add(acc2[p] as T, value2);
          }
          break;
        case 'min':
          if (first || ar.lt(value as T, acc[p] as T)) acc[p] = value as T;
          break;
        case 'max':
          if (first || ar.lt(acc[p] as T, value as T)) acc[p] = value as T;
          break;
        case 'weighted-mean': {
          // Exact products and sums; one division at the end.
          const wx = new DecExact(ar.dec(value as T)).times(weight as Dec) as unknown as T;
          acc[p] = first ? wx : (exactPlus(acc[p] as unknown as Dec, wx as unknown as Dec) as unknown as T);
          acc2[p] = first ? (weight as unknown as T) : (exactPlus(acc2[p] as unknown as Dec, weight as Dec) as unknown as T);
          break;
        }
        case 'count':
          break;
        default: // sum, mean, mean-of-ratios
          acc[p] = first ? (value as T) : ar.add(acc[p] as T, value as T);
      }
    }
  }
}

/** A unit's figure from its running aggregates, or undefined (with a warning) when there is none. */
function figureOf<T>(st: ColumnState<T>, u: number, bucket: string): string | undefined {
  const { ar, acc, acc2 } = st;
  const unitCode = st.at.h.codes[u] as string;
  const k = st.contributions[u] as number;
  switch (st.col.rule.space) {
    case 'ratio-of-sums':
      if (ar.isZero(acc2[u] as T)) {
        warn(st, 'zero-denominator', unitCode, bucket, 'the denominators sum to 0: no ratio');
        return undefined;
      }
      return ar.quotient(acc[u] as T, acc2[u] as T, 2);
    case 'mean':
    case 'mean-of-ratios':
      return ar.mean(acc[u] as T, k);
    case 'weighted-mean': {
      const w = acc2[u] as unknown as Dec;
      if (w.isZero()) {
        warn(st, 'zero-denominator', unitCode, bucket, 'the weights sum to 0: no weighted mean');
        return undefined;
      }
      return toOutput(new Dec(acc[u] as unknown as Dec).div(w));
    }
    case 'count':
      return String(k);
    default:
      return ar.text(acc[u] as T);
  }
}

/**
 * The bucket's rows, in the hierarchy's order (each parent before its children, codes
 * ascending): a scan of the units is cheaper than sorting what was touched, and independent of
 * the input's order.
 */
function emitRows<T>(st: ColumnState<T>, bucket: string, bucketNo: number): void {
  const { at, contributions, reported, out, id } = st;
  const { h, written, cols } = at;
  const ratio = st.col.rule.space === 'ratio-of-sums';
  for (let u = 0; u < contributions.length; u++) {
    if (contributions[u] === 0 || written[u] === 0) continue;
    const expected = h.leafCount[u] as number;
    const rep = Math.min(reported[u] as number, expected);
    const coverage = rep === expected ? fullCoverage(at, u) : Object.freeze({ expected, reported: rep, share: quotientToString(rep, expected, 0), missing: missingLeaves(h, u, st.covered) });
    const unitCode = h.codes[u] as string;
    const level = h.level[u] as AdministrativeLevel;
    // A count below 2^30 is written as a small integer: read from the doubles as it is, it would
    // be a boxed number in every row (16 bytes more a row, 26 MB for the national year by month).
    const counted = st.observations[u] as number;
    const observations = counted < 0x40000000 ? counted | 0 : counted;
    const own = st.own[u] === 1;
    // (Each row written out whole: one object per row, no spread, in the hot loop.)
    if (at.minCoverage !== undefined && new Dec(rep).div(expected).lt(at.minCoverage)) {
      if (cols !== undefined) cols.add(st.no, u, bucketNo, coverage, observations, own);
      else out.push({ indicatorId: id, unitCode, level, period: bucket, coverage, observations, own, status: 'insufficient-coverage' });
      continue;
    }
    const value = figureOf(st, u, bucket);
    if (value === undefined) continue; // no figure can be computed (a zero denominator): the warning says so
    if (cols !== undefined) {
      // A deferred figure is all the row keeps; text made now is kept with a ratio's sums.
      if (ratio && value !== DEFERRED) cols.add(st.no, u, bucketNo, coverage, observations, own, value, st.ar.text(st.acc[u] as T), st.ar.text(st.acc2[u] as T));
      else cols.add(st.no, u, bucketNo, coverage, observations, own, value);
    } else if (ratio) {
      const numerator = st.ar.text(st.acc[u] as T);
      const denominator = st.ar.text(st.acc2[u] as T);
      out.push({ indicatorId: id, unitCode, level, period: bucket, coverage, observations, own, status: 'value', value, numerator, denominator });
    } else out.push({ indicatorId: id, unitCode, level, period: bucket, coverage, observations, own, status: 'value', value });
  }
}

/** Resets what the bucket touched, for the next bucket. */
function resetBucket(st: ColumnState<unknown>, cells: Int32Array): void {
  const { h } = st.at;
  for (let j = 0; j < st.touchedCount; j++) {
    const u = st.touched[j] as number;
    st.reported[u] = 0;
    st.contributions[u] = 0;
    st.observations[u] = 0;
    st.own[u] = 0;
    st.below[u] = 0;
    st.covered[u] = 0;
  }
  for (let j = 0; j < cells.length; j++) {
    const u = st.unitOf[cells[j] as number] as number;
    st.cellAt[u] = -1;
    for (let p = u; p >= 0; p = h.parent[p] as number) st.below[p] = 0;
    st.covered[u] = 0;
  }
  st.touchedCount = 0;
}

/** Leaves below u that no kept figure covers. */
function missingLeaves(h: HierarchyIndex, u: number, covered: Uint8Array): string[] {
  const out: string[] = [];
  const visit = (x: number, coveredAbove: boolean) => {
    const c = coveredAbove || covered[x] === 1;
    if (h.isLeaf[x]) {
      if (!c) out.push(h.codes[x] as string);
      return;
    }
    for (const ch of h.children[x] as number[]) visit(ch, c);
  };
  visit(u, false);
  return out;
}
