import { binhDuong2021To2025 } from './binh-duong-2021-2025.js';
import { dongNai2022 } from './dong-nai-2022.js';
import { dongNai2025 } from './dong-nai-2025.js';
import { dongNai2025To2030 } from './dong-nai-2025-2030.js';

export { binhDuong2021To2025, dongNai2022, dongNai2025, dongNai2025To2030 };
export { dongNai2025Reported } from './dong-nai-2025-reported.js';
export { vnIndicators, type VnIndicatorId } from './indicators.js';

/**
 * The built-in plans, by name: `plans.dongNai2025` and so on.
 * @example
 * ```ts
 * import { plans } from 'dx-indicators/vn';
 * plans.dongNai2025.targets.length; // 34
 * ```
 * @category Vietnam
 */
export const plans = {
  dongNai2025,
  dongNai2022,
  binhDuong2021To2025,
  dongNai2025To2030,
} as const;
