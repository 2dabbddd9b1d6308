import type { NationalTarget } from '../model/national-target.js';

// Only figures the project's research notes (shared/research/national-frameworks-and-dti.md, §3.1
// and §3.2) give with a source; those marked uncertain there are left out.

const D411 = {
  number: '411/QĐ-TTg',
  title: 'Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030',
  issuer: 'Thủ tướng Chính phủ',
  date: '2022-03-31',
  readFrom: 'vietnam.vn/en/day-manh-phat-kinh-te-so-xa-hoi-so-thuc-day-kinh-te-xa-hoi-toan-dien; thongke.cesti.gov.vn; thuvienphapluat.vn',
};
const t411 = (id: string, indicatorId: string, comparator: NationalTarget['comparator'], year: 2025 | 2030, wording: string, note?: string): NationalTarget => ({
  id: `d411-${id}-${year}`, indicatorId, comparator, deadline: `${year}-12-31`, document: D411, wording, ...(note === undefined ? {} : { note }),
});

/**
 * The targets of Decision 411/QĐ-TTg (31/03/2022), the national strategy for the digital economy
 * and digital society, for 2025 and 2030 — those the research notes give with a source (the 2030
 * figures for payment accounts, e-signatures and digital skills are uncertain there and left out).
 * "20%" and "80%" with no qualifier are read as floors (≥), as the plans that restate them do.
 * @example
 * ```ts
 * DECISION_411_TARGETS.find((t) => t.id === 'd411-digital-economy-2025')?.comparator; // { kind: 'at-least', value: '20' }
 * ```
 * @category Vietnam
 */
export const DECISION_411_TARGETS: readonly NationalTarget[] = [
  t411('digital-economy', 'digital-economy-share-grdp', { kind: 'at-least', value: '20' }, 2025, 'digital economy, share of GDP: 20%', 'A national share of GDP; provinces restate it as a share of GRDP.'),
  t411('digital-economy', 'digital-economy-share-grdp', { kind: 'at-least', value: '30' }, 2030, 'digital economy, share of GDP: 30%', 'A national share of GDP; provinces restate it as a share of GRDP.'),
  t411('sector-share', 'digital-economy-share-each-sector', { kind: 'at-least', value: '10' }, 2025, 'digital economy, share in each sector: ≥ 10%'),
  t411('sector-share', 'digital-economy-share-each-sector', { kind: 'at-least', value: '20' }, 2030, 'digital economy, share in each sector: ≥ 20%'),
  t411('e-commerce', 'e-commerce-share-retail', { kind: 'more-than', value: '10' }, 2025, 'e-commerce, share of total retail: > 10%'),
  t411('e-commerce', 'e-commerce-share-retail', { kind: 'more-than', value: '20' }, 2030, 'e-commerce, share of total retail: > 20%'),
  t411('e-contracts', 'enterprises-e-contracts', { kind: 'more-than', value: '80' }, 2025, 'enterprises using e-contracts: > 80%'),
  t411('e-contracts', 'enterprises-e-contracts', { kind: 'all' }, 2030, 'enterprises using e-contracts: 100%'),
  t411('smes', 'smes-digital-platforms', { kind: 'more-than', value: '50' }, 2025, 'SMEs using digital platforms: > 50%'),
  t411('smes', 'smes-digital-platforms', { kind: 'more-than', value: '70' }, 2030, 'SMEs using digital platforms: > 70%'),
  t411('labour', 'digital-economy-labour-share', { kind: 'more-than', value: '2' }, 2025, 'digital-economy labour, share of the workforce: > 2%'),
  t411('labour', 'digital-economy-labour-share', { kind: 'more-than', value: '3' }, 2030, 'digital-economy labour, share of the workforce: > 3%'),
  t411('smartphones', 'adults-smartphones', { kind: 'at-least', value: '80' }, 2025, 'adults with a smartphone: 80%'),
  t411('smartphones', 'adults-smartphones', { kind: 'at-least', value: '95' }, 2030, 'adults with a smartphone: 95%'),
  t411('payment-accounts', 'citizens-e-payment-accounts', { kind: 'at-least', value: '80' }, 2025, 'people aged 15+ with a payment account: 80%', 'People aged 15 and over with a payment account; provincial plans restate it as citizens with an electronic payment account.'),
  t411('e-signatures', 'adults-digital-signatures', { kind: 'more-than', value: '50' }, 2025, 'adults with a digital or personal e-signature: > 50%'),
  t411('digital-skills', 'working-age-digital-skills', { kind: 'more-than', value: '70' }, 2025, 'working-age people trained in basic digital skills: > 70%'),
];

const R57 = {
  number: '57-NQ/TW',
  title: 'Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
  issuer: 'Bộ Chính trị',
  date: '2024-12-22',
  readFrom: 'baonghean.vn/en/tong-bi-thu-lam-truong-ban-chi-dao-…-10287764.html; realtier.net/vi-vn/news/1304',
};
const t57 = (id: string, indicatorId: string, comparator: NationalTarget['comparator'], wording: string, note?: string): NationalTarget => ({
  id: `r57-${id}-2030`, indicatorId, comparator, deadline: '2030-12-31', document: R57, wording, ...(note === undefined ? {} : { note }),
});

/**
 * The 2030 targets of Resolution 57-NQ/TW (22/12/2024), as the research notes give them. Rank
 * targets are ranks (lower is better: "top 3" is at most 3) within the peer group the indicator
 * names.
 * @example
 * ```ts
 * RESOLUTION_57_TARGETS.find((t) => t.id === 'r57-egdi-rank-asean-2030')?.comparator; // { kind: 'at-most', value: '3' }
 * ```
 * @category Vietnam
 */
export const RESOLUTION_57_TARGETS: readonly NationalTarget[] = [
  t57('digital-competitiveness-rank-asean', 'digital-competitiveness-rank-asean', { kind: 'at-most', value: '3' }, 'top 3 in Southeast Asia in digital competitiveness'),
  t57('digital-competitiveness-rank-world', 'digital-competitiveness-rank-world', { kind: 'at-most', value: '50' }, 'top 50 in the world in digital competitiveness'),
  t57('egdi-rank-asean', 'egdi-rank-asean', { kind: 'at-most', value: '3' }, 'top 3 in Southeast Asia in the UN E-Government Development Index'),
  t57('egdi-rank-world', 'egdi-rank-world', { kind: 'at-most', value: '50' }, 'top 50 in the world in the UN E-Government Development Index'),
  t57('ai-rank-asean', 'ai-research-rank-asean', { kind: 'at-most', value: '3' }, 'top 3 in Southeast Asia in AI research and development'),
  t57('digital-tech-enterprises', 'digital-tech-enterprises-advanced', { kind: 'at-least', value: '5' }, 'at least 5 digital-technology enterprises on a par with advanced countries'),
  t57('digital-economy', 'digital-economy-share-grdp', { kind: 'at-least', value: '30' }, 'digital economy ≥ 30% of GDP', 'A national share of GDP; provinces restate it as a share of GRDP.'),
  t57('online-services-use', 'online-public-services-use', { kind: 'more-than', value: '80' }, 'use of online public services by citizens and businesses > 80%'),
  t57('tfp', 'tfp-contribution-growth', { kind: 'more-than', value: '55' }, 'TFP contribution to growth > 55%'),
  t57('high-tech-exports', 'high-tech-exports-share', { kind: 'at-least', value: '50' }, 'high-tech exports ≥ 50% of goods exports'),
  t57('rnd-spending', 'rnd-spending-share-gdp', { kind: 'at-least', value: '2' }, 'R&D spending 2% of GDP', '"2% of GDP" read as a floor.'),
  t57('rnd-non-state', 'rnd-non-state-share', { kind: 'more-than', value: '60' }, 'of which non-state > 60%'),
];
