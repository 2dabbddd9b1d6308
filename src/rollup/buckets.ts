import { periodBounds } from '../model/period.js';
import type { TimeBucket } from './types.js';

/** A period placed in a bucket, with an order key (later end, then later start, is greater). @internal */
export interface Placed {
  readonly label: string;
  readonly order: number;
}

const dayNumber = (iso: string) => Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));

/** The bucket a period falls in, or undefined when the period is longer than a bucket. @internal */
export function placePeriod(period: string, bucket: TimeBucket): Placed | undefined | null {
  const b = periodBounds(period);
  if (b === undefined) return null;
  const order = dayNumber(b.end) * 1e8 + dayNumber(b.start);
  const year = b.start.slice(0, 4);
  switch (bucket) {
    case 'whole':
      return { label: 'all', order };
    case 'year':
      return { label: year, order };
    case 'quarter': {
      const q = Math.floor((Number(b.start.slice(5, 7)) - 1) / 3) + 1;
      const qEnd = Math.floor((Number(b.end.slice(5, 7)) - 1) / 3) + 1;
      // No period spans two years (a year, quarter, month or day): the quarters alone decide.
      return q === qEnd ? { label: `${year}-Q${q}`, order } : undefined;
    }
    case 'month':
      return b.start.slice(0, 7) === b.end.slice(0, 7) ? { label: b.start.slice(0, 7), order } : undefined;
    case 'day':
      return b.kind === 'day' ? { label: b.start, order } : undefined;
  }
}

/** A cache of placePeriod for one bucket. @internal */
export function periodPlacer(bucket: TimeBucket): (period: string) => Placed | undefined | null {
  const cache = new Map<string, Placed | undefined | null>();
  return (period) => {
    let p = cache.get(period);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a cache; without it the period is placed again, the same way
    if (p === undefined && !cache.has(period)) {
      p = placePeriod(period, bucket);
      cache.set(period, p);
    }
    return p;
  };
}
