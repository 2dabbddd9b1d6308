import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finishRollup, mergeRollupPartials, partialRollup, rollup, type RollupOptions } from '../../src/index.js';
import { asOracleRows, KINDS, observationsArb, syntheticHierarchy } from './fixtures.js';
import { oracleRollup } from './oracle.js';

const h = syntheticHierarchy(2, 2, 3);
const RUNS = { numRuns: 150, seed: 2025 };
const optionsArb: fc.Arbitrary<RollupOptions> = fc.record({
  bucket: fc.constantFrom('year', 'quarter', 'month', 'whole') as fc.Arbitrary<'year'>,
  nonLeafFigures: fc.constantFrom('prefer-children', 'prefer-own', 'add') as fc.Arbitrary<'add'>,
  minCoverage: fc.constantFrom(undefined, '0.5', '1'),
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

  it('does not depend on the order of the observations', () => {
    fc.assert(
      fc.property(observationsArb(h).chain((obs) => fc.tuple(fc.constant(obs), fc.shuffledSubarray(obs, { minLength: obs.length, maxLength: obs.length }))), ([obs, shuffled]) => {
        expect(asOracleRows(rollup(shuffled, KINDS, h))).toEqual(asOracleRows(rollup(obs, KINDS, h)));
      }),
      RUNS,
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
            const total = (f: (r: (typeof rows)[number]) => string | undefined) => districts.reduce((a, r) => a.plus(f(r) ?? 0), new Decimal(0)).toFixed();
            if (p.status !== 'value') continue;
            if (id === 'share-ratio') {
              expect(new Decimal(p.numerator!).toFixed()).toBe(total((r) => (r.status === 'value' ? r.numerator : undefined)));
              expect(new Decimal(p.denominator!).toFixed()).toBe(total((r) => (r.status === 'value' ? r.denominator : undefined)));
            } else expect(new Decimal(p.value).toFixed()).toBe(total((r) => (r.status === 'value' ? r.value : undefined)));
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
        const opts = { bucket: options.bucket ?? 'year' } as const;
        const [pa, pb, pc] = [a, b, c].map((x) => partialRollup(x, KINDS, opts)) as [ReturnType<typeof partialRollup>, ReturnType<typeof partialRollup>, ReturnType<typeof partialRollup>];
        const left = mergeRollupPartials(mergeRollupPartials(pa, pb), pc);
        const right = mergeRollupPartials(pa, mergeRollupPartials(pb, pc));
        expect(right).toEqual(left);
        expect(mergeRollupPartials(pb, pa)).toEqual(mergeRollupPartials(pa, pb));
        expect(JSON.parse(JSON.stringify(left))).toEqual(left);
        const finished = finishRollup(left, KINDS, h, { ...options, ...opts });
        expect(asOracleRows(finished)).toEqual(asOracleRows(rollup([...a, ...b, ...c], KINDS, h, { ...options, ...opts })));
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
import Decimal from 'decimal.js';
