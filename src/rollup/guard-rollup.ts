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
  g.oneOf(p.format, ['dx-indicators/rollup-partial@2'], [...path, 'format']);
  g.oneOf(p.bucket, BUCKETS, [...path, 'bucket']);
  g.object(p.rules, [...path, 'rules']);
  if (g.object(p.columns, [...path, 'columns'])) {
    for (const [id, column] of Object.entries(p.columns as Record<string, unknown>)) {
      const at = [...path, 'columns', id];
      if (!g.object(column, at)) continue;
      const c = column as Record<string, unknown>;
      const lists = ['units', 'buckets', 'n', 'a', 'b'].map((k) => (g.array(c[k], [...at, k]) ? (c[k] as unknown[]) : []));
      const [units, buckets, n, a, b] = lists as [unknown[], unknown[], unknown[], unknown[], unknown[]];
      if (c.order !== undefined && g.array(c.order, [...at, 'order'])) (c.order as unknown[]).forEach((o, i) => g.integer(o, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, [...at, 'order', i]));
      // Every list has a entry per cell.
      lists.forEach((l, k) => g.integer(l.length, n.length, n.length, [...at, ['units', 'buckets', 'n', 'a', 'b'][k] as string, 'length']));
      const scale = c.scale ?? null;
      if (scale !== null) g.integer(scale, 0, 15, [...at, 'scale']);
      // A scaled column holds safe integers; any other, decimal strings (or numbers).
      const figure = (v: unknown, where: (string | number)[]) =>
        scale === null ? g.numeric(v, where) : g.integer(v, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, where);
      n.forEach((count, i) => {
        g.text(units[i], [...at, 'units', i]).text(buckets[i], [...at, 'buckets', i]).integer(count, 0, Number.MAX_SAFE_INTEGER, [...at, 'n', i]);
        figure(a[i], [...at, 'a', i]);
        if (b[i] !== null) figure(b[i], [...at, 'b', i]);
      });
    }
  }
  g.array(p.warnings, [...path, 'warnings']);
}
