import type { DecimalString } from '../core/decimal-text.js';
import { DxInputError } from '../core/errors.js';
import { quotientToString, scaledToString } from '../core/fast-decimal.js';
import type { AdministrativeLevel } from '../model/unit.js';
import type { HierarchyIndex } from './hierarchy-index.js';
import type { Coverage, RollupColumns, RollupRow, RollupWarning } from './types.js';

// How a row's figure is kept until it is read (the flags' bits 2–4): a scaled integer (`a` at
// its column's scale), a ratio of sums (`a` ÷ `b`, in per cent), a mean (`a` at its column's
// scale ÷ `b` figures), or text written when the row was (decimal columns, counts).
const SCALED = 0;
const RATIO = 1;
const MEAN = 2;
const TEXT = 3;
const OWN = 1;
const INSUFFICIENT = 2;

const EMPTY: Float64Array = new Float64Array(0);

/** The figure {@link FigureColumns.defer} was given, until the row that holds it is added. @internal */
export const DEFERRED = '';

/** One column's rows: see {@link FigureColumns}. */
interface Chunk {
  /** The number of its first row. */
  readonly start: number;
  /** Each row's unit, flags and count of observations in one integer: unit + U × (flags + 32 × observations). */
  readonly packed: Float64Array;
  readonly a: Float64Array;
  /** For ratios and means (a denominator, a count of figures); none when no row has one. */
  readonly b: Float64Array | undefined;
}

/**
 * The rows of a roll-up as the aggregation over space writes them: a row's unit, count of
 * observations and flags in one integer, and its figure as one or two scaled integers whose text
 * is written only when it is read. Rows come in runs of one indicator and bucket (segments), and
 * each column's rows in arrays of their own (a chunk). Text made when the row was (decimal
 * columns), coverage short of full (with its missing leaves, known only then), and counts too
 * large to pack, are kept by row number.
 *
 * A column's rows are written to the arrays of the cells of a column aggregated before it (see
 * {@link recycle}), which would otherwise wait for the garbage collector: the memory of typed
 * arrays counts as the engine's "external" memory, and past 64 MB of it (the cells of a national
 * year by month take most of that) V8 marks the whole heap, a program's input included: 0.1–0.4
 * s a call. @internal
 */
export class FigureColumns {
  length = 0;
  readonly chunks: Chunk[] = [];
  /** Where each run of rows of one indicator and bucket starts, and their numbers. */
  readonly segmentStart: number[] = [];
  readonly segmentIndicator: number[] = [];
  readonly segmentBucket: number[] = [];
  readonly texts = new Map<number, readonly [string, string | undefined, string | undefined]>();
  readonly partial = new Map<number, Coverage>();
  /**
   * By hierarchy unit, the coverage its rows share when every expected leaf reported: the
   * aggregation over space's own list of them (it fills this one, see `aggregateSpace`).
   */
  readonly full: (Coverage | undefined)[] = [];
  /** Counts of observations too large to pack with their unit and flags. */
  readonly large = new Map<number, number>();
  /** Each indicator number's scale, set as its column starts. */
  readonly scales: number[] = [];
  /** The radix of packing: the hierarchy's units. */
  readonly units: number;
  private readonly largestPacked: number;
  /** Arrays free to be written: those of columns aggregated already. */
  private readonly pool: Float64Array[] = [];
  // The current column's rows: its first row's number, and its arrays (b made at its first ratio or mean).
  private started = 0;
  private packed: Float64Array = EMPTY;
  private a: Float64Array = EMPTY;
  private b: Float64Array | undefined;
  private kind = SCALED;
  private pendingA = 0;
  private pendingB = 0;

  constructor(units: number) {
    this.units = Math.max(1, units);
    this.largestPacked = Math.floor((2 ** 53 / this.units - 32) / 32) - 1;
  }

  /** Starts a column of at most `rows` rows. */
  startColumn(rows: number): void {
    this.packed = this.take(rows);
    this.a = this.take(rows);
    this.b = undefined;
  }

  /** Gives the arrays of an aggregated column's cells to the rows of the next columns. */
  recycle(arrays: readonly Float64Array[]): void {
    // Memory, not figures: without the pool every column's rows get new arrays (equivalent mutants).
    // Stryker disable next-line all
    for (const x of arrays) if (x.length > 0) this.pool.push(x);
  }

  /** An array of at least n, from the pool when one is long enough. */
  private take(n: number): Float64Array {
    // Arrays too short are grown by add (equivalent mutants: memory, not figures).
    // Stryker disable next-line all
    const k = this.pool.findIndex((x) => x.length >= n);
    // Stryker disable next-line all
    return k < 0 ? new Float64Array(Math.max(16, n)) : (this.pool.splice(k, 1)[0] as Float64Array);
  }

  /** Keeps a figure of scaled integers for the next row; returns {@link DEFERRED}, what the row is then given as its text. */
  defer(kind: 'scaled' | 'ratio' | 'mean', a: number, b: number): string {
    this.kind = kind === 'scaled' ? SCALED : kind === 'ratio' ? RATIO : MEAN;
    this.pendingA = a;
    this.pendingB = b;
    return DEFERRED;
  }

  /**
   * Adds a row: `value` undefined for an insufficient-coverage row, {@link DEFERRED} for the
   * figure kept by {@link defer}, or its text (with a ratio's numerator and denominator).
   */
  add(indicator: number, unit: number, bucket: number, coverage: Coverage, observations: number, own: boolean, value?: string, numerator?: string, denominator?: string): void {
    const i = this.length;
    const s = this.segmentStart.length - 1;
    // A new segment only where one starts: one a row would read the same (equivalent mutants: memory).
    // Stryker disable next-line all
    if (s < 0 || this.segmentIndicator[s] !== indicator || this.segmentBucket[s] !== bucket) {
      this.segmentStart.push(i);
      this.segmentIndicator.push(indicator);
      this.segmentBucket.push(bucket);
    }
    const j = i - this.started;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a column's rows never pass the room its start was given (a guard)
    if (j >= this.packed.length) this.grow();
    let flags = own ? OWN : 0;
    if (value === undefined) flags |= INSUFFICIENT;
    else if (value === DEFERRED) {
      flags |= this.kind << 2;
      this.a[j] = this.pendingA;
      if (this.kind !== SCALED) (this.b ??= this.take(this.packed.length))[j] = this.pendingB;
    } else {
      flags |= TEXT << 2;
      this.texts.set(i, [value, numerator, denominator]);
    }
    let count = observations;
    // Stryker disable next-line ConditionalExpression: every count kept by its row reads the same (equivalent mutant: memory)
    if (count > this.largestPacked) {
      this.large.set(i, count);
      count = 0;
    }
    this.packed[j] = unit + this.units * (flags + 32 * count);
    if (coverage.reported !== coverage.expected) this.partial.set(i, coverage);
    this.length = i + 1;
  }

  /** The column is done: its rows become a chunk. */
  endColumn(): void {
    const n = this.length - this.started;
    this.chunks.push({ start: this.started, packed: this.packed.subarray(0, n), a: this.a.subarray(0, n), b: this.b?.subarray(0, n) });
    this.started = this.length;
  }

  /** Takes back the current column's rows (it is started again in decimals). */
  truncate(): void {
    for (const m of [this.texts, this.partial, this.large]) for (const k of m.keys()) if (k >= this.started) m.delete(k);
    let s = this.segmentStart.length;
    while (s > 0 && (this.segmentStart[s - 1] as number) >= this.started) s--;
    for (const x of [this.segmentStart, this.segmentIndicator, this.segmentBucket]) x.length = s;
    this.length = this.started;
  }

  /** Row i's chunk: its lists, and the row's place in them. */
  chunkOf(i: number): Chunk {
    return this.chunks[runOf(this.chunks.length, (k) => (this.chunks[k] as Chunk).start, i)] as Chunk;
  }

  private grow(): void {
    const more = (x: Float64Array) => {
      const y = new Float64Array(2 * x.length);
      y.set(x);
      return y;
    };
    this.packed = more(this.packed);
    this.a = more(this.a);
    if (this.b !== undefined) this.b = more(this.b);
  }

  /** The segment that holds row i. */
  segmentOf(i: number): number {
    return runOf(this.segmentStart.length, (k) => this.segmentStart[k] as number, i);
  }
}

/** The run that holds row i, of `n` runs whose first rows (`startOf`) ascend from 0. */
function runOf(n: number, startOf: (k: number) => number, i: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startOf(mid) <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What the reader of a roll-up's columns needs besides the rows: the names behind their numbers. */
export interface ColumnNames {
  readonly indicatorIds: readonly string[];
  readonly buckets: readonly string[];
  readonly h: HierarchyIndex;
  readonly warnings: readonly RollupWarning[];
}

/** The public reader of a roll-up's columns (see {@link RollupColumns}). @internal */
export function readColumns(c: FigureColumns, names: ColumnNames): RollupColumns {
  const { indicatorIds, buckets, h } = names;
  const length = c.length;
  const at = (i: number): number => {
    if (!Number.isInteger(i) || i < 0 || i >= length) {
      throw new DxInputError('row number', [{ path: ['i'], code: 'invalid_value', message: `should be a whole number from 0 to ${length - 1}, got ${String(i)}` }]);
    }
    return i;
  };
  const U = c.units;
  // A row's unit, flags and count, unpacked (see Chunk.packed: exact, every integer below 2^53).
  const packedOf = (i: number) => {
    const ch = c.chunkOf(i);
    return ch.packed[i - ch.start] as number;
  };
  const unitOf = (i: number) => packedOf(i) % U;
  const restOf = (i: number) => {
    const p = packedOf(i);
    return (p - (p % U)) / U;
  };
  const flagsOf = (i: number) => restOf(i) % 32;
  const figure = (i: number, part: 'a' | 'b') => {
    const ch = c.chunkOf(i);
    return (ch[part] as Float64Array)[i - ch.start] as number;
  };
  const kind = (i: number) => (flagsOf(i) >> 2) & 7;
  const insufficient = (i: number) => (flagsOf(i) & INSUFFICIENT) !== 0;
  const indicatorNo = (i: number) => c.segmentIndicator[c.segmentOf(i)] as number;
  const scale = (i: number) => c.scales[indicatorNo(i)] as number;
  const value = (i: number): DecimalString | undefined => {
    if (insufficient(at(i))) return undefined;
    switch (kind(i)) {
      case SCALED:
        return scaledToString(figure(i, 'a'), scale(i));
      case RATIO:
        return quotientToString(figure(i, 'a'), figure(i, 'b'), 2);
      case MEAN:
        return quotientToString(figure(i, 'a'), figure(i, 'b'), -scale(i));
      default:
        return c.texts.get(i)?.[0];
    }
  };
  // A ratio of sums' numerator (part 0) or denominator (part 1), of a row kept in scaled integers or as text.
  const side = (i: number, part: 0 | 1): DecimalString | undefined => {
    if (insufficient(at(i))) return undefined;
    if (kind(i) === RATIO) return scaledToString(figure(i, part === 0 ? 'a' : 'b'), scale(i));
    return kind(i) === TEXT ? c.texts.get(i)?.[part + 1] : undefined;
  };
  const coverage = (i: number): Coverage => c.partial.get(at(i)) ?? (c.full[unitOf(i)] as Coverage);
  const indicatorId = (i: number) => indicatorIds[indicatorNo(at(i))] as string;
  const unitCode = (i: number) => h.codes[unitOf(at(i))] as string;
  const level = (i: number) => h.level[unitOf(at(i))] as AdministrativeLevel;
  const period = (i: number) => buckets[c.segmentBucket[c.segmentOf(at(i))] as number] as string;
  const observations = (i: number) => c.large.get(at(i)) ?? (restOf(i) - flagsOf(i)) / 32;
  const own = (i: number) => (flagsOf(at(i)) & OWN) !== 0;
  const status = (i: number): RollupRow['status'] => (insufficient(at(i)) ? 'insufficient-coverage' : 'value');
  const row = (i: number): RollupRow => {
    const base = { indicatorId: indicatorId(i), unitCode: unitCode(i), level: level(i), period: period(i), coverage: coverage(i), observations: observations(i), own: own(i) };
    if (insufficient(i)) return { ...base, status: 'insufficient-coverage' };
    const numerator = side(i, 0);
    const v = { ...base, status: 'value' as const, value: value(i) as string };
    return numerator === undefined ? v : { ...v, numerator, denominator: side(i, 1) as string };
  };
  return Object.freeze({ length, warnings: names.warnings, indicatorId, unitCode, level, period, status, value, numerator: (i: number) => side(i, 0), denominator: (i: number) => side(i, 1), coverage, observations, own, row });
}
