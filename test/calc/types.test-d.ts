import { describe, expectTypeOf, it } from 'vitest';
import { assessProgress, attainment, type Comparator, type Computed, type Hierarchy, type Indicator, type ProgressAssessment, type RollupColumns, type RollupRow } from '../../src/index.js';
import { finishRollupColumns, partialRollup, type RollupPartial } from '../../src/rollup/partials.js';

describe('results are discriminated unions a caller must narrow', () => {
  it('attainment', () => {
    const r = attainment({ kind: 'at-least', value: '70' }, '91');
    // @ts-expect-error: the ratio is there only once `ok` is narrowed to true
    void r.value.ratio;
    if (r.ok) expectTypeOf(r.value.ratio).toEqualTypeOf<string>();
    else expectTypeOf(r.reason).toEqualTypeOf<'zero-target' | 'zero-actual' | 'negative-figure'>();
    expectTypeOf(r).toExtend<Computed<unknown>>();
  });

  it('progress', () => {
    const a: ProgressAssessment = assessProgress({
      series: [],
      target: { comparator: { kind: 'all' }, deadline: '2025-12-31' },
      asOf: '2025-06-30',
      method: 'open-sdg',
    });
    // @ts-expect-error: a ratio exists only for a classified status
    void a.ratio;
    if (a.status === 'on-track') expectTypeOf(a.ratio).toEqualTypeOf<string>();
    if (a.status === 'insufficient-data') expectTypeOf(a.message).toEqualTypeOf<string>();
  });

  it('comparators must be well formed', () => {
    // @ts-expect-error: a range has min and max, not value
    const bad: Comparator = { kind: 'between', value: '1' };
    // @ts-expect-error: "approximately" is not a comparator
    const worse: Comparator = { kind: 'approximately', value: '1' };
    void bad;
    void worse;
    // @ts-expect-error: the method is a closed set
    assessProgress({ series: [], target: { comparator: { kind: 'all' }, deadline: '2025-12-31' }, asOf: '2025-06-30', method: 'eurostat' });
  });

  it('a roll-up in columns: a figure may be missing, and the columns are read, not written', () => {
    const cols = {} as RollupColumns;
    // @ts-expect-error: an insufficient-coverage row has no figure: value(i) may be undefined
    const figure: string = cols.value(0);
    void figure;
    // @ts-expect-error: the count of rows is read-only
    cols.length = 0;
    expectTypeOf(cols.row(0)).toEqualTypeOf<RollupRow>();
    expectTypeOf(cols.status(0)).toEqualTypeOf<'value' | 'insufficient-coverage'>();
  });

  it('a split roll-up finishes into columns from a partial, not from observations', () => {
    const inds = [] as Indicator[];
    const h = {} as Hierarchy;
    expectTypeOf(finishRollupColumns(partialRollup([], inds), inds, h)).toEqualTypeOf<RollupColumns>();
    // @ts-expect-error: observations must first become a partial (partialRollup)
    finishRollupColumns([{ indicatorId: 'a', unitCode: '75', period: '2025', value: '1' }], inds, h);
    expectTypeOf<Parameters<typeof finishRollupColumns>[0]>().toEqualTypeOf<RollupPartial>();
  });
});
