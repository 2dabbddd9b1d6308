// The scorecard that answers from what communes report: ten communes of new Đồng Nai, worked by
// hand. Commune target "work records processed in the digital environment ≥ 60%" (Đồng Nai
// 2025), province-wide "online dossiers ≥ 70%", "SMEs on digital platforms > 50%".
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildScorecard,
  classifyTargetBand,
  DEFAULT_STATUS_BANDS,
  hierarchyAt,
  isTargetMet,
  parseObservations,
  type Comparator,
} from '../../src/index.js';
import { renderScorecardCsv, renderScorecardJson, renderScorecardMarkdown } from '../../src/report/render.js';
import { vnUnits } from '../../src/vn/communes.js';
import { dongNai2025Reported, plans } from '../../src/vn/index.js';
import { problemLines } from '../problems.js';

const h = hierarchyAt(vnUnits, '2025-07-01');
const communes = (h.childrenByCode.get('75') ?? []).slice(0, 10);
// Work records processed digitally / all work records, Q3 2025. Commune 5 is at 50%.
const NUM = [60, 70, 80, 90, 50, 65, 75, 85, 95, 100];
const records = communes.map((c, i) => ({ indicatorId: 'work-records-digital', unitCode: c.code, period: '2025-Q3', numerator: String(NUM[i]), denominator: '100' }));
// Online dossiers: 300/400 and 450/500 in two communes.
const dossiers = [
  { indicatorId: 'online-dossier-rate', unitCode: communes[0]!.code, period: '2025-Q3', numerator: '300', denominator: '400' },
  { indicatorId: 'online-dossier-rate', unitCode: communes[1]!.code, period: '2025-Q3', numerator: '450', denominator: '500' },
];
const observations = parseObservations([...records, ...dossiers]);
const card = buildScorecard(plans.dongNai2025, observations, { asOf: '2025-09-30', hierarchy: h });
const entry = (id: string, c = card) => c.entries.find((e) => e.targetId === id)!;

describe('a commune-tier target from the communes\' figures', () => {
  it('is decided by the tier\'s Σ numerator ÷ Σ denominator: 770 / 1000 = 77% ≥ 60%, met', () => {
    const e = entry('dn25-work-records-commune');
    expect(e).toMatchObject({ status: 'met', basis: 'tier', actual: '77', gap: '17', band: { id: 'achieved' } });
    expect(e.rolledUp).toEqual({ value: '77', numerator: '770', denominator: '1000', coverage: { expected: 95, reported: 10, share: '0.1052631578947368421052631578947368421053' }, periods: { from: '2025-Q3', to: '2025-Q3' }, trusted: true });
  });

  it('explains itself unit by unit: 10 of 95 reported, 9 met, the worst is the commune at 50%', () => {
    const u = entry('dn25-work-records-commune').units!;
    expect([u.units, u.reported, u.met, u.notMet, u.noData, u.percentagesOnly]).toEqual([95, 10, 9, 1, 85, 0]);
    expect(u.worst).toEqual({ unitCode: communes[4]!.code, value: '50' });
    expect(u.worstUnits).toEqual([{ unitCode: communes[4]!.code, name: communes[4]!.fullName, value: '50' }]);
    expect(entry('dn25-work-records-commune').explanation?.en).toBe(
      `Rolled up from 10 of 95 communes reporting, periods 2025-Q3–2025-Q3: 77% (Σ 770 ÷ Σ 1,000). 10 of 95 communes reported: 9 met, 1 not met, 85 without data. Furthest from the target: ${communes[4]!.fullName} (50%).`,
    );
  });

  it('counts communes that report only a percentage unit by unit, and says so, without entering them in the ratio', () => {
    const plain = parseObservations([
      ...records.slice(0, 2),
      { indicatorId: 'work-records-digital', unitCode: communes[2]!.code, period: '2025-Q3', value: '82.5' },
      { indicatorId: 'work-records-digital', unitCode: communes[3]!.code, period: '2025-Q3', value: '40' },
    ]);
    const e = entry('dn25-work-records-commune', buildScorecard(plans.dongNai2025, plain, { asOf: '2025-09-30', hierarchy: h }));
    // The ratio of sums from the two communes with numerator and denominator: 130 / 200 = 65%.
    expect([e.status, e.actual, e.rolledUp?.numerator, e.rolledUp?.denominator, e.rolledUp?.coverage.reported]).toEqual(['met', '65', '130', '200', 2]);
    expect([e.units?.reported, e.units?.met, e.units?.notMet, e.units?.percentagesOnly]).toEqual([4, 3, 1, 2]);
    expect(e.explanation?.vi).toContain('2 xã chỉ báo cáo tỷ lệ % (không có tử số, mẫu số): được tính khi đếm số xã đạt, không vào tỷ lệ chung Σ tử số ÷ Σ mẫu số.');
  });

  it('with only percentages, the tier has no figure: no data, with the reason, and the units still counted', () => {
    const only = parseObservations([{ indicatorId: 'work-records-digital', unitCode: communes[0]!.code, period: '2025-Q3', value: '82.5' }]);
    const e = entry('dn25-work-records-commune', buildScorecard(plans.dongNai2025, only, { asOf: '2025-09-30', hierarchy: h }));
    expect([e.status, e.statusReason, e.units?.met, e.units?.percentagesOnly]).toEqual(['no-data', 'percentages-only', 1, 1]);
  });
});

describe('a province-wide target from the communes\' figures', () => {
  it('without a province figure, the roll-up decides: (300 + 450) / (400 + 500) = 83.33…% ≥ 70%', () => {
    const e = entry('dn25-online-dossiers-province');
    expect(e).toMatchObject({ status: 'met', basis: 'rolled-up', rolledUp: { numerator: '750', denominator: '900', coverage: { expected: 95, reported: 2 } } });
    expect(e.actual).toBe('83.33333333333333333333333333333333333333');
  });

  it('with a province figure too, both are shown and the rule says which one decides', () => {
    const both = parseObservations([...dossiers, ...dongNai2025Reported.observations]);
    const reported = entry('dn25-online-dossiers-province', buildScorecard(plans.dongNai2025, both, { asOf: '2025-09-30', hierarchy: h }));
    expect(reported).toMatchObject({ basis: 'reported', actual: '91', reported: { value: '91' }, disagreement: { rule: 'prefer-reported', difference: '7.66666666666666666666666666666666666667' } });
    expect(reported.explanation?.en).toContain('The reported figure (91%) and the rolled-up one (83.33%) disagree: the reported one is used (rule prefer-reported).');
    const rolled = entry('dn25-online-dossiers-province', buildScorecard(plans.dongNai2025, both, { asOf: '2025-09-30', hierarchy: h, figureRule: 'prefer-rolled-up' }));
    expect(rolled).toMatchObject({ basis: 'rolled-up', actual: '83.33333333333333333333333333333333333333', disagreement: { rule: 'prefer-rolled-up' } });
  });

  it('a roll-up below the coverage threshold is shown, not used', () => {
    const e = entry('dn25-online-dossiers-province', buildScorecard(plans.dongNai2025, observations, { asOf: '2025-09-30', hierarchy: h, minCoverage: '0.5' }));
    expect([e.status, e.statusReason, e.rolledUp?.trusted, e.actual]).toEqual(['no-data', 'below-coverage', false, undefined]);
  });
});

describe('bands agree with the comparator', () => {
  it('"more than 50%" with 50 reported: not met, and not "Achieved"', () => {
    const fifty = parseObservations([{ indicatorId: 'smes-digital-platforms', unitCode: '75', period: '2025-09', value: '50' }]);
    const e = entry('dn25-smes-digital-platforms', buildScorecard(plans.dongNai2025, fifty, { asOf: '2025-09-30' }));
    expect([e.status, e.attainment, e.band.id]).toEqual(['not-met', '1', 'on-track']);
  });

  it('property: for every comparator kind and boundary, the band is "achieved" exactly when the target is met', () => {
    const value = fc.integer({ min: 0, max: 200 }).map(String);
    const comparator: fc.Arbitrary<Comparator> = fc.oneof(
      fc.tuple(fc.constantFrom('at-least', 'more-than', 'at-most', 'less-than', 'exactly'), value).map(([kind, v]) => ({ kind, value: v }) as Comparator),
      fc.tuple(value, value).map(([a, b]) => ({ kind: 'between' as const, min: String(Math.min(+a, +b)), max: String(Math.max(+a, +b)) })),
      fc.constant<Comparator>({ kind: 'all' }),
      fc.constant<Comparator>({ kind: 'yes' }),
    );
    // Figures on and around each boundary.
    const figure = fc.tuple(value, fc.constantFrom('', '.5', '.0001')).map(([v, f]) => `${v}${f}`);
    fc.assert(
      fc.property(comparator, figure, (c, x) => {
        expect(classifyTargetBand(DEFAULT_STATUS_BANDS, c, x).id === 'achieved').toBe(isTargetMet(c, x));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});

describe('an honest headline and the renderings', () => {
  it('says how many targets the score speaks for', () => {
    // Two targets have a figure: the commune tier of work records, and online dossiers rolled up.
    expect(card.overall).toMatchObject({ targets: 34, withData: 2, met: 2, notMet: 0, noData: 32, score: '100' });
    const md = renderScorecardMarkdown(card, { lang: 'vi' });
    expect(md).toContain('**Điểm 100 trên 2/34 chỉ tiêu có số liệu (5,9%); 2 đạt, 0 chưa đạt, 32 chưa có số liệu**');
    expect(renderScorecardMarkdown(card, { lang: 'en' })).toContain('**Score 100 over the 2 of 34 targets with data (5.9%); 2 met, 0 not met, 32 without data**');
  });

  it('Markdown shows the deadline, the source\'s title, the tier\'s units and a zero gap as 0', () => {
    const md = renderScorecardMarkdown(buildScorecard(plans.dongNai2025, dongNai2025Reported.observations, { asOf: '2025-09-29' }), { lang: 'en' });
    expect(md).toContain('| Deadline |');
    expect(md).toContain('| Digital economy as a share of GRDP | Province-wide | ≥ 10% | 10% | Met | 100% | 0 | Achieved | 2025-12-31 | reported, 2025-09-29 |');
    expect(md).toContain('Continue improving the information technology infrastructure of state and local government agencies');
    const tier = renderScorecardMarkdown(card, { lang: 'en' });
    expect(tier).toContain('10 of 95 communes reported: 9 met, 1 not met, 85 without data.');
    expect(tier).toContain('| Share of work records processed in the digital environment (excluding state secrets) | Commune level | ≥ 60% | 77% | Met | 128.3% | +17 pp | Achieved | 2025-12-31 | rolled up, 10 of 95 communes |');
    const vi = renderScorecardMarkdown(card, { lang: 'vi' });
    expect(vi).toContain('| Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ mật) | Cấp xã | ≥ 60% | 77% | Đạt | 128,3% | +17 điểm % | Đã đạt | 31/12/2025 | tổng hợp 10/95 xã |');
    expect(vi).toContain('10/95 xã có số liệu, 9 xã đạt, 1 chưa đạt, 85 chưa báo cáo.');
  });

  it('JSON carries every figure exactly, both languages of the words', () => {
    const e = (JSON.parse(renderScorecardJson(card)) as { entries: { targetId: string; rolledUp: unknown; units: { worst: unknown; met: number }; explanation: { vi: string; en: string } }[] }).entries.find((x) => x.targetId === 'dn25-work-records-commune')!;
    expect(e.rolledUp).toMatchObject({ numerator: '770', denominator: '1000', value: '77' });
    expect([e.units.met, e.units.worst]).toEqual([9, { unitCode: communes[4]!.code, value: '50' }]);
    expect(e.explanation.vi.startsWith('Tổng hợp từ 10/95 xã có số liệu, kỳ 2025-Q3–2025-Q3: 77% (Σ 770 / Σ 1.000).')).toBe(true);
  });

  it('CSV carries the basis, the units and the coverage', () => {
    const rows = Papa.parse<Record<string, string>>(renderScorecardCsv(card, { lang: 'en' }), { header: true, skipEmptyLines: true }).data;
    const cells = rows.find((r) => r.target_id === 'dn25-work-records-commune');
    expect(cells).toMatchObject({ status: 'Met', actual: '77', basis: 'tier', units: '95', units_reported: '10', units_met: '9', worst_unit: communes[4]!.code, coverage: '0.1052631578947368421052631578947368421053', deadline: '2025-12-31' });
  });
});

describe('the scorecard refuses input that is not what the types say', () => {
  const problems = problemLines;
  it('an invalid as-of date, an unknown rule, a coverage outside 0–1, a null plan, unparsed rows', () => {
    expect(problems(() => buildScorecard(plans.dongNai2025, [], { asOf: '2025-02-30' }))).toEqual(['options.asOf invalid_date']);
    expect(problems(() => buildScorecard(plans.dongNai2025, [], { asOf: '2025-09-30', figureRule: 'mean' as never, minCoverage: 2 }))).toEqual(['options.figureRule invalid_value', 'options.minCoverage invalid_value']);
    expect(problems(() => buildScorecard(null as never, [], { asOf: '2025-09-30' }))).toEqual(['plan invalid_type']);
    expect(problems(() => buildScorecard(plans.dongNai2025, [{ indicatorId: 'x', unitCode: '75', period: '2025', value: 5 }] as never, { asOf: '2025-09-30' }))).toEqual(['observations.0.value invalid_number']);
  });
});
