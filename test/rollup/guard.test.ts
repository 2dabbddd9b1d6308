// The checks at the roll-up's doors, problem by problem: its options, and a partial read back
// (from JSON, a worker, a file), where every fault gets its own path and nothing else does.
import { describe, expect, it } from 'vitest';
import {
  compositeScore,
  DxInputError,
  rankUnits,
  rebaseObservations,
  rollup,
  summariseTargetAcrossUnits,
  type Crosswalk,
  type Indicator,
} from '../../src/index.js';
import { finishRollup, mergeRollupPartials, partialRollup, type RollupPartial } from '../../src/rollup/partials.js';
import { syntheticHierarchy, testIndicator as ind } from './fixtures.js';
import { problemMessages as problemsOf } from '../problems.js';

const h = syntheticHierarchy(1, 2, 2);

describe('the roll-up\'s options', () => {
  const data = [{ indicatorId: 's', unitCode: '10000', period: '2025', value: '1' }];
  it('each bad option has its path', () => {
    const bad = { bucket: 'week', nonLeafFigures: 'prefer-parents', levels: ['commune', 'village'], minCoverage: 'most', aggregation: 5, weights: { pop: 5, area: { '10000': 'wide', '10001': '2' } } };
    expect(problemsOf(() => rollup(data, [ind('s', 'sum')], h, bad as never))).toEqual([
      'options.bucket invalid_value: should be one of "year", "quarter", "month", "day", "whole"; got "week"',
      'options.nonLeafFigures invalid_value: should be one of "prefer-children", "prefer-own", "add"; got "prefer-parents"',
      'options.levels.1 invalid_value: should be one of "province", "district", "commune"; got "village"',
      'options.minCoverage invalid_number: should be a finite number or a decimal string such as "70.5", got "most"',
      'options.aggregation invalid_type: should be an object, got 5',
      'options.weights.pop invalid_type: should be an object, got 5',
      'options.weights.area.10000 invalid_number: should be a finite number or a decimal string such as "70.5", got "wide"',
    ]);
    expect(problemsOf(() => rollup(data, [ind('s', 'sum')], h, { levels: 'commune' } as never))).toEqual(['options.levels invalid_type: should be a list, got "commune"']);
    expect(problemsOf(() => rollup(data, [ind('s', 'sum')], h, { weights: { pop: 'many' } } as never))).toEqual(['options.weights.pop invalid_type: should be an object, got "many"']);
    expect(problemsOf(() => rollup(data, [ind('s', 'sum')], h, { weights: 5 } as never))).toEqual(['options.weights invalid_type: should be an object, got 5']);
  });
  it('good options pass, and are used', () => {
    const r = rollup(data, [ind('s', 'sum')], h, { levels: ['commune'], weights: { pop: { '10000': '2' } }, aggregation: {}, nonLeafFigures: 'add', minCoverage: '0' });
    expect(r.rows.map((x) => x.unitCode)).toEqual(['10000']);
  });
});

// A partial as partialRollup writes it, by hand: two units, two months; a scaled sum, a scaled
// "last" with its denominator and order, and a column in decimals.
type Hand = { units: unknown; buckets: unknown; columns: Record<string, Record<string, unknown>> } & Record<string, unknown>;
const hand = (): Hand => ({
  format: 'dx-indicators/rollup-partial@4',
  bucket: 'month',
  rules: { s: { time: 'sum', space: 'sum' }, l: { time: 'last', space: 'sum' }, d: { time: 'sum', space: 'sum' } },
  units: ['10000', '10001'],
  buckets: ['2025-01', '2025-02'],
  columns: {
    s: { scale: 1, unit: [0, 0, 1], bucket: [0, 1, 0], n: [1, 2, 1], a: [15, 20, 0], b: [null, null, null] },
    l: { scale: 0, unit: [0], bucket: [0], n: [1], a: [-3], b: [4], order: [5] },
    d: { scale: null, unit: [1], bucket: [1], n: [1], a: ['0.1'], b: [null] },
  },
  warnings: [],
});
const readBack = (change: (p: Hand) => void) => {
  const p = hand();
  change(p);
  return problemsOf(() => mergeRollupPartials(hand() as unknown as RollupPartial, p as unknown as RollupPartial));
};
const WHOLE = (from: string | number, to: string | number, got: string) => `invalid_value: should be a whole number from ${from} to ${to}, got ${got}`;
const MAX = '9007199254740991';

describe('a partial read back', () => {
  it('as written, it passes and merges', () => {
    const m = mergeRollupPartials(hand() as unknown as RollupPartial, hand() as unknown as RollupPartial);
    expect(m.columns).toEqual({
      s: { scale: 1, unit: [0, 0, 1], bucket: [0, 1, 0], n: [2, 4, 2], a: [30, 40, 0], b: [null, null, null] },
      l: { scale: 0, unit: [0], bucket: [0], n: [2], a: [-3], b: [4], order: [5] },
      d: { scale: null, unit: [1], bucket: [1], n: [2], a: ['0.2'], b: [null] },
    });
  });
  it('unit codes and bucket labels: text, each once, ascending', () => {
    expect(readBack((p) => (p.units = ['10000', 7]))).toEqual(['b.units.1 invalid_type: should be text, got 7']);
    expect(readBack((p) => (p.units = [7, '10000']))).toEqual(['b.units.0 invalid_type: should be text, got 7']);
    const twice = 'invalid_value: should come after the entry before it: units and buckets are listed once each, ascending';
    expect(readBack((p) => (p.units = ['10000', '10000']))).toEqual([`b.units.1 ${twice}`]);
    expect(readBack((p) => (p.buckets = ['2025-02', '2025-01']))).toEqual([`b.buckets.1 ${twice}`]);
    // Not a list: the places are not checked against it, nor the cells' order.
    expect(readBack((p) => (p.buckets = '2025-01'))).toEqual(['b.buckets invalid_type: should be a list, got "2025-01"']);
    expect(readBack((p) => (p.units = null))).toEqual(['b.units invalid_type: should be a list, got null']);
  });
  it('columns: objects of lists as long as each other', () => {
    expect(readBack((p) => (p.columns.s = 5 as never))).toEqual(['b.columns.s invalid_type: should be an object, got 5']);
    expect(readBack((p) => (p.columns.s!.n = 'x'))).toEqual([
      'b.columns.s.n invalid_type: should be a list, got "x"',
      // Read as no cells: the other lists are too long.
      `b.columns.s.unit.length ${WHOLE(0, 0, '3')}`, `b.columns.s.bucket.length ${WHOLE(0, 0, '3')}`, `b.columns.s.a.length ${WHOLE(0, 0, '3')}`, `b.columns.s.b.length ${WHOLE(0, 0, '3')}`,
    ]);
    expect(readBack((p) => (p.columns.s!.a = [15, 20]))).toEqual([`b.columns.s.a.length ${WHOLE(3, 3, '2')}`, `b.columns.s.a.2 ${WHOLE(`-${MAX}`, MAX, 'nothing').replace('invalid_value', 'missing')}`]);
    expect(readBack((p) => (p.columns.l!.order = [5, 6]))).toEqual([`b.columns.l.order.length ${WHOLE(1, 1, '2')}`]);
    expect(readBack((p) => (p.columns.l!.order = 'late'))).toEqual(['b.columns.l.order invalid_type: should be a list, got "late"']);
    expect(readBack((p) => delete p.columns.l!.order)).toEqual([]);
    expect(readBack((p) => (p.columns.s!.scale = 16))).toEqual([`b.columns.s.scale ${WHOLE(0, 15, '16')}`]);
    expect(readBack((p) => (p.columns.s!.scale = -1))).toEqual([`b.columns.s.scale ${WHOLE(0, 15, '-1')}`]);
  });
  it('cells: places within the lists, counts, figures as the scale says', () => {
    expect(readBack((p) => (p.columns.s!.unit = [0, 0, 2]))).toEqual([`b.columns.s.unit.2 ${WHOLE(0, 1, '2')}`]);
    expect(readBack((p) => (p.columns.s!.unit = [-1, 0, 1]))).toEqual([`b.columns.s.unit.0 ${WHOLE(0, 1, '-1')}`]);
    expect(readBack((p) => (p.columns.s!.bucket = [0, 2, 0.5]))).toEqual([`b.columns.s.bucket.1 ${WHOLE(0, 1, '2')}`, `b.columns.s.bucket.2 ${WHOLE(0, 1, '0.5')}`]);
    expect(readBack((p) => (p.columns.s!.unit = ['0', 0, 1]))).toEqual([`b.columns.s.unit.0 ${WHOLE(0, 1, '"0"')}`]);
    expect(readBack((p) => (p.columns.s!.n = [1, -1, 1.5]))).toEqual([`b.columns.s.n.1 ${WHOLE(0, MAX, '-1')}`, `b.columns.s.n.2 ${WHOLE(0, MAX, '1.5')}`]);
    expect(readBack((p) => (p.columns.s!.a = [15, 2.5, '20']))).toEqual([`b.columns.s.a.1 ${WHOLE(`-${MAX}`, MAX, '2.5')}`, `b.columns.s.a.2 ${WHOLE(`-${MAX}`, MAX, '"20"')}`]);
    expect(readBack((p) => (p.columns.s!.a = [15, 2 ** 53, -(2 ** 53) + 1]))).toEqual([`b.columns.s.a.1 ${WHOLE(`-${MAX}`, MAX, '9007199254740992')}`]);
    expect(readBack((p) => (p.columns.l!.b = [0.5]))).toEqual([`b.columns.l.b.0 ${WHOLE(`-${MAX}`, MAX, '0.5')}`]);
    expect(readBack((p) => (p.columns.l!.order = [1.5]))).toEqual([`b.columns.l.order.0 ${WHOLE(`-${MAX}`, MAX, '1.5')}`]);
    expect(readBack((p) => (p.columns.l!.order = [-(2 ** 53) + 1]))).toEqual([]);
    // A column in decimals: figures as text or numbers, each a figure the library reads.
    const figure = (got: string) => `invalid_number: should be a finite number or a decimal string such as "70.5", got ${got}`;
    expect(readBack((p) => (p.columns.d!.a = ['abc']))).toEqual([`b.columns.d.a.0 ${figure('"abc"')}`]);
    expect(readBack((p) => (p.columns.d!.a = [true]))).toEqual([`b.columns.d.a.0 ${figure('true')}`]);
    expect(readBack((p) => (p.columns.d!.b = ['1e999']))).toHaveLength(1);
    expect(readBack((p) => (p.columns.d!.a = [0.1]))).toEqual([]);
    expect(readBack((p) => (p.columns.d!.b = ['0.25']))).toEqual([]);
  });
  it('cells: each once, in (unit, bucket) order', () => {
    const after = 'invalid_value: should come after the cell before it: cells are listed once each, in (unit, bucket) order';
    // The same cell twice, the first at place (0, 0).
    expect(readBack((p) => (p.columns.s!.bucket = [0, 0, 0]))).toEqual([`b.columns.s.unit.1 ${after}`]);
    expect(readBack((p) => (p.columns.s!.unit = [0, 1, 0]))).toEqual([`b.columns.s.unit.2 ${after}`]);
    expect(readBack((p) => (p.columns.s!.bucket = [1, 0, 0]))).toEqual([`b.columns.s.unit.1 ${after}`]);
    // A cell whose place is wrong is not compared with its neighbours.
    expect(readBack((p) => (p.columns.s!.unit = [0, 9, 0]))).toEqual([`b.columns.s.unit.1 ${WHOLE(0, 1, '9')}`]);
    // Without a list of buckets, no order can be checked.
    expect(readBack((p) => {
      p.buckets = {};
      p.columns.s!.bucket = [1, 0, 0];
    })).toEqual(['b.buckets invalid_type: should be a list, got an object']);
  });
});

describe('the other roll-up functions\' arguments', () => {
  const sum = ind('s', 'sum');
  it('rebaseObservations: each split share has its path', () => {
    const cw = { name: 'test', from: '2025-06-30', to: '2025-07-01', links: [{ oldCode: 'A', newCode: 'X', kind: 'full' }] } as unknown as Crosswalk;
    const obs = [{ indicatorId: 's', unitCode: 'A', period: '2025', value: '1' }];
    expect(problemsOf(() => rebaseObservations(obs, cw, [sum], { splits: 5 } as never))).toEqual(['options.splits invalid_type: should be an object, got 5']);
    expect(problemsOf(() => rebaseObservations(obs, cw, [sum], { splits: { C: 'half' } } as never))).toEqual(['options.splits.C invalid_type: should be an object, got "half"']);
    expect(problemsOf(() => rebaseObservations(obs, cw, [sum], { splits: { C: { X: 'half', Y: '0.5' } } } as never))).toEqual([
      'options.splits.C.X invalid_number: should be a finite number or a decimal string such as "70.5", got "half"',
    ]);
  });
  it('compositeScore: each component and the method', () => {
    expect(problemsOf(() => compositeScore([{ weight: 'x', score: '1' }, 5, { weight: '1', score: 'y' }] as never, { method: 'harmonic' } as never))).toEqual([
      'components.0.weight invalid_number: should be a finite number or a decimal string such as "70.5", got "x"',
      'components.1 invalid_type: should be an object, got 5',
      'components.2.score invalid_number: should be a finite number or a decimal string such as "70.5", got "y"',
      'options.method invalid_value: should be one of "arithmetic", "geometric"; got "harmonic"',
    ]);
    expect(problemsOf(() => compositeScore([{ id: 'a', weight: '1', score: '50' }], { method: 'arithmetic', minAvailability: 'most' } as never))).toEqual([
      'options.minAvailability invalid_number: should be a finite number or a decimal string such as "70.5", got "most"',
    ]);
  });
  it('rankUnits: the method', () => {
    expect(problemsOf(() => rankUnits({ A: '1' }, { method: 'olympic' } as never))).toEqual(['options.method invalid_value: should be one of "competition", "dense"; got "olympic"']);
    expect(problemsOf(() => rankUnits({ A: '1' }, { method: 'dense', lowerIsBetter: 'yes' } as never))).toEqual(['options.lowerIsBetter invalid_value: should be one of true, false; got "yes"']);
  });
  it('summariseTargetAcrossUnits: the scope and the bands', () => {
    const rows = rollup([{ indicatorId: 's', unitCode: '10000', period: '2025', value: '1' }], [sum], h).rows;
    const query = { indicatorId: 's', period: '2025', comparator: { kind: 'at-least', value: '1' }, hierarchy: h, level: 'commune' } as const;
    expect(problemsOf(() => summariseTargetAcrossUnits(rows, { ...query, within: 10, bands: 'traffic-light' } as never))).toEqual([
      'query.within invalid_type: should be text, got 10',
      'query.bands invalid_type: should be an object, got "traffic-light"',
    ]);
  });
  it('the aggregation rules, each refusal with its message', () => {
    const shareInd = (time: Indicator['aggregation']['time'], space: Indicator['aggregation']['space']): Indicator => ({ ...ind('p', time), aggregation: { time, space }, share: { numerator: { vi: 't', en: 'n' }, denominator: { vi: 'm', en: 'd' } } });
    const data = [{ indicatorId: 'p', unitCode: '10000', period: '2025', numerator: '1', denominator: '2' }];
    const refused = (i: Indicator) => {
      try {
        rollup(data, [i], h);
        return 'accepted';
      } catch (e) {
        return (e as DxInputError).message;
      }
    };
    expect(refused({ ...ind('p', 'sum'), aggregation: { time: 'sum', space: 'last' } })).toBe('Invalid roll-up rules: 1 problem\n  - indicators[0].aggregation: "last" aggregates over time only; over space use sum, mean, ratio-of-sums, min, max or count');
    expect(refused({ ...ind('p', 'sum'), aggregation: { time: 'sum', space: 'first' } })).toContain('"first" aggregates over time only');
    for (const time of ['sum', 'mean', 'weighted-mean'] as const) {
      expect(refused(shareInd(time, 'ratio-of-sums'))).toContain(`"p" is a share: over time it rolls up as "ratio-of-sums", "last", "first", "min", "max" or "mean-of-ratios", not "${time}"`);
    }
    expect(refused(shareInd('last', 'ratio-of-sums'))).toBe('accepted');
  });
});

describe('partials: merging and finishing', () => {
  const data = [{ indicatorId: 's', unitCode: '10000', period: '2025-01', value: '1' }];
  it('partials of different buckets or rules: the message says which', () => {
    const year = partialRollup(data, [ind('s', 'sum')]);
    expect(problemsOf(() => mergeRollupPartials(year, partialRollup(data, [ind('s', 'sum')], { bucket: 'month' })))).toEqual([
      'a.bucket inconsistent: the partials were made with different buckets, so they cannot be merged',
      'b.bucket inconsistent: the partials were made with different buckets, so they cannot be merged',
    ]);
    expect(problemsOf(() => mergeRollupPartials(year, partialRollup(data, [ind('s', 'max')])))).toEqual([
      'a.rules inconsistent: the partials were made with different aggregation rules, so they cannot be merged',
      'b.rules inconsistent: the partials were made with different aggregation rules, so they cannot be merged',
    ]);
  });
  it('merged warnings are both sides\' in one order, whichever side is first', () => {
    const warned = (ids: string[]) => partialRollup(ids.map((id) => ({ indicatorId: id, unitCode: '10000', period: '2025', value: '1' })), [ind('s', 'sum')]);
    const a = warned(['zeta', 'beta']);
    const b = warned(['alpha', 'omega', 'gamma']);
    const ids = (p: RollupPartial) => p.warnings.map((w) => w.indicatorId);
    expect(ids(a)).toEqual(['beta', 'zeta']);
    expect(ids(mergeRollupPartials(a, b))).toEqual(['alpha', 'beta', 'gamma', 'omega', 'zeta']);
    expect(mergeRollupPartials(b, a)).toEqual(mergeRollupPartials(a, b));
  });
  it('a partial finished with another aggregation over time is refused, with both', () => {
    const p = partialRollup(data, [ind('s', 'sum')]);
    expect(problemsOf(() => finishRollup(p, [ind('s', 'sum')], h, { aggregation: { s: { time: 'max' } } }))).toEqual([
      'partial.rules.s inconsistent: was made with sum over time and sum over space, but is finished with max and sum: give finishRollup the aggregation options partialRollup had',
    ]);
  });
  it('an indicator the partial has no cells of is finished without figures', () => {
    const p = partialRollup(data, [ind('s', 'sum')]);
    const r = finishRollup(p, [ind('s', 'sum')], h);
    expect(r.rows.filter((x) => x.unitCode === '10000').map((x) => [x.indicatorId, x.status === 'value' ? x.value : x.status])).toEqual([['s', '1']]);
    // A partial made without "t" (say, by an older program) finishes as though "t" had no figures.
    const withT = finishRollup(p, [ind('s', 'sum'), ind('t', 'max')], h);
    expect(withT.rows.filter((x) => x.indicatorId === 't')).toEqual([]);
    expect(withT.rows.filter((x) => x.indicatorId === 's')).toEqual(r.rows);
  });
});

describe('rebasing: the forms a figure may take', () => {
  const share = { numerator: { vi: 't', en: 'n' }, denominator: { vi: 'm', en: 'd' } };
  const cw = { name: 'test', from: '2025-06-30', to: '2025-07-01', links: [
    { oldCode: 'A', newCode: 'X', kind: 'full' }, { oldCode: 'B', newCode: 'X', kind: 'full' }, { oldCode: 'C', newCode: 'Y', kind: 'partial' },
  ] } as unknown as Crosswalk;
  const n = { ...ind('n', 'sum') };
  const p: Indicator = { ...ind('p', 'ratio-of-sums'), aggregation: { time: 'ratio-of-sums', space: 'ratio-of-sums' }, share };
  it('a unit that gave only part of itself needs a split rule, even with one successor', () => {
    const r = rebaseObservations([{ indicatorId: 'n', unitCode: 'C', period: '2024', value: '10' }], cw, [n]);
    expect([r.observations, r.warnings.map((w) => `${w.code}: ${w.message}`)]).toEqual([[], ['partial-without-split: C was split between Y: give a split rule to place its figures']]);
    expect(rebaseObservations([{ indicatorId: 'n', unitCode: 'C', period: '2024', value: '10' }], cw, [n], { splits: { C: { Y: '0.4' } } }).observations)
      .toEqual([{ indicatorId: 'n', unitCode: 'Y', period: '2024', value: '4', note: 'rebased from C (test)' }]);
  });
  it('values add as values and shares as numerators and denominators; the two forms are not mixed', () => {
    const r = rebaseObservations([
      { indicatorId: 'n', unitCode: 'A', period: '2024', value: '1' }, { indicatorId: 'n', unitCode: 'B', period: '2024', value: '2' },
      { indicatorId: 'p', unitCode: 'A', period: '2024', numerator: '1', denominator: '4' }, { indicatorId: 'p', unitCode: 'B', period: '2024', numerator: '3', denominator: '4' },
      { indicatorId: 'p', unitCode: 'A', period: '2025', numerator: '1', denominator: '4' }, { indicatorId: 'p', unitCode: 'B', period: '2025', value: '50' },
    ], cw, [n, p]);
    expect(r.observations).toEqual([
      { indicatorId: 'n', unitCode: 'X', period: '2024', value: '3', note: 'rebased from A + B (test)' },
      { indicatorId: 'p', unitCode: 'X', period: '2024', numerator: '4', denominator: '8', note: 'rebased from A + B (test)' },
    ]);
    expect(r.warnings.map((w) => `${w.code} ${w.indicatorId} ${w.unitCode} ${w.period}: ${w.message}`)).toEqual([
      'not-additive p X 2025: old units reported this figure in different forms (a value and a numerator/denominator): not combined',
    ]);
  });
});

describe('orders that do not depend on the input\'s', () => {
  it('rankUnits: ties by unit code', () => {
    expect(rankUnits({ B: '1', C: '2', A: '1', D: '1' }, { method: 'competition' })).toEqual([
      { unitCode: 'C', score: '2', rank: 1 }, { unitCode: 'A', score: '1', rank: 2 }, { unitCode: 'B', score: '1', rank: 2 }, { unitCode: 'D', score: '1', rank: 2 },
    ]);
    expect(rankUnits({ D: '1', B: '1', A: '1' }, { method: 'dense', lowerIsBetter: true }).map((r) => r.unitCode)).toEqual(['A', 'B', 'D']);
  });
  it('a partial\'s column has "order" only for first and last', () => {
    const data = [{ indicatorId: 's', unitCode: '10000', period: '2025', value: '1' }, { indicatorId: 'l', unitCode: '10000', period: '2025', value: '1' }];
    const q = partialRollup(data, [ind('s', 'sum'), ind('l', 'last')]);
    // (One unit, one bucket: both columns have every cell, and list no units and buckets.)
    expect([Object.keys(q.columns.s!), Object.keys(q.columns.l!)]).toEqual([['scale', 'n', 'a', 'b'], ['scale', 'n', 'a', 'b', 'order']]);
    const m = mergeRollupPartials(q, q);
    expect([Object.keys(m.columns.s!), Object.keys(m.columns.l!)]).toEqual([['scale', 'n', 'a', 'b'], ['scale', 'n', 'a', 'b', 'order']]);
  });
});

describe('merging partials past 2^53', () => {
  const NINES = '999999999999999';
  const five = (sign: string, extra: boolean) => [
    ...[1, 2, 3, 4, 5].map((m) => ({ indicatorId: 's', unitCode: '10000', period: `2025-0${m}`, value: `${sign}${NINES}` })),
    ...(extra ? [{ indicatorId: 's', unitCode: '10000', period: '2025-06', value: `${sign}1` }] : []),
  ];
  it('two sums that fit, whose total does not: the merged column is in decimals, exact', () => {
    for (const sign of ['', '-']) {
      const a = partialRollup(five(sign, false), [ind('s', 'sum')]);
      const b = partialRollup(five(sign, true), [ind('s', 'sum')]);
      expect([a.columns.s?.a, b.columns.s?.a]).toEqual([[Number(`${sign}4999999999999995`)], [Number(`${sign}4999999999999996`)]]);
      expect(mergeRollupPartials(a, b).columns.s).toEqual({ scale: null, n: [11], a: [`${sign}9999999999999991`], b: [null] });
    }
  });
  it('a "last" column without its order list (written by hand) merges from either side', () => {
    const p = hand();
    delete p.columns.l!.order;
    p.columns.l = { ...p.columns.l, unit: [1], bucket: [1] };
    const q = p as unknown as RollupPartial;
    const h0 = hand() as unknown as RollupPartial;
    // Its cell is not in the other partial: copied with order 0.
    expect(mergeRollupPartials(q, h0).columns.l).toEqual({ scale: 0, unit: [0, 1], bucket: [0, 1], n: [1, 1], a: [-3, -3], b: [4, 4], order: [5, 0] });
    expect(mergeRollupPartials(h0, q)).toEqual(mergeRollupPartials(q, h0));
    // The same cell on both sides: the later order wins, 5 against 0.
    const r = hand();
    delete r.columns.l!.order;
    r.columns.l!.a = [7];
    expect(mergeRollupPartials(r as unknown as RollupPartial, h0).columns.l).toMatchObject({ a: [-3], order: [5] });
    expect(mergeRollupPartials(h0, r as unknown as RollupPartial).columns.l).toMatchObject({ a: [-3], order: [5] });
  });
});
