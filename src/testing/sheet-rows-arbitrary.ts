import fc from 'fast-check';
import type { Hierarchy } from '../geo/hierarchy.js';
import { guard } from '../model/guard.js';
import { withoutDiacritics } from '../core/without-diacritics.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** A generated sheet and what it means. @category Testing */
export interface GeneratedSheet {
  /** The rows as a spreadsheet reader yields them: a header row, then text cells. */
  readonly rows: readonly (readonly string[])[];
  /** What each data row means: unit code, period and value (as `readSheetRows` should read it). */
  readonly intended: readonly { readonly unitCode: string; readonly period: string; readonly value: string }[];
}

// Vietnamese number formats: '.' groups thousands, ',' marks decimals (1.204,5). Never "1.20":
// three digits always follow a thousands point.
const viNumber = (whole: number, tenths: number) => {
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return tenths === 0 ? grouped : `${grouped},${tenths}`;
};
const MONTH_FORMS = [(m: number, y: number) => `${String(m).padStart(2, '0')}/${y}`, (m: number, y: number) => `T${m}/${y}`, (m: number, y: number) => `Tháng ${m}/${y}`, (m: number, y: number) => `Tháng ${m} năm ${y}`];

/**
 * A fast-check arbitrary of messy but readable sheets of a hierarchy's communes, as provinces
 * receive them: unit by code, or by name (with or without diacritics, with or without the type
 * word) where the code is left blank, months written four ways (`09/2025`, `T9/2025`, `Tháng 9/2025`, `Tháng 9 năm 2025`),
 * Vietnamese number formats (`1.204,5`), padding spaces and empty rows — each with the
 * observation it means. Test a sheet reader with it: what it reads should be `intended`.
 * @example
 * ```ts
 * const [h] = fc.sample(hierarchyArbitrary(), { numRuns: 1, seed: 3 });
 * const [sheet] = h ? fc.sample(sheetRowsArbitrary(h), { numRuns: 1, seed: 3 }) : [];
 * sheet?.rows[0]; // ['Mã xã', 'Tên xã', 'Kỳ báo cáo', 'Giá trị']
 * ```
 * @param hierarchy - The units (rows are for its communes, each at most once a month).
 * @param options - The year (default 2025).
 * @returns An arbitrary of {@link GeneratedSheet}.
 * @throws `DxInputError` (from `dx-indicators`) when an argument is not of its type.
 * @category Testing
 */
export function sheetRowsArbitrary(hierarchy: Hierarchy, options: { readonly year?: number } = {}): fc.Arbitrary<GeneratedSheet> {
  try {
    const g = guard('sheetRowsArbitrary');
    g.hierarchy(hierarchy, ['hierarchy']);
    if (g.object(options, ['options'])) g.integer(options.year, 1900, 2199, ['options', 'year'], true);
    g.done();
    const year = options.year ?? 2025;
    const communes = hierarchy.units.filter((u) => u.level === 'commune');
    const row = fc.record({
      unit: fc.constantFrom(...communes),
      month: fc.integer({ min: 1, max: 12 }),
      whole: fc.integer({ min: 0, max: 2_000_000 }),
      tenths: fc.integer({ min: 0, max: 9 }),
      unitForm: fc.integer({ min: 0, max: 3 }),
      monthForm: fc.integer({ min: 0, max: MONTH_FORMS.length - 1 }),
      pad: fc.boolean(),
      emptyBefore: fc.boolean(),
    });
    const key = (r: { unit: { code: string }; month: number }) => `${r.unit.code}|${r.month}`;
    return fc.uniqueArray(row, { minLength: 1, maxLength: 30, selector: key }).map((list) => {
      const rows: string[][] = [['Mã xã', 'Tên xã', 'Kỳ báo cáo', 'Giá trị']];
      const intended = [];
      for (const r of list) {
        if (r.emptyBefore) rows.push(['', '', '', '']);
        const pad = (s: string) => (r.pad ? ` ${s} ` : s);
        const name = [r.unit.fullName, r.unit.name, withoutDiacritics(r.unit.fullName)][r.unitForm - 1];
        const unitCells = name === undefined ? [pad(r.unit.code), ''] : ['', pad(name)];
        rows.push([...unitCells, pad(MONTH_FORMS[r.monthForm]?.(r.month, year) ?? ''), pad(viNumber(r.whole, r.tenths))]);
        intended.push({ unitCode: r.unit.code, period: `${year}-${String(r.month).padStart(2, '0')}`, value: r.tenths === 0 ? String(r.whole) : `${r.whole}.${r.tenths}` });
      }
      return { rows, intended };
    });
  } catch (e) {
    throw unreadableInput(e, 'sheetRowsArbitrary', { hierarchy, options });
  }
}
