// The roll-up's two representations — scaled integers in floats while every figure fits, decimals
// past that — and the passages between them, each figure worked out by hand. Totals past
// 2^53 − 1 (9,007,199,254,740,991) are chosen odd, where floats hold only even numbers, so a total
// added in floats would come out one off. Also what a cell gives its parents in each (counts,
// means, the smallest and largest, zero denominators) and the orders and sizes that must not matter.
import { describe, expect, it } from 'vitest';
import { rollup, type Observation } from '../../src/index.js';
import { finishRollup, partialRollup, type RollupPartial } from '../../src/rollup/partials.js';
import { SHARE, syntheticHierarchy, testIndicator as ind } from './fixtures.js';

// Province 10; districts 100 (communes 10000, 10001) and 101 (communes 10002, 10003).
const h = syntheticHierarchy(1, 2, 2);
const share = { share: SHARE };
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

  it('over space in a later bucket: the column is added again in decimals, its earlier buckets written once', () => {
    // Province 10; districts 100 (communes 10000–10004) and 101 (10005–10009). January: 1 + 2 =
    // 3. February: 999,999,999,999,999 in each of the ten communes, each cell in floats, their
    // sum 9,999,999,999,999,990 past 2^53 only over space, after January's rows are written.
    const h10 = syntheticHierarchy(1, 2, 5);
    const communes = Array.from({ length: 10 }, (_, k) => String(10000 + k));
    const data = [value('x', '10000', 1, '1'), value('x', '10001', 1, '2'), ...communes.map((u) => value('x', u, 2, NINES))];
    const r = rollup(data, [ind('x', 'sum', 'sum')], h10, { bucket: 'month' });
    const province = r.rows.filter((x) => x.unitCode === '10').map((x) => [x.period, x.status === 'value' ? x.value : x.status]);
    expect(province).toEqual([['2025-01', '3'], ['2025-02', '9999999999999990']]);
    // January: the province, district 100, two communes; February: the province, two districts, ten communes.
    expect(r.rows).toHaveLength(4 + 13);
    expect(r.rows.filter((x) => x.period === '2025-02' && x.unitCode === '101').map((x) => x.status === 'value' && x.value)).toEqual(['4999999999999995']);
  });

  it('a ratio of sums: its numerator and denominator sums past 2^53, each exact', () => {
    const months = Array.from({ length: 10 }, (_, i) => i + 1);
    const data = [
      // Both sums past 2^53: 9,999,999,999,999,991 ÷ itself (100%).
      ...months.map((m) => ratio('both', '10000', m, NINES, NINES)), ratio('both', '10000', 11, '1', '1'),
      // The denominator alone past 2^53: 11 ÷ 9,999,999,999,999,991.
      ...months.map((m) => ratio('den', '10000', m, '1', NINES)), ratio('den', '10000', 11, '1', '1'),
    ];
    const r = rollup(data, [ind('both', 'ratio-of-sums', 'ratio-of-sums', share), ind('den', 'ratio-of-sums', 'ratio-of-sums', share)], h);
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
    const r = rollup(data, [ind('g', 'sum', 'sum'), ind('n', 'sum', 'sum'), ind('s', 'ratio-of-sums', 'ratio-of-sums', share)], h);
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
    const r = rollup(data, [ind('max', 'max', 'sum'), ind('min', 'min', 'sum'), ind('last', 'last', 'ratio-of-sums', share)], h);
    expect([row(r, 'max', '10000'), row(r, 'min', '10000')]).toEqual([['900000000000001'], ['-900000000000001']]);
    expect(row(r, 'last', '10000')?.slice(1)).toEqual(['1', '900000000000001']);
  });
});

describe('what a cell gives its parents, in floats and in decimals', () => {
  // Twenty digits are past the fast path: such a column is in decimals from the start.
  const BIG = '10000000000000000001';
  it('a count over time is the number of figures, not their sum', () => {
    const data = [value('c', '10000', 1, '5'), value('c', '10000', 2, '7'), value('h', '10000', 1, '0.5'), value('h', '10000', 2, '0.7'), value('d', '10000', 1, BIG), value('d', '10000', 2, BIG)];
    const r = rollup(data, [ind('c', 'count', 'sum'), ind('h', 'count', 'sum'), ind('d', 'count', 'sum')], h);
    expect([row(r, 'c', '10000'), row(r, 'h', '10000'), row(r, 'd', '10000'), row(r, 'd', '10')]).toEqual([['2'], ['2'], ['2'], ['2']]);
  });
  it('a mean over time, in decimals: 10^19 + 1 and 10^19 + 3 average 10^19 + 2', () => {
    const data = [value('m', '10000', 1, BIG), value('m', '10000', 2, '10000000000000000003')];
    const r = rollup(data, [ind('m', 'mean', 'sum')], h);
    expect(row(r, 'm', '10000')).toEqual(['10000000000000000002']);
  });
  it('a mean of ratios over time: 1 of 2 and 3 of 4 are 62.5%', () => {
    const data = [ratio('q', '10000', 1, '1', '2'), ratio('q', '10000', 2, '3', '4')];
    const r = rollup(data, [ind('q', 'mean-of-ratios', 'mean-of-ratios', share)], h);
    expect([row(r, 'q', '10000'), row(r, 'q', '10')]).toEqual([['62.5'], ['62.5']]);
  });
  it('weights that sum to 0 give no weighted mean, and say so', () => {
    const weighted = { ...ind('w', 'sum', 'weighted-mean'), weight: 'population' };
    const r = rollup([value('w', '10000', 1, '5'), value('w', '10001', 1, '9')], [weighted], h, { weights: { population: { '10000': 0, '10001': '0' } } });
    // Not even the communes: each one's own weight is 0.
    expect(r.rows.filter((x) => x.indicatorId === 'w')).toEqual([]);
    expect(r.warnings.filter((w) => w.code === 'zero-denominator').map((w) => w.unitCode)).toEqual(['10', '100', '10000', '10001']);
    expect(new Set(r.warnings.map((w) => w.message))).toEqual(new Set(['the weights sum to 0: no weighted mean']));
  });
});

describe('a column that falls back to decimals is read again, its warnings once', () => {
  it('each warning once, whichever pass made it', () => {
    const BIG = '10000000000000000001';
    const data = [
      value('s', '10000', 1, '1'), value('s', '10000', 2, BIG), // falls back to decimals at its second figure
      { indicatorId: 's', unitCode: '10001', period: '2025', value: '1' }, // longer than a quarter
      { indicatorId: 't', unitCode: '10001', period: '2025', value: '1' }, // longer than a quarter, and stays in floats
      value('ghost', '10000', 1, '1'), // not among the indicators
    ];
    const r = rollup(data, [ind('s', 'sum', 'sum'), ind('t', 'sum', 'sum')], h, { bucket: 'quarter' });
    expect(r.warnings.map((w) => `${w.code} ${w.indicatorId} ${w.unitCode}`).sort()).toEqual([
      'period-longer-than-bucket s 10001', 'period-longer-than-bucket t 10001', 'unknown-indicator ghost 10000',
    ]);
    expect(row(r, 's', '10000')).toEqual(['10000000000000000002']);
  });

  it('keeps 150,000 warnings of the first pass, more than a call takes arguments', () => {
    // 150,000 rows of an indicator not rolled up, each set aside with a warning, then a column
    // that falls back to decimals: the warnings of the first pass are kept but the fallen
    // column's, without spreading them into one call (which fails past about 120,000).
    const ghosts = Array.from({ length: 150_000 }, (_, i) => value('ghost', '10000', (i % 12) + 1, '1'));
    const r = rollup([...ghosts, value('s', '10000', 1, '1'), value('s', '10000', 2, '10000000000000000001')], [ind('s', 'sum', 'sum')], h);
    expect([r.warnings.length, r.warnings[149_999]?.code, row(r, 's', '10000')]).toEqual([150_000, 'unknown-indicator', ['10000000000000000002']]);
  });
});

describe('over space, in floats and in decimals', () => {
  const BIG = '10000000000000000001';
  it('the smallest and the largest of the communes', () => {
    const data = (id: string, a: string, b: string) => [value(id, '10000', 1, a), value(id, '10001', 1, b), value(id, '10002', 1, a)];
    const r = rollup([...data('lo', '5', '3'), ...data('hi', '5', '3'), ...data('dlo', BIG, '3'), ...data('dhi', '3', BIG)], [ind('lo', 'sum', 'min'), ind('hi', 'sum', 'max'), ind('dlo', 'sum', 'min'), ind('dhi', 'sum', 'max')], h);
    expect([row(r, 'lo', '100'), row(r, 'hi', '100'), row(r, 'lo', '10'), row(r, 'hi', '10')]).toEqual([['3'], ['5'], ['3'], ['5']]);
    expect([row(r, 'dlo', '100'), row(r, 'dhi', '100'), row(r, 'dlo', '10'), row(r, 'dhi', '10')]).toEqual([['3'], [BIG], ['3'], [BIG]]);
  });
  it('denominators that sum to 0, in decimals, give no ratio', () => {
    const data = [ratio('p', '10000', 1, '0', '0'), ratio('p', '10001', 1, '0', '0.00000000000000000001')];
    const r = rollup(data, [ind('p', 'ratio-of-sums', 'ratio-of-sums', share)], h);
    expect(r.rows.filter((x) => x.indicatorId === 'p').map((x) => x.unitCode)).toEqual(['10', '100', '10001']);
    const zero = rollup([ratio('p', '10000', 1, '0', '0'), ratio('p', '10001', 1, '0', '0'), value('x', '10000', 1, BIG)], [ind('p', 'ratio-of-sums', 'ratio-of-sums', share)], h);
    expect(zero.rows.filter((x) => x.indicatorId === 'p')).toEqual([]);
    expect(zero.warnings.filter((w) => w.code === 'zero-denominator').map((w) => `${w.unitCode}: ${w.message}`)).toEqual([
      '10: the denominators sum to 0: no ratio', '100: the denominators sum to 0: no ratio', '10000: the denominators sum to 0: no ratio', '10001: the denominators sum to 0: no ratio',
    ]);
  });
  it('a weighted mean without the weights option: every unit lacks its weight', () => {
    const weighted = { ...ind('w', 'sum', 'weighted-mean'), weight: 'population' };
    const r = rollup([value('w', '10000', 1, '5')], [weighted], h);
    expect(r.rows).toEqual([]);
    expect(r.warnings.map((w) => `${w.code} ${w.unitCode}: ${w.message}`)).toEqual(['missing-weight 10000: no "population" weight for 10000: left out of the weighted mean']);
  });
  it('rows by unit, then period, then indicator, whatever the order of the months', () => {
    const r = rollup([value('s', '10000', 3, '1'), value('s', '10000', 1, '1'), value('s', '10000', 2, '1')], [ind('s', 'sum', 'sum')], h, { bucket: 'month' });
    expect(r.rows.filter((x) => x.unitCode === '10000').map((x) => x.period)).toEqual(['2025-01', '2025-02', '2025-03']);
  });
});

describe('many units in one bucket', () => {
  it('the 65th unit and beyond get cells of their own (the table of places grows)', () => {
    const big = syntheticHierarchy(1, 10, 20); // 200 communes, 10000 to 10199
    const data = Array.from({ length: 200 }, (_, k) => value('s', String(10000 + k), 1, String(k + 1)));
    const r = rollup(data, [ind('s', 'sum', 'sum')], big);
    // 1 + 2 + … + 200 = 20,100; the district of communes 10060–10079 has 61 + … + 80 = 1,410.
    expect([row(r, 's', '10'), row(r, 's', '103'), row(r, 's', '10064'), row(r, 's', '10128')]).toEqual([['20100'], ['1410'], ['65'], ['129']]);
  });
});

describe('a hierarchy of provinces alone', () => {
  it('each province is its own leaf, the first as well as the last', () => {
    const provinces = syntheticHierarchy(3, 0, 0); // 10, 11, 12: no districts, no communes
    const r = rollup([value('s', '10', 1, '4'), value('s', '12', 1, '6')], [ind('s', 'sum', 'sum')], provinces);
    expect(r.rows.map((x) => [x.unitCode, x.status === 'value' ? x.value : x.status, x.coverage.expected, x.coverage.reported])).toEqual([['10', '4', 1, 1], ['12', '6', 1, 1]]);
  });
});

describe('a weighted mean over time', () => {
  it('is the mean of the unit\'s figures (the weight applies over space): 4 and 6 give 5', () => {
    const r = rollup([value('w', '10000', 1, '4'), value('w', '10000', 2, '6')], [ind('w', 'weighted-mean', 'sum')], h);
    expect([row(r, 'w', '10000'), row(r, 'w', '10')]).toEqual([['5'], ['5']]);
  });
});

describe('a cell rescaled past 2^53 where no sum would notice', () => {
  it('the largest and the smallest keep their figure exactly, over time and over space', () => {
    // 900,000,000,000,001 at scale 2 is 90,000,000,000,000,100, which a float cannot hold; a
    // largest (or smallest) is not added to anything after it, so the rescaling must see it.
    const data = [
      value('max', '10000', 1, '900000000000001'), value('max', '10000', 2, '0.01'),
      value('min', '10000', 1, '-900000000000001'), value('min', '10000', 2, '-0.01'),
    ];
    const r = rollup(data, [ind('max', 'max', 'max'), ind('min', 'min', 'min')], h);
    expect([row(r, 'max', '10000'), row(r, 'min', '10000'), row(r, 'max', '10'), row(r, 'min', '10')]).toEqual([['900000000000001'], ['-900000000000001'], ['900000000000001'], ['-900000000000001']]);
  });
});

describe('a decimal column larger than a call\'s arguments', () => {
  it('comes back from a partial read from JSON whole: 150,000 cells of a mean of ratios, finished as rollup rolls them up', () => {
    // 12,500 communes × 12 months, each month 1 of 3: a mean of ratios over time is kept in
    // decimals from the start. A list spread into one call (push(...list)) fails past about
    // 120,000 elements on this engine; the column must be read without one.
    const big = syntheticHierarchy(10, 25, 50);
    const communes = big.units.filter((u) => u.level === 'commune').map((u) => u.code);
    const rate = ind('rate', 'mean-of-ratios', 'mean-of-ratios', share);
    const data = communes.flatMap((unitCode) => Array.from({ length: 12 }, (_, m) => ratio('rate', unitCode, m + 1, '1', '3')));
    expect(data.length).toBe(150_000);
    const partial = JSON.parse(JSON.stringify(partialRollup(data, [rate], { bucket: 'month' }))) as RollupPartial;
    const finished = finishRollup(partial, [rate], big, { bucket: 'month' });
    const third = '33.33333333333333333333333333333333333333';
    const at = (unitCode: string) => {
      const r = finished.rows.find((x) => x.unitCode === unitCode && x.period === '2025-12');
      return r?.status === 'value' ? [r.value, r.observations] : r?.status;
    };
    expect([at('22499'), at('10')]).toEqual([[third, 1], [third, 1250]]);
    expect(finished.rows).toStrictEqual(rollup(data, [rate], big, { bucket: 'month' }).rows);
  });
});
