import type { Plan } from '../../model/plan.js';
import { planOf } from './build.js';

const Q = {
  growth: 'the goal is to increase the contribution rate of digital transformation to local economic growth, striving to reach about 1-2%',
  domestic: 'Domestic enterprises are self-sufficient in technology and play an essential role, accounting for at least 40% of the province\'s digital technology industrial ecosystem.',
  investors: 'Attract at least 5 large science, technology and digital technology enterprises/organizations to invest and cooperate in development.',
  usage: 'striving to increase the rate of online public service use by people and businesses to 80% or more',
  fullyOnline: 'the rate of providing online public services for the entire process over the total number of eligible administrative procedures to 100%',
  digitised: 'the rate of digitalization of records and results of administrative procedure settlement to 100%',
  leaders: 'increase the proportion of officials with expertise and experience in science and technology in the leadership team of each state agency and unit to over 25%',
  budget: 'The total cost of digital transformation in the 2025-2030 period is estimated to be more than VND909 billion: of which digital infrastructure accounts for VND530 billion and digital government VND217 billion.',
} as const;
const DOC = 'dong-nai-dt-interview-2025-09';

/**
 * Đồng Nai's digital-transformation goals for 2025–2030, as the Director of the Department of
 * Science and Technology stated them to Nhân Dân on 29 September 2025 (new Đồng Nai, with the
 * former Bình Phước): a range target, a count target, strict and full-coverage targets, and the
 * budget (VND 909 billion and more, of which 530 for digital infrastructure and 217 for digital
 * government).
 * @example
 * ```ts
 * dongNai2025To2030.targets.find((t) => t.id === 'dn30-dt-contribution-to-growth')?.comparator; // { kind: 'between', min: '1', max: '2' }
 * ```
 * @category Vietnam
 */
export const dongNai2025To2030: Plan = planOf(
  {
    id: 'dong-nai-dt-2025-2030',
    title: { vi: 'Mục tiêu chuyển đổi số tỉnh Đồng Nai giai đoạn 2025–2030', en: "Đồng Nai's digital transformation goals for 2025–2030" },
    issuer: 'Đồng Nai Department of Science and Technology (interview with Nhân Dân)',
    issuedOn: '2025-09-29',
    period: { start: '2025-07-01', end: '2030-12-31' },
    unitCode: '75',
    sources: [{ id: DOC, title: "Digital transformation will contribute 1-2% to Dong Nai province's economic growth", publisher: 'Nhân Dân (republished on vietnam.vn)', published: '2025-09-29' }],
    budget: [
      { id: 'dn30-budget-total', label: { vi: 'Tổng kinh phí chuyển đổi số 2025–2030', en: 'Total digital-transformation budget 2025–2030' }, amountVnd: '909000000000', qualifier: 'more-than', source: { document: DOC, quote: Q.budget } },
      { id: 'dn30-budget-infrastructure', label: { vi: 'Hạ tầng số', en: 'Digital infrastructure' }, amountVnd: '530000000000', qualifier: 'exactly', source: { document: DOC, quote: Q.budget } },
      { id: 'dn30-budget-government', label: { vi: 'Chính quyền số', en: 'Digital government' }, amountVnd: '217000000000', qualifier: 'exactly', source: { document: DOC, quote: Q.budget } },
    ],
    note: 'Goals of the 2025–2030 term stated in an interview, not a numbered plan. Period from the new province\'s first day (2025-07-01); deadline the end of 2030.',
  },
  '2030-12-31',
  [
    { id: 'dn30-dt-contribution-to-growth', indicator: 'dt-contribution-to-growth', tier: 'province-wide', comparator: '1..2', quote: Q.growth, note: '"about 1–2%" is a range with both ends included.' },
    { id: 'dn30-domestic-share', indicator: 'domestic-share-digital-tech-ecosystem', tier: 'province-wide', comparator: '>=40', quote: Q.domestic },
    { id: 'dn30-large-tech-investors', indicator: 'large-tech-investors', tier: 'province-wide', comparator: '>=5', quote: Q.investors, note: 'A count over the period (2025–2030).' },
    { id: 'dn30-online-service-use', indicator: 'online-dossier-rate', tier: 'province-wide', comparator: '>=80', quote: Q.usage, note: 'The usage rate of online public services is measured as the share of dossiers filed online, as in the 2025 plan; "80% or more" is ≥.' },
    { id: 'dn30-fully-online-services', indicator: 'fully-online-services', tier: 'province-wide', comparator: 'all', quote: Q.fullyOnline },
    { id: 'dn30-records-digitised', indicator: 'ap-records-digitised', tier: 'province-wide', comparator: 'all', quote: Q.digitised },
    { id: 'dn30-leaders-st-expertise', indicator: 'leaders-with-st-expertise', tier: 'province-wide', comparator: '>25', quote: Q.leaders, note: '"over 25%" is strict.' },
  ],
);
