import { describe, expect, it } from 'vitest';
import {
  buildScorecard,
  formatDate,
  formatNumber,
  hierarchyAt,
  type Observation,
} from '../../src/index.js';
import { renderScorecardCsv, renderScorecardJson, renderScorecardMarkdown } from '../../src/report/render.js';
import { vnUnits } from '../../src/vn/communes.js';
import { dongNai2025Reported, plans } from '../../src/vn/index.js';

const card = buildScorecard(plans.dongNai2025, dongNai2025Reported.observations, { asOf: '2025-09-29' });
const entry = (id: string, c = card) => c.entries.find((e) => e.targetId === id)!;

describe('the Đồng Nai 2025 scorecard from the September 2025 interview', () => {
  it('fully online dossiers ≥ 70% province-wide against 91%: met, attainment 1.3, gap +21 points', () => {
    expect(entry('dn25-online-dossiers-province')).toMatchObject({
      status: 'met', actual: '91', attainment: '1.3', gap: '21', band: { id: 'achieved' },
      observation: { period: '2025-09-29', source: 'dong-nai-dt-interview-2025-09' },
      source: { document: 'dong-nai-dt-plan-2025' },
    });
  });

  it('digital economy ≥ 10% against 10%: met exactly; villages with 4G/5G, all, against 100%: met', () => {
    expect(entry('dn25-digital-economy')).toMatchObject({ status: 'met', actual: '10', attainment: '1', gap: '0' });
    expect(entry('dn25-villages-4g-5g')).toMatchObject({ status: 'met', actual: '100', attainment: '1', gap: '0' });
  });

  it('department- and locality-tier targets get no province-wide figure: no data, not a silent zero', () => {
    expect(entry('dn25-online-dossiers-department')).toMatchObject({ status: 'no-data', band: { id: 'no-data' } });
    expect(entry('dn25-online-dossiers-department')).not.toHaveProperty('actual');
  });

  it('summaries: 34 targets, 3 met, 0 not met, 31 without data; per domain', () => {
    expect(card.overall).toEqual({ targets: 34, met: 3, notMet: 0, noData: 31, withData: 3, score: '100', availability: '0.08823529411764705882352941176470588235294' }); // 3 ÷ 34 to 40 significant digits
    expect(card.domains['digital-government']).toMatchObject({ targets: 14, met: 1, noData: 13 });
    expect(card.domains['digital-data']).toEqual({ targets: 4, met: 0, notMet: 0, noData: 4, withData: 0, availability: '0' });
  });

  it('figures after the as-of date or outside the plan\'s period do not count', () => {
    expect(buildScorecard(plans.dongNai2025, dongNai2025Reported.observations, { asOf: '2025-09-28' }).overall.met).toBe(0);
    const before: Observation[] = [{ indicatorId: 'online-dossier-rate', unitCode: '75', period: '2024-12', value: '95' }];
    expect(entry('dn25-online-dossiers-province', buildScorecard(plans.dongNai2025, before, { asOf: '2025-09-29' })).status).toBe('no-data');
  });
});

describe('a richer set of figures', () => {
  const more: Observation[] = [
    { indicatorId: 'smes-digital-platforms', unitCode: '75', period: '2025-06', value: '50' },
    { indicatorId: 'incident-restore-hours', unitCode: '75', period: '2025-06', value: '30' },
    { indicatorId: 'online-dossier-rate', unitCode: '75', tier: 'department', period: '2025-06', numerator: '850', denominator: '1000' },
    { indicatorId: 'online-dossier-rate', unitCode: '75', period: '2024-12', value: '60' },
    { indicatorId: 'online-dossier-rate', unitCode: '75', period: '2025-06', value: '66' },
  ];
  const rich = buildScorecard(plans.dongNai2025, more, { asOf: '2025-06-30' });

  it('"more than 50%" is not met by 50%; a 30-hour restore misses "within 24 hours"', () => {
    expect(entry('dn25-smes-digital-platforms', rich)).toMatchObject({ status: 'not-met', attainment: '1', gap: '0' });
    expect(entry('dn25-restore-within-24h', rich)).toMatchObject({ status: 'not-met', attainment: '0.8', gap: '6', band: { id: 'at-risk' } });
  });

  it('a department-tier figure given as a share: 850 ÷ 1000 = 85% meets ≥ 85%', () => {
    expect(entry('dn25-online-dossiers-department', rich)).toMatchObject({ status: 'met', actual: '85' });
  });

  it('a series gives a progress class: 60 → 66 over half a year, 70 needed by the end of 2025', () => {
    expect(entry('dn25-online-dossiers-province', rich)).toMatchObject({ status: 'not-met', actual: '66', progress: 'on-track' });
  });

  it('commune-tier targets evaluated commune by commune with a hierarchy', () => {
    const h = hierarchyAt(vnUnits, '2025-07-01');
    const communes = h.childrenByCode.get('75')!.slice(0, 4);
    const rates = ['70', '55', '40', '65'];
    const perCommune: Observation[] = communes.map((c, i) => ({ indicatorId: 'fully-online-services', unitCode: c.code, period: '2025-09', numerator: rates[i]!, denominator: '100' }));
    const withUnits = buildScorecard(plans.dongNai2025, perCommune, { asOf: '2025-09-30', hierarchy: h });
    // 2 of the 4 reporting communes meet the 60% commune target; 91 of Đồng Nai's 95 did not report.
    expect(entry('dn25-fully-online-commune', withUnits).units).toMatchObject({
      units: 95, reported: 4, met: 2, notMet: 2, noData: 91, shareMet: '0.5', worst: { unitCode: communes[2]!.code, value: '40' },
    });
  });
});

describe('renderers', () => {
  it('numbers and dates in Vietnamese and English', () => {
    expect(formatNumber('70.5', { lang: 'vi', percent: true })).toBe('70,5%');
    expect(formatNumber('70.5', { lang: 'en', percent: true })).toBe('70.5%');
    expect(formatNumber('3970176', { lang: 'vi' })).toBe('3.970.176');
    expect(formatNumber('3970176', { lang: 'en' })).toBe('3,970,176');
    expect(formatNumber('-1234.25', { lang: 'vi', decimals: 1 })).toBe('-1.234,3');
    expect(formatNumber('0.04', { lang: 'en', decimals: 1 })).toBe('0');
    expect(formatDate('2025-06-30', 'vi')).toBe('30/06/2025');
    expect(formatDate('2025-06-30', 'en')).toBe('2025-06-30');
  });

  it('Markdown, in both languages', () => {
    const vi = renderScorecardMarkdown(card, { lang: 'vi' });
    expect(vi).toContain('# Thẻ điểm: Kế hoạch chuyển đổi số tỉnh Đồng Nai năm 2025');
    expect(vi).toContain('Số liệu đến ngày: 29/09/2025');
    expect(vi).toContain('| Tỷ lệ hồ sơ thủ tục hành chính nộp và xử lý trực tuyến | Toàn tỉnh | ≥ 70% | 91% | Đạt | 130% | +21 điểm % | Đã đạt | 31/12/2025 | báo cáo, kỳ 2025-09-29 | Continue improving the information technology infrastructure of state and local government agencies |');
    expect(vi).toContain('| **Toàn kế hoạch** | 34 | 3 | 0 | 31 | 3/34 | 100 |');
    expect(vi).toContain('**Điểm 100 trên 3/34 chỉ tiêu có số liệu (8,8%); 3 đạt, 0 chưa đạt, 31 chưa có số liệu**');
    const en = renderScorecardMarkdown(card, { lang: 'en' });
    expect(en).toContain('| Share of administrative procedure dossiers submitted and processed online | Province-wide | ≥ 70% | 91% | Met | 130% | +21 pp | Achieved | 2025-12-31 | reported, 2025-09-29 | Continue improving the information technology infrastructure of state and local government agencies |');
    expect(en).toContain('| Time to restore normal operation of a system after an incident | Province-wide | ≤ 24 hours | — | No data |');
  });

  it('CSV by RFC 4180: CRLF, quoted commas and quotes, exact figures', () => {
    const csv = renderScorecardCsv(card, { lang: 'en' });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('target_id,domain,indicator,tier,unit_code,target,deadline,actual,status,attainment,gap,band,period,source,quote,basis,status_reason,reported,rolled_up,coverage,units,units_reported,units_met,units_not_met,worst_unit,worst_value,source_title,explanation');
    expect(lines).toHaveLength(36); // header, 34 rows, and the empty string after the last CRLF
    expect(lines.find((l) => l.startsWith('dn25-online-dossiers-province,'))).toBe(
      'dn25-online-dossiers-province,Digital government,Share of administrative procedure dossiers submitted and processed online,Province-wide,75,≥ 70%,2025-12-31,91,Met,1.3,21,Achieved,2025-09-29,dong-nai-dt-interview-2025-09,"Fully online service applications across the province will reach an average rate of 70%. For departments, divisions, and sectors, the rate will be at least 85%; for localities, the rate will be at least 60%.",reported,,91,,,,,,,,,Continue improving the information technology infrastructure of state and local government agencies,"The figure reported for the unit, period 2025-09-29 (source: dong-nai-dt-interview-2025-09): 91%."',
    );
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('stable JSON: sorted keys, the same bytes every time, and a round trip', () => {
    const json = renderScorecardJson(card);
    expect(renderScorecardJson(buildScorecard(plans.dongNai2025, [...dongNai2025Reported.observations].reverse(), { asOf: '2025-09-29' }))).toBe(json);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(card)));
    expect(json.indexOf('"asOf"')).toBeLessThan(json.indexOf('"domains"'));
  });
});
