import { Dec, exactPlus } from '../core/decimal.js';
import type { Observation } from '../model/observation.js';
import { periodPlacer, placePeriod } from './buckets.js';
import { decFigureNotAbove, figureNotAbove } from './figure-order.js';
import { cellNumberer, COUNT, DENOMINATOR, FIGURE, newColumn, ORDER, slotOf, type CellKeys, type CellTable, type Column, type Expected } from './cells.js';
import type { Rule } from './rules.js';
import type { RollupWarning, TimeBucket } from './types.js';

// Aggregation over time: observations into cells, per indicator, unit and period bucket — in
// scaled integers while every figure fits a float exactly, in decimals otherwise. @internal

const MAX = 9007199254740991;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

// Scaled parse of a canonical decimal string: sets PARSED_INT and PARSED_SCALE; false when it
// does not fit a float exactly (more than 15 digits, or not canonical). An integer is read by
// Number(); a figure with a point digit by digit, which makes no strings to collect.
let PARSED_INT = 0;
let PARSED_SCALE = 0;
function parseScaled(s: string): boolean {
  const len = s.length;
  if (len > 16) return false;
  const dot = s.indexOf('.');
  if (dot < 0) {
    PARSED_INT = Number(s);
    PARSED_SCALE = 0;
  } else {
    const neg = s.charCodeAt(0) === 45; // '-'
    let v = 0;
    for (let i = neg ? 1 : 0; i < len; i++) {
      if (i === dot) continue;
      const digit = s.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return false;
      v = v * 10 + digit;
    }
    PARSED_INT = neg ? -v : v;
    PARSED_SCALE = len - dot - 1;
  }
  return Number.isSafeInteger(PARSED_INT) && Math.abs(PARSED_INT) < 1e15;
}

class Overflow extends Error {}

/** Thrown by {@link accumulate} at the first row not in the form parsing returns. @internal */
export class NotParsed extends Error {}



function rescale(col: Column, to: number): void {
  const f = POW10[to - col.scale] as number;
  const { c, w } = col;
  for (let k = 0; k < col.size * w; k += w) {
    const a = (c[k + FIGURE] as number) * f;
    if (a > MAX || a < -MAX) throw new Overflow();
    c[k + FIGURE] = a;
    if (col.pair && (c[k + DENOMINATOR] as number) >= 0) {
      const b = (c[k + DENOMINATOR] as number) * f;
      if (b > MAX) throw new Overflow();
      c[k + DENOMINATOR] = b;
    }
  }
  col.scale = to;
}

/**
 * A period placed in its bucket: the bucket's label and number, and the period's order key (for
 * first and last). The key is a double (a day number × 10^8 + another): passed on its own from
 * call to call it would be boxed, one heap number per observation (26 MB for a national year),
 * so the functions below take the object and read the key only where first or last need it.
 */
interface PlacedPeriod {
  readonly label: string;
  readonly order: number;
  readonly no: number;
}

/** Adds one float-mode figure (x, and d for a denominator or -1) to a cell. */
function addFloat(col: Column, i: number, x: number, d: number, at: PlacedPeriod): void {
  const c = col.c;
  const k = i * col.w;
  // Stryker disable next-line ArithmeticOperator: the count is a cell's first number, k ± 0 (equivalent mutant)
  const first = (c[k + COUNT] = (c[k + COUNT] as number) + 1) === 1;
  switch (col.rule.time) {
    case 'sum':
    case 'mean':
    case 'weighted-mean':
    case 'count': {
      const s = (c[k + FIGURE] as number) + x;
      if (s > MAX || s < -MAX) throw new Overflow();
      c[k + FIGURE] = s;
      return;
    }
    case 'ratio-of-sums': {
      const s = (c[k + FIGURE] as number) + x;
      // A new cell's denominator is 0, and 0 + d is d (-1 when the figure has none).
      const t = (c[k + DENOMINATOR] as number) < 0 ? d : (c[k + DENOMINATOR] as number) + d;
      if (s > MAX || s < -MAX || t > MAX) throw new Overflow();
      c[k + FIGURE] = s;
      c[k + DENOMINATOR] = t;
      return;
    }
    case 'min':
      if (first || x < (c[k + FIGURE] as number)) c[k + FIGURE] = x;
      return;
    case 'max':
      if (first || x > (c[k + FIGURE] as number)) c[k + FIGURE] = x;
      return;
    case 'first': {
      const order = at.order;
      if (first || order < (c[k + ORDER] as number) || (order === c[k + ORDER] && !figureNotAbove(c[k + FIGURE] as number, c[k + DENOMINATOR] as number, x, d))) {
        c[k + ORDER] = order;
        c[k + FIGURE] = x;
        c[k + DENOMINATOR] = d;
      }
      return;
    }
    case 'last': {
      const order = at.order;
      if (first || order > (c[k + ORDER] as number) || (order === c[k + ORDER] && !figureNotAbove(x, d, c[k + FIGURE] as number, c[k + DENOMINATOR] as number))) {
        c[k + ORDER] = order;
        c[k + FIGURE] = x;
        c[k + DENOMINATOR] = d;
      }
      return;
    }
    // Stryker disable next-line all: unreachable: a mean of ratios is in decimal mode from the start
    case 'mean-of-ratios':
      throw new Overflow(); // decimal mode only
  }
}

/** Adds one decimal-mode figure to a cell. */
function addDec(col: Column, i: number, x: Dec, d: Dec | undefined, at: PlacedPeriod): void {
  const k = i * col.w;
  // Stryker disable next-line ArithmeticOperator: the count is a cell's first number, k ± 0 (equivalent mutant)
  const first = (col.c[k + COUNT] = (col.c[k + COUNT] as number) + 1) === 1;
  const a = col.da[i] as Dec;
  switch (col.rule.time) {
    case 'sum':
    case 'mean':
    case 'weighted-mean':
    case 'count':
    case 'mean-of-ratios':
      // Sums are exact (see DecExact): the same whatever the order of the figures.
      col.da[i] = exactPlus(a, x);
      return;
    case 'ratio-of-sums':
      col.da[i] = exactPlus(a, x);
      col.db[i] = (col.db[i] as Dec).isNegative() ? (d as Dec) : exactPlus(col.db[i] as Dec, d as Dec);
      return;
    case 'min':
      if (first || x.lt(a)) col.da[i] = x;
      return;
    case 'max':
      if (first || x.gt(a)) col.da[i] = x;
      return;
    case 'first':
    case 'last': {
      const o = col.c[k + ORDER] as number;
      const order = at.order;
      const b = col.db[i];
      const better = col.rule.time === 'first' ? order < o || (order === o && !decFigureNotAbove(a, b, x, d)) : order > o || (order === o && !decFigureNotAbove(x, d, a, b));
      if (first || better) {
        col.c[k + ORDER] = order;
        col.da[i] = x;
        col.db[i] = d ?? new Dec(-1);
      }
    }
  }
}

/** Adds an observation to a decimal-mode cell. */
function addObservationDec(col: Column, i: number, o: Observation, share: boolean, at: PlacedPeriod): void {
  const x = col.rule.usesShare ? new Dec(o.numerator as string) : share ? new Dec(o.numerator as string).div(o.denominator as string).times(100) : new Dec(o.value as string);
  addDec(col, i, x, col.rule.usesShare ? new Dec(o.denominator as string) : undefined, at);
}

/**
 * Adds an observation to a float-mode cell as scaled integers (the column rescaled when the
 * figure has more decimals). False when it does not fit exactly: the column must go decimal.
 */
function addObservationFloat(col: Column, i: number, o: Observation, share: boolean, at: PlacedPeriod): boolean {
  try {
    if (!col.rule.usesShare && share) return false; // a value computed from a share: decimal mode
    if (!parseScaled((col.rule.usesShare ? o.numerator : o.value) as string)) return false;
    let x = PARSED_INT;
    let s = PARSED_SCALE;
    let d = -1;
    if (col.rule.usesShare) {
      if (!parseScaled(o.denominator as string)) return false;
      d = PARSED_INT;
      if (PARSED_SCALE > s) {
        x *= POW10[PARSED_SCALE - s] as number;
        s = PARSED_SCALE;
      } else if (PARSED_SCALE < s) d *= POW10[s - PARSED_SCALE] as number;
    }
    if (s > col.scale) rescale(col, s);
    else if (s < col.scale) {
      const f = POW10[col.scale - s] as number;
      x *= f;
      if (d >= 0) d *= f;
    }
    if (x > MAX || x < -MAX || d > MAX) return false;
    addFloat(col, i, x, d, at);
    return true;
  } catch (e) {
    // Stryker disable next-line ConditionalExpression: nothing else is thrown in the try block
    if (!(e instanceof Overflow)) throw e;
    return false;
  }
}

/** How many observations {@link cellsExpected} looks at. */
const SAMPLES = 1024;

/**
 * The cells one indicator is expected to make, for the room its column makes at its first
 * cell, and the units of its largest bucket, for the room of a bucket's slots; read from the
 * observations: all of them in a list of up to 1,024, otherwise one at a place drawn by a fixed
 * pseudo-random sequence in each 1,024th of the list (evenly spaced places could fall in step
 * with a cycle of months or indicators). Each bucket is taken to hold
 * as many units as its most sampled period (a year of months: one month's units; the first
 * month and a half of a year, split by time: a month's units, not a twelfth of the rows), so
 * the cells are the observations per indicator times the sampled share of each bucket's most
 * sampled period, and an eighth more for the sample's error. Only the room depends on it: a
 * guess too small grows, and one too large leaves memory untouched, so an unusual list costs a
 * little time, never a figure; room grown from a guess a few times too small is copied at each
 * doubling, memory the garbage collector counts. Rows without a period are passed over (they
 * are checked in the pass itself). @internal
 */
export function cellsExpected(observations: readonly Observation[], indicators: number, bucket: TimeBucket): Expected {
  const len = observations.length;
  const taken = Math.min(len, SAMPLES);
  const perPeriod = new Map<string, number>();
  let seed = 12345;
  for (let j = 0; j < taken; j++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const at = len <= SAMPLES ? j : Math.floor(((j + seed / 2147483648) * len) / SAMPLES);
    const period = (observations[at] as { period?: unknown } | null | undefined)?.period;
    if (typeof period === 'string') perPeriod.set(period, (perPeriod.get(period) ?? 0) + 1);
  }
  const mostPerBucket = new Map<string, number>();
  for (const [period, k] of perPeriod) {
    const label = placePeriod(period, bucket)?.label;
    if (label !== undefined) mostPerBucket.set(label, Math.max(mostPerBucket.get(label) ?? 0, k));
  }
  let most = 0;
  let widest = 0;
  for (const k of mostPerBucket.values()) {
    most += k;
    widest = Math.max(widest, k);
  }
  // Sampled observations to cells: times the observations per indicator, over the samples, and an eighth more.
  const cells = (k: number) => (taken === 0 ? 0 : Math.ceil((9 * len * k) / (8 * Math.max(1, indicators) * taken)));
  return { cells: cells(most), units: cells(widest) };
}

/**
 * Aggregates observations over time, per indicator, unit and bucket. Observations of unknown
 * indicators, of shares without a numerator, or of periods longer than a bucket are set aside
 * with a warning. With `isParsedRow`, every row is checked first, in the same pass, and the
 * first that fails throws {@link NotParsed}. @internal
 */
export function accumulate(
  observations: readonly Observation[],
  rules: ReadonlyMap<string, Rule>,
  bucket: TimeBucket,
  isParsedRow?: (row: unknown) => boolean,
): CellTable {
  const columns = new Map<string, Column>();
  const expected = cellsExpected(observations, rules.size, bucket);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: a shortcut: a mean of ratios started in float mode falls back to decimals at its first figure
  for (const rule of rules.values()) columns.set(rule.indicatorId, newColumn(rule, rule.time === 'mean-of-ratios', expected));
  const warnings: RollupWarning[] = [];
  const placeLabel = periodPlacer(bucket);
  const keys: CellKeys = { units: [], buckets: [] };
  const numbers = cellNumberer(keys);
  const placedCache = new Map<string, PlacedPeriod | null>();
  const place = (period: string) => {
    let p = placedCache.get(period);
    // Stryker disable next-line ConditionalExpression: a cache: without it the same bucket number is found again
    if (p === undefined) {
      const q = placeLabel(period);
      // One literal for every period, so that the loop below sees a single hidden class.
      p = q == null ? null : { label: q.label, order: q.order, no: numbers.bucketNo(q.label) };
      placedCache.set(period, p);
    }
    return p;
  };
  const needsDec = new Set<string>();
  const warn = (code: RollupWarning['code'], o: Observation, message: string) =>
    warnings.push({ code, indicatorId: o.indicatorId, unitCode: o.unitCode, period: o.period, message });

  // Observations often come grouped by unit, so the last unit's number is remembered.
  let lastUnit: string | undefined;
  // Stryker disable next-line UnaryOperator: never read before a unit is remembered
  let lastUnitNo = -1;
  const unitNoOf = (code: string) => {
    // Stryker disable next-line ConditionalExpression: a cache of the last unit's number; without it the same number is found again
    if (code === lastUnit) return lastUnitNo;
    lastUnit = code;
    return (lastUnitNo = numbers.unitNo(code));
  };
  // Observations often come grouped by indicator: the last indicator's column is remembered.
  let lastId: string | undefined;
  let lastCol: Column | undefined;
  const pass = (decOnly: boolean) => {
    lastId = undefined;
    // An index loop: for…of makes an iterator result per observation here.
    for (let k = 0; k < observations.length; k++) {
      const o = observations[k] as Observation;
      // A list not known to be parsed is checked row by row here, in the same pass.
      if (isParsedRow !== undefined && !decOnly && !isParsedRow(o)) throw new NotParsed();
      let col = lastCol;
      // Stryker disable next-line ConditionalExpression: a cache of the last column; without it the same column is found again
      if (o.indicatorId !== lastId) {
        col = lastCol = columns.get(o.indicatorId);
        lastId = o.indicatorId;
      }
      if (col === undefined) {
        if (!decOnly) warn('unknown-indicator', o, `the indicator "${o.indicatorId}" is not among the roll-up's indicators`);
        continue;
      }
      // Stryker disable next-line ConditionalExpression,EqualityOperator: skipping the rest of an indicator that falls back is a saving; its float column is thrown away
      if (decOnly !== col.dec || (!decOnly && needsDec.size > 0 && needsDec.has(o.indicatorId))) continue;
      const placed = place(o.period);
      if (placed === null) {
        warn('period-longer-than-bucket', o, `the period ${o.period} does not fit in one ${bucket} bucket`);
        continue;
      }
      const share = o.numerator !== undefined && o.denominator !== undefined;
      if (col.rule.usesShare && !share) {
        warn('share-without-numerator', o, `a share needs its numerator and denominator to roll up as a ratio of sums; only a value (${o.value}) was given`);
        continue;
      }
      const last = col.last;
      let i = last.cell;
      // Stryker disable next-line ConditionalExpression: a cache of the last cell; without it the same cell is found again
      if (o.unitCode !== last.unit || placed.no !== last.bucketNo) {
        i = slotOf(col, unitNoOf(o.unitCode), placed.no);
        last.unit = o.unitCode;
        last.bucketNo = placed.no;
        last.cell = i;
      }
      if (col.dec) addObservationDec(col, i, o, share, placed);
      else if (!addObservationFloat(col, i, o, share, placed)) needsDec.add(o.indicatorId);
    }
  };
  pass(false);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut: with nothing to redo the loop and the filter do nothing
  if (needsDec.size > 0) {
    for (const id of needsDec) {
      const col = columns.get(id) as Column;
      columns.set(id, newColumn(col.rule, true, expected));
    }
    // Warnings of the first pass for these indicators are made again by the second: the others
    // are moved down in place (spread into one push, a list past about 120,000 would not fit).
    let kept = 0;
    for (const w of warnings) if (!needsDec.has(w.indicatorId)) warnings[kept++] = w;
    warnings.length = kept;
  }
  // Stryker disable next-line ConditionalExpression: a shortcut: with no column in decimal mode the second pass does nothing
  if ([...columns.values()].some((c) => c.dec)) pass(true);
  return { bucket, columns, warnings, ...keys };
}
