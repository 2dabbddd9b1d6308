import { Dec, toDec, type NumericInput } from '../core/decimal.js';
import type { IsoDate } from '../model/primitives.js';

/** One point of a series: a figure on a date. @category Progress */
export interface SeriesPoint {
  readonly date: IsoDate;
  readonly value: NumericInput;
}

/** How growth is measured: compound (a rate per year, CAGR) or linear (units per year, slope). @category Progress */
export type GrowthModel = 'compound' | 'linear';

/** A series as decimals, sorted by date, later duplicates of a date winning. @internal */
export function sortedSeries(series: readonly SeriesPoint[]): { date: IsoDate; value: Dec }[] {
  const byDate = new Map<IsoDate, Dec>();
  for (const p of series) byDate.set(p.date, toDec(p.value));
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, value]) => ({ date, value }));
}
