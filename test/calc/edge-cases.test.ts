// Every edge of the calculations, with the whole result pinned: the reason and the message a
// caller shows, not only "it is not computed". Written after the mutation run showed which
// branches no test told apart (see README, "Mutation score").
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  assessProgress,
  attainment,
  classifyBand,
  DEFAULT_STATUS_BANDS,
  expectedValueAt,
  goalpostScore,
  observedGrowthRate,
  proRateAnnualTarget,
  progressShare,
  projectValue,
  requiredGrowthRate,
  roundDecimal,
  targetGap,
  type Comparator,
  type LegendSet,
} from '../../src/index.js';

const atLeast: Comparator = { kind: 'at-least', value: '80' };

describe('assessProgress at its edges', () => {
  const target = { comparator: atLeast, deadline: '2025-12-31' };
  it('no figure on or before the as-of date', () => {
    expect(assessProgress({ series: [{ date: '2025-01-01', value: 10 }], target, asOf: '2024-12-31', method: 'escap' })).toEqual({
      status: 'insufficient-data', method: 'escap', message: 'no figure on or before 2024-12-31',
    });
    expect(assessProgress({ series: [], target, asOf: '2024-12-31', method: 'open-sdg' }).status).toBe('insufficient-data');
  });
  it('one figure only, and a yes/no target', () => {
    expect(assessProgress({ series: [{ date: '2024-12-31', value: 10 }], target, asOf: '2025-01-01', method: 'escap' })).toEqual({
      status: 'insufficient-data', method: 'escap', message: 'a rate of progress needs figures on at least two dates',
    });
    expect(assessProgress({ series: [{ date: '2024-12-31', value: 0 }, { date: '2025-06-30', value: 0 }], target: { comparator: { kind: 'yes' }, deadline: '2025-12-31' }, asOf: '2025-07-01', method: 'escap' })).toEqual({
      status: 'not-assessable', method: 'escap', message: 'a yes/no target has no rate of progress',
    });
  });
  it('a latest figure that meets the target is achieved, whatever came before', () => {
    expect(assessProgress({ series: [{ date: '2025-06-30', value: '80.0' }, { date: '2024-12-31', value: 10 }], target, asOf: '2025-07-01', method: 'open-sdg' })).toEqual({
      status: 'target-achieved', method: 'open-sdg', latest: { date: '2025-06-30', value: '80' },
    });
  });
  it('the series is read in date order, whatever order it comes in', () => {
    const a = assessProgress({ series: [{ date: '2024-12-31', value: 60 }, { date: '2022-12-31', value: 40 }], target, asOf: '2025-06-30', method: 'escap' });
    expect(a).toMatchObject({ status: 'too-slow', ratio: '0.75' });
  });
  it('a compound rate from a zero baseline cannot be assessed, and says why', () => {
    const a = assessProgress({ series: [{ date: '2023-12-31', value: 0 }, { date: '2024-12-31', value: 20 }], target, asOf: '2025-01-01', method: 'open-sdg' });
    expect(a).toEqual({ status: 'not-assessable', method: 'open-sdg', message: 'a compound rate needs figures above 0' });
  });
  it('a deadline not after the first figure cannot be assessed', () => {
    const a = assessProgress({ series: [{ date: '2026-06-30', value: 10 }, { date: '2026-12-31', value: 20 }], target, asOf: '2027-01-01', method: 'escap', growth: 'linear' });
    expect(a).toEqual({ status: 'not-assessable', method: 'escap', message: 'the deadline 2025-12-31 is not after 2026-06-30' });
  });
  it('Open SDG: a baseline that met the target and has fallen below it is deterioration', () => {
    const a = assessProgress({ series: [{ date: '2022-12-31', value: 90 }, { date: '2024-12-31', value: 70 }], target, asOf: '2025-01-01', method: 'open-sdg', growth: 'linear' });
    expect(a).toMatchObject({ status: 'deterioration', ratio: '-1' });
    // The same under ESCAP (projected 60 by the deadline: not "on track" for falling fast).
    expect(assessProgress({ series: [{ date: '2022-12-31', value: 90 }, { date: '2024-12-31', value: 70 }], target, asOf: '2025-01-01', method: 'escap' })).toMatchObject({ status: 'regressing', ratio: '-1' });
    // Lower is better: restore within 24 hours, from 20 hours to 30.
    const hours = { comparator: { kind: 'at-most', value: '24' } as Comparator, deadline: '2025-12-31' };
    expect(assessProgress({ series: [{ date: '2022-12-31', value: 20 }, { date: '2024-12-31', value: 30 }], target: hours, asOf: '2025-01-01', method: 'escap' })).toMatchObject({ status: 'regressing', ratio: '-1' });
    // And from 40 hours to 30: 10 of the 16 needed by 2024, projected 25 by the deadline: 15 of 16.
    expect(assessProgress({ series: [{ date: '2022-12-31', value: 40 }, { date: '2024-12-31', value: 30 }], target: hours, asOf: '2025-01-01', method: 'escap' })).toMatchObject({ status: 'too-slow', ratio: '0.9375' });
    // "Exactly 5" from 2, now 4: approached from below; projected 5 by the deadline: 3 of 3.
    const five = { comparator: { kind: 'exactly', value: '5' } as Comparator, deadline: '2025-12-31' };
    expect(assessProgress({ series: [{ date: '2022-12-31', value: 2 }, { date: '2024-12-31', value: 4 }], target: five, asOf: '2025-01-01', method: 'escap' })).toMatchObject({ status: 'on-track', ratio: '1', projected: '5' });
  });
  it('Open SDG on a compound path: observed ÷ required', () => {
    // 40 → 60 in 2 years: CAGR √1.5 − 1; required 40 → 80 in 3 years: ∛2 − 1; ratio ≈ 0.846.
    const a = assessProgress({ series: [{ date: '2022-12-31', value: 40 }, { date: '2024-12-31', value: 60 }], target, asOf: '2025-01-01', method: 'open-sdg' });
    expect(a.status).toBe('acceleration-needed');
    if (a.status !== 'acceleration-needed') throw new Error('narrowing');
    // The oracle: decimal.js itself at 60 digits, not the library's arithmetic; 30 digits agree.
    const D = Decimal.clone({ precision: 60 });
    const expected = new D(1.5).sqrt().minus(1).div(new D(2).cbrt().minus(1));
    expect(new D(a.ratio).toSignificantDigits(30).toFixed()).toBe(expected.toSignificantDigits(30).toFixed());
  });
  it('ESCAP: a goal equal to the baseline gives the regressing ratio −1; a natural limit caps the goal', () => {
    const limited = assessProgress({ series: [{ date: '2023-12-31', value: 90 }, { date: '2024-12-31', value: 95 }], target: { comparator: { kind: 'at-least', value: '120' }, deadline: '2025-12-31' }, asOf: '2025-01-01', method: 'escap', limit: 100 });
    // Goal 100 (the limit, not 120); projected 100 (capped at the limit); needed 10; ratio 1.
    expect(limited).toMatchObject({ status: 'on-track', ratio: '1' });
    const unlimited = assessProgress({ series: [{ date: '2023-12-31', value: 90 }, { date: '2024-12-31', value: 95 }], target: { comparator: { kind: 'at-least', value: '120' }, deadline: '2025-12-31' }, asOf: '2025-01-01', method: 'escap' });
    // Goal 120, projected 100, needed 30, got 10: 1/3.
    expect(unlimited).toMatchObject({ status: 'too-slow' });
    if (unlimited.status !== 'too-slow') throw new Error('narrowing');
    expect(unlimited.ratio.startsWith('0.3333333333')).toBe(true);
  });
});

describe('attainment at its edges', () => {
  it('negative figures and targets, zero targets, exact targets', () => {
    expect(attainment({ kind: 'at-least', value: '-5' }, '3')).toEqual({ ok: false, reason: 'negative-figure', message: 'an attainment ratio needs a target of 0 or more, got -5' });
    expect(attainment({ kind: 'at-least', value: '0' }, '3')).toEqual({ ok: false, reason: 'zero-target', message: 'the target is 0, so a ratio to it has no meaning' });
    expect(attainment({ kind: 'at-least', value: '0' }, '0')).toEqual({ ok: false, reason: 'zero-target', message: 'the target is 0, so a ratio to it has no meaning' });
    expect(attainment({ kind: 'exactly', value: '0' }, '0')).toEqual({ ok: true, value: { ratio: '1', uncapped: '1', capped: false } });
    expect(attainment({ kind: 'exactly', value: '0' }, '2')).toEqual({ ok: false, reason: 'zero-target', message: 'the target is 0, so a ratio to it has no meaning' });
    expect(attainment({ kind: 'exactly', value: '4' }, '5')).toEqual({ ok: true, value: { ratio: '0.8', uncapped: '0.8', capped: false } });
    expect(attainment({ kind: 'exactly', value: '5' }, '4')).toEqual({ ok: true, value: { ratio: '0.8', uncapped: '0.8', capped: false } });
    expect(attainment({ kind: 'between', min: '1', max: '2' }, '1.5')).toEqual({ ok: true, value: { ratio: '1', uncapped: '1', capped: false } });
    expect(attainment({ kind: 'between', min: '1', max: '2' }, '4')).toEqual({ ok: true, value: { ratio: '0.5', uncapped: '0.5', capped: false } });
    expect(attainment({ kind: 'between', min: '1', max: '2' }, '0.5')).toEqual({ ok: true, value: { ratio: '0.5', uncapped: '0.5', capped: false } });
    expect(attainment({ kind: 'at-most', value: '0' }, '0')).toEqual({ ok: false, reason: 'zero-actual', message: 'the figure is 0 under a lower-is-better target, so target ÷ figure has no value' });
    expect(attainment({ kind: 'all' }, '50')).toEqual({ ok: true, value: { ratio: '0.5', uncapped: '0.5', capped: false } });
    expect(attainment({ kind: 'yes' }, '1')).toEqual({ ok: true, value: { ratio: '1', uncapped: '1', capped: false } });
  });
  it('the gap to a range is to its nearer end: negative below, positive above', () => {
    expect(targetGap({ kind: 'between', min: '1', max: '2' }, '4')).toBe('2');
    expect(targetGap({ kind: 'between', min: '1', max: '2' }, '0.5')).toBe('-0.5');
    expect(targetGap({ kind: 'between', min: '1', max: '2' }, '1.5')).toBe('0');
    expect(targetGap({ kind: 'at-most', value: '24' }, '20')).toBe('-4');
    expect(targetGap({ kind: 'all' }, '93')).toBe('-7');
  });
});

describe('interim values, shares, goalposts, growth at their edges', () => {
  it('expectedValueAt refuses a deadline not after the baseline, and hits both ends exactly', () => {
    const r = expectedValueAt({ baseline: { date: '2025-01-01', value: 10 }, target: { date: '2025-01-01', value: 20 }, date: '2025-01-01', path: 'linear' });
    expect(r).toEqual({ ok: false, reason: 'deadline-not-after-baseline', message: 'the target date 2025-01-01 is not after the baseline date 2025-01-01' });
    const c = (date: string) => expectedValueAt({ baseline: { date: '2024-12-31', value: 2 }, target: { date: '2026-12-31', value: 8 }, date, path: 'compound' });
    expect(c('2024-12-31')).toEqual({ ok: true, value: '2' });
    expect(c('2026-12-31')).toEqual({ ok: true, value: '8' });
    expect(c('2025-12-31')).toEqual({ ok: true, value: '4' });
    expect(expectedValueAt({ baseline: { date: '2024-12-31', value: 0 }, target: { date: '2026-12-31', value: 8 }, date: '2025-12-31', path: 'compound' })).toEqual({
      ok: false, reason: 'non-positive-for-compound', message: 'a compound path needs a baseline and a target above 0',
    });
  });
  it('progressShare and goalpostScore say why they cannot compute', () => {
    expect(progressShare({ baseline: '50', target: '50', actual: '60' })).toEqual({ ok: false, reason: 'target-equals-baseline', message: 'the target equals the baseline, so there is no distance to cover' });
    expect(goalpostScore('5', { lower: '10', upper: '10', direction: 'higher-is-better' })).toEqual({ ok: false, reason: 'equal-goalposts', message: 'the lower and upper goalposts are equal' });
    expect(goalpostScore('5', { lower: '20', upper: '10', direction: 'higher-is-better' })).toEqual({ ok: false, reason: 'reversed-goalposts', message: 'the lower goalpost (20) is above the upper (10)' });
  });
  it('growth rates: too few figures, non-positive figures, deadlines, exact roots', () => {
    expect(observedGrowthRate([{ date: '2024-12-31', value: 1 }], 'linear')).toEqual({ ok: false, reason: 'insufficient-data', message: 'a rate needs figures on at least two dates' });
    expect(observedGrowthRate([{ date: '2024-12-31', value: 1 }, { date: '2024-12-31', value: 2 }], 'linear')).toEqual({ ok: false, reason: 'insufficient-data', message: 'a rate needs figures on at least two dates' });
    expect(observedGrowthRate([{ date: '2023-12-31', value: 1 }, { date: '2024-12-31', value: 0 }], 'compound')).toEqual({ ok: false, reason: 'non-positive-for-compound', message: 'a compound rate needs figures above 0' });
    expect(observedGrowthRate([{ date: '2023-12-31', value: 0 }, { date: '2024-12-31', value: 1 }], 'compound')).toEqual({ ok: false, reason: 'non-positive-for-compound', message: 'a compound rate needs figures above 0' });
    // Exact roots over whole numbers of years: 1 → 8 in 3 years is 100% a year, 1 → 16 in 4 is 100%.
    expect(observedGrowthRate([{ date: '2021-12-31', value: 1 }, { date: '2024-12-31', value: 8 }], 'compound')).toEqual({ ok: true, value: '1' });
    expect(observedGrowthRate([{ date: '2020-12-31', value: 1 }, { date: '2024-12-31', value: 16 }], 'compound')).toEqual({ ok: true, value: '1' });
    expect(observedGrowthRate([{ date: '2022-12-31', value: 4 }, { date: '2024-12-31', value: 9 }], 'compound')).toEqual({ ok: true, value: '0.5' });
    expect(observedGrowthRate([{ date: '2023-12-31', value: 4 }, { date: '2024-12-31', value: 9 }], 'compound')).toEqual({ ok: true, value: '1.25' });
    expect(requiredGrowthRate({ date: '2025-01-01', value: 1 }, { date: '2025-01-01', value: 2 }, 'linear')).toEqual({ ok: false, reason: 'insufficient-data', message: 'the deadline 2025-01-01 is not after 2025-01-01' });
    expect(requiredGrowthRate({ date: '2024-12-31', value: 0 }, { date: '2025-12-31', value: 2 }, 'compound')).toEqual({ ok: false, reason: 'non-positive-for-compound', message: 'a compound rate needs figures above 0' });
    expect(requiredGrowthRate({ date: '2024-12-31', value: 2 }, { date: '2025-12-31', value: 0 }, 'compound')).toEqual({ ok: false, reason: 'non-positive-for-compound', message: 'a compound rate needs figures above 0' });
  });
  it('projectValue passes a reason through and grows compound figures', () => {
    expect(projectValue([{ date: '2024-12-31', value: 1 }], '2025-12-31', 'linear')).toEqual({ ok: false, reason: 'insufficient-data', message: 'a rate needs figures on at least two dates' });
    expect(projectValue([{ date: '2023-12-31', value: 2 }, { date: '2024-12-31', value: 4 }], '2026-12-31', 'compound')).toEqual({ ok: true, value: '16' });
    expect(projectValue([{ date: '2023-12-31', value: 2 }, { date: '2024-12-31', value: 4 }], '2026-12-31', 'linear')).toEqual({ ok: true, value: '8' });
  });
});

describe('rounding, bands and pro-rating at their edges', () => {
  it('roundDecimal takes 0 to 20 places, and writes a zero with its places', () => {
    for (const bad of [-1, 21, 1.5, Number.NaN]) expect(() => roundDecimal('1', bad, 'half-up')).toThrow(`places: should be a whole number from 0 to 20, got ${String(bad)}`);
    expect(roundDecimal('1.23456789012345678901234', 20, 'down')).toBe('1.23456789012345678901');
    expect(roundDecimal('0.004', 2, 'half-up')).toBe('0.00');
    expect(roundDecimal('-0.004', 2, 'half-up')).toBe('0.00');
    expect(roundDecimal('0.4', 0, 'half-up')).toBe('0');
    expect(roundDecimal('0.5', 0, 'half-up')).toBe('1');
  });
  it('classifyBand: a value past every band falls in the last; no value in "no data"', () => {
    const set: LegendSet = {
      id: 'two', name: { vi: 'hai', en: 'two' },
      bands: [
        { id: 'low', label: { vi: 'thấp', en: 'low' }, from: { value: '0', inclusive: true }, to: { value: '1', inclusive: false } },
        { id: 'high', label: { vi: 'cao', en: 'high' }, from: { value: '1', inclusive: true }, to: { value: '2', inclusive: true } },
      ],
      noData: { id: 'none', label: { vi: 'không', en: 'none' } },
    };
    expect(classifyBand(set, '1').id).toBe('high');
    expect(classifyBand(set, undefined).id).toBe('none');
    expect(classifyBand(DEFAULT_STATUS_BANDS, undefined).id).toBe('no-data');
  });
  it('proRateAnnualTarget refuses a period it cannot read', () => {
    expect(() => proRateAnnualTarget('120', '2025-13' as '2025-06')).toThrow('period: should be a period written "2025", "2025-Q2", "2025-06" or "2025-06-30", got "2025-13"');
  });
});
