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

/** The figure {@link FigureColumns.defer} was given, until the row that holds it is added. @internal */
export const DEFERRED = '';

/**
 * The rows of a roll-up as the aggregation over space writes them, in typed arrays: a row's unit
 * number, count of observations, flags, and its figure as one or two scaled integers whose text
 * is written only when it is read. Rows come in runs of one indicator and bucket, kept as
 * segments. Text made when the row was (decimal columns), and coverage short of full (with its
 * missing leaves, known only then), are kept by row number. @internal
 */
export class FigureColumns {
  length = 0;
  unit: Int32Array;
  observations: Float64Array;
  flags: Uint8Array;
  a: Float64Array;
  b: Float64Array;
  /** Where each run of rows of one indicator and bucket starts, and their numbers. */
  readonly segmentStart: number[] = [];
  readonly segmentIndicator: number[] = [];
  readonly segmentBucket: number[] = [];
  readonly texts = new Map<number, readonly [string, string | undefined, string | undefined]>();
  readonly partial = new Map<number, Coverage>();
  /** Each indicator number's scale, set as its column starts. */
  readonly scales: number[] = [];
  private kind = SCALED;
  private pendingA = 0;
  private pendingB = 0;

  constructor(room: number) {
    const n = Math.max(16, room);
    this.unit = new Int32Array(n);
    this.observations = new Float64Array(n);
    this.flags = new Uint8Array(n);
    this.a = new Float64Array(n);
    this.b = new Float64Array(n);
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
    if (s < 0 || this.segmentIndicator[s] !== indicator || this.segmentBucket[s] !== bucket) {
      this.segmentStart.push(i);
      this.segmentIndicator.push(indicator);
      this.segmentBucket.push(bucket);
    }
    if (i === this.flags.length) this.grow();
    this.unit[i] = unit;
    this.observations[i] = observations;
    let flags = own ? OWN : 0;
    if (value === undefined) flags |= INSUFFICIENT;
    else if (value === DEFERRED) {
      flags |= this.kind << 2;
      this.a[i] = this.pendingA;
      this.b[i] = this.pendingB;
    } else {
      flags |= TEXT << 2;
      this.texts.set(i, [value, numerator, denominator]);
    }
    this.flags[i] = flags;
    if (coverage.reported !== coverage.expected) this.partial.set(i, coverage);
    this.length = i + 1;
  }

  /** Takes back every row from `length` on (a column started again in decimals). */
  truncate(length: number): void {
    for (const m of [this.texts, this.partial]) for (const k of m.keys()) if (k >= length) m.delete(k);
    let s = this.segmentStart.length;
    while (s > 0 && (this.segmentStart[s - 1] as number) >= length) s--;
    for (const x of [this.segmentStart, this.segmentIndicator, this.segmentBucket]) x.length = s;
    this.length = length;
  }

  private grow(): void {
    const n = this.flags.length * 2;
    const more = <A extends Int32Array | Float64Array | Uint8Array>(x: A, make: new (n: number) => A): A => {
      const y = new make(n);
      y.set(x);
      return y;
    };
    this.unit = more(this.unit, Int32Array);
    this.observations = more(this.observations, Float64Array);
    this.flags = more(this.flags, Uint8Array);
    this.a = more(this.a, Float64Array);
    this.b = more(this.b, Float64Array);
  }

  /** The segment that holds row i. */
  segmentOf(i: number): number {
    let lo = 0;
    let hi = this.segmentStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.segmentStart[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
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
  const full: (Coverage | undefined)[] = [];
  const at = (i: number): number => {
    if (!Number.isInteger(i) || i < 0 || i >= length) {
      throw new DxInputError('row number', [{ path: ['i'], code: 'invalid_value', message: `should be a whole number from 0 to ${length - 1}, got ${String(i)}` }]);
    }
    return i;
  };
  const kind = (i: number) => ((c.flags[i] as number) >> 2) & 7;
  const insufficient = (i: number) => ((c.flags[i] as number) & INSUFFICIENT) !== 0;
  const indicatorNo = (i: number) => c.segmentIndicator[c.segmentOf(i)] as number;
  const scale = (i: number) => c.scales[indicatorNo(i)] as number;
  const value = (i: number): DecimalString | undefined => {
    if (insufficient(at(i))) return undefined;
    const a = c.a[i] as number;
    switch (kind(i)) {
      case SCALED:
        return scaledToString(a, scale(i));
      case RATIO:
        return quotientToString(a, c.b[i] as number, 2);
      case MEAN:
        return quotientToString(a, c.b[i] as number, -scale(i));
      default:
        return c.texts.get(i)?.[0];
    }
  };
  // A ratio of sums' numerator (part 0) or denominator (part 1), of a row kept in scaled integers or as text.
  const side = (i: number, part: 0 | 1): DecimalString | undefined => {
    if (insufficient(at(i))) return undefined;
    if (kind(i) === RATIO) return scaledToString((part === 0 ? c.a[i] : c.b[i]) as number, scale(i));
    return kind(i) === TEXT ? c.texts.get(i)?.[part + 1] : undefined;
  };
  const coverage = (i: number): Coverage => {
    const partial = c.partial.get(at(i));
    if (partial !== undefined) return partial;
    const u = c.unit[i] as number;
    let f = full[u];
    if (f === undefined) {
      const expected = h.leafCount[u] as number;
      full[u] = f = Object.freeze({ expected, reported: expected, share: '1', missing: Object.freeze([]) as readonly string[] });
    }
    return f;
  };
  const indicatorId = (i: number) => indicatorIds[indicatorNo(at(i))] as string;
  const unitCode = (i: number) => h.codes[c.unit[at(i)] as number] as string;
  const level = (i: number) => h.level[c.unit[at(i)] as number] as AdministrativeLevel;
  const period = (i: number) => buckets[c.segmentBucket[c.segmentOf(at(i))] as number] as string;
  const observations = (i: number) => c.observations[at(i)] as number;
  const own = (i: number) => ((c.flags[at(i)] as number) & OWN) !== 0;
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
