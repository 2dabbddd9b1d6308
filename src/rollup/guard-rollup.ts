import { isFault, readDecimal } from '../core/decimal-text.js';
import { isWholeNumberIn, numberProblem, wholeNumberProblem, type Guard } from '../model/guard.js';
import { isMadeHere } from './made-here.js';
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
  // Made (and frozen) in this process: checked as it was made, unchanged since.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: checking such a partial again finds nothing (equivalent mutants: speed, not results)
  if (isMadeHere(partial) || !g.object(partial, path)) return;
  const p = partial as Record<string, unknown>;
  g.oneOf(p.format, ['dx-indicators/rollup-partial@4'], [...path, 'format']);
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
const MAX = Number.MAX_SAFE_INTEGER;

/** Checks a list of unit codes or bucket labels; its length, or -1 when it is not a list. */
function ascendingTexts(g: Guard, list: unknown, at: readonly (string | number)[]): number {
  if (!g.array(list, at)) return -1;
  const xs = list as unknown[];
  for (let i = 0; i < xs.length; i++) {
    g.text(xs[i], [...at, i]);
    if (i > 0 && typeof xs[i] === 'string' && typeof xs[i - 1] === 'string' && !((xs[i - 1] as string) < (xs[i] as string))) g.problems.push({ path: [...at, i], code: 'invalid_value', message: ORDER });
  }
  return xs.length;
}

/**
 * Checks one column of a partial: lists of one entry per cell, places within the partial's
 * units (U of them; -1 when they are not a list) and buckets (B), cells in (unit, bucket) order,
 * figures as the scale says. A column without `unit` and `bucket` must have a cell for every
 * unit and bucket (U × B). One pass; a path is made only for a problem.
 */
function guardColumn(g: Guard, column: unknown, at: readonly (string | number)[], U: number, B: number): void {
  if (!g.object(column, at)) return;
  const c = column as Record<string, unknown>;
  if ((c.unit === undefined) !== (c.bucket === undefined)) {
    const [missing, given] = c.unit === undefined ? ['unit', 'bucket'] : ['bucket', 'unit'];
    g.problems.push({ path: [...at, missing], code: 'missing', message: `should be given with ${given}, or both left out` });
    return;
  }
  const everyCell = c.unit === undefined;
  const list = (k: string): unknown[] => (g.array(c[k], [...at, k]) ? (c[k] as unknown[]) : []);
  const unit = everyCell ? [] : list('unit');
  const bucket = everyCell ? [] : list('bucket');
  const [n, a, b] = [list('n'), list('a'), list('b')];
  const order = c.order !== undefined && g.array(c.order, [...at, 'order']) ? (c.order as unknown[]) : undefined;
  // One entry per cell in every list.
  const lists: [string, unknown[]][] = everyCell ? [] : [['unit', unit], ['bucket', bucket]];
  lists.push(['a', a], ['b', b]);
  if (order !== undefined) lists.push(['order', order]);
  for (const [k, l] of lists) g.integer(l.length, n.length, n.length, [...at, k, 'length']);
  if (everyCell && U >= 0 && B >= 0 && n.length !== U * B) {
    g.problems.push({ path: [...at, 'unit'], code: 'missing', message: `should be listed, with bucket: ${n.length} cells are not one for each of ${U} × ${B} units and buckets` });
  }
  const scale = c.scale ?? null;
  if (scale !== null) g.integer(scale, 0, 15, [...at, 'scale']);
  /** Whether v is a whole number from min to max; if not, its problem at [...at, key, i]. */
  const whole = (v: unknown, min: number, max: number, key: string, i: number): boolean => {
    if (isWholeNumberIn(v, min, max)) return true;
    g.problems.push(wholeNumberProblem(v, min, max, [...at, key, i]));
    return false;
  };
  // A scaled column holds safe integers; any other, decimal strings (or numbers).
  const figure = (v: unknown, key: string, i: number): void => {
    if (scale !== null) whole(v, -MAX, MAX, key, i);
    else {
      const r = readDecimal(v);
      if (isFault(r)) g.problems.push(numberProblem(r, v, [...at, key, i]));
    }
  };
  // Each cell's key, unit place × B + bucket place, must be above the one before (-1: no key).
  let before = -1;
  for (let i = 0; i < n.length; i++) {
    // Every cell in order (no lists): cell i is unit ⌊i ÷ B⌋, bucket i mod B, ascending.
    const unitPlaced = everyCell || whole(unit[i], 0, U < 0 ? MAX : U - 1, 'unit', i);
    const bucketPlaced = everyCell || whole(bucket[i], 0, B < 0 ? MAX : B - 1, 'bucket', i);
    whole(n[i], 0, MAX, 'n', i);
    figure(a[i], 'a', i);
    if (b[i] !== null) figure(b[i], 'b', i);
    if (order !== undefined) whole(order[i], -MAX, MAX, 'order', i);
    const key = everyCell ? i : unitPlaced && bucketPlaced && U >= 0 && B >= 0 ? (unit[i] as number) * B + (bucket[i] as number) : -1;
    if (key >= 0 && before >= 0 && !(before < key)) {
      g.problems.push({ path: [...at, 'unit', i], code: 'invalid_value', message: 'should come after the cell before it: cells are listed once each, in (unit, bucket) order' });
    }
    before = key;
  }
}
