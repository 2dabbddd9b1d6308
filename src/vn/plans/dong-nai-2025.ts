import type { Plan } from '../../model/plan.js';
import { planOf } from './build.js';

const Q = {
  digitised: 'The digitization rate of administrative procedures and results at the provincial level will reach 70%, at the district level 60%, and at the commune level 50%.',
  reused: 'At least 80% of data on administrative procedure outcomes will be reused and shared in accordance with regulations (excluding specialized business databases)',
  fullyOnline: 'the goal is to provide fully online public services for 90% of eligible administrative procedures. Specifically, at the department, division, and sector level, the target is at least 80%; at the district level, at least 70%; and at the commune level, 60%.',
  applications: 'Fully online service applications across the province will reach an average rate of 70%. For departments, divisions, and sectors, the rate will be at least 85%; for localities, the rate will be at least 60%.',
  vneid: 'The proportion of citizens and businesses using fully integrated, authenticated online public services across platforms and systems via VNeID electronic authentication will reach 100%.',
  eResults: 'The rate of issuing electronic administrative procedure outcomes will average 100%.',
  satisfaction: 'The satisfaction rate of citizens and businesses in resolving administrative procedures will reach 90%.',
  reporting: 'All information will be connected and updated to the Government Reporting Information System.',
  workRecords: 'The rate of work dossiers processed in the digital environment (excluding dossiers classified as state secrets) will reach 90% at the ministerial and provincial levels, 80% at the district level, and 60% at the commune level.',
  digitalEconomy: 'the share of the digital economy in GDP will reach at least 10%.',
  eContracts: 'Over 80% of businesses will use electronic contracts in commerce.',
  smes: 'More than 50% of small and medium-sized enterprises will adopt digital platforms.',
  cashRegisters: 'Eighty percent of service providers in food and beverage and retail sectors at shopping centers and consumer retail stores will implement e-invoices and electronic receipts generated from cash register systems',
  ePayment: 'The proportion of citizens with electronic payment accounts will reach 60%.',
  signatures: 'the rate of adult citizens issued with digital signatures or electronic signature certificates will exceed 50%.',
  broadband: 'All villages and neighborhoods with electricity and areas previously lacking telecommunications coverage will have mobile broadband coverage',
  fibre: '100% of households will have access to fiber-optic Internet services.',
  fiveG: 'All high-tech zones and industrial parks in the province will be equipped with 5G mobile services.',
  fourG: 'All villages/neighborhoods will have 4G/5G mobile network coverage.',
  heritage: 'The digitization rate for archives of cultural heritage sites recognized and accredited on the national level within the province will reach 100%',
  academic: 'The implementation rate of digital academic records for students and digital transcripts for university students will reach 100%.',
  securityLevel: '100% of the information systems of state administrative agencies will complete the approval process for their information system security level.',
  securityMeasures: 'The full implementation of information system security measures for state agencies will also reach 100%.',
  restore: 'ensuring a return to normal operations within 24 hours or as required by operational needs, achieving a 100% resolution rate.',
} as const;

/**
 * Đồng Nai's Digital Transformation Plan for 2025 (Provincial People's Committee), as reported
 * on the provincial portal on 17 January 2025: 34 targets over digital data, government, economy,
 * society and information security, per tier where the text gives tiers.
 * @example
 * ```ts
 * dongNai2025.targets.length; // 34
 * ```
 * @category Vietnam
 */
export const dongNai2025: Plan = planOf(
  {
    id: 'dong-nai-dt-2025',
    title: { vi: 'Kế hoạch chuyển đổi số tỉnh Đồng Nai năm 2025', en: 'Digital Transformation Plan for Đồng Nai Province for 2025' },
    issuer: "Đồng Nai Provincial People's Committee",
    issuedOn: '2025-01-17',
    period: { start: '2025-01-01', end: '2025-12-31' },
    unitCode: '75',
    sources: [{ id: 'dong-nai-dt-plan-2025', title: "Continue improving the information technology infrastructure of state and local government agencies", publisher: 'Đồng Nai provincial web portal', published: '2025-01-17' }],
    note: 'The article gives neither the plan\'s number nor its date ("recently issued"); issuedOn is the article\'s date. The plan names Đồng Nai (75) as it was before the 2025 merger.',
  },
  '2025-12-31',
  [
    { id: 'dn25-digitised-provincial', indicator: 'ap-records-digitised', tier: 'provincial', comparator: '>=70', quote: Q.digitised },
    { id: 'dn25-digitised-district', indicator: 'ap-records-digitised', tier: 'district', comparator: '>=60', quote: Q.digitised },
    { id: 'dn25-digitised-commune', indicator: 'ap-records-digitised', tier: 'commune', comparator: '>=50', quote: Q.digitised },
    { id: 'dn25-outcome-data-reused', indicator: 'ap-outcome-data-reused', tier: 'province-wide', comparator: '>=80', quote: Q.reused },
    { id: 'dn25-fully-online-province', indicator: 'fully-online-services', tier: 'province-wide', comparator: '>=90', quote: Q.fullyOnline, note: '"provide … for 90%" is read as a floor (≥), as the tiers that follow are "at least".' },
    { id: 'dn25-fully-online-department', indicator: 'fully-online-services', tier: 'department', comparator: '>=80', quote: Q.fullyOnline },
    { id: 'dn25-fully-online-district', indicator: 'fully-online-services', tier: 'district', comparator: '>=70', quote: Q.fullyOnline },
    { id: 'dn25-fully-online-commune', indicator: 'fully-online-services', tier: 'commune', comparator: '>=60', quote: Q.fullyOnline, note: '"at least" governs the whole list: the commune figure is a floor too.' },
    { id: 'dn25-online-dossiers-province', indicator: 'online-dossier-rate', tier: 'province-wide', comparator: '>=70', quote: Q.applications, note: '"an average rate of 70%" across the province: a province-wide figure, rolled up as a ratio of sums, not a mean of agencies\' rates.' },
    { id: 'dn25-online-dossiers-department', indicator: 'online-dossier-rate', tier: 'department', comparator: '>=85', quote: Q.applications },
    { id: 'dn25-online-dossiers-locality', indicator: 'online-dossier-rate', tier: 'locality', comparator: '>=60', quote: Q.applications },
    { id: 'dn25-vneid', indicator: 'vneid-authenticated-services', tier: 'province-wide', comparator: 'all', quote: Q.vneid },
    { id: 'dn25-electronic-results', indicator: 'electronic-ap-results', tier: 'province-wide', comparator: 'all', quote: Q.eResults },
    { id: 'dn25-satisfaction', indicator: 'ap-satisfaction', tier: 'province-wide', comparator: '>=90', quote: Q.satisfaction },
    { id: 'dn25-reporting-system', indicator: 'reporting-system-connection', tier: 'province-wide', comparator: 'all', quote: Q.reporting },
    { id: 'dn25-work-records-provincial', indicator: 'work-records-digital', tier: 'provincial', comparator: '>=90', quote: Q.workRecords, note: '"ministerial and provincial levels": for a province, its provincial-level agencies.' },
    { id: 'dn25-work-records-district', indicator: 'work-records-digital', tier: 'district', comparator: '>=80', quote: Q.workRecords },
    { id: 'dn25-work-records-commune', indicator: 'work-records-digital', tier: 'commune', comparator: '>=60', quote: Q.workRecords },
    { id: 'dn25-digital-economy', indicator: 'digital-economy-share-grdp', tier: 'province-wide', comparator: '>=10', quote: Q.digitalEconomy, note: 'The text says GDP; for a province the figure is GRDP.' },
    { id: 'dn25-e-contracts', indicator: 'enterprises-e-contracts', tier: 'province-wide', comparator: '>80', quote: Q.eContracts, note: '"Over" is strict: 80% does not meet it.' },
    { id: 'dn25-smes-digital-platforms', indicator: 'smes-digital-platforms', tier: 'province-wide', comparator: '>50', quote: Q.smes, note: '"More than" is strict: 50% does not meet it.' },
    { id: 'dn25-cash-register-e-invoices', indicator: 'retail-cash-register-e-invoices', tier: 'province-wide', comparator: '>=80', quote: Q.cashRegisters, note: 'A bare figure ("Eighty percent … will implement") is read as a floor, like "reach".' },
    { id: 'dn25-e-payment-accounts', indicator: 'citizens-e-payment-accounts', tier: 'province-wide', comparator: '>=60', quote: Q.ePayment },
    { id: 'dn25-adult-digital-signatures', indicator: 'adults-digital-signatures', tier: 'province-wide', comparator: '>50', quote: Q.signatures, note: '"Exceed" is strict.' },
    { id: 'dn25-villages-mobile-broadband', indicator: 'villages-mobile-broadband', tier: 'province-wide', comparator: 'all', quote: Q.broadband },
    { id: 'dn25-households-fibre', indicator: 'households-fibre-access', tier: 'province-wide', comparator: 'all', quote: Q.fibre },
    { id: 'dn25-industrial-parks-5g', indicator: 'industrial-parks-5g', tier: 'province-wide', comparator: 'all', quote: Q.fiveG },
    { id: 'dn25-villages-4g-5g', indicator: 'villages-4g-5g', tier: 'province-wide', comparator: 'all', quote: Q.fourG },
    { id: 'dn25-heritage-archives', indicator: 'heritage-archives-digitised', tier: 'province-wide', comparator: 'all', quote: Q.heritage },
    { id: 'dn25-digital-academic-records', indicator: 'digital-academic-records', tier: 'province-wide', comparator: 'all', quote: Q.academic },
    { id: 'dn25-security-level-approved', indicator: 'systems-security-level-approved', tier: 'province-wide', comparator: 'all', quote: Q.securityLevel },
    { id: 'dn25-security-measures', indicator: 'systems-security-measures', tier: 'province-wide', comparator: 'all', quote: Q.securityMeasures },
    { id: 'dn25-restore-within-24h', indicator: 'incident-restore-hours', tier: 'province-wide', comparator: '<=24', quote: Q.restore, note: '"within 24 hours" is at most 24 hours (lower is better); "or as required by operational needs" may set a stricter figure for a system.' },
    { id: 'dn25-incident-resolution', indicator: 'incident-resolution-rate', tier: 'province-wide', comparator: 'all', quote: Q.restore },
  ],
);
