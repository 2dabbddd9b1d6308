// mergeAllRollupPartials: a list of partials merged in one step gives the partial a reduce with
// mergeRollupPartials gives, in the same form (scaled or in decimals), and finishing it gives the
// rows of one roll-up of all the observations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollup, type TimeBucket } from '../../src/index.js';
import { finishRollup, mergeAllRollupPartials, mergeRollupPartials, partialRollup, type RollupPartial } from '../../src/rollup/partials.js';
import { KINDS, observationsArb, syntheticHierarchy, testIndicator as ind } from './fixtures.js';
import { problemMessages as problemsOf } from '../problems.js';

const h = syntheticHierarchy(2, 2, 3);
const reduce = (ps: readonly RollupPartial[]) => ps.reduce((x, y) => mergeRollupPartials(x, y));

describe('mergeAllRollupPartials', () => {
  it('equals the reduce, partial for partial, and finishes to the roll-up of all the observations', () => {
    const split = observationsArb(h, 80).chain((obs) => fc.tuple(fc.constant(obs), fc.array(fc.nat(), { minLength: obs.length, maxLength: obs.length }), fc.integer({ min: 1, max: 7 })));
    const bucket = fc.constantFrom<TimeBucket>('year', 'quarter', 'month', 'day', 'whole');
    const aggregation = fc.constantFrom(undefined, { 'count-sum': { time: 'max' as const, space: 'mean' as const }, 'level-max-min': { time: 'min' as const } }, { 'stock-last-sum': { time: 'first' as const, space: 'min' as const } });
    fc.assert(
      fc.property(split, bucket, aggregation, ([obs, parts, k], b, agg) => {
        const opts = { bucket: b, ...(agg === undefined ? {} : { aggregation: agg }) };
        const ps = Array.from({ length: k }, (_, j) => JSON.parse(JSON.stringify(partialRollup(obs.filter((_, i) => (parts[i] as number) % k === j), KINDS, opts))) as RollupPartial);
        const all = mergeAllRollupPartials(ps);
        expect(all).toEqual(reduce(ps));
        expect(finishRollup(all, KINDS, h, opts).rows).toEqual(rollup(obs, KINDS, h, opts).rows);
      }),
      { numRuns: 200, seed: 31 },
    );
  });

  it('a sum that passes 2^53 only when the third partial comes in is merged in decimals, exactly, as the reduce merges it', () => {
    const part = (month: number, value: string) => partialRollup([{ indicatorId: 's', unitCode: '10000', period: `2025-0${month}`, value }], [ind('s', 'sum')]);
    const ps = [part(1, '900000000000000'), part(2, '900000000000000'), part(3, '0.5')];
    // 2 × 9e14 fits in a float; with the third figure's one decimal the total in tenths is 1.8e16: past 2^53.
    expect(ps.map((p) => p.columns.s?.scale)).toEqual([0, 0, 1]);
    // One unit, one bucket, one cell: a column with every cell, written without units and buckets.
    expect(mergeAllRollupPartials(ps).columns.s).toEqual({ scale: null, n: [3], a: ['1800000000000000.5'], b: [null] });
    expect(mergeAllRollupPartials(ps)).toEqual(reduce(ps));
    expect(mergeAllRollupPartials(ps.slice(0, 2)).columns.s).toEqual({ scale: 0, n: [2], a: [1800000000000000], b: [null] });
  });

  it('day buckets too sparse for a table of places merge pair after pair, with the same result', () => {
    // 20 communes, each reporting on a day of its own: 20 cells among 20 × 20 places.
    const units = syntheticHierarchy(1, 4, 5).units.filter((u) => u.code.length === 5).map((u) => u.code);
    expect(units).toHaveLength(20);
    const obs = units.map((unitCode, i) => ({ indicatorId: 's', unitCode, period: `2025-03-${String(i + 1).padStart(2, '0')}`, value: String(i + 1) }));
    const ps = [0, 1, 2].map((j) => partialRollup(obs.filter((_, i) => i % 3 === j), [ind('s', 'sum')], { bucket: 'day' }));
    const all = mergeAllRollupPartials(ps);
    expect(all).toEqual(reduce(ps));
    expect(all.columns.s?.a).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(all.columns.s?.bucket).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('a partial without the column of an indicator (taken out by hand) merges as one with no cells of it', () => {
    const both = [ind('s', 'sum'), ind('m', 'max')];
    const p = partialRollup([{ indicatorId: 's', unitCode: '10000', period: '2025-01', value: '2' }, { indicatorId: 'm', unitCode: '10001', period: '2025-01', value: '5' }], both);
    const q = JSON.parse(JSON.stringify(partialRollup([{ indicatorId: 's', unitCode: '10001', period: '2025-02', value: '3' }], both))) as RollupPartial;
    delete (q.columns as Record<string, unknown>).m;
    const merged = mergeAllRollupPartials([p, q, p]);
    expect(merged).toEqual(reduce([p, q, p]));
    expect(merged.columns.m).toEqual({ scale: 0, unit: [1], bucket: [0], n: [2], a: [5], b: [null] });
    // s has a cell for both units: written without units and buckets (m, for one of two, lists them).
    expect(merged.columns.s).toEqual({ scale: 0, n: [2, 1], a: [4, 3], b: [null, null] });
  });

  it('gives a list of one partial back, and refuses an empty list, a bad partial and partials of other buckets or rules, each with its path', () => {
    const data = [{ indicatorId: 's', unitCode: '10000', period: '2025-01', value: '1' }];
    const p = partialRollup(data, [ind('s', 'sum')]);
    expect(mergeAllRollupPartials([p])).toBe(p);
    expect(problemsOf(() => mergeAllRollupPartials([]))).toEqual(['partials missing: should hold at least one partial: there is nothing to merge']);
    expect(problemsOf(() => mergeAllRollupPartials('p' as never))).toEqual(['partials invalid_type: should be a list, got "p"']);
    expect(problemsOf(() => mergeAllRollupPartials([p, { ...p, units: ['10001', '10000'] }]))).toEqual([
      'partials.1.units.1 invalid_value: should come after the entry before it: units and buckets are listed once each, ascending',
      // Its column, written for one unit, no longer has a cell for each of the two listed.
      'partials.1.columns.s.unit missing: should be listed, with bucket: 1 cells are not one for each of 2 × 1 units and buckets',
    ]);
    const month = partialRollup(data, [ind('s', 'sum')], { bucket: 'month' });
    const max = partialRollup(data, [ind('s', 'max')]);
    const differ = 'the partials were made with different';
    expect(problemsOf(() => mergeAllRollupPartials([p, p, month, max]))).toEqual([
      `partials.0.bucket inconsistent: ${differ} buckets, so they cannot be merged`,
      `partials.2.bucket inconsistent: ${differ} buckets, so they cannot be merged`,
      `partials.3.rules inconsistent: ${differ} aggregation rules, so they cannot be merged`,
    ]);
  });
});
