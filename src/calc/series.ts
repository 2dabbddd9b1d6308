import { Dec, toDec, type NumericInput } from '../core/decimal.js';
import type { IsoDate } from '../model/primitives.js';
import type { Guard } from '../model/guard.js';

/** One point of a series: a figure on a date. @category Progress */
export interface SeriesPoint {
  readonly date: IsoDate;
  readonly value: NumericInput;
}

/** How growth is measured: compound (a rate per year, CAGR) or linear (units per year, slope). @category Progress */
export type GrowthModel = 'compound' | 'linear';

/** A series as decimals, sorted by date, later duplicates of a date winning. @internal */
/** Checks a series: a list of points, each with a calendar date and a number. @internal */
export function guardSeries(g: Guard, series: unknown, path: readonly (string | number)[]): void {
  if (!g.array(series, path)) return;
  (series as unknown[]).forEach((p, i) => {
    if (g.object(p, [...path, i])) g.date((p as SeriesPoint).date, [...path, i, 'date']).numeric((p as SeriesPoint).value, [...path, i, 'value']);
  });
}

export function sortedSeries(series: readonly SeriesPoint[]): { date: IsoDate; value: Dec }[] {
  const byDate = new Map<IsoDate, Dec>();
  for (const p of series) byDate.set(p.date, toDec(p.value));
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, value]) => ({ date, value }));
}
