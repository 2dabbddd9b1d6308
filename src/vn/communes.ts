/**
 * Vietnam's districts and communes over time, and the commune crosswalk of 2025-07-01: the
 * large tables, in their own entry point so that `dx-indicators` and `dx-indicators/vn` stay
 * small.
 * @module dx-indicators/vn/communes
 */
import type { Crosswalk } from '../geo/crosswalk.js';
import type { UnitRegister } from '../model/unit.js';
import { THREE_TIER_DATA_FROM, crosswalkOf } from './decode.js';
import {
  COMMUNE_MERGE_RESOLUTIONS,
  COMMUNE_MERGE_SOURCES,
  COMMUNE_MERGES,
  COMMUNES_2026_04_30,
  COMMUNES_TWO_TIER,
  LOWER_THREE_TIER,
} from './generated/communes.js';
import { vnProvinces } from './provinces.js';
import { unitsOfBlocks } from './registers.js';

/**
 * Every administrative unit of Vietnam over time: provinces, the 696 districts and 10,035
 * communes of the three-tier system (data from 2025-01-01 to 2025-06-30), the 3,321 communes of
 * 2025-07-01, and the communes of Đồng Nai that became wards on 2026-04-30.
 * @example
 * ```ts
 * import { vnUnits } from 'dx-indicators/vn/communes';
 * unitsOfLevel(hierarchyAt(vnUnits, '2025-07-01'), 'commune').length; // 3321
 * ```
 * @category Vietnam
 */
export const vnUnits: UnitRegister = {
  name: 'Vietnam administrative units',
  coverage: { from: THREE_TIER_DATA_FROM },
  units: [...vnProvinces.units, ...unitsOfBlocks(LOWER_THREE_TIER, COMMUNES_TWO_TIER, COMMUNES_2026_04_30)],
};

/** The resolution (its number) that arranged each new province's communes. */
const resolutionOf = new Map(COMMUNE_MERGE_RESOLUTIONS.split('\n').map((l) => l.split(':') as [string, string]));
/** The province of each commune of 2025-07-01. */
const parentAt2025 = new Map(COMMUNES_TWO_TIER.split('\n').map((row) => {
  const f = row.split('|');
  return [f[0] ?? '', f[4] ?? ''] as const;
}));

/**
 * Which old communes (and, for island districts without communes, old districts) make up each
 * commune of 2025-07-01, each in full or in part. Every link says where it comes from: the
 * standing committee's resolution for the province (1654–1687/NQ-UBTVQH15) and the clause of its
 * article 1 that forms the commune, and how three sources compared — a machine-compiled mapping,
 * the ministry's merger map and the clause itself. Where they differ, the clause decides and the
 * note says why (for example, old Xã Tân Phú, 30622, went into Xã Vĩnh An by clause 31 of
 * Resolution 1654, not into a commune of Đồng Tháp). The decisions are listed, with their reasons,
 * in scripts/merger/corrections-2025-07-01.json of the repository.
 * @example
 * ```ts
 * predecessorsOf(vnCommuneCrosswalk, '26732'); // [{ newCode: '26732', oldCode: '755', kind: 'full', source: { document: '1685/NQ-UBTVQH15', clause: 163, basis: 'sources-agree' } }]
 * predecessorsOf(vnCommuneCrosswalk, '30604').map((l) => l.oldCode); // ['30604', '30610', '30622']
 * predecessorsOf(vnCommuneCrosswalk, '30604')[0]?.source?.basis; // 'mapping-corrected'
 * ```
 * @category Vietnam
 */
export const vnCommuneCrosswalk: Crosswalk = crosswalkOf('Vietnam communes 2025-07-01', COMMUNE_MERGES, COMMUNE_MERGE_SOURCES, (code) => `${resolutionOf.get(parentAt2025.get(code) ?? '') ?? ''}/NQ-UBTVQH15`);
