import { readDecimal, type DecimalString } from '../core/decimal-text.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * How numbers are written in a sheet: `vi`, the Vietnamese way (`1.204,5`: a point between
 * thousands, a comma before decimals), or `en` (`1,204.5`).
 * @category Reading sheets
 */
export type NumberLocale = 'vi' | 'en';

/**
 * Why a cell is not a number: it is `empty`; it is `malformed` (letters, a misplaced separator);
 * it is `ambiguous` (a separator that would mean thousands in one locale and decimals in the
 * other, written where the locale cannot decide: `1.5` in a Vietnamese sheet); or it is
 * `out-of-range` (see `DECIMAL_LIMITS`).
 * @category Reading sheets
 */
export type NumberCellFault = 'empty' | 'malformed' | 'ambiguous' | 'out-of-range';

/** The outcome of {@link readNumber}. @category Reading sheets */
export type NumberCell =
  | { readonly ok: true; readonly value: DecimalString; readonly percent: boolean }
  | { readonly ok: false; readonly fault: NumberCellFault };

const SEP = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } } as const;

/**
 * Reads a number as a sheet writes it, by an explicit locale, and never guesses. In `vi`:
 * `12,5` → 12.5, `1.204` → 1204, `1.204,5` → 1204.5, `-3` → -3; in `en`: `1,204.5` → 1204.5.
 * A trailing `%` is allowed and kept out of the value (`85%` → 85, `percent: true`). Thousands
 * groups must have three digits: `1.20` in `vi` is malformed. A single separator followed by
 * anything but three digits is the other locale's decimal mark (`12.5` in `vi`, `12,5` in
 * `en`): ambiguous, a problem. A number cell (from a spreadsheet reader) is taken as it is.
 *
 * @example
 * ```ts
 * readNumber('1.204,5', 'vi'); // { ok: true, value: '1204.5', percent: false }
 * readNumber('85%', 'vi'); // { ok: true, value: '85', percent: true }
 * readNumber('12.5', 'vi'); // { ok: false, fault: 'ambiguous' }
 * ```
 * @param cell - A cell: text, a number, or empty (`''`, `null`, `undefined`).
 * @param locale - How the sheet writes numbers.
 * @returns The canonical decimal string, or the fault.
 * @throws `DxInputError` (from `dx-indicators`) when the locale is not `vi` or `en`.
 * @category Reading sheets
 */
export function readNumber(cell: unknown, locale: NumberLocale): NumberCell {
  try {
    guard('readNumber').oneOf(locale, ['vi', 'en'], ['locale']).done();
    if (cell === undefined || cell === null) return { ok: false, fault: 'empty' };
    if (typeof cell === 'number') return finish(cell, false);
    if (typeof cell !== 'string') return { ok: false, fault: 'malformed' };
    let s = cell.replace(/[\s\u00a0]+/g, ' ').trim();
    if (s === '') return { ok: false, fault: 'empty' };
    if (s.length > 100) return { ok: false, fault: 'out-of-range' };
    const percent = s.endsWith('%');
    if (percent) s = s.slice(0, -1).trimEnd();
    const sign = /^[+\-\u2212]/.test(s) ? (s[0] === '+' ? '' : '-') : '';
    if (sign !== '' || s.startsWith('+')) s = s.slice(1);
    const { group, decimal } = SEP[locale];
    const g = group === '.' ? '\\.' : ',';
    const d = decimal === '.' ? '\\.' : ',';
    const m = new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`).exec(s);
    if (m === null) {
      // One separator of the other locale's decimal kind, not followed by a group of three: the
      // number reads one way in Vietnamese and another in English.
      const other = new RegExp(`^\\d+${g}\\d+$`);
      return { ok: false, fault: other.test(s) ? 'ambiguous' : 'malformed' };
    }
    const int = (m[1] as string).split(group).join('');
    return finish(`${sign}${int}${m[2] === undefined ? '' : `.${m[2]}`}`, percent);
  } catch (e) {
    throw unreadableInput(e, 'readNumber', { cell, locale });
  }
}

function finish(n: number | string, percent: boolean): NumberCell {
  const r = readDecimal(n);
  if (r === 'not-a-number') return { ok: false, fault: 'malformed' };
  if (r === 'too-long' || r === 'out-of-range' || r === 'too-precise') return { ok: false, fault: 'out-of-range' };
  return { ok: true, value: r, percent };
}
