// The roll-up's edges, with whole results pinned: every warning with its message, coverage
// with its missing units, partial states in their stable order, the rebase's and the rules'
// refusals. Written after the mutation run showed which branches no test told apart.
import { describe, expect, it } from 'vitest';
import {
  DxInputError,
  rebaseObservations,
  rollup,
  summariseTargetAcrossUnits,
  type Crosswalk,
  type Indicator,
  type InputProblem,
  type Observation,
} from '../../src/index.js';
import { finishRollup, mergeAllRollupPartials, mergeRollupPartials, partialRollup, type PartialColumn, type RollupPartial } from '../../src/rollup/partials.js';
import { SHARE, syntheticHierarchy, testIndicator as ind } from './fixtures.js';

// Province 10; districts 100 (communes 10000, 10001) and 101 (communes 10002, 10003).
const h = syntheticHierarchy(1, 2, 2);
const share = SHARE;
const v = (indicatorId: string, unitCode: string, period: string, value: string): Observation => ({ indicatorId, unitCode, period, value });
const nd = (indicatorId: string, unitCode: string, period: string, numerator: string, denominator: string): Observation => ({ indicatorId, unitCode, period, numerator, denominator });
const figures = (r: ReturnType<typeof rollup>) =>
  r.rows.map((x) => [x.unitCode, x.status === 'value' ? x.value : x.status, x.coverage.reported, x.own]).sort(([a], [b]) => String(a).localeCompare(String(b)));

describe('figures at parents, and what is ignored', () => {
  const sum = ind('n', 'sum', 'sum');
  const data = [v('n', '10000', '2025', '1'), v('n', '10001', '2025', '2'), v('n', '100', '2025', '10'), v('n', '101', '2025', '20'), v('n', '10', '2025', '100')];
  it('prefer-children: an own figure counts only where no descendant reported', () => {
    const r = rollup(data, [sum], h);
    // 100's own 10 is ignored (its communes reported); 101's own 20 stands for its two communes.
    expect(figures(r)).toEqual([['10', '23', 4, false], ['100', '3', 2, false], ['10000', '1', 1, false], ['10001', '2', 1, false], ['101', '20', 2, true]]);
    expect(r.warnings).toMatchInlineSnapshot(`
      [
        {
          "code": "own-figure-ignored",
          "indicatorId": "n",
          "message": "the figure entered for 100 itself is not used: units below it reported (rule prefer-children)",
          "period": "2025",
          "unitCode": "100",
        },
        {
          "code": "own-figure-ignored",
          "indicatorId": "n",
          "message": "the figure entered for 10 itself is not used: units below it reported (rule prefer-children)",
          "period": "2025",
          "unitCode": "10",
        },
      ]
    `);
  });
  it('prefer-own: an own figure replaces the descendants\' figures (and their rows, in that bucket)', () => {
    const r = rollup(data, [sum], h, { nonLeafFigures: 'prefer-own' });
    expect(figures(r)).toEqual([['10', '100', 4, true]]);
    expect(r.warnings).toMatchInlineSnapshot(`
      [
        {
          "code": "children-ignored",
          "indicatorId": "n",
          "message": "the figures of units below 10 are not used: its own figure is (rule prefer-own)",
          "period": "2025",
          "unitCode": "10",
        },
      ]
    `);
  });
  it('add: own figures are added, once', () => {
    const r = rollup(data, [sum], h, { nonLeafFigures: 'add' });
    // Own figures (the agencies' own) cover no commune: coverage counts the communes that reported.
    expect(figures(r)).toEqual([['10', '133', 2, true], ['100', '13', 2, true], ['10000', '1', 1, false], ['10001', '2', 1, false], ['101', '20', 0, true]]);
    expect(r.warnings).toEqual([]);
  });
});

describe('coverage, thresholds, levels, counts', () => {
  const sum = ind('n', 'sum', 'sum');
  it('a parent says which leaves did not report; below the threshold it has no figure', () => {
    const r = rollup([v('n', '10000', '2025', '5'), v('n', '10002', '2025', '7'), v('n', '10003', '2025', '1')], [sum], h, { minCoverage: '0.75' });
    const row = (u: string) => r.rows.find((x) => x.unitCode === u);
    expect(row('10')).toMatchObject({ status: 'value', value: '13', coverage: { expected: 4, reported: 3, share: '0.75', missing: ['10001'] } });
    expect(row('100')).toEqual({ indicatorId: 'n', unitCode: '100', level: 'district', period: '2025', coverage: { expected: 2, reported: 1, share: '0.5', missing: ['10001'] }, observations: 1, own: false, status: 'insufficient-coverage' });
    expect(row('101')).toMatchObject({ status: 'value', value: '8', coverage: { expected: 2, reported: 2, share: '1', missing: [] } });
    expect(row('10000')?.coverage).toEqual({ expected: 1, reported: 1, share: '1', missing: [] });
  });
  it('only the levels asked for', () => {
    const r = rollup([v('n', '10000', '2025', '5')], [sum], h, { levels: ['province'] });
    expect(r.rows.map((x) => x.unitCode)).toEqual(['10']);
  });
  it('count over space counts reporting units; count over time counts figures', () => {
    const r = rollup([v('n', '10000', '2025-01', '5'), v('n', '10000', '2025-02', '5'), v('n', '10001', '2025-01', '9')], [ind('n', 'count', 'count')], h);
    expect(figures(r)).toEqual([['10', '2', 2, false], ['100', '2', 2, false], ['10000', '1', 1, false], ['10001', '1', 1, false]]);
    const mean = rollup([v('n', '10000', '2025-01', '5'), v('n', '10000', '2025-02', '6'), v('n', '10001', '2025-01', '9')], [ind('n', 'mean', 'mean')], h);
    expect(figures(mean).filter(([u]) => u === '100')).toEqual([['100', '7.25', 2, false]]);
    const weighted = rollup([v('n', '10000', '2025', '5'), v('n', '10001', '2025', '9'), v('n', '10002', '2025', '1')], [ind('n', 'sum', 'weighted-mean', { weight: 'population' })], h, { weights: { population: { '10000': 1, '10001': 3 } } });
    expect(figures(weighted).filter(([u]) => u === '100')).toEqual([['100', '8', 2, false]]);
    expect(weighted.warnings).toMatchInlineSnapshot(`
      [
        {
          "code": "missing-weight",
          "indicatorId": "n",
          "message": "no "population" weight for 10002: left out of the weighted mean",
          "period": "2025",
          "unitCode": "10002",
        },
      ]
    `);
  });
  it('a zero denominator gives no row, and a warning', () => {
    const s = ind('s', 'ratio-of-sums', 'ratio-of-sums', { unit: 'percent', share });
    const r = rollup([nd('s', '10000', '2025', '0', '0'), nd('s', '10002', '2025', '1', '4')], [s], h);
    expect(r.rows.map((x) => [x.unitCode, x.status === 'value' ? [x.value, x.numerator, x.denominator] : []])).toEqual([
      // In the hierarchy's order: the province, its district 101, then that district's commune.
      ['10', ['25', '1', '4']], ['101', ['25', '1', '4']], ['10002', ['25', '1', '4']],
    ]);
    expect(r.warnings).toMatchInlineSnapshot(`
      [
        {
          "code": "zero-denominator",
          "indicatorId": "s",
          "message": "the denominators sum to 0: no ratio",
          "period": "2025",
          "unitCode": "100",
        },
        {
          "code": "zero-denominator",
          "indicatorId": "s",
          "message": "the denominators sum to 0: no ratio",
          "period": "2025",
          "unitCode": "10000",
        },
      ]
    `);
  });
  it('a unit not in the hierarchy is reported, not dropped', () => {
    const r = rollup([v('n', '99999', '2025', '5')], [sum], h);
    expect(r.rows).toEqual([]);
    expect(r.warnings).toMatchInlineSnapshot(`
      [
        {
          "code": "unit-not-in-hierarchy",
          "indicatorId": "n",
          "message": "the unit 99999 is not in the hierarchy of this date: its figures are not rolled up",
          "period": "2025",
          "unitCode": "99999",
        },
      ]
    `);
  });
});

describe('partial states', () => {
  /** The problems of merging p with q (read back as it may be), each as "path: message" or as `show` writes it. */
  const mergeProblems = (p: RollupPartial, q: unknown, show = (x: InputProblem) => `${x.path.join('.')}: ${x.message}`) => {
    try {
      mergeRollupPartials(p, q as RollupPartial);
      return [];
    } catch (e) {
      return (e as DxInputError).problems.map(show);
    }
  };
  const inds = [ind('lo', 'min', 'min'), ind('hi', 'max', 'max'), ind('f', 'first', 'sum'), ind('l', 'last', 'sum')];
  const data = ['lo', 'hi', 'f', 'l'].flatMap((id) => [v(id, '10001', '2025-02', '4'), v(id, '10000', '2025-01', '3'), v(id, '10000', '2025-03', '9'), v(id, '10000', '2025-01', '1')]);
  it('cells and warnings in a stable order, whatever the order of the data', () => {
    const p = partialRollup([...data, v('zz', '10001', '2025', '1'), v('zz', '10000', '2025', '1'), v('aa', '10000', '2025', '1')], inds);
    expect(p.format).toBe('dx-indicators/rollup-partial@4');
    // Units and buckets once each, ascending; the cells name them by place.
    expect([p.units, p.buckets]).toEqual([['10000', '10001'], ['2025']]);
    // Each cell's unit and bucket: listed, or for a column with every cell, cell i is unit ⌊i ÷ B⌋, bucket i mod B.
    const keys = (q: RollupPartial, id: string) => {
      const c = q.columns[id] as PartialColumn;
      const B = q.buckets.length;
      return c.n.map((_, i) => [q.units[c.unit?.[i] ?? Math.floor(i / B)], q.buckets[c.bucket?.[i] ?? i % B]]);
    };
    expect(keys(p, 'lo')).toEqual([['10000', '2025'], ['10001', '2025']]);
    expect(p.warnings.map((w) => `${w.indicatorId} ${w.unitCode}`)).toEqual(['aa 10000', 'zz 10000', 'zz 10001']);
    // Columns of cells: figures, a, b or null, order (first and last only); these columns are
    // scaled (integers × 10^-0), and have a cell for each unit and bucket, so they list neither.
    expect(p.columns['lo']).toEqual({ scale: 0, n: [3, 1], a: [1, 4], b: [null, null] });
    expect(p.columns['f']).toEqual({ scale: 0, n: [3, 1], a: [1, 4], b: [null, null], order: [2025013120250101, 2025022820250201] });
    expect(partialRollup([...data].reverse(), inds)).toEqual(partialRollup(data, inds));
    const months = partialRollup(data, inds, { bucket: 'month' });
    expect(months.buckets).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(months.columns['lo']).toMatchObject({ unit: [0, 0, 1], bucket: [0, 2, 1] });
    expect(keys(months, 'lo')).toEqual([['10000', '2025-01'], ['10000', '2025-03'], ['10001', '2025-02']]);
    expect(partialRollup([...data].reverse(), inds, { bucket: 'month' })).toEqual(months);
    const descending = partialRollup([v('lo', '10001', '2025-01', '1'), v('lo', '10000', '2025-03', '1'), v('lo', '10000', '2025-01', '2')], [inds[0] as Indicator], { bucket: 'month' });
    expect(keys(descending, 'lo')).toEqual([['10000', '2025-01'], ['10000', '2025-03'], ['10001', '2025-01']]);
  });
  it('cells in order when the units × buckets are many more than the cells (sorted, not placed in a table)', () => {
    // Ten units on ten days under one indicator make a table of 100 places; three cells of
    // another, given in reverse, are too few to place in it and are sorted.
    const days = Array.from({ length: 10 }, (_, d) => `2025-01-${String(d + 11)}`);
    const grid = days.flatMap((day, d) => Array.from({ length: 10 }, (_, u) => v('hi', String(10000 + u), day, String(d))));
    const sparse = [v('lo', '10009', days[9] as string, '1'), v('lo', '10004', days[2] as string, '2'), v('lo', '10004', days[0] as string, '3')];
    const p = partialRollup([...grid, ...sparse], inds, { bucket: 'day' });
    expect([p.units.length, p.buckets.length]).toEqual([10, 10]);
    expect(p.columns['lo']).toMatchObject({ unit: [4, 4, 9], bucket: [0, 2, 9], a: [3, 2, 1] });
    // hi has every cell of the table: no units and buckets listed, its cells in (unit, day) order.
    expect([p.columns['hi']?.unit, p.columns['hi']?.bucket]).toEqual([undefined, undefined]);
    expect(p.columns['hi']?.a.slice(0, 12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
  });
  it('merging min, max, first and last over halves equals the whole', () => {
    const whole = rollup(data, inds, h);
    for (let cut = 0; cut <= data.length; cut++) {
      const merged = mergeRollupPartials(partialRollup(data.slice(cut), inds), partialRollup(data.slice(0, cut), inds));
      const finished = finishRollup(merged, inds, h);
      expect(new Set(finished.rows.map((x) => JSON.stringify(x)))).toEqual(new Set(whole.rows.map((x) => JSON.stringify(x))));
      expect(finished.rows.length).toBe(whole.rows.length);
      expect(finished.warnings).toEqual(whole.warnings);
    }
    const byInd = (id: string) => whole.rows.filter((r) => r.indicatorId === id && r.unitCode === '10000').map((r) => (r.status === 'value' ? r.value : ''));
    expect([byInd('lo'), byInd('hi'), byInd('f'), byInd('l')]).toEqual([['1'], ['9'], ['1'], ['9']]);
  });
  it('scaled columns merge in integers at the larger scale, and in decimals when that would pass 2^53', () => {
    const sum = [ind('s', 'sum', 'sum')];
    const a = partialRollup([v('s', '10000', '2025', '1.5')], sum);
    const b = partialRollup([v('s', '10000', '2025', '2')], sum);
    expect([a.columns['s']?.scale, b.columns['s']?.scale]).toEqual([1, 0]);
    const ab = mergeRollupPartials(a, b);
    expect(ab.columns['s']).toEqual({ scale: 1, n: [2], a: [35], b: [null] });
    // 9·10^14 at scale 0 and 0.000001 at scale 6: 9·10^20 would not be exact in a float.
    const big = partialRollup([v('s', '10000', '2025', '900000000000000')], sum);
    const tiny = partialRollup([v('s', '10000', '2025', '0.000001')], sum);
    const m = mergeRollupPartials(big, JSON.parse(JSON.stringify(tiny)) as typeof tiny);
    expect(m.columns['s']).toEqual({ scale: null, n: [2], a: ['900000000000000.000001'], b: [null] });
    const whole = rollup([v('s', '10000', '2025', '900000000000000'), v('s', '10000', '2025', '0.000001')], sum, h).rows;
    expect(finishRollup(m, sum, h).rows).toEqual(whole);
    expect(finishRollup(ab, sum, h).rows.find((r) => r.unitCode === '10000')).toMatchObject({ value: '3.5' });
  });
  it('a partial read back is checked: lists ascending, places within them, cells in order', () => {
    const p = partialRollup(data, inds, { bucket: 'month' });
    const copy = () => JSON.parse(JSON.stringify(p)) as { units: string[]; buckets: string[]; columns: Record<string, { unit: number[]; bucket: number[]; n: unknown[] }> };
    const problems = (q: unknown) => mergeProblems(p, q);
    expect(problems(copy())).toEqual([]);
    const swapped = copy();
    swapped.units.reverse();
    expect(problems(swapped)).toEqual(['b.units.1: should come after the entry before it: units and buckets are listed once each, ascending']);
    const outside = copy();
    (outside.columns['lo'] as { bucket: number[] }).bucket[2] = 3;
    expect(problems(outside)).toEqual(['b.columns.lo.bucket.2: should be a whole number from 0 to 2, got 3']);
    const disordered = copy();
    (disordered.columns['hi'] as { bucket: number[] }).bucket.splice(0, 2, 2, 0);
    expect(problems(disordered)).toEqual(['b.columns.hi.unit.1: should come after the cell before it: cells are listed once each, in (unit, bucket) order']);
    const holes = copy();
    (holes.columns['f'] as { n: unknown[] }).n = [3, , 1] as unknown[];
    expect(problems(holes)).toEqual(['b.columns.f.n.1: should be a whole number from 0 to 9007199254740991, got nothing']);
    const old = { ...copy(), format: 'dx-indicators/rollup-partial@2' };
    expect(problems(old)).toEqual(['b.format: should be one of "dx-indicators/rollup-partial@4"; got "dx-indicators/rollup-partial@2"']);
  });
  it('a column with a cell for every unit and bucket lists neither; read back it is checked, and it merges and finishes as the listed form does', () => {
    const sum = [ind('s', 'sum', 'sum')];
    const obs = [v('s', '10000', '2025-01', '1'), v('s', '10001', '2025-01', '2'), v('s', '10000', '2025-02', '3'), v('s', '10001', '2025-02', '4')];
    const p = partialRollup(obs, sum, { bucket: 'month' });
    // Two units × two months, four cells: none listed; cell i is unit ⌊i ÷ 2⌋, month i mod 2.
    expect(p.columns['s']).toEqual({ scale: 0, n: [1, 1, 1, 1], a: [1, 3, 2, 4], b: [null, null, null, null] });
    expect(finishRollup(p, sum, h).rows).toEqual(rollup(obs, sum, h, { bucket: 'month' }).rows);
    // The same cells with their units and buckets listed, as a writer of JSON may give them.
    const listed = JSON.parse(JSON.stringify({ ...p, columns: { s: { ...p.columns['s'], unit: [0, 0, 1, 1], bucket: [0, 1, 0, 1] } } })) as RollupPartial;
    expect(finishRollup(listed, sum, h).rows).toEqual(finishRollup(p, sum, h).rows);
    expect(mergeRollupPartials(listed, p)).toEqual(mergeRollupPartials(p, p));
    // Merged with a partial of a third unit, the column no longer has every cell: it lists them.
    const third = partialRollup([v('s', '10002', '2025-01', '5')], sum, { bucket: 'month' });
    expect(mergeAllRollupPartials([third, p]).columns['s']).toEqual({ scale: 0, unit: [0, 0, 1, 1, 2], bucket: [0, 1, 0, 1, 0], n: [1, 1, 1, 1, 1], a: [1, 3, 2, 4, 5], b: [null, null, null, null, null] });
    const problems = (q: unknown) => mergeProblems(p, q);
    const column = (c: object) => JSON.parse(JSON.stringify({ ...p, columns: { s: { ...p.columns['s'], ...c } } })) as unknown;
    expect(problems(column({ n: [1, 1, 1], a: [1, 3, 2], b: [null, null, null] }))).toEqual([
      'b.columns.s.unit: should be listed, with bucket: 3 cells are not one for each of 2 × 2 units and buckets',
    ]);
    expect(problems(column({ unit: [0, 0, 1, 1] }))).toEqual(['b.columns.s.bucket: should be given with unit, or both left out']);
    expect(problems(column({ bucket: [0, 1, 0, 1] }))).toEqual(['b.columns.s.unit: should be given with bucket, or both left out']);
    // Both are missing values, by their code.
    const codes = (q: unknown) => mergeProblems(p, q, (x) => x.code);
    expect([codes(column({ bucket: [0, 1, 0, 1] })), codes(column({ n: [1], a: [1], b: [null] }))]).toEqual([['missing'], ['missing']]);
    // With no units listed, a column of cells cannot have one for each; with units that are not a
    // list, only that is said.
    const noUnits = JSON.parse(JSON.stringify({ ...p, units: [], columns: { s: { scale: 0, n: [1], a: [1], b: [null] } } })) as unknown;
    expect(problems(noUnits)).toEqual(['b.columns.s.unit: should be listed, with bucket: 1 cells are not one for each of 0 × 2 units and buckets']);
    expect(problems({ ...(noUnits as object), units: ['10000'], buckets: [] })).toEqual(['b.columns.s.unit: should be listed, with bucket: 1 cells are not one for each of 1 × 0 units and buckets']);
    expect(problems({ ...(noUnits as object), units: 'x' })).toEqual(['b.units: should be a list, got "x"']);
  });
  it('a partial made here is frozen through and through, so that it is not checked again; the inputs of a merge are left as they were', () => {
    const p = partialRollup(data, inds);
    const col = p.columns['lo'] as PartialColumn;
    expect([p, p.units, p.buckets, p.rules, p.rules['lo'], p.columns, col, col.n, col.a, col.b, p.warnings].map((x) => Object.isFrozen(x))).toEqual(Array(11).fill(true));
    // A column that lists its units and buckets (by month, lo has three cells of six) has them frozen too.
    const listed = partialRollup(data, inds, { bucket: 'month' }).columns['lo'] as PartialColumn;
    expect([listed.unit, listed.bucket].map((x) => Array.isArray(x) && Object.isFrozen(x))).toEqual([true, true]);
    expect(() => (col.a as number[]).push(1)).toThrow(TypeError);
    expect(() => ((col.n as number[])[0] = 7)).toThrow(TypeError);
    // A copy read back from JSON is the caller's: merging it freezes the merged partial, not the copy.
    const back = JSON.parse(JSON.stringify(p)) as RollupPartial;
    const merged = mergeAllRollupPartials([back, p]);
    expect([back, back.rules, back.rules['lo'], back.columns['lo']?.a].map((x) => Object.isFrozen(x))).toEqual([false, false, false, false]);
    expect([merged, merged.rules['lo'], merged.columns['lo']?.a].map((x) => Object.isFrozen(x))).toEqual([true, true, true]);
    expect(merged.columns['lo']).toEqual({ scale: 0, n: [6, 2], a: [1, 4], b: [null, null] });
    expect(mergeRollupPartials(back, back)).toEqual(merged);
  });
  it('a sparse column held in typed arrays writes its lists in the order of its places, whatever the order its cells were made in', () => {
    // x has one cell on each of ten days, one unit each: 10 units × 10 days, 100 places. y has 3
    // cells, made in neither order of their places (the middle one, the last, the first): too
    // few for a table of 100 places (8 × 3 + 64 = 88), so they are sorted by place when the
    // lists are written.
    const days = Array.from({ length: 10 }, (_, i) => `2025-01-${String(i + 1).padStart(2, '0')}`);
    const x = days.map((d, i) => v('x', `1000${i}`, d, String(i)));
    const y = [5, 9, 0].map((i) => v('y', `1000${i}`, days[i] as string, String(10 * i)));
    const p = partialRollup([...x, ...y], [ind('x', 'sum'), ind('y', 'sum')], { bucket: 'day' });
    expect(JSON.parse(JSON.stringify(p.columns['y']))).toEqual({ scale: 0, unit: [0, 5, 9], bucket: [0, 5, 9], n: [1, 1, 1], a: [0, 50, 90], b: [null, null, null] });
  });
  it('a partial made here crosses to another thread as plain lists: structuredClone (what postMessage does) gives its JSON', () => {
    for (const bucket of ['year', 'month'] as const) {
      const p = partialRollup(data, inds, { bucket });
      const cloned = structuredClone(p);
      expect(cloned).toEqual(JSON.parse(JSON.stringify(p)));
      expect(Object.keys(cloned.columns['lo'] as object)).toEqual(bucket === 'year' ? ['scale', 'n', 'a', 'b'] : ['scale', 'unit', 'bucket', 'n', 'a', 'b']);
    }
  });
  it('finishing a partial gives the warnings and the zero denominators rollup gives', () => {
    const s = [ind('s', 'ratio-of-sums', 'ratio-of-sums', { unit: 'percent', share })];
    const data = [nd('s', '10000', '2025', '0', '0'), nd('s', '10002', '2025', '1', '4'), v('zz', '10001', '2025', '1')];
    const p = partialRollup(data, s);
    // The denominator of 10000 is 0, which is not none (null).
    expect([p.columns['s']?.b, p.warnings.map((w) => w.code)]).toEqual([[0, 4], ['unknown-indicator']]);
    const whole = rollup(data, s, h);
    expect(whole.warnings.map((w) => `${w.code} ${w.unitCode}`)).toEqual(['unknown-indicator 10001', 'zero-denominator 100', 'zero-denominator 10000']);
    expect(finishRollup(p, s, h)).toEqual(whole);
    expect(finishRollup(JSON.parse(JSON.stringify(p)) as RollupPartial, s, h)).toEqual(whole);
  });
  it('counts of observations past 2^31, in a partial read back, are added exactly', () => {
    const sum = [ind('s', 'sum', 'sum')];
    const back = JSON.parse(JSON.stringify(partialRollup([v('s', '10000', '2025', '1'), v('s', '10001', '2025', '2')], sum))) as { columns: Record<string, { n: number[] }> };
    (back.columns['s'] as { n: number[] }).n = [3_000_000_000, 4_000_000_000_000];
    const rows = finishRollup(back as unknown as RollupPartial, sum, h).rows;
    expect(rows.map((r) => [r.unitCode, r.observations])).toEqual([['10', 4_003_000_000_000], ['100', 4_003_000_000_000], ['10000', 3_000_000_000], ['10001', 4_000_000_000_000]]);
  });
  it('a column in decimals read back without its scale (null) finishes as it was made', () => {
    const sum = [ind('s', 'sum', 'sum')];
    const made = mergeRollupPartials(partialRollup([v('s', '10000', '2025', '900000000000000')], sum), partialRollup([v('s', '10000', '2025', '0.000001')], sum));
    expect(made.columns['s']?.scale).toBeNull();
    const back = JSON.parse(JSON.stringify(made)) as { columns: Record<string, { scale?: unknown }> };
    delete back.columns['s']?.scale;
    const rows = finishRollup(back as unknown as RollupPartial, sum, h).rows;
    expect(rows.find((r) => r.unitCode === '10000')).toMatchObject({ value: '900000000000000.000001' });
    expect(rows).toEqual(finishRollup(made, sum, h).rows);
  });
  it('a partial finished with other aggregation rules than it was made with is refused', () => {
    const p = partialRollup(data, inds);
    expect(() => finishRollup(p, inds, h, { aggregation: { lo: { space: 'max' } } })).toThrowErrorMatchingInlineSnapshot(`
      [DxInputError: Invalid roll-up partial: 1 problem
        - partial.rules.lo: was made with min over time and min over space, but is finished with min and max: give finishRollup the aggregation options partialRollup had]
    `);
  });
  it('partials of different buckets or rules do not merge', () => {
    const a = partialRollup(data, inds);
    expect(() => mergeRollupPartials(a, partialRollup(data, inds, { bucket: 'month' }))).toThrow(DxInputError);
    expect(() => mergeRollupPartials(a, partialRollup(data, inds, { aggregation: { lo: { space: 'max' } } }))).toThrowErrorMatchingInlineSnapshot(`
      [DxInputError: Invalid roll-up partials: 2 problems
        - a.rules: the partials were made with different aggregation rules, so they cannot be merged
        - b.rules: the partials were made with different aggregation rules, so they cannot be merged]
    `);
    // The same rules given in another order do merge, and finish to the one-pass figures.
    const merged = mergeRollupPartials(a, partialRollup(data, [...inds].reverse()));
    expect(finishRollup(merged, inds, h).rows).toEqual(finishRollup(mergeRollupPartials(a, partialRollup(data, inds)), inds, h).rows);
  });
});

describe('two figures of one period, first and last', () => {
  // Commune 10000 reports twice in June: the smaller figure counts as first and the larger as
  // last, a share by its ratio, whatever the order of the rows and however they are split.
  const shares = [ind('f', 'first', 'ratio-of-sums', { share, unit: 'percent' }), ind('l', 'last', 'ratio-of-sums', { share, unit: 'percent' })];
  const values = [ind('f', 'first', 'sum'), ind('l', 'last', 'sum')];
  const pick = (rows: readonly Observation[], [first, last] = shares as [Indicator, Indicator]) => {
    const twice = rows.flatMap((o) => [{ ...o, indicatorId: 'f' }, { ...o, indicatorId: 'l' }]);
    const both = [first, last];
    const whole = rollup(twice, both, h).rows;
    const split = twice.map((o) => partialRollup([o], both));
    // Merged in both orders, and through JSON.
    const forward = finishRollup(mergeAllRollupPartials(split), both, h).rows;
    const backward = finishRollup(mergeRollupPartials(JSON.parse(JSON.stringify(split[1])) as RollupPartial, split.slice(2).reduceRight((x, y) => mergeRollupPartials(y, x), split[0] as RollupPartial)), both, h).rows;
    const reversed = rollup([...twice].reverse(), both, h).rows;
    for (const other of [forward, backward, reversed]) expect(other).toEqual(whole);
    const of = (id: string) => whole.find((r) => r.indicatorId === id && r.unitCode === '10000');
    return [of('f'), of('l')].map((r) => (r?.status !== 'value' ? r?.status : r.numerator === undefined ? r.value : [r.numerator, r.denominator]));
  };
  // 999,999,999,999,998: its square passes 2^53 by far, where floats hold products only roughly.
  const N = 999999999999998;
  it('a share by its ratio, not by its numerator: 2 of 3 (66.7%) is first, 1 of 1 (100%) last', () => {
    expect(pick([nd('x', '10000', '2025-06', '1', '1'), nd('x', '10000', '2025-06', '2', '3')])).toEqual([['2', '3'], ['1', '1']]);
  });
  it('equal ratios by their numerators: 1 of 2 first, 2 of 4 last', () => {
    expect(pick([nd('x', '10000', '2025-06', '2', '4'), nd('x', '10000', '2025-06', '1', '2')])).toEqual([['1', '2'], ['2', '4']]);
  });
  it('a zero denominator\'s figure is 0: 5 of 0 first (so no ratio: no row), 1 of 3 last', () => {
    expect(pick([nd('x', '10000', '2025-06', '1', '3'), nd('x', '10000', '2025-06', '5', '0')])).toEqual([undefined, ['1', '3']]);
  });
  it('in decimals (a figure of 16 digits) as in floats: 1,000,000,000,000,001 of 3,000,000,000,000,000 first, 1 of 2 last', () => {
    expect(pick([nd('x', '10000', '2025-06', '1', '2'), nd('x', '10000', '2025-06', '1000000000000001', '3000000000000000')])).toEqual([['1000000000000001', '3000000000000000'], ['1', '2']]);
  });
  it('values by their size: 5 first, 7 last, in floats and in decimals', () => {
    expect(pick([v('x', '10000', '2025-06', '7'), v('x', '10000', '2025-06', '5')], values as [Indicator, Indicator])).toEqual(['5', '7']);
    expect(pick([v('x', '10000', '2025-06', '1000000000000007'), v('x', '10000', '2025-06', '1000000000000005')], values as [Indicator, Indicator])).toEqual(['1000000000000005', '1000000000000007']);
  });
  it('ratios 1/N apart, whose cross products differ by 1 past 2^53: (N + 1) of N first, N of (N − 1) last', () => {
    // (N + 1) × (N − 1) = N² − 1 against N × N: in floats both are N², and the numerators would decide.
    expect(pick([nd('x', '10000', '2025-06', String(N), String(N - 1)), nd('x', '10000', '2025-06', String(N + 1), String(N))])).toEqual([[String(N + 1), String(N)], [String(N), String(N - 1)]]);
  });
  it('equal ratios whose cross products pass 2^53 by their numerators: (N − 1) of (N − 1) first, N of N last', () => {
    expect(pick([nd('x', '10000', '2025-06', String(N), String(N)), nd('x', '10000', '2025-06', String(N - 1), String(N - 1))])).toEqual([[String(N - 1), String(N - 1)], [String(N), String(N)]]);
  });
  it('equal ratios in decimals by their numerators: 10^15 of 2·10^15 first, 2·10^15 of 4·10^15 last', () => {
    expect(pick([nd('x', '10000', '2025-06', '2000000000000000', '4000000000000000'), nd('x', '10000', '2025-06', '1000000000000000', '2000000000000000')])).toEqual([
      ['1000000000000000', '2000000000000000'], ['2000000000000000', '4000000000000000'],
    ]);
  });
  it('ratios whose cross products pass 2^53: 99,999,999 of 100,000,000 first, 999,999,999 of 1,000,000,000 last', () => {
    expect(pick([nd('x', '10000', '2025-06', '999999999', '1000000000'), nd('x', '10000', '2025-06', '99999999', '100000000')])).toEqual([['99999999', '100000000'], ['999999999', '1000000000']]);
  });
});

describe('target summaries', () => {
  const sum = ind('n', 'sum', 'sum');
  it('per parent, worst unit (ties by code), shares met, within a unit', () => {
    const r = rollup([v('n', '10000', '2025', '50'), v('n', '10001', '2025', '70'), v('n', '10002', '2025', '50'), v('n', '10003', '2025', '50'), v('n', '10000', '2024', '10')], [sum], h);
    const q = { indicatorId: 'n', period: '2025', comparator: { kind: 'at-least', value: '60' } as const, hierarchy: h, level: 'commune' as const };
    const s = summariseTargetAcrossUnits(r.rows, q);
    expect(s.overall).toMatchObject({ units: 4, reported: 4, met: 1, notMet: 3, noData: 0, shareMet: '0.25', worst: { unitCode: '10000', value: '50' } });
    expect(Object.keys(s.byParent)).toEqual(['100', '101']);
    expect(s.byParent['100']).toMatchObject({ units: 2, met: 1, shareMet: '0.5', worst: { unitCode: '10000' } });
    expect(summariseTargetAcrossUnits(r.rows, { ...q, within: '101' }).overall).toMatchObject({ units: 2, met: 0, worst: { unitCode: '10002' } });
    const hours = summariseTargetAcrossUnits(r.rows, { ...q, comparator: { kind: 'at-most', value: '60' } });
    expect(hours.overall).toMatchObject({ met: 3, worst: { unitCode: '10001', value: '70' } });
    const provinces = summariseTargetAcrossUnits(r.rows, { ...q, level: 'province' });
    expect(provinces.overall).toMatchObject({ units: 1, met: 1 });
    expect(provinces.byParent).toEqual({});
    const none = summariseTargetAcrossUnits(r.rows, { ...q, period: '2023' });
    expect(none.overall).toMatchObject({ units: 4, reported: 0, noData: 4, shareMet: undefined, worst: undefined });
    const other = summariseTargetAcrossUnits(r.rows, { ...q, indicatorId: 'other' });
    expect(other.overall.reported).toBe(0);
    // A district whose figure has too little coverage has no figure: no data, not "not met".
    const thin = rollup([v('n', '10000', '2025', '70'), v('n', '10002', '2025', '70'), v('n', '10003', '2025', '70')], [sum], h, { minCoverage: 1 });
    const districts = summariseTargetAcrossUnits(thin.rows, { ...q, level: 'district' });
    expect(districts.overall).toMatchObject({ units: 2, reported: 1, met: 1, notMet: 0, noData: 1, shareMet: '1' });
  });
});

describe('rebasing onto new boundaries', () => {
  const cw: Crosswalk = {
    name: 'test', from: '2025-06-30', to: '2025-07-01',
    links: [{ oldCode: 'A', newCode: 'X', kind: 'full' }, { oldCode: 'B', newCode: 'X', kind: 'full' }, { oldCode: 'C', newCode: 'X', kind: 'partial' }, { oldCode: 'C', newCode: 'Y', kind: 'partial' }],
  } as unknown as Crosswalk;
  it('what cannot be placed is said, with the reason', () => {
    const inds = [ind('n', 'sum', 'sum'), ind('m', 'mean', 'mean'), ind('hi', 'max', 'max'), ind('lo', 'min', 'min')];
    const r = rebaseObservations([v('q', 'A', '2024', '1'), v('n', 'Z', '2024', '1'), v('m', 'A', '2024', '1'), v('n', 'C', '2024', '1')], cw, inds);
    expect(r.observations).toEqual([]);
    expect(r.warnings).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown-indicator",
          "indicatorId": "q",
          "message": "the indicator "q" is not among the indicators",
          "period": "2024",
          "unitCode": "A",
        },
        {
          "code": "not-in-crosswalk",
          "indicatorId": "n",
          "message": "Z is not an old unit of the crosswalk "test"",
          "period": "2024",
          "unitCode": "Z",
        },
        {
          "code": "not-additive",
          "indicatorId": "m",
          "message": ""m" aggregates as "mean" over space, which cannot be recombined from old units' figures",
          "period": "2024",
          "unitCode": "A",
        },
        {
          "code": "partial-without-split",
          "indicatorId": "n",
          "message": "C was split between X, Y: give a split rule to place its figures",
          "period": "2024",
          "unitCode": "C",
        },
      ]
    `);
  });
  it('min and max recombine as min and max; a value and a share of one unit do not mix', () => {
    const inds = [ind('hi', 'max', 'max'), ind('lo', 'min', 'min'), ind('s', 'ratio-of-sums', 'ratio-of-sums', { unit: 'percent', share })];
    const r = rebaseObservations([v('hi', 'A', '2024', '3'), v('hi', 'B', '2024', '5'), v('lo', 'A', '2024', '3'), v('lo', 'B', '2024', '5'), nd('s', 'A', '2024', '1', '2'), v('s', 'B', '2024', '50')], cw, inds);
    expect(r.observations.map((o) => [o.indicatorId, o.value ?? `${o.numerator}/${o.denominator}`])).toEqual([['hi', '5'], ['lo', '3']]);
    expect(r.warnings).toMatchInlineSnapshot(`
      [
        {
          "code": "not-additive",
          "indicatorId": "s",
          "message": "old units reported this figure in different forms (a value and a numerator/denominator): not combined",
          "period": "2024",
          "unitCode": "X",
        },
      ]
    `);
  });
});

describe('aggregation rules that have no meaning are refused, all at once', () => {
  it('lists every problem with its path', () => {
    const bad = [
      ind('a', 'sum', 'first'),
      ind('b', 'sum', 'sum', { unit: 'percent', share }),
      ind('c', 'mean', 'ratio-of-sums'),
      ind('d', 'sum', 'weighted-mean'),
      ind('e', 'sum', 'ratio-of-sums', { unit: 'percent', share }),
    ];
    let error: unknown;
    try {
      rollup([], bad, h, { aggregation: { nope: { time: 'sum' } } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DxInputError);
    expect((error as DxInputError).problems).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_reference",
          "message": "overrides the indicator "nope", which is not among the indicators",
          "path": [
            "aggregation",
            "nope",
          ],
        },
        {
          "code": "invalid_value",
          "message": ""first" aggregates over time only; over space use sum, mean, ratio-of-sums, min, max or count",
          "path": [
            "indicators",
            0,
            "aggregation",
          ],
        },
        {
          "code": "invalid_value",
          "message": ""b" is a share: over space it rolls up as "ratio-of-sums" (Σ numerator ÷ Σ denominator), or as "mean-of-ratios" if you mean the mean of the units' percentages; "sum" has no meaning for it",
          "path": [
            "indicators",
            1,
            "aggregation",
          ],
        },
        {
          "code": "invalid_value",
          "message": ""b" is a share: over time it rolls up as "ratio-of-sums", "last", "first", "min", "max" or "mean-of-ratios", not "sum"",
          "path": [
            "indicators",
            1,
            "aggregation",
          ],
        },
        {
          "code": "inconsistent",
          "message": "a ratio of sums over space needs numerators and denominators, which "mean" over time does not keep (use ratio-of-sums, first or last)",
          "path": [
            "indicators",
            2,
            "aggregation",
          ],
        },
        {
          "code": "missing",
          "message": ""c" aggregates as a ratio of sums but is not a share (no numerator and denominator)",
          "path": [
            "indicators",
            2,
            "aggregation",
          ],
        },
        {
          "code": "missing",
          "message": ""d" aggregates over space as a weighted mean but names no weight",
          "path": [
            "indicators",
            3,
            "aggregation",
          ],
        },
        {
          "code": "invalid_value",
          "message": ""e" is a share: over time it rolls up as "ratio-of-sums", "last", "first", "min", "max" or "mean-of-ratios", not "sum"",
          "path": [
            "indicators",
            4,
            "aggregation",
          ],
        },
        {
          "code": "inconsistent",
          "message": "a ratio of sums over space needs numerators and denominators, which "sum" over time does not keep (use ratio-of-sums, first or last)",
          "path": [
            "indicators",
            4,
            "aggregation",
          ],
        },
      ]
    `);
  });
});

describe('coverage objects', () => {
  it('are frozen; a unit whose communes all reported shares one across indicators, a partial one is its own', () => {
    const data = [v('a', '10000', '2025', '1'), v('a', '10001', '2025', '2'), v('b', '10000', '2025', '3'), v('b', '10001', '2025', '4'), v('b', '10002', '2025', '5')];
    const { rows } = rollup(data, [ind('a', 'sum', 'sum'), ind('b', 'sum', 'sum')], h);
    const row = (id: string, unit: string) => rows.find((r) => r.indicatorId === id && r.unitCode === unit)!;
    expect(row('a', '100').coverage).toBe(row('b', '100').coverage);
    expect(row('a', '10').coverage).not.toBe(row('b', '10').coverage);
    expect([row('a', '10').coverage, row('b', '10').coverage]).toEqual([
      { expected: 4, reported: 2, share: '0.5', missing: ['10002', '10003'] },
      { expected: 4, reported: 3, share: '0.75', missing: ['10003'] },
    ]);
    expect(rows.every((r) => Object.isFrozen(r.coverage))).toBe(true);
  });
});
