import type { Lang } from '../model/primitives.js';
import type { NumberCellFault } from './read-number.js';

/**
 * What is wrong with a row of a sheet. Stable: programs may switch on it.
 * - `missing`: a needed cell is empty (the unit, the indicator, the period, the figure)
 * - `invalid_number`: a figure that is not a number in the sheet's locale, or is out of range
 * - `ambiguous_number`: a figure that reads one way in Vietnamese and another in English
 * - `invalid_period`: a period that is not one of the accepted forms, or not in the calendar
 * - `invalid_value`: a cell that is not one of its allowed values (a tier, a unit code's form)
 * - `unknown_unit`, `ambiguous_unit`: a unit name or code that names no unit, or several
 * - `outside_scope`: a unit outside the province the sheet is read for
 * - `unknown_indicator`: an indicator that is not among those given
 * - `inconsistent`: cells that contradict each other (a name and a code of different units; a
 *   percentage that is not numerator ÷ denominator)
 * - `duplicate`: another row gives a figure for the same indicator, unit, tier and period
 * - `malformed_row`: the CSV text itself is broken at that row (an unclosed quote)
 * @category Reading sheets
 */
export type SheetProblemCode =
  | 'missing'
  | 'invalid_number'
  | 'ambiguous_number'
  | 'invalid_period'
  | 'invalid_value'
  | 'unknown_unit'
  | 'ambiguous_unit'
  | 'outside_scope'
  | 'unknown_indicator'
  | 'inconsistent'
  | 'duplicate'
  | 'malformed_row';

type Words = Readonly<Record<Lang, string>>;
const w = (vi: string, en: string): Words => ({ vi, en });

/** The names of the fields in messages. @internal */
export const FIELD_WORDS = {
  unitCode: w('mã đơn vị', 'unit code'),
  unitName: w('tên đơn vị', 'unit name'),
  indicator: w('chỉ tiêu', 'indicator'),
  period: w('kỳ báo cáo', 'period'),
  tier: w('cấp', 'tier'),
  value: w('giá trị', 'value'),
  numerator: w('tử số', 'numerator'),
  denominator: w('mẫu số', 'denominator'),
  source: w('nguồn', 'source'),
  note: w('ghi chú', 'note'),
} as const;

const FAULT_WORDS: Readonly<Record<Exclude<NumberCellFault, 'empty'>, Words>> = {
  malformed: w('không phải là số', 'is not a number'),
  ambiguous: w('không rõ dấu phân cách (dấu chấm/phẩy) là phần nghìn hay phần thập phân', 'has a separator that could mean thousands or decimals'),
  'out-of-range': w('nằm ngoài giới hạn cho phép (dưới 10^30, tối đa 40 chữ số có nghĩa)', 'is out of range (below 10^30, at most 40 significant digits)'),
};

/** A message for one problem, in the language asked for. @internal */
export const MESSAGES = {
  missing: (field: keyof typeof FIELD_WORDS) => w(`thiếu ${FIELD_WORDS[field].vi}`, `the ${FIELD_WORDS[field].en} is missing`),
  number: (field: keyof typeof FIELD_WORDS, fault: Exclude<NumberCellFault, 'empty'>, cell: string, locale: string) =>
    w(
      `${FIELD_WORDS[field].vi} "${cell}" ${FAULT_WORDS[fault].vi}${locale === 'vi' ? ' (định dạng Việt Nam: 1.204,5)' : ' (định dạng tiếng Anh: 1,204.5)'}`,
      `the ${FIELD_WORDS[field].en} "${cell}" ${FAULT_WORDS[fault].en}${locale === 'vi' ? ' (Vietnamese format: 1.204,5)' : ' (English format: 1,204.5)'}`,
    ),
  period: (cell: string) =>
    w(`kỳ báo cáo "${cell}" không đúng dạng (ví dụ: 09/2025, Quý 3/2025, Năm 2025, 30/09/2025)`, `the period "${cell}" is not in a known form (e.g. 09/2025, Q3 2025, 2025, 30/09/2025)`),
  tier: (cell: string) => w(`cấp "${cell}" không hợp lệ`, `the tier "${cell}" is not a tier`),
  unitCodeForm: (cell: string) => w(`mã đơn vị "${cell}" không phải mã 2, 3 hoặc 5 chữ số`, `the unit code "${cell}" is not a code of 2, 3 or 5 digits`),
  unknownCode: (cell: string, date: string) => w(`không có đơn vị mã ${cell} vào ngày ${date}`, `no unit has the code ${cell} on ${date}`),
  unknownName: (cell: string) => w(`không tìm thấy đơn vị "${cell}"`, `no unit is named "${cell}"`),
  ambiguousName: (cell: string, list: string) => w(`tên "${cell}" ứng với nhiều đơn vị: ${list}`, `the name "${cell}" fits several units: ${list}`),
  outside: (name: string, scope: string) => w(`${name} không thuộc ${scope}`, `${name} is not in ${scope}`),
  nameCode: (name: string, unit: string) => w(`tên "${name}" không khớp với mã (${unit})`, `the name "${name}" does not match the code (${unit})`),
  indicator: (cell: string) => w(`không có chỉ tiêu "${cell}"`, `no indicator is "${cell}"`),
  indicatorForm: (cell: string) => w(`mã chỉ tiêu "${cell}" không hợp lệ (chữ, số, ".", "-", "_")`, `the indicator id "${cell}" is not an id (letters, digits, ".", "-", "_")`),
  shareMismatch: (value: string, computed: string) =>
    w(`tỷ lệ ${value} không bằng tử số ÷ mẫu số × 100 (${computed})`, `the percentage ${value} is not numerator ÷ denominator × 100 (${computed})`),
  negativeDenominator: () => w('mẫu số không được âm', 'a denominator cannot be negative'),
  duplicateSame: (row: number) => w(`trùng với dòng ${row} (cùng số liệu; chỉ giữ dòng ${row})`, `repeats row ${row} (the same figure; row ${row} is kept)`),
  duplicateOther: (rows: string) => w(`cùng chỉ tiêu, đơn vị, cấp và kỳ với dòng ${rows} nhưng khác số liệu`, `the same indicator, unit, tier and period as row ${rows}, with another figure`),
  malformed: (what: string) => w(`dòng CSV bị lỗi: ${what}`, `the CSV line is broken: ${what}`),
  observation: (message: string) => w(`số liệu không hợp lệ: ${message}`, `the figure is not valid: ${message}`),
} as const;
