import { periodBounds, type Period } from '../model/period.js';
import { unreadableInput } from '../core/unreadable-input.js';

const ROMAN: Readonly<Record<string, string>> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** Lower case, no diacritics (đ → d), one space between words. */
function plain(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const pad = (n: string) => n.padStart(2, '0');
const valid = (p: string): Period | undefined => (periodBounds(p) === undefined ? undefined : p);

/**
 * Reads a reporting period as people write it, into the library's form (`2025`, `2025-Q3`,
 * `2025-09`, `2025-09-30`). Accepted, with or without diacritics and in any case: the library's
 * own forms; a year `2025`, `Năm 2025`; a month `09/2025`, `9-2025`, `T9/2025`, `Tháng 9/2025`,
 * `tháng 9 năm 2025`; a quarter `Quý 3/2025`, `Quý III năm 2025`, `Q3 2025`, `Q3/2025`; a day
 * `30/09/2025` (always day first, as Vietnamese dates are written). Anything else, or a date
 * that is not in the calendar, is `undefined`: never a guess.
 *
 * @example
 * ```ts
 * readPeriod('Quý 3/2025'); // '2025-Q3'
 * readPeriod('T9/2025'); // '2025-09'
 * readPeriod('31/09/2025'); // undefined
 * ```
 * @param cell - The text of a cell (a number is read as a year).
 * @returns The period, or `undefined`.
 * @throws Never: anything it cannot read is `undefined`.
 * @category Reading sheets
 */
export function readPeriod(cell: unknown): Period | undefined {
  try {
    if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1000 && cell <= 9999 ? String(cell) : undefined;
    if (typeof cell !== 'string' || cell.length > 40) return undefined;
    const s = plain(cell);
    let m: RegExpExecArray | null;
    if ((m = /^(\d{4})(?:-q([1-4])|-(\d{2})(?:-(\d{2}))?)?$/.exec(s))) return valid(s.toUpperCase());
    if ((m = /^nam (\d{4})$/.exec(s))) return valid(m[1] as string);
    if ((m = /^(?:thang |t ?)?(\d{1,2}) ?[/.-] ?(\d{4})$/.exec(s)) || (m = /^thang (\d{1,2}) nam (\d{4})$/.exec(s))) {
      return valid(`${m[2] as string}-${pad(m[1] as string)}`);
    }
    if ((m = /^(?:quy|q) ?([1-4]|iv|i{1,3}) ?(?:[/.-] ?|nam |)(\d{4})$/.exec(s))) {
      return valid(`${m[2] as string}-Q${ROMAN[m[1] as string] ?? (m[1] as string)}`);
    }
    if ((m = /^(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{4})$/.exec(s))) {
      return valid(`${m[3] as string}-${pad(m[2] as string)}-${pad(m[1] as string)}`);
    }
    return undefined;
  } catch (e) {
    throw unreadableInput(e, 'readPeriod', { cell });
  }
}
