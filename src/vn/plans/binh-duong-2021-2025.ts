import type { Plan } from '../../model/plan.js';
import { planOf } from './build.js';

const Q = {
  online: 'striving for at least 80% of administrative procedure records to be processed entirely online',
  workRecords: '90% of work records of departments, branches, provincial agencies, 80% of work records of district-level agencies and 60 % of work records of commune-level agencies to be processed in the network environment',
  reports: '80% of periodical reports of state agencies at the provincial - district - commune levels to be made through the province\'s information and reporting system and connect to the national reporting system',
  provincialPortal: 'striving for 100% of provincial public services at levels 3 and 4 to be provided on the provincial public service portal',
  nationalPortal: '100% of public services at levels 3 and 4 that are popular, related to people and enterprises to be integrated into the National public service portal',
  satisfaction: 'at least 90% of people and enterprises to be satisfied with the settlement of administrative procedures',
  callCentre: '100% of state agencies to participate in handling the issues reported by the people via Call Center 1022 on time',
  soc: 'striving for 100% of state agencies at provincial and district levels and 50% of state agencies at commune level to be monitored for information security according to a 4-layer model through the provincial security operations center (SOC)',
  securityLevel: '100% of information systems at provincial and district levels to be identified and ensure information system security by level',
  catalogues: 'striving for 100% of departments, committees and branches to build a list of information and data resources and share them',
} as const;

/**
 * Bình Dương's plan for IT application in state agencies, digital government and cyber
 * security, 2021–2025 (Provincial People's Committee), as reported on the provincial portal on
 * 18 September 2021. Bình Dương (74) was merged into Hồ Chí Minh City (79) on 2025-07-01; the
 * plan names the unit as it was when issued.
 * @example
 * ```ts
 * binhDuong2021To2025.targets.length; // 15
 * ```
 * @category Vietnam
 */
export const binhDuong2021To2025: Plan = planOf(
  {
    id: 'binh-duong-it-2021-2025',
    title: { vi: 'Kế hoạch ứng dụng công nghệ thông tin, phát triển chính quyền số và bảo đảm an toàn thông tin mạng tỉnh Bình Dương giai đoạn 2021–2025', en: 'Bình Dương plan for IT application, digital government and cyber security, 2021–2025' },
    issuer: "Bình Dương Provincial People's Committee",
    issuedOn: '2021-09-18',
    period: { start: '2021-01-01', end: '2025-12-31' },
    unitCode: '74',
    sources: [{ id: 'binh-duong-it-plan-2021-2025', title: 'Strengthening the application of information technology in the activities of state agencies, developing digital government and ensuring cyberinformation security', publisher: 'Bình Dương provincial web portal', published: '2021-09-18' }],
    note: 'issuedOn is the article\'s date; the plan\'s number is not given.',
  },
  '2025-12-31',
  [
    { id: 'bd-online-dossiers', indicator: 'online-dossier-rate', tier: 'province-wide', comparator: '>=80', quote: Q.online },
    { id: 'bd-work-records-provincial', indicator: 'work-records-digital', tier: 'provincial', comparator: '>=90', quote: Q.workRecords, note: '"departments, branches, provincial agencies": the provincial level, as in the other plans\' work-records targets. A bare figure after "striving for" is a floor.' },
    { id: 'bd-work-records-district', indicator: 'work-records-digital', tier: 'district', comparator: '>=80', quote: Q.workRecords },
    { id: 'bd-work-records-commune', indicator: 'work-records-digital', tier: 'commune', comparator: '>=60', quote: Q.workRecords },
    { id: 'bd-periodic-reports', indicator: 'periodic-reports-online', tier: 'province-wide', comparator: '>=80', quote: Q.reports },
    { id: 'bd-level-3-4-provincial-portal', indicator: 'level-3-4-on-provincial-portal', tier: 'province-wide', comparator: 'all', quote: Q.provincialPortal },
    { id: 'bd-level-3-4-national-portal', indicator: 'level-3-4-on-national-portal', tier: 'province-wide', comparator: 'all', quote: Q.nationalPortal },
    { id: 'bd-satisfaction', indicator: 'ap-satisfaction', tier: 'province-wide', comparator: '>=90', quote: Q.satisfaction },
    { id: 'bd-call-centre-1022', indicator: 'call-centre-1022-participation', tier: 'province-wide', comparator: 'all', quote: Q.callCentre },
    { id: 'bd-soc-provincial', indicator: 'agencies-soc-monitored', tier: 'provincial', comparator: 'all', quote: Q.soc },
    { id: 'bd-soc-district', indicator: 'agencies-soc-monitored', tier: 'district', comparator: 'all', quote: Q.soc },
    { id: 'bd-soc-commune', indicator: 'agencies-soc-monitored', tier: 'commune', comparator: '>=50', quote: Q.soc },
    { id: 'bd-security-level-provincial', indicator: 'systems-security-level-approved', tier: 'provincial', comparator: 'all', quote: Q.securityLevel },
    { id: 'bd-security-level-district', indicator: 'systems-security-level-approved', tier: 'district', comparator: 'all', quote: Q.securityLevel },
    { id: 'bd-data-catalogues', indicator: 'data-resource-catalogues', tier: 'department', comparator: 'all', quote: Q.catalogues },
  ],
);
