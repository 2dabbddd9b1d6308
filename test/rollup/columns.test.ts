// rollupColumns: the rows of rollup in columns. Worked by hand on a small province, held to the
// decimal oracle and to rollup row by row for every aggregation kind and rule, and the edges of
// reading it (row numbers out of range, decimal columns, coverage short of full); and
// finishRollupColumns, the rows of a split roll-up's finishRollup in columns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxInputError, rollup, rollupColumns, type Observation, type RollupColumns, type RollupOptions, type RollupRow } from '../../src/index.js';
import { finishRollup, finishRollupColumns, mergeAllRollupPartials, partialRollup, type RollupPartial } from '../../src/rollup/partials.js';
import { asOracleRows, KINDS, observationsArb, SHARE, syntheticHierarchy, testIndicator as ind } from './fixtures.js';
import { oracleRollup } from './oracle.js';

const rowsOf = (c: RollupColumns): RollupRow[] => Array.from({ length: c.length }, (_, i) => c.row(i));
// Each field read alone, as a row: what the accessors give must be what row(i) gives.
const fieldsOf = (c: RollupColumns, i: number) => ({
  indicatorId: c.indicatorId(i), unitCode: c.unitCode(i), level: c.level(i), period: c.period(i), coverage: c.coverage(i),
  observations: c.observations(i), own: c.own(i), status: c.status(i), value: c.value(i), numerator: c.numerator(i), denominator: c.denominator(i),
});
const fieldsOfRow = (r: RollupRow) => ({
  indicatorId: r.indicatorId, unitCode: r.unitCode, level: r.level, period: r.period, coverage: r.coverage, observations: r.observations, own: r.own, status: r.status,
  value: r.status === 'value' ? r.value : undefined, numerator: r.status === 'value' ? r.numerator : undefined, denominator: r.status === 'value' ? r.denominator : undefined,
});

// Province 10; districts 100 (communes 10000, 10001) and 101 (communes 10002, 10003).
const h = syntheticHierarchy(1, 2, 2);
const month = (m: number) => `2025-${String(m).padStart(2, '0')}`;
const value = (indicatorId: string, unitCode: string, m: number, v: string): Observation => ({ indicatorId, unitCode, period: month(m), value: v });
const ratio = (unitCode: string, m: number, numerator: string, denominator: string): Observation => ({ indicatorId: 'rate', unitCode, period: month(m), numerator, denominator });

// The worked province: a rate (ratio of sums) and hours (largest over the month, mean over space).
const indicators = [ind('rate', 'ratio-of-sums', 'ratio-of-sums', { share: SHARE, unit: 'percent' }), ind('hours', 'max', 'mean')];
const data = [
  ratio('10000', 1, '1', '3'), ratio('10001', 1, '2', '3'), ratio('10002', 2, '5', '8'),
  value('hours', '10000', 1, '2.5'), value('hours', '10000', 2, '4'), value('hours', '10001', 1, '3'), value('hours', '10003', 1, '1.25'),
];

describe('rollupColumns, worked by hand', () => {
  const cols = rollupColumns(data, indicators, h, { bucket: 'month' });

  it('gives each figure of each unit and month, in rollup\'s order', () => {
    // Each parent before its children. rate, January: district 100 = (1 + 2) ÷ (3 + 3) = 50%, its communes 33.3…% and 66.6…%;
    // February: commune 10002, 5 ÷ 8 = 62.5%, and its district and province alike.
    // hours (largest over the month, mean over space), January: 10000 2.5, 10001 3, 10003 1.25;
    // district 100 = (2.5 + 3) ÷ 2 = 2.75, district 101 = 1.25, the province (2.5 + 3 + 1.25) ÷ 3 = 2.25.
    const table = Array.from({ length: cols.length }, (_, i) => [cols.indicatorId(i), cols.period(i), cols.unitCode(i), cols.value(i)]);
    expect(table).toEqual([
      ['rate', '2025-01', '10', '50'], ['rate', '2025-01', '100', '50'],
      ['rate', '2025-01', '10000', '33.33333333333333333333333333333333333333'], ['rate', '2025-01', '10001', '66.66666666666666666666666666666666666667'],
      ['rate', '2025-02', '10', '62.5'], ['rate', '2025-02', '101', '62.5'], ['rate', '2025-02', '10002', '62.5'],
      ['hours', '2025-01', '10', '2.25'], ['hours', '2025-01', '100', '2.75'], ['hours', '2025-01', '10000', '2.5'],
      ['hours', '2025-01', '10001', '3'], ['hours', '2025-01', '101', '1.25'], ['hours', '2025-01', '10003', '1.25'],
      ['hours', '2025-02', '10', '4'], ['hours', '2025-02', '100', '4'], ['hours', '2025-02', '10000', '4'],
    ]);
  });

  it('gives a ratio\'s sums, coverage with the leaves missing, levels and counts', () => {
    expect([cols.numerator(1), cols.denominator(1), cols.numerator(7), cols.denominator(7)]).toEqual(['3', '6', undefined, undefined]);
    // The province in January: 2 of its 4 communes reported the rate, 3 the hours.
    expect(cols.coverage(0)).toEqual({ expected: 4, reported: 2, share: '0.5', missing: ['10002', '10003'] });
    expect(cols.coverage(7)).toEqual({ expected: 4, reported: 3, share: '0.75', missing: ['10002'] });
    expect(cols.coverage(2)).toEqual({ expected: 1, reported: 1, share: '1', missing: [] });
    expect([cols.level(0), cols.level(1), cols.level(2)]).toEqual(['province', 'district', 'commune']);
    expect([cols.observations(0), cols.observations(7), cols.own(0), cols.status(0)]).toEqual([2, 3, false, 'value']);
  });

  it('is rollup\'s rows, field by field and whole', () => {
    const { rows, warnings } = rollup(data, indicators, h, { bucket: 'month' });
    // Strictly: no key rollup's row lacks (a numerator of undefined), none it has missing.
    expect(rowsOf(cols)).toStrictEqual(rows);
    expect(JSON.stringify(rowsOf(cols))).toBe(JSON.stringify(rows));
    expect(Array.from({ length: cols.length }, (_, i) => fieldsOf(cols, i))).toEqual(rows.map(fieldsOfRow));
    expect(cols.warnings).toEqual(warnings);
  });

  it('throws a DxInputError for a row number that is not one', () => {
    for (const i of [-1, 16, 1.5, Number.NaN]) {
      expect(() => cols.value(i)).toThrow(DxInputError);
      expect(() => cols.row(i)).toThrow(/row number: 1 problem\n {2}- i: should be a whole number from 0 to 15/);
    }
  });

  it('an insufficient-coverage row has no figure; a count over space is a whole number', () => {
    const c = rollupColumns(data, [ind('n', 'sum', 'count'), ...indicators], h, { bucket: 'month', minCoverage: '0.7' });
    const r = rollup(data, [ind('n', 'sum', 'count'), ...indicators], h, { bucket: 'month', minCoverage: '0.7' });
    expect(rowsOf(c)).toEqual(r.rows);
    // The rate in January: the province (2 of 4) is short of 0.7.
    expect([c.status(0), c.value(0), c.numerator(0), c.row(0).status]).toEqual(['insufficient-coverage', undefined, undefined, 'insufficient-coverage']);
  });
});

describe('rollupColumns, held to the oracle and to rollup', () => {
  const hh = syntheticHierarchy(2, 2, 3);
  const optionsArb: fc.Arbitrary<RollupOptions> = fc.record({
    bucket: fc.constantFrom('year', 'quarter', 'month', 'whole') as fc.Arbitrary<'year'>,
    nonLeafFigures: fc.constantFrom('prefer-children', 'prefer-own', 'add') as fc.Arbitrary<'add'>,
    minCoverage: fc.constantFrom(undefined, '0.5', '1'),
    levels: fc.constantFrom(undefined, ['province'], ['district', 'commune']) as fc.Arbitrary<RollupOptions['levels']>,
  }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as RollupOptions);

  it('every aggregation kind and rule: the oracle\'s figures, and rollup\'s rows in rollup\'s order', () => {
    fc.assert(
      fc.property(observationsArb(hh), optionsArb, (obs, options) => {
        const c = rollupColumns(obs, KINDS, hh, options);
        const r = rollup(obs, KINDS, hh, options);
        expect(asOracleRows({ rows: rowsOf(c), warnings: [] })).toEqual(oracleRollup(obs, KINDS, hh, options));
        expect(rowsOf(c)).toStrictEqual(r.rows);
        expect(c.warnings).toEqual(r.warnings);
        for (let i = 0; i < c.length; i++) expect(fieldsOf(c, i)).toEqual(fieldsOfRow(r.rows[i] as RollupRow));
      }),
      { numRuns: 120, seed: 77 },
    );
  });

  it('a column added again in decimals past 2^53 keeps its rows once', () => {
    // As in floats-and-decimals: January 1 + 2, then ten communes of 999,999,999,999,999 in February.
    const h10 = syntheticHierarchy(1, 2, 5);
    const data = [value('x', '10000', 1, '1'), value('x', '10001', 1, '2'), ...Array.from({ length: 10 }, (_, k) => value('x', String(10000 + k), 2, '999999999999999'))];
    const c = rollupColumns(data, [ind('x', 'sum', 'sum')], h10, { bucket: 'month' });
    expect(c.length).toBe(4 + 13);
    expect([c.value(0), c.value(4)]).toEqual(['3', '9999999999999990']);
    expect(rowsOf(c)).toEqual(rollup(data, [ind('x', 'sum', 'sum')], h10, { bucket: 'month' }).rows);
  });
});

describe('finishRollupColumns: a split roll-up\'s rows in columns', () => {

  it('the worked province split by month: the figures worked by hand above, from two partials', () => {
    // January's rows in one partial, February's in another, merged through JSON in reverse.
    const parts = [1, 2].map((m) => JSON.stringify(partialRollup(data.filter((o) => o.period === month(m)), indicators, { bucket: 'month' })));
    const merged = mergeAllRollupPartials(parts.reverse().map((p) => JSON.parse(p) as RollupPartial));
    const c = finishRollupColumns(merged, indicators, h, { bucket: 'month' });
    expect(c.length).toBe(16);
    // The rate in January: district 100 = (1 + 2) ÷ (3 + 3) = 50%; hours in January: the province (2.5 + 3 + 1.25) ÷ 3 = 2.25.
    expect([c.unitCode(1), c.period(1), c.value(1), c.numerator(1), c.denominator(1)]).toEqual(['100', '2025-01', '50', '3', '6']);
    expect([c.indicatorId(7), c.unitCode(7), c.value(7), c.coverage(7).missing]).toEqual(['hours', '10', '2.25', ['10002']]);
    expect(rowsOf(c)).toStrictEqual(rowsOf(rollupColumns(data, indicators, h, { bucket: 'month' })));
  });

  it('leaves the partial as it was: finishing it again, in rows or in columns, gives the same rows', () => {
    // A partial made in this process keeps its cells in typed arrays of its own; finishing it
    // copies them into the table whose arrays the rows in columns then take over, and the
    // partial's must stay as they were: here the count of the province's January rate (2 observations).
    const p = partialRollup(data, indicators, { bucket: 'month' });
    const first = rowsOf(finishRollupColumns(p, indicators, h, { bucket: 'month' }));
    expect(first[0]?.observations).toBe(2);
    expect(rowsOf(finishRollupColumns(p, indicators, h, { bucket: 'month' }))).toStrictEqual(first);
    expect(finishRollup(p, indicators, h, { bucket: 'month' }).rows).toStrictEqual(first);
    expect(JSON.parse(JSON.stringify(p))).toEqual(JSON.parse(JSON.stringify(partialRollup(data, indicators, { bucket: 'month' }))));
  });

  it('any split into partials, merged in any order: finishRollup\'s rows and warnings, row by row and field by field', () => {
    const hh = syntheticHierarchy(2, 2, 3);
    const splitArb = observationsArb(hh).chain((obs) => fc.tuple(fc.constant(obs), fc.array(fc.nat(2), { minLength: obs.length, maxLength: obs.length }), fc.integer({ min: 1, max: 3 }), fc.boolean()));
    fc.assert(
      fc.property(splitArb, fc.constantFrom('year', 'month') as fc.Arbitrary<'year'>, ([obs, parts, k, viaJson], bucket) => {
        const opts = { bucket };
        const chunks = Array.from({ length: k }, (_, j) => obs.filter((_, i) => (parts[i] as number) % k === j));
        const partials = chunks.map((chunk) => partialRollup(chunk, KINDS, opts)).map((p) => (viaJson ? (JSON.parse(JSON.stringify(p)) as RollupPartial) : p));
        const merged = mergeAllRollupPartials(partials);
        const c = finishRollupColumns(merged, KINDS, hh, opts);
        const r = finishRollup(merged, KINDS, hh, opts);
        expect(rowsOf(c)).toStrictEqual(r.rows);
        expect(rowsOf(c)).toStrictEqual(rollup(obs, KINDS, hh, opts).rows);
        expect(c.warnings).toEqual(r.warnings);
        for (let i = 0; i < c.length; i++) expect(fieldsOf(c, i)).toEqual(fieldsOfRow(r.rows[i] as RollupRow));
      }),
      { numRuns: 60, seed: 12 },
    );
  });

  it('refuses a partial finished with other rules, or one that is not a partial, naming itself', () => {
    const p = partialRollup([value('s', '10000', 1, '1')], [ind('s', 'sum')]);
    expect(() => finishRollupColumns(p, [ind('s', 'sum')], h, { aggregation: { s: { time: 'max' } } })).toThrow(
      'partial.rules.s: was made with sum over time and sum over space, but is finished with max and sum: give finishRollupColumns the aggregation options partialRollup had',
    );
    expect(() => finishRollupColumns({} as RollupPartial, [ind('s', 'sum')], h)).toThrow(DxInputError);
    expect(() => finishRollupColumns({} as RollupPartial, [ind('s', 'sum')], h)).toThrow(/finishRollupColumns/);
  });
});
