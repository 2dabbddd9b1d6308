// Figures whose scaled integers pass 2^53 − 1 (9,007,199,254,740,991): the roll-up must notice
// and finish in decimals, never round. Each total is odd past 2^53, where floats hold only even
// numbers, so a total added in floats would come out one off; each is worked out by hand.
import { describe, expect, it } from 'vitest';
import { rollup, type Indicator, type Observation } from '../../src/index.js';
import { syntheticHierarchy } from './fixtures.js';

// Province 10; districts 100 (communes 10000, 10001) and 101 (communes 10002, 10003).
const h = syntheticHierarchy(1, 2, 2);
const share = { numerator: { vi: 'tử', en: 'numerator' }, denominator: { vi: 'mẫu', en: 'denominator' } };
const ind = (id: string, time: Indicator['aggregation']['time'], space: Indicator['aggregation']['space'], withShare = false): Indicator => ({
  id, name: { vi: id, en: id }, domain: 'digital-government', unit: 'count', direction: 'higher-is-better', aggregation: { time, space }, ...(withShare ? { share } : {}),
});
const month = (m: number) => `2025-${String(m).padStart(2, '0')}`;
const value = (indicatorId: string, unitCode: string, m: number, v: string): Observation => ({ indicatorId, unitCode, period: month(m), value: v });
const ratio = (indicatorId: string, unitCode: string, m: number, numerator: string, denominator: string): Observation => ({ indicatorId, unitCode, period: month(m), numerator, denominator });
const NINES = '999999999999999'; // 15 digits: the most a figure may have on the fast path
const row = (r: ReturnType<typeof rollup>, id: string, unit: string) => {
  const x = r.rows.find((y) => y.indicatorId === id && y.unitCode === unit);
  return x?.status === 'value' ? [x.value, x.numerator, x.denominator].filter((s) => s !== undefined) : x?.status;
};

describe('totals past 2^53', () => {
  it('over time: ten months of 999,999,999,999,999 and a month of 1 are 9,999,999,999,999,991', () => {
    const months = Array.from({ length: 10 }, (_, i) => i + 1);
    const data = [
      ...months.map((m) => value('up', '10000', m, NINES)), value('up', '10000', 11, '1'),
      ...months.map((m) => value('down', '10000', m, `-${NINES}`)), value('down', '10000', 11, '-1'),
    ];
    const r = rollup(data, [ind('up', 'sum', 'sum'), ind('down', 'sum', 'sum')], h);
    expect([row(r, 'up', '10000'), row(r, 'up', '10')]).toEqual([['9999999999999991'], ['9999999999999991']]);
    expect([row(r, 'down', '10000'), row(r, 'down', '10')]).toEqual([['-9999999999999991'], ['-9999999999999991']]);
  });

  it('over space: two communes of 4,999,999,999,999,995 and 4,999,999,999,999,996 make a district of 9,999,999,999,999,991', () => {
    const five = [1, 2, 3, 4, 5];
    const data = (id: string, sign: string) => [
      ...five.map((m) => value(id, '10000', m, `${sign}${NINES}`)),
      ...five.map((m) => value(id, '10001', m, `${sign}${NINES}`)), value(id, '10001', 6, `${sign}1`),
    ];
    const r = rollup([...data('up', ''), ...data('down', '-')], [ind('up', 'sum', 'sum'), ind('down', 'sum', 'sum')], h);
    expect([row(r, 'up', '10000'), row(r, 'up', '10001'), row(r, 'up', '100')]).toEqual([['4999999999999995'], ['4999999999999996'], ['9999999999999991']]);
    expect(row(r, 'down', '100')).toEqual(['-9999999999999991']);
  });

  it('a ratio of sums: its numerator and denominator sums past 2^53, each exact', () => {
    const months = Array.from({ length: 10 }, (_, i) => i + 1);
    const data = [
      // Both sums past 2^53: 9,999,999,999,999,991 ÷ itself (100%).
      ...months.map((m) => ratio('both', '10000', m, NINES, NINES)), ratio('both', '10000', 11, '1', '1'),
      // The denominator alone past 2^53: 11 ÷ 9,999,999,999,999,991.
      ...months.map((m) => ratio('den', '10000', m, '1', NINES)), ratio('den', '10000', 11, '1', '1'),
    ];
    const r = rollup(data, [ind('both', 'ratio-of-sums', 'ratio-of-sums', true), ind('den', 'ratio-of-sums', 'ratio-of-sums', true)], h);
    expect(row(r, 'both', '10000')).toEqual(['100', '9999999999999991', '9999999999999991']); // a share, in per cent
    expect(row(r, 'den', '10000')?.slice(1)).toEqual(['11', '9999999999999991']);
  });

  it('a figure with more decimals rescales the cell: 900,000,000,000,000 and 0.01', () => {
    // At scale 2 the first figure would be 9·10^16, past 2^53: the cell goes decimal.
    const data = [
      value('g', '10000', 1, '900000000000000'), value('g', '10000', 2, '0.01'),
      value('n', '10000', 1, '-900000000000000'), value('n', '10000', 2, '-0.01'),
      // A share: its denominator, rescaled, passes 2^53.
      ratio('s', '10000', 1, '1', '900000000000000'), ratio('s', '10000', 2, '0.01', '1'),
    ];
    const r = rollup(data, [ind('g', 'sum', 'sum'), ind('n', 'sum', 'sum'), ind('s', 'ratio-of-sums', 'ratio-of-sums', true)], h);
    expect([row(r, 'g', '10000'), row(r, 'n', '10000')]).toEqual([['900000000000000.01'], ['-900000000000000.01']]);
    expect(row(r, 's', '10000')?.slice(1)).toEqual(['1.01', '900000000000001']);
  });

  it('a figure with fewer decimals than its cell, scaled past 2^53: the largest, the smallest, the last', () => {
    // 900,000,000,000,001 at scale 2 is 90,000,000,000,000,100, which a float cannot hold.
    const data = [
      value('max', '10000', 1, '0.01'), value('max', '10000', 2, '900000000000001'),
      value('min', '10000', 1, '-0.01'), value('min', '10000', 2, '-900000000000001'),
      ratio('last', '10000', 1, '0.01', '1'), ratio('last', '10000', 2, '1', '900000000000001'),
    ];
    const r = rollup(data, [ind('max', 'max', 'sum'), ind('min', 'min', 'sum'), ind('last', 'last', 'ratio-of-sums', true)], h);
    expect([row(r, 'max', '10000'), row(r, 'min', '10000')]).toEqual([['900000000000001'], ['-900000000000001']]);
    expect(row(r, 'last', '10000')?.slice(1)).toEqual(['1', '900000000000001']);
  });
});
