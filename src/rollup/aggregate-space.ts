import { Dec, DecExact, exactPlus, toDec, toOutput } from '../core/decimal.js';
import { quotientToString, scaledToString } from '../core/fast-decimal.js';
import type { Hierarchy } from '../geo/hierarchy.js';
import type { AdministrativeLevel } from '../model/unit.js';
import { cellDec, type CellTable, type Column } from './cells.js';
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
  /** The cell's numerator and denominator, for a ratio of sums. */
  pair(cell: number): [T, T] | undefined;
  zero(): T;
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
    value: (i) => (col.rule.time === 'count' ? (col.n[i] as number) * scaleUp : (col.a[i] as number)),
    pair: (i) => ((col.b[i] as number) < 0 ? undefined : [col.a[i] as number, col.b[i] as number]),
    zero: () => 0,
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
      const n = col.n[i] as number;
      if (k === 'count') return new Dec(n);
      if (k === 'mean' || k === 'weighted-mean' || k === 'mean-of-ratios') return new Dec(a).div(n);
      if (b !== undefined) return b.isZero() ? new Dec(0) : new Dec(a).div(b).times(100);
      return a;
    },
    pair: (i) => {
      const { a, b } = cell(i);
      return b === undefined ? undefined : [a, b];
    },
    zero: () => new Dec(0),
    dec: (x) => x,
    isZero: (x) => x.isZero(),
    text: (x) => toOutput(x),
    quotient: (x, y, shift) => toOutput(new Dec(x).div(y).times(new Dec(10).pow(shift))),
    mean: (x, k) => toOutput(new Dec(x).div(k)),
  };
}

const FLOAT_TIME = new Set(['sum', 'count', 'min', 'max', 'first', 'last']);
const FLOAT_SPACE = new Set(['sum', 'mean', 'min', 'max', 'count']);

/** Aggregates every column over the hierarchy. @internal */
export function aggregateSpace(table: CellTable, hierarchy: Hierarchy, options: RollupOptions): RollupResult {
  const h = indexHierarchy(hierarchy);
  const rows: RollupRow[] = [];
  const warnings: RollupWarning[] = [...table.warnings];
  const levels = new Set<AdministrativeLevel>(options.levels ?? hierarchy.levels);
  const minCoverage = options.minCoverage === undefined ? undefined : toDec(options.minCoverage);
  // Each unit number's place in the hierarchy (-1: not in it).
  const placeOf = Int32Array.from(table.units, (code) => h.index.get(code) ?? -1);
  // Buckets in the order of their labels, so that rows come in an order of their own, not the input's.
  const bucketOrder = table.buckets.map((_, b) => b).sort((x, y) => ((table.buckets[x] as string) < (table.buckets[y] as string) ? -1 : 1));
  const at: Placement = { table, placeOf, h, options, levels, minCoverage, full: [], bucketOrder };
  for (const col of table.columns.values()) {
    const r = col.rule;
    const floatOk = !col.dec && (r.space === 'ratio-of-sums' || (!r.usesShare && FLOAT_TIME.has(r.time) && FLOAT_SPACE.has(r.space)));
    try {
      if (floatOk) aggregateColumn(col, floatArith(col), at, rows, warnings);
      else aggregateColumn(col, decArith(col), at, rows, warnings);
    } catch (e) {
      if (!(e instanceof Overflow)) throw e;
      aggregateColumn(col, decArith(col), at, rows, warnings);
    }
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
  readonly levels: ReadonlySet<AdministrativeLevel>;
  readonly minCoverage: Dec | undefined;
  /** Full coverage by unit index, made on first use. */
  readonly full: (Coverage | undefined)[];
  /** Bucket numbers in the order of their labels. */
  readonly bucketOrder: readonly number[];
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

function aggregateColumn<T>(col: Column, ar: Arith<T>, at: Placement, out: RollupRow[], warnings: RollupWarning[]): void {
  const { table, placeOf, h, options, levels, minCoverage } = at;
  const rule = col.rule;
  const id = rule.indicatorId;
  const nonLeaf = options.nonLeafFigures ?? 'prefer-children';
  const weights = rule.space === 'weighted-mean' ? options.weights?.[rule.weight ?? ''] ?? {} : undefined;
  const U = h.codes.length;
  // Cells by bucket number, each with its unit's index.
  const byBucket: number[][] = [];
  const cells = col.n.length;
  const unitOf = new Int32Array(cells);
  const codeOf = (c: number) => table.units[col.unitNo[c] as number] as string;
  for (let i = 0; i < cells; i++) {
    const u = placeOf[col.unitNo[i] as number] as number;
    unitOf[i] = u;
    const b = col.bucketNo[i] as number;
    if (u < 0) {
      warnings.push({ code: 'unit-not-in-hierarchy', indicatorId: id, unitCode: codeOf(i), period: table.buckets[b] as string, message: `the unit ${codeOf(i)} is not in the hierarchy of this date: its figures are not rolled up` });
      continue;
    }
    const list = byBucket[b];
    if (list) list.push(i);
    else byBucket[b] = [i];
  }
  const cellAt = new Int32Array(U).fill(-1);
  const below = new Uint8Array(U); // a kept cell lies strictly below the unit
  const covered = new Uint8Array(U); // leaf covered by its own cell or an own figure above it
  const reported = new Int32Array(U);
  const contributions = new Int32Array(U);
  const observations = new Int32Array(U); // small integers: rows hold them without a box
  const own = new Uint8Array(U);
  const acc: T[] = new Array<T>(U);
  const acc2: T[] = new Array<T>(U);
  const touched: number[] = [];
  const touch = (u: number) => {
    if (contributions[u] === 0 && reported[u] === 0) touched.push(u);
  };

  for (const b of at.bucketOrder) {
    const cells = byBucket[b];
    if (cells === undefined) continue;
    const bucket = table.buckets[b] as string;
    for (const c of cells) cellAt[unitOf[c] as number] = c;
    // Which cells count: leaves always; non-leaf figures by the rule.
    const kept: number[] = [];
    for (const c of cells) for (let p = h.parent[unitOf[c] as number] as number; p >= 0; p = h.parent[p] as number) below[p] = 1;
    const ownAbove = (u: number) => {
      for (let p = h.parent[u] as number; p >= 0; p = h.parent[p] as number) if (cellAt[p] !== -1) return true;
      return false;
    };
    for (const c of cells) {
      const u = unitOf[c] as number;
      const code = codeOf(c);
      if (nonLeaf === 'prefer-own' && ownAbove(u)) continue; // replaced by the own figure above it
      if (h.isLeaf[u] || nonLeaf === 'add') {
        kept.push(u);
        if (!h.isLeaf[u]) own[u] = 1; // added to its descendants' figures: used, covering no leaf
        continue;
      }
      if (below[u] === 1) {
        if (nonLeaf === 'prefer-children') {
          warnings.push({ code: 'own-figure-ignored', indicatorId: id, unitCode: code, period: bucket, message: `the figure entered for ${code} itself is not used: units below it reported (rule prefer-children)` });
          continue;
        }
        warnings.push({ code: 'children-ignored', indicatorId: id, unitCode: code, period: bucket, message: `the figures of units below ${code} are not used: its own figure is (rule prefer-own)` });
      }
      kept.push(u);
      own[u] = 1;
    }
    // Aggregate each kept cell into its unit and every ancestor.
    for (const u of kept) {
      const c = cellAt[u] as number;
      const coversLeaves = h.isLeaf[u] || (own[u] === 1 && nonLeaf !== 'add');
      if (coversLeaves) covered[u] = 1;
      let value: T | undefined;
      let pair: [T, T] | undefined;
      let weight: Dec | undefined;
      if (rule.space === 'ratio-of-sums') pair = ar.pair(c);
      else if (rule.space !== 'count') value = ar.value(c);
      if (weights !== undefined) {
        const w = weights[codeOf(c)];
        if (w === undefined) {
          warnings.push({ code: 'missing-weight', indicatorId: id, unitCode: codeOf(c), period: bucket, message: `no "${rule.weight}" weight for ${codeOf(c)}: left out of the weighted mean` });
          continue;
        }
        weight = toDec(w);
      }
      for (let p = u; p >= 0; p = h.parent[p] as number) {
        touch(p);
        if (coversLeaves) reported[p] = (reported[p] as number) + (h.leafCount[u] as number);
        const first = contributions[p] === 0;
        contributions[p] = (contributions[p] as number) + 1;
        observations[p] = (observations[p] as number) + (col.n[c] as number);
        switch (rule.space) {
          case 'ratio-of-sums':
            if (pair !== undefined) {
              acc[p] = first ? pair[0] : ar.add(acc[p] as T, pair[0]);
              acc2[p] = first ? pair[1] : ar.add(acc2[p] as T, pair[1]);
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
    // Rows, in the hierarchy's order (each parent before its children, codes ascending): a scan of
    // the units is cheaper than sorting what was touched, and independent of the input's order.
    for (let u = 0; u < U; u++) {
      if (contributions[u] === 0 || !levels.has(h.level[u] as AdministrativeLevel)) continue;
      const expected = h.leafCount[u] as number;
      const rep = Math.min(reported[u] as number, expected);
      const coverage = rep === expected ? fullCoverage(at, u) : Object.freeze({ expected, reported: rep, share: quotientToString(rep, expected, 0), missing: missingLeaves(h, u, covered) });
      const unitCode = h.codes[u] as string;
      const level = h.level[u] as AdministrativeLevel;
      const obsCount = observations[u] as number;
      const isOwn = own[u] === 1;
      let value: string | undefined;
      let numerator: string | undefined;
      let denominator: string | undefined;
      const enough = minCoverage === undefined || !new Dec(rep).div(expected).lt(minCoverage);
      if (enough) {
        const k = contributions[u] as number;
        switch (rule.space) {
          case 'ratio-of-sums':
            if (ar.isZero(acc2[u] as T)) {
              warnings.push({ code: 'zero-denominator', indicatorId: id, unitCode, period: bucket, message: 'the denominators sum to 0: no ratio' });
              break;
            }
            value = ar.quotient(acc[u] as T, acc2[u] as T, 2);
            numerator = ar.text(acc[u] as T);
            denominator = ar.text(acc2[u] as T);
            break;
          case 'mean':
          case 'mean-of-ratios':
            value = ar.mean(acc[u] as T, k);
            break;
          case 'weighted-mean': {
            const w = acc2[u] as unknown as Dec;
            if (w.isZero()) {
              warnings.push({ code: 'zero-denominator', indicatorId: id, unitCode, period: bucket, message: 'the weights sum to 0: no weighted mean' });
              break;
            }
            value = toOutput(new Dec(acc[u] as unknown as Dec).div(w));
            break;
          }
          case 'count':
            value = String(k);
            break;
          default:
            value = ar.text(acc[u] as T);
        }
      }
      if (value === undefined) {
        if (enough) continue; // no figure can be computed (a zero denominator): the warning says so
        out.push({ indicatorId: id, unitCode, level, period: bucket, coverage, observations: obsCount, own: isOwn, status: 'insufficient-coverage' });
      } else if (numerator !== undefined && denominator !== undefined) {
        out.push({ indicatorId: id, unitCode, level, period: bucket, coverage, observations: obsCount, own: isOwn, status: 'value', value, numerator, denominator });
      } else {
        out.push({ indicatorId: id, unitCode, level, period: bucket, coverage, observations: obsCount, own: isOwn, status: 'value', value });
      }
    }
    // Reset what this bucket touched.
    for (const u of touched) {
      reported[u] = 0;
      contributions[u] = 0;
      observations[u] = 0;
      own[u] = 0;
      below[u] = 0;
      covered[u] = 0;
    }
    for (const c of cells) {
      const u = unitOf[c] as number;
      cellAt[u] = -1;
      for (let p = u; p >= 0; p = h.parent[p] as number) below[p] = 0;
      covered[u] = 0;
    }
    touched.length = 0;
  }
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
