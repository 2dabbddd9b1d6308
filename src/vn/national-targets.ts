import type { NationalTarget } from '../model/national-target.js';

type Make = (id: string, indicatorId: string, comparator: NationalTarget['comparator'], year: 2025 | 2030, wording: string, more?: { readonly tier?: NationalTarget['tier']; readonly note?: string }) => NationalTarget;

/** A maker of one document's targets: ids are the prefix, the target's id and its year. */
const targetsOf = (prefix: string, document: NationalTarget['document']): Make => (id, indicatorId, comparator, year, wording, more = {}) => ({
  id: `${prefix}-${id}-${year}`,
  indicatorId,
  ...(more.tier === undefined ? {} : { tier: more.tier }),
  comparator,
  deadline: `${year}-12-31`,
  document,
  wording,
  ...(more.note === undefined ? {} : { note: more.note }),
});

// Only figures the project's research notes (shared/research/national-frameworks-and-dti.md, §3.1
// and §3.2) give with a source; those marked uncertain there are left out.

const D411 = {
  number: '411/QĐ-TTg',
  title: 'Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030',
  issuer: 'Thủ tướng Chính phủ',
  date: '2022-03-31',
  readFrom: 'vietnam.vn/en/day-manh-phat-kinh-te-so-xa-hoi-so-thuc-day-kinh-te-xa-hoi-toan-dien; thongke.cesti.gov.vn; thuvienphapluat.vn',
};
const t411 = targetsOf('d411', D411);

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
  t411('digital-economy', 'digital-economy-share-grdp', { kind: 'at-least', value: '20' }, 2025, 'digital economy, share of GDP: 20%', { note: 'A national share of GDP; provinces restate it as a share of GRDP.' }),
  t411('digital-economy', 'digital-economy-share-grdp', { kind: 'at-least', value: '30' }, 2030, 'digital economy, share of GDP: 30%', { note: 'A national share of GDP; provinces restate it as a share of GRDP.' }),
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
  t411('payment-accounts', 'citizens-e-payment-accounts', { kind: 'at-least', value: '80' }, 2025, 'people aged 15+ with a payment account: 80%', { note: 'People aged 15 and over with a payment account; provincial plans restate it as citizens with an electronic payment account.' }),
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
const make57 = targetsOf('r57', R57);
const t57 = (id: string, indicatorId: string, comparator: NationalTarget['comparator'], wording: string, note?: string) => make57(id, indicatorId, comparator, 2030, wording, note === undefined ? {} : { note });

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

const D749 = {
  number: '749/QĐ-TTg',
  title: 'Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030',
  issuer: 'Thủ tướng Chính phủ',
  date: '2020-06-03',
  readFrom: 'vietnamlawmagazine.vn/program-on-national-digital-transformation-approved-27272.html; m.thanhnien.vn; vovworld.vn; thukyluat.vn; english.mic.gov.vn',
};
const t749 = targetsOf('d749', D749);

/**
 * The targets of Decision 749/QĐ-TTg (03/06/2020), the National Digital Transformation Programme
 * to 2025 with a vision to 2030 — those the research notes give without doubt (the 2030 figures
 * for commune work files, the digital economy's shares and labour productivity are uncertain there
 * and left out). Work files processed online are set per tier: "ministerial and provincial level"
 * is the `provincial` tier. Ranks are "at most".
 * @example
 * ```ts
 * DECISION_749_TARGETS.filter((t) => t.indicatorId === 'work-records-digital' && t.deadline === '2025-12-31').map((t) => t.tier); // ['provincial', 'district', 'commune']
 * ```
 * @category Vietnam
 */
export const DECISION_749_TARGETS: readonly NationalTarget[] = [
  t749('level-4-services-mobile', 'level-4-services-multi-device', { kind: 'at-least', value: '80' }, 2025, 'level-4 online public services offered on multiple devices, mobile included: 80%'),
  t749('level-4-services-mobile', 'level-4-services-multi-device', { kind: 'all' }, 2030, 'level-4 online public services offered on multiple devices, mobile included: 100%'),
  t749('work-records-provincial', 'work-records-digital', { kind: 'at-least', value: '90' }, 2025, 'work files processed online, ministerial and provincial level: 90%', { tier: 'provincial' }),
  t749('work-records-provincial', 'work-records-digital', { kind: 'all' }, 2030, 'work files processed online, ministerial and provincial level: 100%', { tier: 'provincial' }),
  t749('work-records-district', 'work-records-digital', { kind: 'at-least', value: '80' }, 2025, 'work files processed online, district level: 80%', { tier: 'district' }),
  t749('work-records-district', 'work-records-digital', { kind: 'at-least', value: '90' }, 2030, 'work files processed online, district level: 90%', { tier: 'district' }),
  t749('work-records-commune', 'work-records-digital', { kind: 'at-least', value: '60' }, 2025, 'work files processed online, commune level: 60%', { tier: 'commune' }),
  t749('foundation-databases', 'national-foundation-databases', { kind: 'all' }, 2025, 'national foundation databases (population, land, business registration, finance, insurance) completed and shared: 100%'),
  t749('egdi-rank', 'egdi-rank-world', { kind: 'at-most', value: '70' }, 2025, 'UN EGDI rank: top 70'),
  t749('egdi-rank', 'egdi-rank-world', { kind: 'at-most', value: '50' }, 2030, 'UN EGDI rank: top 50'),
  t749('digital-economy', 'digital-economy-share-grdp', { kind: 'at-least', value: '20' }, 2025, 'digital economy share of GDP: 20%'),
  t749('sector-share', 'digital-economy-share-each-sector', { kind: 'at-least', value: '10' }, 2025, 'digital economy share in each sector: ≥ 10%'),
  t749('labour-productivity', 'labour-productivity-growth', { kind: 'at-least', value: '7' }, 2025, 'labour productivity growth per year: ≥ 7%'),
  t749('idi-rank', 'idi-rank-world', { kind: 'at-most', value: '50' }, 2025, 'IDI rank: top 50'),
  t749('gci-rank', 'competitiveness-rank-world', { kind: 'at-most', value: '50' }, 2025, 'GCI (competitiveness) rank: top 50'),
  t749('gii-rank', 'gii-rank-world', { kind: 'at-most', value: '35' }, 2025, 'GII rank: top 35'),
  t749('fibre-households', 'households-fibre', { kind: 'more-than', value: '80' }, 2025, 'fibre broadband coverage: > 80% of households'),
  t749('fibre-communes', 'communes-fibre', { kind: 'all' }, 2025, 'fibre broadband coverage: 100% of communes'),
  t749('e-payments', 'population-e-payments', { kind: 'more-than', value: '50' }, 2025, 'population using e-payments: > 50%'),
  t749('e-payments', 'population-e-payments', { kind: 'at-least', value: '80' }, 2030, 'population using e-payments: 80%'),
  t749('cybersecurity-rank', 'global-cybersecurity-index-rank', { kind: 'at-most', value: '40' }, 2025, 'Global Cybersecurity Index rank: top 40'),
  t749('cybersecurity-rank', 'global-cybersecurity-index-rank', { kind: 'at-most', value: '30' }, 2030, 'Global Cybersecurity Index rank: top 30'),
];

const D942 = {
  number: '942/QĐ-TTg',
  title: 'Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021–2025, định hướng đến năm 2030',
  issuer: 'Thủ tướng Chính phủ',
  date: '2021-06-15',
  readFrom: 'lawnet.vn; ictvietnam.vn/print/25975.html; english.luatvietnam.vn (942 EN text)',
};
const make942 = targetsOf('d942', D942);
const t942 = (id: string, indicatorId: string, comparator: NationalTarget['comparator'], wording: string, tier?: NationalTarget['tier']) => make942(id, indicatorId, comparator, 2025, wording, tier === undefined ? {} : { tier });

/**
 * The 2025 targets of Decision 942/QĐ-TTg (15/06/2021), the strategy from e-government to digital
 * government, that the research notes confirm (the indicators provinces often quote but no source
 * confirmed — online-service usage, satisfaction ≥ 90%, EGDI top 50 by 2025 — are left out).
 * @example
 * ```ts
 * DECISION_942_TARGETS.find((t) => t.id === 'd942-ap-dossiers-fully-online-2025')?.comparator; // { kind: 'at-least', value: '80' }
 * ```
 * @category Vietnam
 */
export const DECISION_942_TARGETS: readonly NationalTarget[] = [
  t942('ap-dossiers-fully-online', 'ap-dossiers-fully-online', { kind: 'at-least', value: '80' }, 'administrative procedure dossiers processed fully online: ≥ 80%'),
  t942('agencies-24-7', 'agencies-serving-24-7', { kind: 'all' }, 'state agencies serving 24/7: 100%'),
  t942('civil-servants-digital-identity', 'civil-servants-digital-identity', { kind: 'all' }, 'civil servants with a digital identity for work: 100%'),
  t942('procedures-reduced', 'procedures-reduction', { kind: 'at-least', value: '20' }, 'reduction in the number of administrative procedures: ≥ 20%'),
  t942('documents-electronic', 'documents-exchanged-electronically', { kind: 'all' }, 'documents exchanged between agencies electronically, with specialised digital signatures (secret documents excepted): 100%'),
  t942('training-online', 'civil-service-training-online', { kind: 'at-least', value: '70' }, 'civil-service training and exam content delivered online: ≥ 70%'),
  t942('records-electronic', 'records-electronic', { kind: 'all' }, 'records created, kept and shared electronically: 100%'),
  t942('work-records-provincial', 'work-records-digital', { kind: 'at-least', value: '90' }, 'work files processed online, ministerial and provincial level: 90%', 'provincial'),
  t942('work-records-district', 'work-records-digital', { kind: 'at-least', value: '80' }, 'work files processed online, district level: 80%', 'district'),
  t942('work-records-commune', 'work-records-digital', { kind: 'at-least', value: '60' }, 'work files processed online, commune level: 60%', 'commune'),
];
