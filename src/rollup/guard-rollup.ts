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
  const scales = g.object(p.scales, [...path, 'scales']) ? (p.scales as Record<string, unknown>) : {};
  g.oneOf(p.bucket, BUCKETS, [...path, 'bucket']);
  g.object(p.rules, [...path, 'rules']);
  if (g.object(p.cells, [...path, 'cells'])) {
    for (const [id, cells] of Object.entries(p.cells as Record<string, unknown>)) {
      if (!g.array(cells, [...path, 'cells', id])) continue;
      const scale = scales[id] ?? null;
      if (scale !== null) g.integer(scale, 0, 15, [...path, 'scales', id]);
      // A scaled column holds safe integers; any other, decimal strings (or numbers).
      const figure = scale === null ? (v: unknown, at: (string | number)[]) => g.numeric(v, at) : (v: unknown, at: (string | number)[]) => g.integer(v, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, at);
      (cells as unknown[]).forEach((c, i) => {
        const at = [...path, 'cells', id, i];
        if (!Array.isArray(c) || typeof c[0] !== 'string' || typeof c[1] !== 'string') return void g.array(undefined, at);
        g.integer(c[2], 0, Number.MAX_SAFE_INTEGER, [...at, 2]);
        figure(c[3], [...at, 3]);
        if (c[4] !== null) figure(c[4], [...at, 4]);
      });
    }
  }
  g.array(p.warnings, [...path, 'warnings']);
}
