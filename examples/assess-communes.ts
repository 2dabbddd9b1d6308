// A province scores five communes on a small framework (every scoring rule kind), ranks them,
// compares with last year, and renders the ranking as Markdown, CSV, JSON and an HTML page.
import { HCMC_MATURITY_BANDS } from 'dx-indicators/assess';
import { renderRankingCsv, renderRankingHtml, renderRankingMarkdown } from 'dx-indicators/render';
import { parseAssessmentFramework, parseEvidence, rankAssessment, scoreAssessment } from 'dx-indicators/assess';

const L = (vi: string, en: string) => ({ vi, en });
const framework = parseAssessmentFramework({
  id: 'commune-dti-2025', title: L('Bộ chỉ số chuyển đổi số cấp xã', 'Commune DT index'), maxPoints: 100,
  source: { document: 'Quyết định số …/QĐ-UBND (ví dụ)', issuer: 'UBND tỉnh', date: '2025-03-01' },
  pillars: [
    { id: 'foundation', label: L('Nền tảng', 'Foundation'), mainIndices: [
      { id: 'awareness', label: L('Nhận thức số', 'Digital awareness'), maxPoints: 40, components: [
        { id: 'meetings', label: L('Số cuộc họp Ban chỉ đạo', 'Steering meetings'), maxPoints: 20, rule: { kind: 'steps', steps: [{ atLeast: 4, points: 20 }, { atLeast: 3, points: 15 }, { atLeast: 2, points: 10 }, { atLeast: 1, points: 5 }] } },
        { id: 'head', label: L('Trưởng Ban chỉ đạo', 'Head of the steering committee'), maxPoints: 10, rule: { kind: 'categorical', categories: [{ id: 'chairman', label: L('Chủ tịch', 'Chairman'), fraction: 1 }, { id: 'deputy', label: L('Phó Chủ tịch', 'Deputy'), fraction: 0.5 }, { id: 'none', label: L('Không có', 'None'), fraction: 0 }] } },
        { id: 'portal', label: L('Chuyên mục CĐS trên cổng', 'DT section on the portal'), maxPoints: 10, rule: { kind: 'yes-no' } },
      ] },
    ] },
    { id: 'activities', label: L('Hoạt động', 'Activities'), mainIndices: [
      { id: 'government', label: L('Chính quyền số', 'Digital government'), maxPoints: 60, components: [
        { id: 'docs', label: L('Văn bản ký số', 'Documents signed digitally'), maxPoints: 20, rule: { kind: 'ratio' } },
        { id: 'apps', label: L('Ứng dụng dùng chung', 'Applications in use'), maxPoints: 5, rule: { kind: 'capped-count', pointsEach: 1 } },
        { id: 'dossiers', label: L('Hồ sơ trực tuyến', 'Online dossiers'), maxPoints: 20, rule: { kind: 'ratio-to-best' } },
        { id: 'target', label: L('Tỷ lệ hồ sơ trực tuyến so với chỉ tiêu 60%', 'Online dossiers against the 60% target'), maxPoints: 15, rule: { kind: 'attainment', comparator: { kind: 'at-least', value: 60 } } },
      ] },
    ] },
  ],
});
const names = { A: 'Xã An Phước', B: 'Xã Bình Minh', C: 'Xã Cẩm Đường', D: 'Phường Đông Hòa', E: 'Xã Ea Súp' };
const e = (unitCode: string, componentId: string, rest: Record<string, unknown>) => ({ unitCode, componentId, ...rest });
const evidence = parseEvidence([
  e('A', 'meetings', { value: 4 }), e('A', 'head', { category: 'chairman' }), e('A', 'portal', { yes: true }), e('A', 'docs', { numerator: 45, denominator: 50 }), e('A', 'apps', { count: 7 }), e('A', 'dossiers', { value: 80 }), e('A', 'target', { value: 66 }),
  e('B', 'meetings', { value: 3 }), e('B', 'head', { category: 'deputy' }), e('B', 'portal', { applicable: false }), e('B', 'docs', { numerator: 30, denominator: 60 }), e('B', 'apps', { count: 2 }), e('B', 'dossiers', { value: 40 }), e('B', 'target', { value: 45 }),
  e('C', 'meetings', { value: 2 }), e('C', 'head', { category: 'none' }), e('C', 'portal', { yes: false }), e('C', 'docs', { numerator: 0, denominator: 0 }), e('C', 'apps', { count: 5 }), e('C', 'dossiers', { value: 60 }), e('C', 'target', { value: 30 }),
  e('D', 'meetings', { value: 0 }), e('D', 'head', { category: 'chairman' }), e('D', 'portal', { yes: true }), e('D', 'docs', { numerator: 55, denominator: 50 }), e('D', 'apps', { count: 0 }), e('D', 'dossiers', { value: 20 }), e('D', 'target', { value: 90 }),
  e('E', 'meetings', { value: 1 }), e('E', 'portal', { yes: true }), e('E', 'docs', { numerator: 10, denominator: 40 }), e('E', 'apps', { count: 1 }), e('E', 'target', { value: 12 }),
]);
// Last year the same, but for the steering meetings: A held none, B and D four each.
const meetingsLastYear: Record<string, string> = { A: '0', B: '4', C: '2', D: '4', E: '1' };
const lastYear = evidence.map((x) => (x.componentId === 'meetings' ? { ...x, value: meetingsLastYear[x.unitCode] } : x));

const scores = scoreAssessment(framework, evidence);
const ranking = rankAssessment(scores, { previous: scoreAssessment(framework, lastYear) });
for (const s of scores) console.log(`${s.unitCode}: ${s.total.points} of ${s.total.maxPoints} points (${s.total.missing} missing, ${s.total.notApplicable} not applicable)`);
console.log(renderRankingMarkdown(ranking, { lang: 'vi', names }).trimEnd());
console.log(renderRankingCsv(ranking, { names }).split('\r\n')[1]);
console.log(JSON.stringify(ranking[0]));
const page = renderRankingHtml(ranking, { lang: 'vi', title: 'Xếp hạng chuyển đổi số cấp xã 2025', names, bands: HCMC_MATURITY_BANDS });
console.log(`HTML page: ${(page.match(/<rect class="bar"/g) ?? []).length} bars, ${(page.match(/Nâng cao/g) ?? []).length} unit at the advanced level (≥ 80%)`);
