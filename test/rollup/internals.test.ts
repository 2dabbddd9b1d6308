// The roll-up's internals, tested directly: which representation a column takes (scaled
// integers or decimals), at which scale, and when it must fall back to decimals. The results
// are the same either way — the public tests check those — so only these tests can tell a
// broken fast path from a working one.
import { describe, expect, it } from 'vitest';
import type { Aggregation, Observation, TimeBucket } from '../../src/index.js';
import { periodPlacer, placePeriod } from '../../src/rollup/buckets.js';
import { indexHierarchy } from '../../src/rollup/hierarchy-index.js';
import { summariseUnitValues } from '../../src/rollup/summarise-target-across-units.js';
import { DEFAULT_STATUS_BANDS } from '../../src/calc/legend-presets.js';
import { syntheticHierarchy } from './fixtures.js';
import { accumulate } from '../../src/rollup/accumulate.js';
import { cellDec, digitKey, placesOf, type Column } from '../../src/rollup/cells.js';
import type { Rule } from '../../src/rollup/rules.js';
import { DEFERRED, FigureColumns, readColumns } from '../../src/rollup/figure-columns.js';

const rule = (time: Aggregation, usesShare = false): Rule => ({ indicatorId: 'x', time, space: usesShare ? 'ratio-of-sums' : 'sum', usesShare });
const obs = (period: string, value: string, unitCode = 'A'): Observation => ({ indicatorId: 'x', unitCode, period, value });
const share = (period: string, numerator: string, denominator: string, unitCode = 'A'): Observation => ({ indicatorId: 'x', unitCode, period, numerator, denominator });
/**
 * A column with its cells' numbers as lists of the cells' length, read from its one array of
 * cells (which has room for more): count, figure, then a denominator for a pair and an order key
 * for first and last; an empty list for what the column does not keep.
 */
type Cells = Column & { n: number[]; a: number[]; b: number[]; o: number[] };
const cut = (col: Column): Cells => {
  const list = (k: number, kept: boolean) => (kept ? Array.from({ length: col.size }, (_, i) => col.c[i * col.w + k] as number) : []);
  return { ...col, n: list(0, true), a: list(1, true), b: list(2, col.pair), o: list(3, col.ordered) };
};
const run = (r: Rule, observations: Observation[], bucket: 'year' | 'month' | 'day' = 'year') => {
  const t = accumulate(observations, new Map([['x', r]]), bucket);
  return { col: cut(t.columns.get('x') as Column), warnings: t.warnings, table: t };
};
const decs = (col: Cells, i = 0) => {
  const { a, b } = cellDec(col as unknown as Column, i);
  return { a: a.toString(), b: b?.toString() };
};

describe('a column of scaled integers', () => {
  it('takes the largest scale of its figures, rescaling what it already holds', () => {
    const { col } = run(rule('sum'), [obs('2025-01', '2'), obs('2025-02', '1.5'), obs('2025-03', '0.25')]);
    expect({ dec: col.dec, scale: col.scale, a: col.a, n: col.n }).toEqual({ dec: false, scale: 2, a: [375], n: [3] });
    expect(decs(col)).toEqual({ a: '3.75', b: undefined });
  });
  it('a figure of a smaller scale is scaled up to the column', () => {
    const { col } = run(rule('sum'), [obs('2025-01', '0.25'), obs('2025-02', '-2'), obs('2025-03', '10.5')]);
    expect({ dec: col.dec, scale: col.scale, a: col.a }).toEqual({ dec: false, scale: 2, a: [875] });
  });
  it('shares keep numerator and denominator at one scale', () => {
    const { col } = run(rule('ratio-of-sums', true), [share('2025-01', '1.5', '3'), share('2025-02', '1', '2.25'), share('2025-03', '2', '4')]);
    expect({ dec: col.dec, scale: col.scale, a: col.a, b: col.b }).toEqual({ dec: false, scale: 2, a: [450], b: [925] });
    expect(decs(col)).toEqual({ a: '4.5', b: '9.25' });
  });
  it('first and last keep their denominator through a rescale; a plain last has none', () => {
    const first = run(rule('first', true), [share('2025-01', '1', '2'), share('2025-02', '0.5', '1.5')]).col;
    expect({ scale: first.scale, a: first.a, b: first.b }).toEqual({ scale: 1, a: [10], b: [20] });
    expect(decs(run(rule('ratio-of-sums', true), [share('2025-01', '0', '0')]).col)).toEqual({ a: '0', b: '0' });
    const last = run(rule('last', true), [share('2025-02', '1', '2'), share('2025-01', '0.5', '1.5')]).col;
    expect({ dec: last.dec, scale: last.scale, a: last.a, b: last.b }).toEqual({ dec: false, scale: 1, a: [10], b: [20] });
    const plain = run(rule('last'), [obs('2025-02', '1'), obs('2025-01', '0.5')]).col;
    // A plain last keeps a denominator of -1 (none); a sum keeps none at all, nor an order key.
    expect({ scale: plain.scale, a: plain.a, b: plain.b }).toEqual({ scale: 1, a: [10], b: [-1] });
    const sum = run(rule('sum'), [obs('2025-02', '1'), obs('2025-01', '0.5')]).col;
    expect({ a: sum.a, b: sum.b, o: sum.o, pair: sum.pair, ordered: sum.ordered }).toEqual({ a: [15], b: [], o: [], pair: false, ordered: false });
    // A cell takes two numbers (count, figure), three with a denominator, four with an order key.
    expect([sum.w, run(rule('ratio-of-sums', true), [share('2025', '1', '2')]).col.w, plain.w, first.w]).toEqual([2, 3, 4, 4]);
    expect([sum.c.length, first.c.length]).toEqual([2 * 64, 4 * 64]);
    expect(decs(sum)).toEqual({ a: '1.5', b: undefined });
    expect([run(rule('ratio-of-sums', true), [share('2025', '1', '2')]).col.o, run(rule('first'), [obs('2025', '1')]).col.o]).toEqual([[], [20251231_20250101]]);
    expect(decs(plain)).toEqual({ a: '1', b: undefined });
  });
  it('min, max, first and last pick by value and by period, ties by value', () => {
    const months = [obs('2025-03', '7'), obs('2025-01', '9'), obs('2025-02', '3'), obs('2025-03', '8'), obs('2025-01', '4'), obs('2025-02', '5')];
    expect(run(rule('min'), months).col.a).toEqual([3]);
    expect(run(rule('max'), months).col.a).toEqual([9]);
    expect(run(rule('first'), months).col.a).toEqual([4]); // January: 9 and 4, the smaller
    expect(run(rule('last'), months).col.a).toEqual([8]); // March: 7 and 8, the larger
    expect(run(rule('min'), [obs('2025-01', '5'), obs('2025-02', '5'), obs('2025-03', '6')]).col.a).toEqual([5]);
    expect(run(rule('max'), [obs('2025-01', '-5'), obs('2025-02', '-6')]).col.a).toEqual([-5]);
    expect(run(rule('count'), months).col.a).toEqual([36]);
  });
  it('one cell per unit and bucket, in the order they come', () => {
    const { col, table } = run(rule('sum'), [obs('2025-01', '1', 'A'), obs('2025-01', '2', 'B'), obs('2025-02', '3', 'A'), obs('2025-02', '4', 'B'), obs('2025-01', '5', 'A')], 'month');
    const { unitNo, bucketNo } = placesOf(col as unknown as Column);
    const units = Array.from(unitNo).map((u) => table.units[u]);
    const buckets = Array.from(bucketNo).map((b) => table.buckets[b]);
    expect({ units, buckets, a: col.a, n: col.n }).toEqual({ units: ['A', 'B', 'A', 'B'], buckets: ['2025-01', '2025-01', '2025-02', '2025-02'], a: [6, 2, 3, 4], n: [2, 1, 1, 1] });
  });
  it('makes room once for the cells it expects: observations per indicator times the share of each bucket\'s most reported period, and an eighth more', () => {
    // 80 units × 12 months of one indicator, unit after unit: 960 cells by month, 320 by
    // quarter, 80 by year. Up to 1,024 rows every row is read: by month each bucket's most
    // reported period has 80 of the 960 rows, so 960 × 960/960 × 9/8 = 1,080 cells; by quarter
    // 4 × 80 of 960: 360; by year and for the whole time 80: 90. A bucket's slots: 90 units.
    const month = (m: number) => `2025-${String(m).padStart(2, '0')}`;
    const monthly = Array.from({ length: 960 }, (_, i) => obs(month((i % 12) + 1), '1', `U${Math.floor(i / 12)}`));
    const room = (list: Observation[], bucket: TimeBucket) => {
      const col = accumulate(list, new Map([['x', rule('sum')]]), bucket).columns.get('x') as Column;
      return [col.firstRoom, col.firstSlots, col.c.length / col.w, col.size];
    };
    expect(room(monthly, 'month')).toEqual([1080, 90, 1080, 960]);
    expect(room(monthly, 'quarter')).toEqual([360, 90, 360, 320]);
    expect(room(monthly, 'year')).toEqual([90, 90, 90, 80]);
    expect(room(monthly, 'whole')).toEqual([90, 90, 90, 80]);
    // A year split by time: January's 80 units and half of February's, month after month. Its
    // most reported month holds 80 of the 120 rows: room for 120 × 80/120 × 9/8 = 90 cells,
    // where a twelfth of the rows (10) would have grown four times.
    const byMonth = Array.from({ length: 120 }, (_, i) => obs(month(Math.floor(i / 80) + 1), '1', `U${i % 80}`));
    expect(room(byMonth, 'year')).toEqual([90, 90, 90, 80]);
    // Fewer than 64: room for 64. A row that is no period is passed over (and set aside with a
    // warning): 959 of the 960 rows count, 960 × 959/960 × 9/8 = 1,078.9, so 1,079.
    expect(room(monthly.slice(0, 480), 'year')).toEqual([64, 64, 64, 40]);
    expect(room([{ ...(monthly[0] as Observation), period: '2025-13' }, ...monthly.slice(1)], 'month')).toEqual([1079, 90, 1079, 959]);
    // Yearly figures in year buckets: one period holds every row, 960 × 9/8 = 1,080 (a cell for
    // each of 80 units, 12 figures each). 100 units × 10 days of January, by month: 1,000 × 100/1,000 × 9/8 = 112.5.
    expect(room(monthly.map((o) => ({ ...o, period: '2025' })), 'year')).toEqual([1080, 1080, 1080, 80]);
    expect(room(Array.from({ length: 1000 }, (_, i) => obs(`2025-01-${String((i % 10) + 1).padStart(2, '0')}`, '1', `U${Math.floor(i / 10)}`)), 'month')).toEqual([113, 113, 113, 100]);
    // Two indicators share the observations: half the room each.
    const two = accumulate([...monthly, ...monthly.map((o) => ({ ...o, indicatorId: 'y' }))], new Map([['x', rule('sum')], ['y', { ...rule('sum'), indicatorId: 'y' }]]), 'month');
    expect([...two.columns.values()].map((c) => [c.firstRoom, c.size])).toEqual([[1080, 960], [1080, 960]]);
    // Past 1,024 rows, one is drawn from each 1,024th of the list. By month every sample counts:
    // 1,200 × 9/8 = 1,350 exactly. By year, the most sampled of twelve months, about a twelfth of
    // the samples: near 100 × 9/8, never below it (the most sampled month has at least a twelfth).
    const big = Array.from({ length: 1200 }, (_, i) => obs(month((i % 12) + 1), '1', `U${Math.floor(i / 12)}`));
    expect(room(big, 'month')).toEqual([1350, expect.any(Number), 1350, 1200]);
    const [yearRoom] = room(big, 'year') as [number];
    expect(yearRoom).toBeGreaterThanOrEqual(113);
    expect(yearRoom).toBeLessThanOrEqual(150);
    // The samples are drawn from the whole list, not its first 1,024 rows: 600 units in January,
    // then 600 in February. Each month holds about half the samples, so 1,200 × 1/2 × 9/8 = 675
    // (the first 1,024 rows, 600 of them January's, would give 791).
    const twoMonths = Array.from({ length: 1200 }, (_, i) => obs(month(Math.floor(i / 600) + 1), '1', `U${i % 600}`));
    const [twoMonthsRoom] = room(twoMonths, 'year') as [number];
    expect(twoMonthsRoom).toBeGreaterThanOrEqual(650);
    expect(twoMonthsRoom).toBeLessThanOrEqual(700);
  });
  it('keeps cells apart past the first 64 units and across buckets, in any order', () => {
    // Units U0…U199: January with each unit's number as the figure, then February with ten
    // times it (in reverse), then January again with 1000 each: the cell index grows in both
    // buckets, and January's cells are found again after it has.
    const codes = Array.from({ length: 200 }, (_, i) => `U${i}`);
    const jan = codes.map((c) => obs('2025-01', c.slice(1), c));
    const feb = [...codes].reverse().map((c) => obs('2025-02', String(Number(c.slice(1)) * 10), c));
    const again = codes.map((c) => obs('2025-01', '1000', c));
    const { col, table } = run(rule('sum'), [...jan, ...feb, ...again], 'month');
    const figure = (unit: string, bucket: string) => {
      const { unitNo, bucketNo } = placesOf(col as unknown as Column);
      const i = Array.from(unitNo).findIndex((u, k) => table.units[u] === unit && table.buckets[bucketNo[k] as number] === bucket);
      return col.a[i];
    };
    expect(col.n.length).toBe(400);
    expect([figure('U0', '2025-01'), figure('U63', '2025-01'), figure('U64', '2025-02'), figure('U150', '2025-01'), figure('U199', '2025-02')]).toEqual([1000, 1063, 640, 1150, 1990]);
  });
  it('numbers digit codes by value and length, and any other code by name', () => {
    expect(['01', '001', '0001', '00001', '99', '999', '9999', '99999', '26734'].map(digitKey)).toEqual([1, 101, 1_101, 11_101, 99, 1_099, 11_099, 111_099, 37_834]);
    // Each length's keys begin just after the last key of the length before: no two codes share one.
    expect(['00', '000', '0000', '00000'].map(digitKey)).toEqual([0, 100, 1_100, 11_100]);
    expect(['1', '123456', '', 'A1', '1A', '2/3', '12:'].map(digitKey)).toEqual([-1, -1, -1, -1, -1, -1, -1]);
    // Codes that differ only in leading zeros are different units; digit and other codes share one numbering.
    const { col, table } = run(rule('sum'), [obs('2025', '1', '01'), obs('2025', '2', '001'), obs('2025', '4', 'X1'), obs('2025', '8', '01'), obs('2025', '16', '26734'), obs('2025', '32', '001')]);
    expect({ units: table.units, a: col.a }).toEqual({ units: ['01', '001', 'X1', '26734'], a: [9, 34, 4, 16] });
  });
});

describe('falling back to decimals', () => {
  const big = '999999999999999'; // 15 digits: fits; ten of them do not
  it('when a figure has more digits than a float holds exactly', () => {
    for (const [v, sum] of [['1234567890.1234567', '1234567891.1234567'], ['1000000000000000', '1000000000000001'], ['0.0000000000000001', '1.0000000000000001']]) {
      const { col } = run(rule('sum'), [obs('2025-01', v as string), obs('2025-02', '1')]);
      expect({ dec: col.dec, a: decs(col).a }).toEqual({ dec: true, a: sum });
    }
    expect(decs(run(rule('sum'), [obs('2025-01', '1234567890.1234567'), obs('2025-02', '1')]).col).a).toBe('1234567891.1234567');
    expect(run(rule('sum'), [obs('2025-01', '123456789012345'), obs('2025-02', '1.5')]).col.dec).toBe(false);
    expect(run(rule('sum'), [obs('2025-01', '12345678901234.5')]).col).toMatchObject({ dec: false, scale: 1, a: [123456789012345] });
  });
  it('when a sum passes 2^53, up or down', () => {
    const up = run(rule('sum'), Array.from({ length: 10 }, (_, i) => obs(`2025-${String(i + 1).padStart(2, '0')}`, big))).col;
    expect(up.dec).toBe(true);
    expect(decs(up).a).toBe('9999999999999990');
    const down = run(rule('sum'), Array.from({ length: 10 }, (_, i) => obs(`2025-${String(i + 1).padStart(2, '0')}`, `-${big}`))).col;
    expect(down.dec).toBe(true);
    expect(decs(down).a).toBe('-9999999999999990');
    const nine = run(rule('sum'), Array.from({ length: 9 }, (_, i) => obs(`2025-${String(i + 1).padStart(2, '0')}`, big))).col;
    expect(nine).toMatchObject({ dec: false, a: [8999999999999991] });
  });
  it('when a rescale or a scaled figure passes 2^53', () => {
    const rescaled = run(rule('sum'), [obs('2025-01', '99999999999999'), obs('2025-02', '99999999999998'), obs('2025-03', '0.001')]).col;
    expect(rescaled.dec).toBe(true);
    expect(decs(rescaled).a).toBe('199999999999997.001');
    const rescaledDown = run(rule('sum'), [obs('2025-01', '-99999999999999'), obs('2025-02', '-99999999999998'), obs('2025-03', '0.001')]).col;
    expect(decs(rescaledDown).a).toBe('-199999999999996.999');
    const rescaledDenominator = run(rule('ratio-of-sums', true), [share('2025-01', '1', '99999999999999'), share('2025-02', '1', '99999999999998'), share('2025-03', '0.001', '1')]).col;
    expect(decs(rescaledDenominator)).toEqual({ a: '2.001', b: '199999999999998' });
    // A scaled figure past 2^53 under max, min and last, which add nothing to catch it later.
    expect(decs(run(rule('max'), [obs('2025-01', '0.01'), obs('2025-02', '999999999999999')]).col).a).toBe('999999999999999');
    expect(decs(run(rule('min'), [obs('2025-01', '0.01'), obs('2025-02', '-999999999999999')]).col).a).toBe('-999999999999999');
    expect(decs(run(rule('last', true), [share('2025-01', '0.01', '1'), share('2025-02', '1', '999999999999999')]).col)).toEqual({ a: '1', b: '999999999999999' });
    const scaledUp = run(rule('sum'), [obs('2025-01', '0.01'), obs('2025-02', '999999999999999')]).col;
    expect(scaledUp.dec).toBe(true);
    expect(decs(scaledUp).a).toBe('999999999999999.01');
    const negative = run(rule('sum'), [obs('2025-01', '0.01'), obs('2025-02', '-999999999999999')]).col;
    expect(negative.dec).toBe(true);
    const denominators = run(rule('ratio-of-sums', true), Array.from({ length: 10 }, (_, i) => share(`2025-${String(i + 1).padStart(2, '0')}`, '1', big))).col;
    expect(denominators.dec).toBe(true);
    expect(decs(denominators)).toEqual({ a: '10', b: '9999999999999990' });
    const denominatorRescaled = run(rule('ratio-of-sums', true), [share('2025-01', '1', '99999999999999'), share('2025-02', '1', '99999999999999'), share('2025-03', '0.01', '1')]).col;
    expect(denominatorRescaled.dec).toBe(true);
    expect(decs(denominatorRescaled)).toEqual({ a: '2.01', b: '199999999999999' });
    const denominatorScaled = run(rule('ratio-of-sums', true), [share('2025-01', '0.01', '1'), share('2025-02', '1', '999999999999999')]).col;
    expect(denominatorScaled.dec).toBe(true);
    expect(decs(denominatorScaled)).toEqual({ a: '1.01', b: '1000000000000000' });
  });
  it('a value given as a share of an indicator that is not one: numerator ÷ denominator × 100, in decimals', () => {
    const { col } = run(rule('sum'), [share('2025-01', '1', '3'), obs('2025-02', '1')]);
    expect(col.dec).toBe(true);
    expect(decs(col).a).toBe('34.33333333333333333333333333333333333333');
  });
  it('a mean of ratios is kept in decimals from the start, and so are its first and last', () => {
    expect(run(rule('mean-of-ratios'), [obs('2025-01', '1')]).col.dec).toBe(true);
    const dec = (r: Rule) => run(r, [obs('2025-01', '1234567890.1234567'), obs('2025-03', '7'), obs('2025-02', '9'), obs('2025-02', '3'), obs('2025-03', '8'), obs('2025-01', '4'), obs('2025-02', '5')]).col;
    expect(decs(dec(rule('min'))).a).toBe('3');
    expect(decs(dec(rule('max'))).a).toBe('1234567890.1234567');
    expect(decs(run(rule('max'), [obs('2025-01', '0.0000000000000001'), obs('2025-02', '5'), obs('2025-03', '3')]).col).a).toBe('5');
    expect(decs(dec(rule('first'))).a).toBe('4');
    expect(decs(dec(rule('last'))).a).toBe('8');
    for (const k of ['sum', 'mean', 'weighted-mean', 'count', 'mean-of-ratios'] as const) expect(decs(dec(rule(k))).a, k).toBe('1234567926.1234567');
    const shares = run(rule('last', true), [share('2025-01', '1234567890.1234567', '2000000000'), share('2025-02', '3', '4')]).col;
    expect({ dec: shares.dec, ...decs(shares) }).toEqual({ dec: true, a: '3', b: '4' });
    const sums = run(rule('ratio-of-sums', true), [share('2025-01', '1234567890.1234567', '2000000000'), share('2025-02', '3', '4')]).col;
    expect(decs(sums)).toEqual({ a: '1234567893.1234567', b: '2000000004' });
  });
  it('warnings of an indicator that falls back are given once, not twice', () => {
    const { col, warnings } = run(rule('sum'), [obs('2025', '1'), obs('2025-01', '1234567890.1234567')], 'month');
    expect(col.dec).toBe(true);
    expect(warnings).toEqual([{ code: 'period-longer-than-bucket', indicatorId: 'x', unitCode: 'A', period: '2025', message: 'the period 2025 does not fit in one month bucket' }]);
  });
});

describe('what is set aside, with its warning', () => {
  it('an unknown indicator, a share without its parts', () => {
    const t = accumulate([{ indicatorId: 'y', unitCode: 'A', period: '2025', value: '1' }, obs('2025', '2')], new Map([['x', rule('ratio-of-sums', true)]]), 'year');
    expect(t.warnings).toEqual([
      { code: 'unknown-indicator', indicatorId: 'y', unitCode: 'A', period: '2025', message: 'the indicator "y" is not among the roll-up\'s indicators' },
      { code: 'share-without-numerator', indicatorId: 'x', unitCode: 'A', period: '2025', message: 'a share needs its numerator and denominator to roll up as a ratio of sums; only a value (2) was given' },
    ]);
    expect(t.columns.get('x')?.size).toBe(0);
  });
});

describe('periods in buckets', () => {
  it('order keys: a later end is later; the same end, a later start is later', () => {
    const order = (p: string) => (placePeriod(p, 'year') as { order: number }).order;
    expect(order('2025-06-30')).toBe(20250630 * 1e8 + 20250630);
    expect(order('2025-Q2')).toBe(20250630 * 1e8 + 20250401);
    expect(order('2025-06')).toBeGreaterThan(order('2025-Q2'));
    expect(order('2025-12-01')).toBeGreaterThan(order('2025-11-30'));
    expect(order('2025-11-30')).toBeGreaterThan(order('2025-10-31'));
  });
  it('a period fits a bucket only when it lies inside one', () => {
    expect(placePeriod('2025-06-30', 'day')).toMatchObject({ label: '2025-06-30' });
    expect(placePeriod('2025-06', 'day')).toBeUndefined();
    expect(placePeriod('2025-Q2', 'quarter')).toMatchObject({ label: '2025-Q2' });
    expect(placePeriod('2025', 'quarter')).toBeUndefined();
    expect(placePeriod('2025-06', 'quarter')).toMatchObject({ label: '2025-Q2' });
    expect(placePeriod('2025', 'whole')).toMatchObject({ label: 'all' });
    expect(placePeriod('2025-13', 'year')).toBeNull();
  });
});

describe('remembered work', () => {
  it('a hierarchy is indexed once, a period placed once per bucket', () => {
    const h = syntheticHierarchy(1, 2, 2);
    expect(indexHierarchy(h)).toBe(indexHierarchy(h));
    expect(indexHierarchy(syntheticHierarchy(1, 2, 2))).not.toBe(indexHierarchy(h));
    const place = periodPlacer('quarter');
    expect(place('2025-05')).toBe(place('2025-05'));
    expect(place('2025-05')).toEqual({ label: '2025-Q2', order: 2025053120250501 });
    // A period longer than the bucket is remembered too (undefined), and a bad one (null).
    expect([place('2025'), place('2025'), place('2025-13'), place('2025-13')]).toEqual([undefined, undefined, null, null]);
  });
});

describe('units against a target', () => {
  it('the worst unit: the largest shortfall, ties to the lowest code, whatever the order of the codes', () => {
    const values = new Map([['B', '60'], ['A', '60'], ['C', '90'], ['D', '70']]);
    const s = summariseUnitValues(values, ['D', 'B', 'C', 'A', 'E'], { kind: 'at-least', value: '80' }, DEFAULT_STATUS_BANDS);
    expect(s).toMatchObject({ units: 5, reported: 4, met: 1, worst: { unitCode: 'A', value: '60' } });
  });
});

describe('rows in columns, packed', () => {
  // Units 0–3 of a synthetic province; a radix of 2^40 units leaves room to pack counts up to
  // 2^53 ÷ (32 × 2^40) − 2 = 254 with a unit and flags.
  const h = indexHierarchy(syntheticHierarchy(1, 1, 2));
  const full = (expected: number) => ({ expected, reported: expected, share: '1', missing: [] });
  it('keeps a count past what packs by its row, and a column grown past its room', () => {
    const c = new FigureColumns(2 ** 40);
    c.scales[0] = 1;
    // Arrays of two, given back by a column before: the column's rows start in them, and grow.
    c.recycle([new Float64Array(2), new Float64Array(2), new Float64Array(2)]);
    c.startColumn(2);
    c.add(0, 0, 0, full(2), 254, false, c.defer('scaled', 125, 0));
    c.add(0, 2, 0, full(1), 255, true, c.defer('ratio', 3, 4));
    c.add(0, 3, 0, full(1), 2 ** 40, false, c.defer('mean', 7, 2));
    c.endColumn();
    const r = readColumns(c, { indicatorIds: ['x'], buckets: ['2025'], h, warnings: [] });
    expect([0, 1, 2].map((i) => [r.unitCode(i), r.observations(i), r.own(i), r.value(i), r.numerator(i), r.denominator(i)])).toEqual([
      ['10', 254, false, '12.5', undefined, undefined], ['10000', 255, true, '75', '0.3', '0.4'], ['10001', 2 ** 40, false, '0.35', undefined, undefined],
    ]);
    expect([...c.large.keys()]).toEqual([1, 2]);
    expect(c.chunks.map((k) => [k.packed.length, k.a.length, k.b?.length])).toEqual([[3, 3, 3]]);
  });
  it('takes back a column started again, with its large counts, texts and coverage, and only its own', () => {
    const c = new FigureColumns(2 ** 40);
    c.startColumn(2);
    const short = { expected: 1, reported: 0, share: '0', missing: ['10000'] };
    c.add(0, 2, 0, short, 300, false, 'kept');
    c.endColumn();
    c.startColumn(2);
    c.add(1, 3, 0, short, 300, false, 'taken back');
    c.truncate();
    expect([c.length, [...c.large.keys()], [...c.texts.keys()], [...c.partial.keys()], c.segmentStart]).toEqual([1, [0], [0], [0], [0]]);
    // Started again: a chunk of its own rows only.
    c.add(1, 3, 0, full(1), 1, false, 'again');
    c.endColumn();
    expect(c.chunks.map((k) => [k.start, k.packed.length])).toEqual([[0, 1], [1, 1]]);
    expect(DEFERRED).toBe('');
  });
});
