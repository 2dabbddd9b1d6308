import type { IsoDate } from '../model/primitives.js';
import type { Lang } from '../model/primitives.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Formats a date for people: 30/06/2025 in Vietnamese, 2025-06-30 in English.
 * @example
 * ```ts
 * formatDate('2025-06-30', 'vi'); // '30/06/2025'
 * ```
 * @param date - `YYYY-MM-DD`.
 * @param lang - `vi` or `en`.
 * @returns The text.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Reports
 */
export function formatDate(date: IsoDate, lang: Lang): string {
  try {
    guard('formatDate').date(date, ['date']).oneOf(lang, ['vi', 'en'], ['lang']).done();
    return lang === 'vi' ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date;
  } catch (e) {
    throw unreadableInput(e, 'formatDate', { date, lang });
  }
}
