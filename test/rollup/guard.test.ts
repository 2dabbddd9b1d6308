// The checks at the roll-up's doors, problem by problem: its options, and a partial read back
// (from JSON, a worker, a file), where every fault gets its own path and nothing else does.
import { describe, expect, it } from 'vitest';
import { DxInputError, mergeRollupPartials, rollup, type Indicator, type RollupPartial } from '../../src/index.js';
import { syntheticHierarchy } from './fixtures.js';

const h = syntheticHierarchy(1, 2, 2);
const ind = (id: string, time: Indicator['aggregation']['time']): Indicator => ({
  id, name: { vi: id, en: id }, domain: 'digital-government', unit: 'count', direction: 'higher-is-better', aggregation: { time, space: 'sum' },
});
const problemsOf = (f: () => unknown): string[] => {
  try {
    f();
    return [];
  } catch (e) {
    if (!(e instanceof DxInputError)) throw e;
    return e.problems.map((p) => `${p.path.join('.')} ${p.code}: ${p.message}`);
  }
};

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
  format: 'dx-indicators/rollup-partial@3',
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
