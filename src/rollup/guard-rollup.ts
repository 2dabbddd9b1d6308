import { isFault, readDecimal } from '../core/decimal-text.js';
import type { Guard } from '../model/guard.js';
import type { RollupOptions } from './types.js';

const BUCKETS = ['year', 'quarter', 'month', 'day', 'whole'];
const LEVELS = ['province', 'district', 'commune'];

/** Checks a roll-up's indicators and options (the observations are checked by their own guard). @internal */
export function guardRollupInput(g: Guard, indicators: unknown, options: RollupOptions | undefined): void {
  if (g.array(indicators, ['indicators'])) (indicators as unknown[]).forEach((ind, i) => g.object(ind, ['indicators', i]) && g.text((ind as { id?: unknown }).id, ['indicators', i, 'id']));
  if (options === undefined || !g.object(options, ['options'])) return;
  g.oneOf(options.bucket, BUCKETS, ['options', 'bucket'], true);
  g.oneOf(options.nonLeafFigures, ['prefer-children', 'prefer-own', 'add'], ['options', 'nonLeafFigures'], true);
  if (options.levels !== undefined && g.array(options.levels, ['options', 'levels'])) options.levels.forEach((l, i) => g.oneOf(l, LEVELS, ['options', 'levels', i]));
  g.numeric(options.minCoverage, ['options', 'minCoverage'], true);
  if (options.aggregation !== undefined) g.object(options.aggregation, ['options', 'aggregation']);
  if (options.weights !== undefined && g.object(options.weights, ['options', 'weights'])) {
    for (const [name, byUnit] of Object.entries(options.weights)) {
      if (g.object(byUnit, ['options', 'weights', name])) for (const [code, w] of Object.entries(byUnit)) g.numeric(w, ['options', 'weights', name, code]);
    }
  }
}

/** Checks the shape of a roll-up partial (from partialRollup or a merge, perhaps through JSON). @internal */
export function guardPartial(g: Guard, partial: unknown, path: readonly (string | number)[]): void {
  if (!g.object(partial, path)) return;
  const p = partial as Record<string, unknown>;
  g.oneOf(p.format, ['dx-indicators/rollup-partial@3'], [...path, 'format']);
  g.oneOf(p.bucket, BUCKETS, [...path, 'bucket']);
  g.object(p.rules, [...path, 'rules']);
  const U = ascendingTexts(g, p.units, [...path, 'units']);
  const B = ascendingTexts(g, p.buckets, [...path, 'buckets']);
  if (g.object(p.columns, [...path, 'columns'])) {
    for (const [id, column] of Object.entries(p.columns as Record<string, unknown>)) guardColumn(g, column, [...path, 'columns', id], U, B);
  }
  g.array(p.warnings, [...path, 'warnings']);
}

const ORDER = 'should come after the entry before it: units and buckets are listed once each, ascending';

/** Checks a list of unit codes or bucket labels; its length, or -1 when it is not a list. */
function ascendingTexts(g: Guard, list: unknown, at: readonly (string | number)[]): number {
  if (!g.array(list, at)) return -1;
  const xs = list as unknown[];
  const fine = xs.every((x, i) => typeof x === 'string' && (i === 0 || (xs[i - 1] as string) < x));
  // Only a list found wrong is walked again, for the path of each problem.
  for (let i = 0; !fine && i < xs.length; i++) {
    g.text(xs[i], [...at, i]);
    if (i > 0 && typeof xs[i] === 'string' && typeof xs[i - 1] === 'string' && !((xs[i - 1] as string) < (xs[i] as string))) g.problems.push({ path: [...at, i], code: 'invalid_value', message: ORDER });
  }
  return xs.length;
}

const LISTS = ['unit', 'bucket', 'n', 'a', 'b'] as const;

/**
 * Checks one column of a partial: lists of one entry per cell, places within the partial's
 * units (U of them) and buckets (B), cells in (unit, bucket) order, figures as the scale says.
 * A tight pass first; only a column found wrong is walked again, cell by cell, for the paths.
 */
function guardColumn(g: Guard, column: unknown, at: readonly (string | number)[], U: number, B: number): void {
  if (!g.object(column, at)) return;
  const c = column as Record<string, unknown>;
  const [unit, bucket, n, a, b] = LISTS.map((k) => (g.array(c[k], [...at, k]) ? (c[k] as unknown[]) : [])) as [unknown[], unknown[], unknown[], unknown[], unknown[]];
  const order = c.order === undefined || !g.array(c.order, [...at, 'order']) ? undefined : (c.order as unknown[]);
  [unit, bucket, n, a, b, ...(order === undefined ? [] : [order])].forEach((l, k) => g.integer(l.length, n.length, n.length, [...at, k < 5 ? (LISTS[k] as string) : 'order', 'length']));
  const scale = c.scale ?? null;
  if (scale !== null) g.integer(scale, 0, 15, [...at, 'scale']);
  const placeOk = (v: unknown, count: number) => typeof v === 'number' && v >= 0 && Math.floor(v) === v && (count < 0 || v < count);
  const keyOf = (i: number) => (unit[i] as number) * Math.max(B, 1) + (bucket[i] as number);
  // A scaled column holds safe integers; any other, decimal strings (or numbers).
  const figureOk = scale === null ? (v: unknown) => (typeof v === 'string' || typeof v === 'number') && !isFault(readDecimal(v)) : Number.isSafeInteger;
  // One tight pass (holes read as undefined, and fail).
  let fine = true;
  for (let i = 0; fine && i < n.length; i++) {
    fine = placeOk(unit[i], U) && placeOk(bucket[i], B) && Number.isSafeInteger(n[i]) && (n[i] as number) >= 0 && figureOk(a[i]) && (b[i] === null || figureOk(b[i])) &&
      (order === undefined || Number.isSafeInteger(order[i])) && (i === 0 || U < 0 || B < 0 || keyOf(i - 1) < keyOf(i));
  }
  for (let i = 0; !fine && i < n.length; i++) {
    g.integer(unit[i], 0, U < 0 ? Number.MAX_SAFE_INTEGER : U - 1, [...at, 'unit', i])
      .integer(bucket[i], 0, B < 0 ? Number.MAX_SAFE_INTEGER : B - 1, [...at, 'bucket', i])
      .integer(n[i], 0, Number.MAX_SAFE_INTEGER, [...at, 'n', i]);
    const figure = (v: unknown, where: (string | number)[]) => (scale === null ? g.numeric(v, where) : g.integer(v, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, where));
    figure(a[i], [...at, 'a', i]);
    if (b[i] !== null) figure(b[i], [...at, 'b', i]);
    if (order !== undefined) g.integer(order[i], -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, [...at, 'order', i]);
    if (i > 0 && U >= 0 && B >= 0 && placeOk(unit[i], U) && placeOk(bucket[i], B) && placeOk(unit[i - 1], U) && placeOk(bucket[i - 1], B) && !(keyOf(i - 1) < keyOf(i))) {
      g.problems.push({ path: [...at, 'unit', i], code: 'invalid_value', message: 'should come after the cell before it: cells are listed once each, in (unit, bucket) order' });
    }
  }
}
