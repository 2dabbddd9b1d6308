/**
 * Vietnam reference data: levels over time, provinces, the province crosswalk, the plans, and the
 * national assessment frameworks.
 * @module dx-indicators/vn
 */
export { VN_LEVEL_TIMELINE, vnLevelsAt } from './levels.js';
export { vnProvinceCrosswalk, vnProvinces } from './provinces.js';
export { DTI_PROVINCIAL_2022, SERVICE_INDEX_766 } from './frameworks.js';
export { DECISION_411_TARGETS, DECISION_749_TARGETS, DECISION_942_TARGETS, RESOLUTION_57_TARGETS } from './national-targets.js';
export {
  binhDuong2021To2025,
  dongNai2022,
  dongNai2025,
  dongNai2025Reported,
  dongNai2025To2030,
  plans,
  vnIndicators,
  type VnIndicatorId,
} from './plans/index.js';
