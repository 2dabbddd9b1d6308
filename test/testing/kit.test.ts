// The testing kit: each known mistake worked by hand, and the laws the arbitraries promise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxInputError, hierarchyAt, parseIndicator, parseObservations, rollup, type AdministrativeUnit, type Hierarchy } from 'dx-indicators';
import { readSheetRows } from 'dx-indicators/tabular';
import { diagnoseFigure, diagnoseStatus, hierarchyArbitrary, observationsArbitrary, sheetRowsArbitrary } from 'dx-indicators/testing';
import { vnIndicators } from 'dx-indicators/vn';

const share = vnIndicators['online-dossier-rate'];
const unit = (code: string, parentCode?: string): AdministrativeUnit => ({
  code, name: `U${code}`, nameEn: `U${code}`, fullName: `Xã U${code}`, fullNameEn: `U${code} Commune`,
  type: parentCode === undefined ? 'province' : 'commune', level: parentCode === undefined ? 'province' : 'commune',
  ...(parentCode === undefined ? {} : { parentCode }), validFrom: '2024-01-01',
});
const tiny = (date: string, communes: string[]): Hierarchy =>
  hierarchyAt({ name: 't', coverage: { from: '2024-01-01' }, units: [unit('01'), ...communes.map((c) => unit(c, '01'))] }, date);
const h3 = tiny('2025-07-01', ['00001', '00002', '00003']);
const o = (unitCode: string, numerator: number, denominator: number, period = '2025') => ({ indicatorId: share.id, unitCode, period, numerator, denominator });

describe('diagnoseFigure: the known mistakes, worked by hand', () => {
  // 00001: 90 of 100 (90%); 00002: 10 of 50 (20%); 00003 did not report.
  const question = { observations: parseObservations([o('00001', 90, 100), o('00002', 10, 50)]), indicator: share, hierarchy: h3, unitCode: '01', period: '2025' };

  it('the right figure: Σ numerator ÷ Σ denominator = 100 / 150 = 66.67 %', () => {
    expect(diagnoseFigure('66.67', question)).toEqual({ matches: true, expected: '66.66666666666666666666666666666666666667', reproducedBy: [] });
    expect(diagnoseFigure(66.7, question).matches).toBe(true);
    expect(diagnoseFigure('66.6', question).matches).toBe(false);
  });

  it('a mean of percentages: (90 + 20) / 2 = 55', () => {
    const d = diagnoseFigure('55', question);
    expect(d.matches).toBe(false);
    expect(d.reproducedBy.map((m) => [m.mistake, m.figure])).toEqual([['mean-of-percentages', '55']]);
  });

  it('non-reporting units counted as zero: (90 + 20 + 0) / 3 = 36.67', () => {
    expect(diagnoseFigure('36.67', question).reproducedBy.map((m) => m.mistake)).toEqual(['non-reporting-as-zero']);
  });

  it('a stock summed over time: 10 + 12 + 15 kiosks, where the year\'s figure is the last, 15', () => {
    const kiosks = parseIndicator({ id: 'kiosks', name: { vi: 'Số ki-ốt', en: 'Kiosks' }, domain: 'digital-society', unit: 'count', direction: 'higher-is-better', aggregation: { time: 'last', space: 'sum' } });
    const obs = parseObservations(['2025-01', '2025-06', '2025-12'].map((period, i) => ({ indicatorId: 'kiosks', unitCode: '00001', period, value: [10, 12, 15][i] })));
    const q = { observations: obs, indicator: kiosks, hierarchy: h3, unitCode: '01', period: '2025' };
    expect(diagnoseFigure(15, q).matches).toBe(true);
    expect(diagnoseFigure(37, q).reproducedBy.map((m) => m.mistake)).toEqual(['stock-summed-over-time']);
  });

  it('the figure of the old boundaries: the old province had 00001 and 00002 only (100 of 150), the new one also 00003 (60 of 60)', () => {
    const before = { observations: parseObservations([o('00001', 90, 100), o('00002', 10, 50)]), hierarchy: tiny('2025-06-30', ['00001', '00002']) };
    const q = { observations: parseObservations([o('00001', 90, 100), o('00002', 10, 50), o('00003', 60, 60)]), indicator: share, hierarchy: h3, unitCode: '01', period: '2025', before };
    expect(diagnoseFigure('76.19', q).matches).toBe(true); // 160 / 210
    expect(diagnoseFigure('66.67', q).reproducedBy.map((m) => m.mistake)).toEqual(['old-boundaries']);
  });

  it('a figure no known mistake explains says so', () => {
    expect(diagnoseFigure('12', question)).toEqual({ matches: false, expected: '66.66666666666666666666666666666666666667', reproducedBy: [] });
  });

  it('bad questions are the library\'s error', () => {
    expect(() => diagnoseFigure('abc', question)).toThrow(DxInputError);
    expect(() => diagnoseFigure('1', { ...question, period: '2025-13' })).toThrow(DxInputError);
    expect(() => diagnoseFigure('1', null as never)).toThrow(DxInputError);
  });
});

describe('diagnoseStatus: "more than" read as "at least"', () => {
  it('only the boundary tells them apart', () => {
    const moreThan50 = { kind: 'more-than', value: '50' } as const;
    expect(diagnoseStatus(true, moreThan50, '50')).toEqual({
      matches: false, expected: false,
      reproducedBy: { mistake: 'more-than-read-as-at-least', explanation: '"more than" (trên) read as "at least" (ít nhất): the boundary itself counted as met' },
    });
    expect(diagnoseStatus(true, moreThan50, '50.01')).toEqual({ matches: true, expected: true });
    expect(diagnoseStatus(false, { kind: 'at-least', value: '80' }, 80).reproducedBy?.mistake).toBe('at-least-read-as-more-than');
    expect(diagnoseStatus(true, { kind: 'less-than', value: '24' }, 24).reproducedBy?.mistake).toBe('less-than-read-as-at-most');
    expect(diagnoseStatus(false, moreThan50, '70')).toEqual({ matches: false, expected: true });
    expect(() => diagnoseStatus('yes' as never, moreThan50, 1)).toThrow(DxInputError);
  });

  it('law: for any boundary b, claiming a "more than b" target met at b is the at-least misreading', () => {
    fc.assert(fc.property(fc.integer({ min: -1000, max: 1000 }), (b) => {
      expect(diagnoseStatus(true, { kind: 'more-than', value: String(b) }, b).reproducedBy?.mistake).toBe('more-than-read-as-at-least');
    }), { numRuns: 200 });
  });
});

describe('the arbitraries', () => {
  it('hierarchies: GSO-shaped codes, every commune under a province, names unique without diacritics', () => {
    fc.assert(fc.property(hierarchyArbitrary({ tiers: 3, maxProvinces: 3 }), (h) => {
      const communes = h.units.filter((u) => u.level === 'commune');
      expect(communes.every((u) => /^\d{5}$/.test(u.code))).toBe(true);
      expect(h.units.filter((u) => u.level === 'district').every((u) => /^\d{3}$/.test(u.code))).toBe(true);
      const bare = communes.map((u) => u.nameEn);
      expect(new Set(bare).size).toBe(bare.length);
    }), { numRuns: 50 });
  });

  it('law: a figure computed by the library itself always matches', () => {
    const arb = hierarchyArbitrary().chain((h) => observationsArbitrary(h, [share]).map((obs) => ({ h, obs })));
    fc.assert(fc.property(arb, ({ h, obs }) => {
      const province = h.units.find((u) => u.level === 'province')!.code;
      const row = rollup(obs, [share], h).rows.find((r) => r.unitCode === province && r.period === '2025');
      fc.pre(row?.status === 'value');
      if (row?.status === 'value') expect(diagnoseFigure(row.value, { observations: obs, indicator: share, hierarchy: h, unitCode: province, period: '2025' }).matches).toBe(true);
    }), { numRuns: 100 });
  });

  it('observations: shares have 0 ≤ numerator ≤ denominator; without gaps, one per commune and month', () => {
    const arb = hierarchyArbitrary().chain((h) => observationsArbitrary(h, [share], { periods: 'month', gaps: false }).map((obs) => ({ h, obs })));
    fc.assert(fc.property(arb, ({ h, obs }) => {
      expect(obs.length).toBe(h.units.filter((u) => u.level === 'commune').length * 12);
      expect(obs.every((x) => Number(x.numerator) <= Number(x.denominator))).toBe(true);
    }), { numRuns: 30 });
  });

  it('law: readSheetRows reads every generated messy sheet to what it means', () => {
    const arb = hierarchyArbitrary().chain((h) => sheetRowsArbitrary(h).map((sheet) => ({ h, sheet })));
    fc.assert(fc.property(arb, ({ h, sheet }) => {
      const r = readSheetRows(sheet.rows, { locale: 'vi', indicatorId: 'x', units: { hierarchy: h } });
      expect(r.rejected.flatMap((x) => x.problems.map((p) => `${x.row}: ${p.message}`))).toEqual([]);
      expect(r.accepted.map((a) => ({ unitCode: a.unitCode, period: a.period, value: a.value }))).toEqual(sheet.intended);
    }), { numRuns: 100 });
  });
});
