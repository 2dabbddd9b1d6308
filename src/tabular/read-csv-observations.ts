import Papa from 'papaparse';
import { DxInputError } from '../core/errors.js';
import { MESSAGES } from './messages.js';
import { readSheetRows, type RejectedRow, type SheetReadOptions, type SheetReadResult } from './read-sheet-rows.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Reads CSV text — a department's export, a form's download — into observations, with
 * {@link readSheetRows}: the first line is the header, the delimiter (`,`, `;`, tab) is detected,
 * quotes are read as RFC 4180 says (by papaparse), and a byte-order mark is ignored. A line the
 * CSV parser cannot read (an unclosed quote) is a rejected row of its own (`malformed_row`).
 *
 * @example
 * ```ts
 * const csv = 'Mã xã;Kỳ báo cáo;Giá trị\n26734;T9/2025;12,5\n26737;T9/2025;1.204\n';
 * readCsvObservations(csv, { locale: 'vi', indicatorId: 'x' }).accepted.map((o) => o.value); // ['12.5', '1204']
 * ```
 * @param csv - The CSV text.
 * @param options - As for {@link readSheetRows}.
 * @returns The accepted observations and the rejected rows (row 1 is the header line).
 * @throws `DxInputError` (from `dx-indicators`) when `csv` is not text, or as {@link readSheetRows} does.
 * @category Reading sheets
 */
export function readCsvObservations(csv: string, options: SheetReadOptions): SheetReadResult {
  try {
    if (typeof csv !== 'string') {
      throw new DxInputError('CSV', [{ path: ['csv'], code: 'invalid_type', message: `should be the CSV text, got ${csv === null ? 'null' : typeof csv}` }]);
    }
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: false, header: false });
    const rows = parsed.data;
    // A last line with nothing after its line break is not a row.
    if (rows.length > 0 && rows[rows.length - 1]?.length === 1 && rows[rows.length - 1]?.[0] === '') rows.pop();
    const broken = new Map<number, string>();
    for (const e of parsed.errors) if (e.row !== undefined && e.code !== 'UndetectableDelimiter' && e.code !== 'TooFewFields' && e.code !== 'TooManyFields') broken.set(e.row, e.message);
    if (broken.size === 0) return sheetOfCsv(rows, options);
    const lang = options.lang ?? 'vi';
    const result = sheetOfCsv(rows.map((r, i) => (broken.has(i) ? [] : r)), options);
    const malformed: RejectedRow[] = [...broken].map(([index, what]) => ({ index, row: index + 1, problems: [{ code: 'malformed_row' as const, message: MESSAGES.malformed(what)[lang] }] }));
    const emptyRows = result.emptyRows.filter((r) => !broken.has(r - 1));
    return { ...result, emptyRows, rejected: [...result.rejected, ...malformed].sort((a, b) => a.index - b.index) };
  } catch (e) {
    throw unreadableInput(e, 'readCsvObservations', { csv, options });
  }
}

/** readSheetRows on the CSV's rows; a problem it finds in the rows is a problem of the CSV. */
function sheetOfCsv(rows: string[][], options: SheetReadOptions): SheetReadResult {
  try {
    return readSheetRows(rows, options);
  } catch (e) {
    if (!(e instanceof DxInputError) || !e.problems.some((p) => p.path[0] === 'rows')) throw e;
    throw new DxInputError('CSV', e.problems.map((p) => (p.path[0] === 'rows' ? { ...p, path: ['csv', ...p.path.slice(1)] } : p)));
  }
}
