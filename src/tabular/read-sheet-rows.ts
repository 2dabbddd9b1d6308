import { Dec, decString } from '../core/decimal.js';
import { DxInputError, type InputProblem } from '../core/errors.js';
import { findUnitsByName } from '../geo/find-units-by-name.js';
import type { Hierarchy } from '../geo/hierarchy.js';
import { AGENCY_TIER_LABELS, agencyTierSchema, type AgencyTier } from '../model/domain.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { markParsed, readObservationRow } from '../model/observation-rows.js';
import type { Lang } from '../model/primitives.js';
import type { AdministrativeUnit } from '../model/unit.js';
import { headerKey, mapColumns, type SheetField } from './columns.js';
import { MESSAGES, type SheetProblemCode } from './messages.js';
import { readNumber, type NumberLocale } from './read-number.js';
import { readPeriod } from './read-period.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** Options of {@link readSheetRows}. @category Reading sheets */
export interface SheetReadOptions {
  /** How the sheet writes numbers: `vi` (`1.204,5`) or `en` (`1,204.5`). Required: never guessed. */
  readonly locale: NumberLocale;
  /** The language of the problems' messages (default `vi`). */
  readonly lang?: Lang;
  /** Header names of your own, by field; the recognised names ({@link DEFAULT_COLUMN_NAMES}) fill the rest. */
  readonly columns?: Readonly<Partial<Record<SheetField, string>>>;
  /** Every row's indicator, when the sheet has no indicator column (one sheet per indicator). */
  readonly indicatorId?: string;
  /** The indicators the sheet may name, by id or by their Vietnamese or English name; any other is a problem. */
  readonly indicators?: readonly Indicator[];
  /** Every row's period, as people write it, when the sheet has no period column. */
  readonly period?: string;
  /** Every row's tier, when the sheet has no tier column. */
  readonly tier?: AgencyTier;
  /** Every row's source, when the sheet has no source column. */
  readonly source?: string;
  /**
   * The units in force (a hierarchy at the sheet's date), to check codes and to read unit names;
   * `within`, a province's code, keeps the sheet to that province and resolves names in it.
   */
  readonly units?: { readonly hierarchy: Hierarchy; readonly within?: string };
  /** For rows given as arrays: which one holds the headers (default 0, the first). */
  readonly headerRow?: number;
}

/** One problem of a row: the field and the sheet's column it is in, a code and a message. @category Reading sheets */
export interface SheetProblem {
  readonly field?: SheetField;
  /** The column's header as the sheet writes it. */
  readonly column?: string;
  readonly code: SheetProblemCode;
  readonly message: string;
  /** For an ambiguous unit name: every unit it fits, with its parent. */
  readonly candidates?: readonly { readonly code: string; readonly name: string; readonly parentName?: string }[];
}

/** A row that was not accepted, with every problem found in it. @category Reading sheets */
export interface RejectedRow {
  /** The row's position in the input (0-based). */
  readonly index: number;
  /** The row's number as a spreadsheet shows it, the header being row 1 (see {@link readSheetRows}). */
  readonly row: number;
  readonly problems: readonly SheetProblem[];
}

/** The outcome of {@link readSheetRows}: every row is in exactly one of its lists. @category Reading sheets */
export interface SheetReadResult {
  /** The observations of the accepted rows, in the sheet's order; they go straight into `rollup` and `buildScorecard`. */
  readonly accepted: Observation[];
  /** The sheet row number of each accepted observation. */
  readonly acceptedRows: readonly number[];
  readonly rejected: readonly RejectedRow[];
  /** Sheet row numbers of rows with every cell empty (skipped, no data in them). */
  readonly emptyRows: readonly number[];
  /** Which column filled which field: the header as the sheet writes it. */
  readonly columns: Readonly<Partial<Record<SheetField, string>>>;
}

type Cell = unknown;

const TIER_WORDS: ReadonlyMap<string, AgencyTier> = new Map(
  (Object.entries(AGENCY_TIER_LABELS) as [AgencyTier, { vi: string; en: string }][]).flatMap(([tier, l]) => [
    [headerKey(tier), tier],
    [headerKey(l.vi), tier],
    [headerKey(l.en), tier],
  ]),
);

const isEmpty = (c: Cell) => c === undefined || c === null || (typeof c === 'string' && c.trim() === '');
const text = (c: Cell) => (typeof c === 'string' ? c.trim() : typeof c === 'number' ? String(c) : '');

/**
 * Reads a sheet's rows — as any CSV or spreadsheet reader yields them: arrays of cells with a
 * header row, or objects keyed by header — into observations, and partitions them: the accepted
 * observations, and each rejected row with its row number, column and reason in Vietnamese or
 * English. Nothing is dropped silently; rows with every cell empty are listed as such.
 *
 * What it does for you: recognises Vietnamese and English headers (Mã xã, Tên đơn vị, Chỉ tiêu,
 * Kỳ báo cáo, Tử số, Mẫu số, Giá trị …); reads numbers by the locale you name (`12,5` and
 * `1.204` in `vi`), never guessing; reads periods as people write them (`09/2025`, `Quý 3/2025`);
 * turns unit names into codes within a province on a date (unknown and ambiguous names are
 * problems, with the candidates); and checks a percentage column against its numerator and
 * denominator when a sheet has all three (the numerator and denominator are kept: they roll up).
 *
 * Duplicates are reported, never summed: rows that repeat another's indicator, unit, tier and
 * period with the same figure are rejected and the first is kept; rows that give another figure
 * are all rejected, since which one is right is not for the library to guess.
 *
 * Row numbers: for arrays, the position in the sheet counting from 1 (the header row included);
 * for objects, the header is taken as row 1, so the first object is row 2.
 *
 * @example
 * ```ts
 * const sheet = [
 *   ['Mã xã', 'Kỳ báo cáo', 'Tử số', 'Mẫu số'],
 *   ['26734', 'Quý 3/2025', '1.204', '1.500'],
 *   ['26737', 'Quý 3/2025', '12,5', ''],
 * ];
 * const r = readSheetRows(sheet, { locale: 'vi', indicatorId: 'online-dossier-rate' });
 * r.accepted; // [{ indicatorId: 'online-dossier-rate', unitCode: '26734', period: '2025-Q3', numerator: '1204', denominator: '1500' }]
 * r.rejected[0]?.problems[0]?.code; // 'missing' (row 3 has no denominator)
 * ```
 * @param rows - The sheet's rows.
 * @param options - The locale (required), column names, constants for columns the sheet lacks, the units.
 * @returns The accepted observations and the rejected rows.
 * @throws `DxInputError` (from `dx-indicators`) when the sheet as a whole cannot be read: not a list, options of
 *   the wrong form, or no way to know a row's unit, indicator, period or figure (no column and no
 *   constant), or unit names without `units`.
 * @category Reading sheets
 */
export function readSheetRows(rows: readonly unknown[], options: SheetReadOptions): SheetReadResult {
  try {
    const lang: Lang = options?.lang ?? 'vi';
    checkOptions(rows, options);
    const asArrays = rows.some((r) => Array.isArray(r));
    const headerAt = asArrays ? (options.headerRow ?? 0) : -1;
    const headers: string[] = asArrays ? ((rows[headerAt] as Cell[] | undefined) ?? []).map(text) : headersOfObjects(rows);
    const { byField, unknownOwn } = mapColumns(headers, options.columns);
    const sheetProblems: InputProblem[] = unknownOwn.map((f) => ({
      path: ['options', 'columns', f],
      code: 'unknown_reference',
      message: `no column is headed "${options.columns?.[f] ?? ''}" (the headers are ${headers.map((h) => JSON.stringify(h)).join(', ')})`,
    }));
    const has = (f: SheetField) => byField[f] !== undefined;
    if (!has('unitCode') && !has('unitName')) sheetProblems.push({ path: ['rows'], code: 'missing', message: 'no column gives the unit (a code such as "Mã xã", or a name such as "Tên đơn vị")' });
    if (!has('indicator') && options.indicatorId === undefined) sheetProblems.push({ path: ['options', 'indicatorId'], code: 'missing', message: 'no column gives the indicator ("Chỉ tiêu"), and no indicatorId was given' });
    if (!has('period') && options.period === undefined) sheetProblems.push({ path: ['options', 'period'], code: 'missing', message: 'no column gives the period ("Kỳ báo cáo"), and no period was given' });
    if (!has('value') && !(has('numerator') && has('denominator'))) sheetProblems.push({ path: ['rows'], code: 'missing', message: 'no column gives the figure ("Giá trị", or "Tử số" and "Mẫu số")' });
    if (has('unitName') && !has('unitCode') && options.units === undefined) sheetProblems.push({ path: ['options', 'units'], code: 'missing', message: 'the sheet names units without codes: give units (a hierarchy) to read the names' });
    const constPeriod = options.period === undefined ? undefined : readPeriod(options.period);
    if (options.period !== undefined && constPeriod === undefined) sheetProblems.push({ path: ['options', 'period'], code: 'invalid_value', message: MESSAGES.period(String(options.period)).en });
    if (sheetProblems.length > 0) throw new DxInputError('sheet', sheetProblems);

    const columnName = (f: SheetField) => headers[byField[f] as number];
    const columns: Partial<Record<SheetField, string>> = {};
    for (const f of Object.keys(byField) as SheetField[]) columns[f] = headers[byField[f] as number] as string;
    const ctx: RowContext = { options, lang, byField, columnName, constPeriod, indicatorsByKey: indicatorIndex(options.indicators) };

    const accepted: Observation[] = [];
    const acceptedRows: number[] = [];
    const acceptedIndex: number[] = [];
    const rejected: RejectedRow[] = [];
    const emptyRows: number[] = [];
    for (let index = 0; index < rows.length; index++) {
      if (index === headerAt) continue;
      const raw = rows[index];
      const row = asArrays ? index + 1 : index + 2;
      const cells: Cell[] = Array.isArray(raw) ? raw : typeof raw === 'object' && raw !== null ? headers.map((h) => (raw as Record<string, Cell>)[h]) : [];
      if (cells.every(isEmpty)) {
        emptyRows.push(row);
        continue;
      }
      const r = readRow(cells, ctx);
      if ('problems' in r) rejected.push({ index, row, problems: r.problems });
      else {
        accepted.push(r.observation);
        acceptedRows.push(row);
        acceptedIndex.push(index);
      }
    }
    return finishDuplicates(accepted, acceptedRows, acceptedIndex, rejected, emptyRows, columns, lang);
  } catch (e) {
    throw unreadableInput(e, 'readSheetRows', { rows, options });
  }
}

function headersOfObjects(rows: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) if (typeof r === 'object' && r !== null) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

function checkOptions(rows: unknown, options: SheetReadOptions): void {
  const problems: InputProblem[] = [];
  if (!Array.isArray(rows)) problems.push({ path: ['rows'], code: 'invalid_type', message: 'should be a list of rows (arrays of cells, or objects keyed by header)' });
  if (typeof options !== 'object' || options === null) {
    problems.push({ path: ['options'], code: 'missing', message: 'should give at least the locale: { locale: "vi" } or { locale: "en" }' });
  } else {
    if (options.locale !== 'vi' && options.locale !== 'en') problems.push({ path: ['options', 'locale'], code: 'invalid_value', message: `should be "vi" (1.204,5) or "en" (1,204.5), got ${JSON.stringify(options.locale)}` });
    if (options.lang !== undefined && options.lang !== 'vi' && options.lang !== 'en') problems.push({ path: ['options', 'lang'], code: 'invalid_value', message: `should be "vi" or "en", got ${JSON.stringify(options.lang)}` });
    if (options.tier !== undefined && !agencyTierSchema.safeParse(options.tier).success) problems.push({ path: ['options', 'tier'], code: 'invalid_value', message: `should be one of ${agencyTierSchema.options.join(', ')}` });
    if (options.units !== undefined && options.units.within !== undefined && !options.units.hierarchy?.byCode?.has(options.units.within)) {
      problems.push({ path: ['options', 'units', 'within'], code: 'unknown_reference', message: `no unit has the code ${JSON.stringify(options.units.within)} on the hierarchy's date` });
    }
  }
  if (problems.length > 0) throw new DxInputError('sheet options', problems);
}

interface RowContext {
  readonly options: SheetReadOptions;
  readonly lang: Lang;
  readonly byField: Partial<Record<SheetField, number>>;
  readonly columnName: (f: SheetField) => string | undefined;
  readonly constPeriod: string | undefined;
  readonly indicatorsByKey: ReadonlyMap<string, string> | undefined;
}

function indicatorIndex(indicators: readonly Indicator[] | undefined): ReadonlyMap<string, string> | undefined {
  if (indicators === undefined) return undefined;
  const m = new Map<string, string>();
  for (const i of indicators) for (const k of [i.id, headerKey(i.name.vi), headerKey(i.name.en)]) if (!m.has(k)) m.set(k, i.id);
  return m;
}

function readRow(cells: readonly Cell[], ctx: RowContext): { observation: Observation } | { problems: SheetProblem[] } {
  const { options, lang } = ctx;
  const problems: SheetProblem[] = [];
  const cell = (f: SheetField): Cell => (ctx.byField[f] === undefined ? undefined : cells[ctx.byField[f] as number]);
  const problem = (field: SheetField | undefined, code: SheetProblemCode, words: { vi: string; en: string }, extra: Partial<SheetProblem> = {}) => {
    const column = field === undefined ? undefined : ctx.columnName(field);
    problems.push({ ...(field === undefined ? {} : { field }), ...(column === undefined ? {} : { column }), code, message: words[lang], ...extra });
  };

  const unitCode = readUnit(cell('unitCode'), cell('unitName'), ctx, problem);
  const indicatorId = readIndicator(cell('indicator'), ctx, problem);
  let period = ctx.constPeriod;
  if (ctx.byField.period !== undefined) {
    const p = cell('period');
    if (isEmpty(p)) problem('period', 'missing', MESSAGES.missing('period'));
    else if ((period = readPeriod(p)) === undefined) problem('period', 'invalid_period', MESSAGES.period(text(p)));
  }
  let tier = options.tier;
  if (ctx.byField.tier !== undefined && !isEmpty(cell('tier'))) {
    tier = TIER_WORDS.get(headerKey(text(cell('tier'))));
    if (tier === undefined) problem('tier', 'invalid_value', MESSAGES.tier(text(cell('tier'))));
  }
  const figures = readFigures(cell, ctx, problem);
  const sourceCell = cell('source');
  const source = isEmpty(sourceCell) ? options.source : text(sourceCell);
  const noteCell = cell('note');
  if (problems.length > 0 || unitCode === undefined || indicatorId === undefined || period === undefined || figures === undefined) return { problems };

  const candidate: Record<string, unknown> = { indicatorId, unitCode, ...(tier === undefined ? {} : { tier }), period, ...figures };
  if (source !== undefined && source !== '') candidate.source = source;
  if (!isEmpty(noteCell)) candidate.note = text(noteCell);
  const r = readObservationRow(candidate);
  if (!r.ok) {
    for (const p of r.problems) problem(undefined, 'invalid_value', MESSAGES.observation(`${p.path.join('.')}: ${p.message}`));
    return { problems };
  }
  return { observation: r.value };
}

type Problem = (field: SheetField | undefined, code: SheetProblemCode, words: { vi: string; en: string }, extra?: Partial<SheetProblem>) => void;

function describeUnit(u: AdministrativeUnit, h: Hierarchy | undefined): { code: string; name: string; parentName?: string } {
  const parent = u.parentCode === undefined ? undefined : h?.byCode.get(u.parentCode);
  return { code: u.code, name: u.fullName, ...(parent === undefined ? {} : { parentName: parent.fullName }) };
}

function within(h: Hierarchy, code: string, scope: string | undefined): boolean {
  if (scope === undefined) return true;
  for (let u = h.byCode.get(code); u !== undefined; u = u.parentCode === undefined ? undefined : h.byCode.get(u.parentCode)) if (u.code === scope) return true;
  return false;
}

function readUnit(codeCell: Cell, nameCell: Cell, ctx: RowContext, problem: Problem): string | undefined {
  const h = ctx.options.units?.hierarchy;
  const scope = ctx.options.units?.within;
  const scopeName = scope === undefined ? '' : (h?.byCode.get(scope)?.fullName ?? scope);
  if (!isEmpty(codeCell)) {
    const code = text(codeCell);
    if (!/^\d{2,5}$/.test(code)) {
      problem('unitCode', 'invalid_value', MESSAGES.unitCodeForm(code));
      return undefined;
    }
    if (h === undefined) return code;
    const unit = h.byCode.get(code);
    if (unit === undefined) {
      problem('unitCode', 'unknown_unit', MESSAGES.unknownCode(code, h.date));
      return undefined;
    }
    if (!within(h, code, scope)) {
      problem('unitCode', 'outside_scope', MESSAGES.outside(`${unit.fullName} (${code})`, scopeName));
      return undefined;
    }
    if (!isEmpty(nameCell) && !findUnitsByName(h.units, text(nameCell)).includes(unit)) {
      problem('unitName', 'inconsistent', MESSAGES.nameCode(text(nameCell), `${unit.fullName}, ${code}`));
      return undefined;
    }
    return code;
  }
  if (isEmpty(nameCell) || h === undefined) {
    problem(ctx.byField.unitCode !== undefined ? 'unitCode' : 'unitName', 'missing', MESSAGES.missing(ctx.byField.unitCode !== undefined ? 'unitCode' : 'unitName'));
    return undefined;
  }
  const name = text(nameCell);
  const all = findUnitsByName(h.units, name);
  const found = all.filter((u) => within(h, u.code, scope));
  if (found.length === 1) return (found[0] as AdministrativeUnit).code;
  if (found.length === 0) {
    if (all.length > 0) problem('unitName', 'outside_scope', MESSAGES.outside(`"${name}"`, scopeName), { candidates: all.map((u) => describeUnit(u, h)) });
    else problem('unitName', 'unknown_unit', MESSAGES.unknownName(name));
    return undefined;
  }
  const candidates = found.map((u) => describeUnit(u, h));
  problem('unitName', 'ambiguous_unit', MESSAGES.ambiguousName(name, candidates.map((c) => `${c.name} (${c.code}${c.parentName === undefined ? '' : `, ${c.parentName}`})`).join('; ')), { candidates });
  return undefined;
}

function readIndicator(c: Cell, ctx: RowContext, problem: Problem): string | undefined {
  if (ctx.byField.indicator === undefined || isEmpty(c)) {
    if (ctx.options.indicatorId !== undefined) return ctx.options.indicatorId;
    problem('indicator', 'missing', MESSAGES.missing('indicator'));
    return undefined;
  }
  const t = text(c);
  if (ctx.indicatorsByKey !== undefined) {
    const id = ctx.indicatorsByKey.get(t) ?? ctx.indicatorsByKey.get(headerKey(t));
    if (id === undefined) problem('indicator', 'unknown_indicator', MESSAGES.indicator(t));
    return id;
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(t)) {
    problem('indicator', 'invalid_value', MESSAGES.indicatorForm(t));
    return undefined;
  }
  return t;
}

function readFigures(cell: (f: SheetField) => Cell, ctx: RowContext, problem: Problem): Record<string, string> | undefined {
  const locale = ctx.options.locale;
  const read = (f: 'value' | 'numerator' | 'denominator') => {
    const c = cell(f);
    const r = readNumber(c, locale);
    if (r.ok) return r.value;
    if (r.fault !== 'empty') problem(f, r.fault === 'ambiguous' ? 'ambiguous_number' : 'invalid_number', MESSAGES.number(f, r.fault, text(c), locale));
    return r.fault === 'empty' ? undefined : null;
  };
  const v = read('value');
  const n = read('numerator');
  const d = read('denominator');
  if (v === null || n === null || d === null) return undefined;
  if (n !== undefined || d !== undefined) {
    if (n === undefined || d === undefined) {
      const f = n === undefined ? 'numerator' : 'denominator';
      problem(f, 'missing', MESSAGES.missing(f));
      return undefined;
    }
    if (d.startsWith('-')) {
      problem('denominator', 'invalid_value', MESSAGES.negativeDenominator());
      return undefined;
    }
    if (v !== undefined && d !== '0') {
      // The percentage shown beside them must be n ÷ d × 100 rounded to as many decimals as it shows.
      const places = v.includes('.') ? v.length - v.indexOf('.') - 1 : 0;
      const computed = decString(new Dec(n).div(d).times(100).toDecimalPlaces(places, Dec.ROUND_HALF_UP));
      if (computed !== v) {
        problem('value', 'inconsistent', MESSAGES.shareMismatch(v, computed));
        return undefined;
      }
    }
    return { numerator: n, denominator: d };
  }
  if (v === undefined) {
    problem('value', 'missing', MESSAGES.missing('value'));
    return undefined;
  }
  return { value: v };
}

function finishDuplicates(
  accepted: Observation[],
  acceptedRows: number[],
  acceptedIndex: number[],
  rejected: RejectedRow[],
  emptyRows: number[],
  columns: Partial<Record<SheetField, string>>,
  lang: Lang,
): SheetReadResult {
  const byKey = new Map<string, number[]>();
  accepted.forEach((o, i) => {
    const k = `${o.indicatorId}|${o.unitCode}|${o.tier ?? ''}|${o.period}`;
    const list = byKey.get(k);
    if (list === undefined) byKey.set(k, [i]);
    else list.push(i);
  });
  const drop = new Map<number, SheetProblem>();
  const figure = (o: Observation) => `${o.value ?? ''}|${o.numerator ?? ''}|${o.denominator ?? ''}`;
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const first = list[0] as number;
    const same = list.every((i) => figure(accepted[i] as Observation) === figure(accepted[first] as Observation));
    for (const i of same ? list.slice(1) : list) {
      const others = list.filter((j) => j !== i).map((j) => acceptedRows[j]).join(', ');
      const words = same ? MESSAGES.duplicateSame(acceptedRows[first] as number) : MESSAGES.duplicateOther(others);
      drop.set(i, { code: 'duplicate', message: words[lang] });
    }
  }
  const kept: Observation[] = [];
  const keptRows: number[] = [];
  accepted.forEach((o, i) => {
    const p = drop.get(i);
    if (p === undefined) {
      kept.push(o);
      keptRows.push(acceptedRows[i] as number);
    } else rejected.push({ index: acceptedIndex[i] as number, row: acceptedRows[i] as number, problems: [p] });
  });
  rejected.sort((a, b) => a.index - b.index);
  markParsed(kept);
  return { accepted: kept, acceptedRows: keptRows, rejected, emptyRows, columns };
}
