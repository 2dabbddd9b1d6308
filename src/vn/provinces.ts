import type { Crosswalk } from '../geo/crosswalk.js';
import type { UnitRegister } from '../model/unit.js';
import { THREE_TIER_DATA_FROM, crosswalkOf } from './decode.js';
import { PROVINCE_MERGE_SOURCES, PROVINCE_MERGES, PROVINCES_2026_04_30, PROVINCES_THREE_TIER, PROVINCES_TWO_TIER } from './generated/provinces.js';
import { unitsOfBlocks } from './registers.js';

/**
 * Vietnam's provinces over time: the 63 of the three-tier system (data from 2025-01-01 to
 * 2025-06-30), the 34 of 2025-07-01, and Đồng Nai a centrally-run city from 2026-04-30. For
 * districts and communes import `vnUnits` from `dx-indicators/vn/communes`.
 * @example
 * ```ts
 * unitsOfLevel(hierarchyAt(vnProvinces, '2025-06-30'), 'province').length; // 63
 * ```
 * @category Vietnam
 */
export const vnProvinces: UnitRegister = {
  name: 'Vietnam provinces',
  coverage: { from: THREE_TIER_DATA_FROM },
  units: unitsOfBlocks(PROVINCES_THREE_TIER, PROVINCES_TWO_TIER, PROVINCES_2026_04_30),
};

/**
 * Which old provinces make up each new province of 2025-07-01 (all in full), e.g. new Đồng Nai
 * (75) = old Đồng Nai (75) + Bình Phước (70). Every link cites Resolution 202/2025/QH15, and the
 * compiled mapping and the ministry's merger map agree on all 34 provinces.
 * @example
 * ```ts
 * predecessorsOf(vnProvinceCrosswalk, '79').map((l) => l.oldCode); // ['74', '77', '79']
 * predecessorsOf(vnProvinceCrosswalk, '75')[0]?.source; // { document: '202/2025/QH15', basis: 'sources-agree' }
 * ```
 * @category Vietnam
 */
export const vnProvinceCrosswalk: Crosswalk = crosswalkOf('Vietnam provinces 2025-07-01', PROVINCE_MERGES, PROVINCE_MERGE_SOURCES, () => '202/2025/QH15');
