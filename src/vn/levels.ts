import type { AdministrativeLevel } from '../model/unit.js';
import type { IsoDate } from '../model/primitives.js';
import { LAST_THREE_TIER_DAY, REFORM_DATE } from './decode.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Vietnam's levels of local government over time: three tiers until 2025-06-30, two from
 * 2025-07-01 (Resolution 202/2025/QH15 abolished the district level).
 * @example
 * ```ts
 * VN_LEVEL_TIMELINE.length; // 2
 * ```
 * @category Vietnam
 */
export const VN_LEVEL_TIMELINE: readonly {
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly levels: readonly AdministrativeLevel[];
  readonly basis: string;
}[] = [
  { to: LAST_THREE_TIER_DAY, levels: ['province', 'district', 'commune'], basis: 'Law on Organisation of Local Government 2015' },
  { from: REFORM_DATE, levels: ['province', 'commune'], basis: 'Resolution 202/2025/QH15; Law on Organisation of Local Government 2025' },
];

/**
 * The levels of local government in force in Vietnam on a date.
 * @example
 * ```ts
 * vnLevelsAt('2025-06-30'); // ['province', 'district', 'commune']
 * vnLevelsAt('2025-07-01'); // ['province', 'commune']
 * ```
 * @param date - `YYYY-MM-DD`.
 * @returns The levels, top-down.
 * @throws `DxInputError` (from `dx-indicators`) when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Vietnam
 */
export function vnLevelsAt(date: IsoDate): readonly AdministrativeLevel[] {
  try {
    guard('vnLevelsAt').date(date, ['date']).done();
    const entry = VN_LEVEL_TIMELINE.find((e) => (e.from === undefined || e.from <= date) && (e.to === undefined || date <= e.to));
    return entry?.levels ?? [];
  } catch (e) {
    throw unreadableInput(e, 'vnLevelsAt', { date });
  }
}
