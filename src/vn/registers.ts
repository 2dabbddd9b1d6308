import type { AdministrativeUnit } from '../model/unit.js';
import {
  DAY_BEFORE_DONG_NAI_CITY,
  DONG_NAI_CITY_DATE,
  LAST_THREE_TIER_DAY,
  REFORM_DATE,
  THREE_TIER_DATA_FROM,
  decodeUnits,
} from './decode.js';

/**
 * Every version of the units in three blocks of generated rows: the three-tier system, the
 * two-tier system of 2025-07-01, and the versions that begin on 2026-04-30 (which end the
 * 2025 version of the same code the day before). @internal
 */
export function unitsOfBlocks(threeTier: string, twoTier: string, changes2026: string): AdministrativeUnit[] {
  const changed = decodeUnits(changes2026, DONG_NAI_CITY_DATE);
  const changedCodes = new Set(changed.map((u) => u.code));
  const twoTierUnits = decodeUnits(twoTier, REFORM_DATE).map((u) =>
    changedCodes.has(u.code) ? { ...u, validTo: DAY_BEFORE_DONG_NAI_CITY } : u,
  );
  return [...decodeUnits(threeTier, THREE_TIER_DATA_FROM, LAST_THREE_TIER_DAY), ...twoTierUnits, ...changed];
}
