import type { Plan } from '../../model/plan.js';
import { planOf } from './build.js';

const Q = {
  databases: 'connecting and sharing data with at least 50% of national databases managed by agencies, units and localities',
  level34: '100% of eligible administrative procedures are provided in the form of level 3 and 4 public services',
  payment: '100% of online public services with financial obligations are deployed online',
  transactions: 'the rate of online payment transactions for administrative procedures records is at least 20% at the departmental level',
  workRecords: 'strive for 100% of work records at the provincial level, 90% of work records at the district level and 80% of work records at the commune level to be processed in the network environment',
  digitising: 'Digitizing the results of administrative dispute settlement in 2022 will reach at least 30% at the provincial level',
  inspections: '50% of inspection activities of state management agencies are carried out through the digital environment',
} as const;

/**
 * Đồng Nai's 2022 tasks under its Digital Transformation Programme to 2025 (Decision
 * 5003/QD-UBND), as reported on the provincial portal on 7 March 2022.
 * @example
 * ```ts
 * dongNai2022.documentNumber; // '5003/QD-UBND'
 * ```
 * @category Vietnam
 */
export const dongNai2022: Plan = planOf(
  {
    id: 'dong-nai-egov-2022',
    title: { vi: 'Nhiệm vụ năm 2022 theo Chương trình chuyển đổi số tỉnh Đồng Nai đến năm 2025', en: "Đồng Nai's 2022 tasks under the Digital Transformation Programme to 2025" },
    issuer: "Đồng Nai Provincial People's Committee",
    documentNumber: '5003/QD-UBND',
    issuedOn: '2022-03-07',
    period: { start: '2021-01-01', end: '2025-12-31' },
    unitCode: '75',
    sources: [{ id: 'dong-nai-egov-2022', title: 'Promote the construction of e-government and digital government', publisher: 'Đồng Nai provincial web portal', published: '2022-03-07' }],
    note: 'The goals are the Programme\'s (to 2025); the one the text dates to 2022 has a 2022 deadline. issuedOn is the article\'s date: the decision\'s own date is not given.',
  },
  '2025-12-31',
  [
    { id: 'dn22-national-databases', indicator: 'national-databases-connected', tier: 'province-wide', comparator: '>=50', quote: Q.databases },
    { id: 'dn22-level-3-4-services', indicator: 'level-3-4-public-services', tier: 'province-wide', comparator: 'all', quote: Q.level34 },
    { id: 'dn22-online-payment-services', indicator: 'online-payment-services', tier: 'province-wide', comparator: 'all', quote: Q.payment },
    { id: 'dn22-online-payment-transactions', indicator: 'online-payment-transactions', tier: 'department', comparator: '>=20', quote: Q.transactions },
    { id: 'dn22-work-records-provincial', indicator: 'work-records-digital', tier: 'provincial', comparator: 'all', quote: Q.workRecords },
    { id: 'dn22-work-records-district', indicator: 'work-records-digital', tier: 'district', comparator: '>=90', quote: Q.workRecords, note: '"strive for" is read as "reach": a floor.' },
    { id: 'dn22-work-records-commune', indicator: 'work-records-digital', tier: 'commune', comparator: '>=80', quote: Q.workRecords },
    { id: 'dn22-results-digitised-provincial', indicator: 'ap-records-digitised', tier: 'provincial', comparator: '>=30', quote: Q.digitising, deadline: '2022-12-31', note: '"administrative dispute settlement" is the translation\'s slip for administrative procedure settlement (giải quyết thủ tục hành chính): the digitisation indicator of the other plans.' },
    { id: 'dn22-inspections-digital', indicator: 'inspections-digital', tier: 'province-wide', comparator: '>=50', quote: Q.inspections, note: 'A bare figure is read as a floor.' },
  ],
);
