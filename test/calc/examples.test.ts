// Worked by hand from the source documents (test/fixtures/sources/).
import { describe, expect, it } from 'vitest';
import {
  DxInputError,
  assessProgress,
  attainment,
  classifyBand,
  DEFAULT_STATUS_BANDS,
  expectedValueAt,
  goalpostScore,
  isTargetMet,
  observedGrowthRate,
  proRateAnnualTarget,
  progressShare,
  projectValue,
  requiredGrowthRate,
  roundDecimal,
  targetGap,
  type Comparator,
} from '../../src/index.js';

const atLeast = (value: string): Comparator => ({ kind: 'at-least', value });

describe('is the target met, exactly at the boundary', () => {
  it('the plans\' words', () => {
    expect(isTargetMet(atLeast('10'), '10')).toBe(true); // digital economy ≥ 10% of GRDP, reported 10%
    expect(isTargetMet(atLeast('10'), '9.99')).toBe(false);
    expect(isTargetMet({ kind: 'more-than', value: '50' }, '50')).toBe(false); // "more than 50% of SMEs"
    expect(isTargetMet({ kind: 'more-than', value: '50' }, '50.0001')).toBe(true);
    expect(isTargetMet({ kind: 'more-than', value: '25' }, '25')).toBe(false); // "over 25%"
    expect(isTargetMet({ kind: 'at-most', value: '24' }, '24')).toBe(true); // "within 24 hours"
    expect(isTargetMet({ kind: 'at-most', value: '24' }, '24.5')).toBe(false);
    expect(isTargetMet({ kind: 'less-than', value: '5' }, '5')).toBe(false);
    expect(isTargetMet({ kind: 'between', min: '1', max: '2' }, '1.5')).toBe(true); // "about 1–2%"
    expect(isTargetMet({ kind: 'between', min: '1', max: '2' }, '1')).toBe(true);
    expect(isTargetMet({ kind: 'between', min: '1', max: '2' }, '2')).toBe(true);
    expect(isTargetMet({ kind: 'between', min: '1', max: '2' }, '2.01')).toBe(false);
    expect(isTargetMet({ kind: 'all' }, '100')).toBe(true); // "all …", "100% …"
    expect(isTargetMet({ kind: 'all' }, '99.99')).toBe(false);
    expect(isTargetMet({ kind: 'yes' }, 1)).toBe(true);
    expect(isTargetMet({ kind: 'yes' }, 0)).toBe(false);
    expect(isTargetMet({ kind: 'exactly', value: '5' }, '5.0')).toBe(true);
  });
});

describe('attainment and gap', () => {
  it('Đồng Nai 2025: fully online dossiers ≥ 70% province-wide, reported 91% → met, 1.3, +21 points', () => {
    expect(isTargetMet(atLeast('70'), '91')).toBe(true);
    expect(attainment(atLeast('70'), '91')).toEqual({ ok: true, value: { ratio: '1.3', uncapped: '1.3', capped: false } });
    expect(targetGap(atLeast('70'), '91')).toBe('21');
    expect(attainment(atLeast('70'), '91', { cap: 1 })).toEqual({ ok: true, value: { ratio: '1', uncapped: '1.3', capped: true } });
  });

  it('digital economy ≥ 10% of GRDP against a reported 10% → met exactly, ratio 1, gap 0', () => {
    expect(attainment(atLeast('10'), 10)).toEqual({ ok: true, value: { ratio: '1', uncapped: '1', capped: false } });
    expect(targetGap(atLeast('10'), 10)).toBe('0');
  });

  it('lower is better: restore within 24 hours, took 30 → 0.8, 6 hours over; took 0 → no ratio', () => {
    expect(attainment({ kind: 'at-most', value: '24' }, 30)).toMatchObject({ ok: true, value: { ratio: '0.8' } });
    expect(targetGap({ kind: 'at-most', value: '24' }, 30)).toBe('6');
    const zero = attainment({ kind: 'at-most', value: '24' }, 0);
    expect(zero).toEqual({ ok: false, reason: 'zero-actual', message: expect.stringContaining('lower-is-better') });
  });

  it('ranges: inside is 1, outside the ratio to the nearest bound', () => {
    const about = { kind: 'between', min: '1', max: '2' } as const;
    expect(attainment(about, '1.5')).toMatchObject({ value: { ratio: '1' } });
    expect(attainment(about, '0.5')).toMatchObject({ value: { ratio: '0.5' } });
    expect(attainment(about, '4')).toMatchObject({ value: { ratio: '0.5' } });
    expect(targetGap(about, '1.5')).toBe('0');
    expect(targetGap(about, '0.5')).toBe('-0.5');
    expect(targetGap(about, '4')).toBe('2');
  });

  it('a zero target is a reason, not Infinity', () => {
    expect(attainment(atLeast('0'), 5)).toMatchObject({ ok: false, reason: 'zero-target' });
    expect(attainment({ kind: 'exactly', value: '4' }, 5)).toMatchObject({ value: { ratio: '0.8' } });
    expect(attainment(atLeast('10'), -1)).toMatchObject({ ok: false, reason: 'negative-figure' });
  });

  it('baseline-adjusted progress and goalposts', () => {
    expect(progressShare({ baseline: 40, target: 70, actual: 61 })).toEqual({ ok: true, value: '0.7' });
    expect(progressShare({ baseline: 48, target: 24, actual: 30 })).toEqual({ ok: true, value: '0.75' }); // falling target
    expect(progressShare({ baseline: 5, target: 5, actual: 6 })).toMatchObject({ ok: false, reason: 'target-equals-baseline' });
    expect(goalpostScore(55, { lower: 10, upper: 100, direction: 'higher-is-better' })).toEqual({ ok: true, value: '50' });
    expect(goalpostScore(12, { lower: 0, upper: 48, direction: 'lower-is-better' })).toEqual({ ok: true, value: '75' });
    expect(goalpostScore(120, { lower: 0, upper: 100, direction: 'higher-is-better' })).toEqual({ ok: true, value: '100' });
    expect(goalpostScore(1, { lower: 3, upper: 3, direction: 'higher-is-better' })).toMatchObject({ ok: false, reason: 'equal-goalposts' });
  });

  it('0.1 + 0.2 style inputs stay exact', () => {
    expect(targetGap(atLeast('0.2'), 0.3)).toBe('0.1');
    expect(attainment(atLeast('0.1'), 0.3)).toMatchObject({ value: { ratio: '3' } });
    expect(progressShare({ baseline: 0.1, target: 0.3, actual: 0.2 })).toEqual({ ok: true, value: '0.5' });
    expect(roundDecimal(1.005, 2, 'half-up')).toBe('1.01'); // a float would give 1.00
  });
});

describe('status bands', () => {
  it('the default set, with its edges', () => {
    const band = (x: string | undefined) => classifyBand(DEFAULT_STATUS_BANDS, x).id;
    expect([band('1.3'), band('1'), band('0.9999'), band('0.9'), band('0.7'), band('0.6999'), band(undefined)]).toEqual([
      'achieved', 'achieved', 'on-track', 'on-track', 'at-risk', 'off-track', 'no-data',
    ]);
    expect(classifyBand(DEFAULT_STATUS_BANDS, '0.8').label).toEqual({ vi: 'Có nguy cơ không đạt', en: 'At risk' });
  });
});

describe('interim targets and periods', () => {
  it('expected value on 2025-06-30 on a linear path from a 2024 baseline (60% → 80% at the end of 2025)', () => {
    // 181 of 365 days of 2025: 60 + 20 × 181/365 = 69.9178…
    const r = expectedValueAt({ baseline: { value: 60, date: '2024-12-31' }, target: { value: 80, date: '2025-12-31' }, date: '2025-06-30', path: 'linear' });
    expect(r.ok && roundDecimal(r.value, 4, 'half-up')).toBe('69.9178');
    // Compound from 100 to 121 over two years: 110 after one.
    expect(expectedValueAt({ baseline: { value: 100, date: '2023-12-31' }, target: { value: 121, date: '2025-12-31' }, date: '2024-12-31', path: 'compound' })).toEqual({ ok: true, value: '110' });
    expect(expectedValueAt({ baseline: { value: 0, date: '2023-12-31' }, target: { value: 1, date: '2025-12-31' }, date: '2024-12-31', path: 'compound' })).toMatchObject({ ok: false, reason: 'non-positive-for-compound' });
  });

  it('annual targets pro-rated to months and quarters, and year to date', () => {
    expect(proRateAnnualTarget(1200, '2025-Q2')).toBe('300');
    expect(proRateAnnualTarget(1200, '2025-06')).toBe('100');
    expect(proRateAnnualTarget(1200, '2025-06', { cumulative: true })).toBe('600');
    expect(proRateAnnualTarget(1200, '2025-Q2', { cumulative: true })).toBe('600');
    expect(proRateAnnualTarget(365, '2025-02-01', { cumulative: true })).toBe('32');
    expect(proRateAnnualTarget(1200, '2025')).toBe('1200');
    expect(() => proRateAnnualTarget(1, '2025-13')).toThrow(DxInputError);
  });
});

describe('progress over a series', () => {
  it('rates and projection', () => {
    expect(observedGrowthRate([{ date: '2023-12-31', value: 100 }, { date: '2025-12-31', value: 121 }], 'compound')).toEqual({ ok: true, value: '0.1' });
    expect(observedGrowthRate([{ date: '2023-12-31', value: 1 }, { date: '2024-12-31', value: 3 }, { date: '2025-12-31', value: 5 }], 'linear')).toEqual({ ok: true, value: '2' });
    expect(observedGrowthRate([{ date: '2023-12-31', value: 1 }], 'linear')).toMatchObject({ ok: false, reason: 'insufficient-data' });
    expect(requiredGrowthRate({ date: '2023-12-31', value: 50 }, { date: '2025-12-31', value: 70 }, 'linear')).toEqual({ ok: true, value: '10' });
    expect(projectValue([{ date: '2023-12-31', value: 60 }, { date: '2024-12-31', value: 70 }], '2025-12-31', 'linear')).toEqual({ ok: true, value: '80' });
    expect(projectValue([{ date: '2023-12-31', value: 90 }, { date: '2024-12-31', value: 98 }], '2025-12-31', 'linear', 100)).toEqual({ ok: true, value: '100' });
  });

  const series = [{ date: '2022-12-31', value: 40 }, { date: '2024-12-31', value: 60 }];
  const target = { comparator: atLeast('80'), deadline: '2025-12-31' };

  it('ESCAP: 40 → 60 over two years, 80 needed by end-2025: projected 70, ratio 0.75, too slow', () => {
    const a = assessProgress({ series, target, asOf: '2025-06-30', method: 'escap' });
    expect(a).toMatchObject({ status: 'too-slow', ratio: '0.75', projected: '70', observedRate: '10' });
  });

  it('Open SDG: CAGR 22.47% observed vs 25.99% required → ratio 0.865, acceleration needed', () => {
    const a = assessProgress({ series, target, asOf: '2025-06-30', method: 'open-sdg' });
    expect(a.status).toBe('acceleration-needed');
    if (a.status === 'acceleration-needed') {
      expect(roundDecimal(a.observedRate, 4, 'half-up')).toBe('0.2247'); // √1.5 − 1
      expect(roundDecimal(a.requiredRate, 4, 'half-up')).toBe('0.2599'); // ∛2 − 1
      expect(roundDecimal(a.ratio, 3, 'half-up')).toBe('0.865');
    }
  });

  it('target achieved, insufficient data, deterioration, regressing', () => {
    expect(assessProgress({ series: [...series, { date: '2025-06-30', value: 81 }], target, asOf: '2025-06-30', method: 'open-sdg' }).status).toBe('target-achieved');
    expect(assessProgress({ series: [...series, { date: '2025-07-31', value: 81 }], target, asOf: '2025-06-30', method: 'open-sdg' }).status).toBe('acceleration-needed');
    expect(assessProgress({ series: [series[0]!], target, asOf: '2025-06-30', method: 'open-sdg' }).status).toBe('insufficient-data');
    expect(assessProgress({ series: [], target, asOf: '2025-06-30', method: 'escap' }).status).toBe('insufficient-data');
    const falling = [{ date: '2022-12-31', value: 60 }, { date: '2024-12-31', value: 50 }];
    expect(assessProgress({ series: falling, target, asOf: '2025-06-30', method: 'open-sdg' }).status).toBe('deterioration');
    expect(assessProgress({ series: falling, target, asOf: '2025-06-30', method: 'escap' }).status).toBe('regressing');
    // Lower is better: restore time 48 → 36 hours in two years, 24 needed by end-2025.
    const hours = [{ date: '2022-12-31', value: 48 }, { date: '2024-12-31', value: 36 }];
    expect(assessProgress({ series: hours, target: { comparator: { kind: 'at-most', value: '24' }, deadline: '2025-12-31' }, asOf: '2025-01-01', method: 'escap' })).toMatchObject({ status: 'too-slow', projected: '30', ratio: '0.75' });
  });

  it('a natural limit: a target of 100% projected no further than 100', () => {
    const near = [{ date: '2023-12-31', value: 90 }, { date: '2024-12-31', value: 96 }];
    const a = assessProgress({ series: near, target: { comparator: { kind: 'all' }, deadline: '2025-12-31' }, asOf: '2025-01-01', method: 'escap', limit: 100 });
    expect(a).toMatchObject({ status: 'on-track', projected: '100', ratio: '1' });
  });
});
