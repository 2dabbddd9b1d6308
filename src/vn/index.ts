/**
 * Vietnam reference data: levels over time, provinces, the province crosswalk, and the plans.
 * @module dx-indicators/vn
 */
export { VN_LEVEL_TIMELINE, vnLevelsAt } from './levels.js';
export { vnProvinceCrosswalk, vnProvinces } from './provinces.js';
