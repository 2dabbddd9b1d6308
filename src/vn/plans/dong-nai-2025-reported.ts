import type { ObservationSet } from '../../model/observation.js';
import type { VnIndicatorId } from './indicators.js';

const SOURCE = 'dong-nai-dt-interview-2025-09';
const AS_OF = '2025-09-29';

const row = (indicatorId: VnIndicatorId, value: string, note: string) => ({
  indicatorId,
  unitCode: '75',
  period: AS_OF,
  value,
  source: SOURCE,
  note,
});

/**
 * The figures Đồng Nai reported in the Nhân Dân interview of 29 September 2025 (new Đồng Nai,
 * province-wide), as observations of the built-in indicators. A figure the text gives as "over"
 * or "more than" is recorded at its stated value and flagged `estimated`, with the wording in
 * its note; so is a rank the text gives as "among the top N" (recorded as N: 1 is the best, and
 * a target such as "top 14" reads `{ kind: 'at-most', value: '14' }`).
 * @example
 * ```ts
 * dongNai2025Reported.observations.find((o) => o.indicatorId === 'online-dossier-rate')?.value; // '91'
 * ```
 * @category Vietnam
 */
export const dongNai2025Reported: ObservationSet = {
  id: 'dong-nai-2025-09-interview',
  asOf: AS_OF,
  source: SOURCE,
  observations: [
    row('online-dossier-rate', '91', '91% of administrative procedure records are processed online'),
    row('ap-across-boundaries', '93', '93% of administrative procedures are carried out regardless of administrative boundaries within the province'),
    row('ap-published-on-portals', '100', '100% of administrative procedures have been announced and made public on the National Public Service Portal'),
    row('citizen-digital-signatures', '187346', '187,346 public digital signatures of citizens'),
    row('gcc-digital-certificates', '10279', '10,279 digital certificates issued by the Government Cipher Committee'),
    row('enterprises-e-invoices', '100', '100% of enterprises use electronic invoices'),
    row('e-tax-declaration', '99', 'electronic tax declaration reaches 99%'),
    row('electronic-health-records', '3970176', '3,970,176 people having electronic health records'),
    row('schools-online-teaching', '100', '100% of general education institutions deploying online teaching software'),
    row('community-digital-teams', '1956', '1,956 community digital technology teams'),
    row('community-digital-team-members', '12906', 'with 12,906 members'),
    { ...row('people-trained-mooc', '14156', 'more than 14,156 people have been trained'), flags: ['estimated' as const] },
    row('digital-economy-share-grdp', '10', 'the proportion of digital economy is only at 10% of GRDP'),
    row('hamlets-fibre-coverage', '100', 'Fixed broadband fiber optic telecommunications infrastructure has covered 100% of hamlets and residential groups'),
    row('villages-4g-5g', '100', 'about 3,600 3G/4G/5G mobile information transmission and reception stations, covering 100% of residential areas, villages/neighborhoods'),
    row('border-posts-mobile-coverage', '96', 'coverage for 96% of Border Guard Stations'),
    row('border-settlements-mobile-coverage', '85', '85% of populated areas along the border'),
    { ...row('staff-trained-digital-skills', '90', 'Over 90% of staff … have been trained'), flags: ['estimated' as const] },
    row('resolution-57-tasks-done', '81.4', '81.4% of key tasks have been completed or effectively implemented'),
    // Ranks given as bounds: "among the top N" is a rank of N or better.
    { ...row('service-index-766-rank', '10', 'The index of serving people and businesses in implementing administrative centers and providing public services is among the top 10 provinces and cities in the country'), flags: ['estimated' as const] },
    { ...row('dti-rank', '14', 'the ranking of the level of digital transformation is among the top 14 provinces and cities'), flags: ['estimated' as const] },
  ],
};
