import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollup, type RollupOptions } from '../../src/index.js';
import { finishRollup, mergeRollupPartials, partialRollup } from '../../src/rollup/partials.js';
import { asOracleRows, KINDS, observationsArb, syntheticHierarchy } from './fixtures.js';
import { oracleRollup } from './oracle.js';

const h = syntheticHierarchy(2, 2, 3);
const Exact = Decimal.clone({ precision: 100 });
const RUNS = { numRuns: 150, seed: 2025 };
// Options of every kind: buckets, the rule for parents' own figures, a coverage floor, the levels
// to report, and aggregation overrides (each one that has a meaning for its indicator).
const optionsArb: fc.Arbitrary<RollupOptions> = fc.record({
  bucket: fc.constantFrom('year', 'quarter', 'month', 'whole') as fc.Arbitrary<'year'>,
  nonLeafFigures: fc.constantFrom('prefer-children', 'prefer-own', 'add') as fc.Arbitrary<'add'>,
  minCoverage: fc.constantFrom(undefined, '0.5', '1'),
  levels: fc.constantFrom(undefined, ['province'], ['district', 'commune'], ['commune']) as fc.Arbitrary<RollupOptions['levels']>,
  aggregation: fc.constantFrom(undefined, { 'count-sum': { space: 'max' } }, { 'count-sum': { time: 'max', space: 'mean' }, 'level-max-min': { time: 'min' } }, { 'stock-last-sum': { time: 'first', space: 'min' } }) as fc.Arbitrary<RollupOptions['aggregation']>,
}).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as RollupOptions);

describe('roll-up laws', () => {
  it('equals the decimal oracle to the last digit, for every aggregation kind and rule', () => {
    fc.assert(
      fc.property(observationsArb(h), optionsArb, (obs, options) => {
        expect(asOracleRows(rollup(obs, KINDS, h, options))).toEqual(oracleRollup(obs, KINDS, h, options));
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the observations: the same rows, in the same order, digit for digit', () => {
    fc.assert(
      fc.property(observationsArb(h).chain((obs) => fc.tuple(fc.constant(obs), fc.shuffledSubarray(obs, { minLength: obs.length, maxLength: obs.length }))), optionsArb, ([obs, shuffled], options) => {
        const a = rollup(shuffled, KINDS, h, options).rows;
        expect(a).toEqual(rollup(obs, KINDS, h, options).rows);
        expect(asOracleRows({ rows: a, warnings: [] })).toEqual(oracleRollup(obs, KINDS, h, options));
      }),
      RUNS,
    );
  });

  it('means of ratios and means of means: any order and any split into partials give the oracle\'s digits', () => {
    // Ratios such as 1/3 and 2/3 have 40-digit quotients whose sums need more than 40 digits:
    // exactly the case where rounding each sum would make the result depend on the order.
    const means = KINDS.filter((k) => ['mean', 'mean-of-ratios'].includes(k.aggregation.space) || ['mean', 'mean-of-ratios'].includes(k.aggregation.time));
    const thirds = observationsArb(h, 40).map((obs) => obs.map((o, i) => (o.numerator === undefined ? o : { ...o, numerator: String(i % 7 + 1), denominator: String((i % 5) + 3) })));
    const split = thirds.chain((obs) =>
      fc.tuple(fc.constant(obs), fc.shuffledSubarray(obs, { minLength: obs.length, maxLength: obs.length }), fc.array(fc.nat(), { minLength: obs.length, maxLength: obs.length }), fc.integer({ min: 1, max: 5 }), fc.array(fc.nat(), { maxLength: 8 })),
    );
    fc.assert(
      fc.property(split, optionsArb, ([obs, shuffled, parts, k, tree], { aggregation: _overrides, ...options }) => {
        // (The overrides name indicators outside these means.)
        const opts = { bucket: options.bucket ?? 'year' } as const;
        const expected = oracleRollup(obs, means, h, { ...options, ...opts });
        const whole = rollup(shuffled, means, h, { ...options, ...opts });
        expect(asOracleRows(whole)).toEqual(expected);
        // k partials of a random split, merged in a random tree, through JSON.
        let pending = Array.from({ length: k }, (_, j) => shuffled.filter((_, i) => (parts[i] as number) % k === j)).map((chunk) => JSON.parse(JSON.stringify(partialRollup(chunk, means, opts))) as ReturnType<typeof partialRollup>);
        for (let t = 0; pending.length > 1; t++) {
          const i = (tree[t % Math.max(1, tree.length)] ?? 0) % (pending.length - 1);
          const merged = mergeRollupPartials(pending[i]!, pending[i + 1]!);
          pending = [...pending.slice(0, i), merged, ...pending.slice(i + 2)];
        }
        const finished = finishRollup(pending[0]!, means, h, { ...options, ...opts });
        expect(finished.rows).toEqual(whole.rows);
      }),
      { numRuns: 150, seed: 12 },
    );
  });

  it('a parent with a single reporting child has that child\'s figure', () => {
    fc.assert(
      fc.property(observationsArb(h), (obs) => {
        const only = obs.filter((o) => o.unitCode === '10000');
        const rows = rollup(only, KINDS, h).rows;
        for (const r of rows.filter((x) => x.unitCode === '10000')) {
          for (const parent of ['100', '10']) {
            const p = rows.find((x) => x.unitCode === parent && x.indicatorId === r.indicatorId && x.period === r.period);
            expect(p && p.status === 'value' && p.value).toBe(r.status === 'value' && r.value);
          }
        }
      }),
      RUNS,
    );
  });

  it('hierarchy consistency: for additive kinds a province is the sum of its districts (two-step = direct)', () => {
    fc.assert(
      fc.property(observationsArb(h), (obs) => {
        const leafOnly = obs.filter((o) => o.unitCode.length === 5);
        const rows = rollup(leafOnly, KINDS, h).rows;
        for (const id of ['count-sum', 'share-ratio', 'stock-last-sum']) {
          for (const p of rows.filter((r) => r.indicatorId === id && r.level === 'province' && r.status === 'value')) {
            const districts = rows.filter((r) => r.indicatorId === id && r.level === 'district' && r.period === p.period && h.byCode.get(r.unitCode)?.parentCode === p.unitCode);
            // decimal.js at 100 digits: figures here run past 20 digits (its default precision).
            const total = (f: (r: (typeof rows)[number]) => string | undefined) => districts.reduce((a, r) => a.plus(f(r) ?? 0), new Exact(0)).toFixed();
            if (p.status !== 'value') continue;
            if (id === 'share-ratio') {
              expect(new Exact(p.numerator!).toFixed()).toBe(total((r) => (r.status === 'value' ? r.numerator : undefined)));
              expect(new Exact(p.denominator!).toFixed()).toBe(total((r) => (r.status === 'value' ? r.denominator : undefined)));
            } else expect(new Exact(p.value).toFixed()).toBe(total((r) => (r.status === 'value' ? r.value : undefined)));
          }
        }
      }),
      RUNS,
    );
  });

  it('partials merge associatively and commutatively, and finishing equals rolling up at once', () => {
    const chunks = observationsArb(h, 25);
    fc.assert(
      fc.property(chunks, chunks, chunks, optionsArb, (a, b, c, options) => {
        const opts = { bucket: options.bucket ?? 'year', ...(options.aggregation === undefined ? {} : { aggregation: options.aggregation }) } as const;
        const [pa, pb, pc] = [a, b, c].map((x) => partialRollup(x, KINDS, opts)) as [ReturnType<typeof partialRollup>, ReturnType<typeof partialRollup>, ReturnType<typeof partialRollup>];
        const left = mergeRollupPartials(mergeRollupPartials(pa, pb), pc);
        const right = mergeRollupPartials(pa, mergeRollupPartials(pb, pc));
        expect(right).toEqual(left);
        expect(mergeRollupPartials(pb, pa)).toEqual(mergeRollupPartials(pa, pb));
        expect(JSON.parse(JSON.stringify(left))).toEqual(left);
        const finished = finishRollup(left, KINDS, h, { ...options, ...opts });
        expect(asOracleRows(finished)).toEqual(asOracleRows(rollup([...a, ...b, ...c], KINDS, h, { ...options, ...opts })));
        // Partials made here hold their columns in typed arrays; copies read back from JSON hold
        // lists. Mixed in any way, they merge to the same partial and finish to the same rows.
        const copy = <T>(x: T) => JSON.parse(JSON.stringify(x)) as T;
        expect(mergeRollupPartials(mergeRollupPartials(copy(pa), pb), copy(pc))).toEqual(left);
        expect(asOracleRows(finishRollup(copy(left), KINDS, h, { ...options, ...opts }))).toEqual(asOracleRows(finished));
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
import Decimal from 'decimal.js';
