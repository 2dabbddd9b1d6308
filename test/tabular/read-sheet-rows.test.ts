// Reading a department's messy sheet of commune figures: which rows are accepted, which are
// rejected and why, figures worked out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxInputError, hierarchyAt, rollup, type Indicator } from '../../src/index.js';
import { readCsvObservations, readNumber, readPeriod, readSheetRows, type SheetReadResult } from '../../src/tabular/index.js';
import { vnUnits } from '../../src/vn/communes.js';

const h = hierarchyAt(vnUnits, '2025-07-01');
const rate: Indicator = {
  id: 'work-records-digital',
  name: { vi: 'Tỷ lệ hồ sơ công việc xử lý trên môi trường số', en: 'Work records processed digitally' },
  domain: 'digital-government',
  unit: 'percent',
  direction: 'higher-is-better',
  share: { numerator: { vi: 'hồ sơ xử lý trên môi trường số', en: 'processed digitally' }, denominator: { vi: 'tổng số hồ sơ', en: 'all records' } },
  aggregation: { time: 'ratio-of-sums', space: 'ratio-of-sums' },
};

// Row numbers as a spreadsheet shows them: the header is row 1.
const SHEET = [
  ['Mã xã', 'Tên đơn vị', 'Kỳ báo cáo', 'Tử số', 'Mẫu số', 'Tỷ lệ (%)', 'Ghi chú'],
  ['25195', 'Phường Bình Phước', 'Quý 3/2025', '1.204', '1.500', '80,27', ''], // 2: accepted (1204/1500 = 80.2666… → 80,27)
  ['', 'xa binh tan', 'Q3 2025', '300', '400', '75%', ''], // 3: a name without diacritics → 25246
  ['25210', '', 'Quý 3/2025', '12,5', '', '', ''], // 4: no denominator
  ['25217', 'Phường Phước Long', 'Quý III/2025', '450', '500', '', 'đã rà soát'], // 5: accepted, with a note
  ['25217', 'Phường Phước Long', 'Quý 3/2025', '450', '500', '', ''], // 6: repeats row 5
  ['27442', 'Phường Bình Tân', 'Quý 3/2025', '10', '20', '', ''], // 7: a ward of Hồ Chí Minh City
  ['', 'Loc Thanh', 'Quý 3/2025', '5', '10', '', ''], // 8: Lộc Thạnh or Lộc Thành?
  ['25220', '', 'Sept 2025', '1', '2', '', ''], // 9: not a period
  ['25222', '', 'Quý 3/2025', '1.20', '2', '', ''], // 10: 1.20 is no Vietnamese number
  ['', '', '', '', '', '', ''], // 11: empty
  ['', 'Dak O', 'Quý 3/2025', '7', '7', '100', ''], // 12: Xã Đăk Ơ, 25225
  ['25231', 'Xã Đa Kia', 'Quý 3/2025', '5', '10', '60', ''], // 13: 5/10 is 50%, not 60%
  ['25246', 'Phường Bình Phước', 'Quý 3/2025', '1', '2', '', ''], // 14: name and code of different units
  ['25252', '', '30/09/2025', '2.000', '2.500', '', ''], // 15: a day; accepted
];

const read = (lang: 'vi' | 'en' = 'en'): SheetReadResult =>
  readSheetRows(SHEET, { locale: 'vi', lang, indicatorId: rate.id, units: { hierarchy: h, within: '75' }, source: 'Sở Nội vụ, báo cáo quý 3/2025' });

describe('readSheetRows: a messy sheet of commune figures', () => {
  it('accepts the good rows, as observations with canonical figures and codes', () => {
    const r = read();
    expect(r.acceptedRows).toEqual([2, 3, 5, 12, 15]);
    expect(r.accepted).toEqual([
      { indicatorId: rate.id, unitCode: '25195', period: '2025-Q3', numerator: '1204', denominator: '1500', source: 'Sở Nội vụ, báo cáo quý 3/2025' },
      { indicatorId: rate.id, unitCode: '25246', period: '2025-Q3', numerator: '300', denominator: '400', source: 'Sở Nội vụ, báo cáo quý 3/2025' },
      { indicatorId: rate.id, unitCode: '25217', period: '2025-Q3', numerator: '450', denominator: '500', source: 'Sở Nội vụ, báo cáo quý 3/2025', note: 'đã rà soát' },
      { indicatorId: rate.id, unitCode: '25225', period: '2025-Q3', numerator: '7', denominator: '7', source: 'Sở Nội vụ, báo cáo quý 3/2025' },
      { indicatorId: rate.id, unitCode: '25252', period: '2025-09-30', numerator: '2000', denominator: '2500', source: 'Sở Nội vụ, báo cáo quý 3/2025' },
    ]);
    expect(r.emptyRows).toEqual([11]);
    expect(r.columns).toEqual({ unitCode: 'Mã xã', unitName: 'Tên đơn vị', period: 'Kỳ báo cáo', numerator: 'Tử số', denominator: 'Mẫu số', value: 'Tỷ lệ (%)', note: 'Ghi chú' });
  });

  it('rejects every other row with its row number, column and reason; nothing is dropped', () => {
    const r = read();
    expect(r.rejected.map((x) => [x.row, x.problems.map((p) => `${p.column ?? ''}: ${p.code}`)])).toEqual([
      [4, ['Mẫu số: missing']],
      [6, [': duplicate']],
      [7, ['Mã xã: outside_scope']],
      [8, ['Tên đơn vị: ambiguous_unit']],
      [9, ['Kỳ báo cáo: invalid_period']],
      [10, ['Tử số: ambiguous_number']],
      [13, ['Tỷ lệ (%): inconsistent']],
      [14, ['Tên đơn vị: inconsistent']],
    ]);
    // Every data row is in exactly one list.
    expect([...r.acceptedRows, ...r.rejected.map((x) => x.row), ...r.emptyRows].sort((a, b) => a - b)).toEqual(Array.from({ length: 14 }, (_, i) => i + 2));
  });

  it('says why in Vietnamese or English, and lists an ambiguous name\'s candidates with their parents', () => {
    const en = read('en').rejected;
    const vi = read('vi').rejected;
    const msg = (rs: typeof en, row: number) => rs.find((x) => x.row === row)?.problems[0]?.message;
    expect(msg(en, 4)).toBe('the denominator is missing');
    expect(msg(vi, 4)).toBe('thiếu mẫu số');
    expect(msg(en, 6)).toBe('repeats row 5 (the same figure; row 5 is kept)');
    expect(msg(en, 7)).toBe('Phường Bình Tân (27442) is not in Tỉnh Đồng Nai');
    expect(msg(vi, 7)).toBe('Phường Bình Tân (27442) không thuộc Tỉnh Đồng Nai');
    expect(msg(en, 10)).toBe('the numerator "1.20" has a separator that could mean thousands or decimals (Vietnamese format: 1.204,5)');
    expect(msg(en, 13)).toBe('the percentage 60 is not numerator ÷ denominator × 100 (50)');
    expect(en.find((x) => x.row === 8)?.problems[0]?.candidates).toEqual([
      { code: '25280', name: 'Xã Lộc Thạnh', parentName: 'Tỉnh Đồng Nai' },
      { code: '25294', name: 'Xã Lộc Thành', parentName: 'Tỉnh Đồng Nai' },
    ]);
  });

  it('hands the accepted rows straight to the roll-up: the province figure is Σ numerator ÷ Σ denominator', () => {
    const { accepted } = read();
    const { rows } = rollup(accepted, [rate], h, { bucket: 'quarter' });
    // (1204 + 300 + 450 + 7 + 2000) / (1500 + 400 + 500 + 7 + 2500) = 3961 / 4907 = 0.8072141…
    const p = rows.find((x) => x.unitCode === '75');
    expect(p?.status === 'value' && [p.numerator, p.denominator, p.value.slice(0, 8), p.coverage.reported, p.coverage.expected]).toEqual(['3961', '4907', '80.72141', 5, 95]);
  });

  it('reports figures that disagree for the same unit and period as duplicates, all of them', () => {
    const r = readSheetRows(
      [
        { 'Mã xã': '25195', 'Kỳ báo cáo': '09/2025', 'Giá trị': '10' },
        { 'Mã xã': '25195', 'Kỳ báo cáo': 'T9/2025', 'Giá trị': '11' },
        { 'Mã xã': '25210', 'Kỳ báo cáo': 'Tháng 9/2025', 'Giá trị': 12 },
      ],
      { locale: 'vi', lang: 'en', indicatorId: 'x' },
    );
    expect(r.accepted.map((o) => [o.unitCode, o.period, o.value])).toEqual([['25210', '2025-09', '12']]);
    expect(r.rejected.map((x) => [x.row, x.problems[0]?.message])).toEqual([
      [2, 'the same indicator, unit, tier and period as row 3, with another figure'],
      [3, 'the same indicator, unit, tier and period as row 2, with another figure'],
    ]);
  });

  it('reads indicators by id or by name, and tiers by their words', () => {
    const r = readSheetRows(
      [
        ['Chỉ tiêu', 'Mã đơn vị', 'Cấp', 'Kỳ', 'Giá trị'],
        ['Tỷ lệ hồ sơ công việc xử lý trên môi trường số', '75', 'Sở, ban, ngành', 'Năm 2025', '92,5'],
        ['work-records-digital', '75', 'commune', '2025', '60'],
        ['Số doanh nghiệp', '75', '', '2025', '3'],
        ['work-records-digital', '75', 'cấp bộ', '2025', '3'],
      ],
      { locale: 'vi', lang: 'en', indicators: [rate] },
    );
    expect(r.accepted.map((o) => [o.indicatorId, o.tier, o.value])).toEqual([
      ['work-records-digital', 'department', '92.5'],
      ['work-records-digital', 'commune', '60'],
    ]);
    expect(r.rejected.map((x) => [x.row, x.problems.map((p) => p.code)])).toEqual([
      [4, ['unknown_indicator']],
      [5, ['invalid_value']],
    ]);
  });

  it('refuses a sheet it cannot read at all, saying what is missing', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof DxInputError) return e.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
        throw e;
      }
      return [];
    };
    expect(err(() => readSheetRows([['Tên', 'Giá trị']], { locale: 'vi' }))).toEqual([
      'rows: no column gives the unit (a code such as "Mã xã", or a name such as "Tên đơn vị")',
      'options.indicatorId: no column gives the indicator ("Chỉ tiêu"), and no indicatorId was given',
      'options.period: no column gives the period ("Kỳ báo cáo"), and no period was given',
    ]);
    expect(err(() => readSheetRows([['Tên đơn vị', 'Kỳ', 'Giá trị']], { locale: 'vi', indicatorId: 'x' }))).toEqual([
      'options.units: the sheet names units without codes: give units (a hierarchy) to read the names',
    ]);
    expect(err(() => readSheetRows([], { locale: 'fr' } as never))).toEqual(['options.locale: should be "vi" (1.204,5) or "en" (1,204.5), got "fr"']);
    expect(err(() => readSheetRows([['Mã xã', 'Số']], { locale: 'vi', indicatorId: 'x', period: '2025', columns: { value: 'Số liệu' } }))).toEqual([
      'options.columns.value: no column is headed "Số liệu" (the headers are "Mã xã", "Số")',
      'rows: no column gives the figure ("Giá trị", or "Tử số" and "Mẫu số")',
    ]);
  });
});

describe('readCsvObservations', () => {
  it('reads CSV text with a semicolon, quotes and a byte-order mark', () => {
    const csv = '\uFEFFMã xã;Kỳ báo cáo;Giá trị;Ghi chú\n25195;09/2025;"1.204,5";"có dấu ; trong ghi chú"\n25210;09/2025;7\n';
    const r = readCsvObservations(csv, { locale: 'vi', indicatorId: 'x' });
    expect(r.accepted).toEqual([
      { indicatorId: 'x', unitCode: '25195', period: '2025-09', value: '1204.5', note: 'có dấu ; trong ghi chú' },
      { indicatorId: 'x', unitCode: '25210', period: '2025-09', value: '7' },
    ]);
    expect(r.rejected).toEqual([]);
  });

  it('reads English numbers when told so, and rejects a broken line on its own', () => {
    const csv = 'unit code,period,value\n25195,2025-Q3,"1,204.5"\n25210,2025-Q3,"12\n';
    const r = readCsvObservations(csv, { locale: 'en', lang: 'en', indicatorId: 'x' });
    expect(r.accepted.map((o) => o.value)).toEqual(['1204.5']);
    expect(r.rejected.map((x) => [x.row, x.problems[0]?.code])).toEqual([[3, 'malformed_row']]);
  });
});

describe('readNumber and readPeriod', () => {
  it('reads numbers by the locale it is told, never guessing', () => {
    const vi = (s: unknown) => {
      const r = readNumber(s, 'vi');
      return r.ok ? r.value + (r.percent ? '%' : '') : r.fault;
    };
    const en = (s: unknown) => {
      const r = readNumber(s, 'en');
      return r.ok ? r.value : r.fault;
    };
    expect(['12,5', '1.204', '1.204,5', '85%', '85 %', '-3', '−3,5', '+7', '0,05', '1.204.500', '', '  ', null, 12.5].map(vi)).toEqual([
      '12.5', '1204', '1204.5', '85%', '85%', '-3', '-3.5', '7', '0.05', '1204500', 'empty', 'empty', 'empty', '12.5',
    ]);
    expect(['12.5', '1.20', '1.2045', '1,2', ',5', 'abc', '1.204,5,6', '1e3', 'NaN'].map(vi)).toEqual([
      'ambiguous', 'ambiguous', 'ambiguous', '1.2', 'malformed', 'malformed', 'malformed', 'malformed', 'malformed',
    ]);
    expect(['1,204.5', '1,204', '12.5', '12,5', '1,20'].map(en)).toEqual(['1204.5', '1204', '12.5', 'ambiguous', 'ambiguous']);
    expect(vi('1' + '0'.repeat(30))).toBe('out-of-range');
  });

  it('property: a number written in either locale reads back as itself', () => {
    const write = (int: bigint, frac: string, neg: boolean, locale: 'vi' | 'en') => {
      const grouped = int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'vi' ? '.' : ',');
      return `${neg ? '-' : ''}${grouped}${frac === '' ? '' : (locale === 'vi' ? ',' : '.') + frac}`;
    };
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.stringMatching(/^\d{0,6}$/), fc.boolean(), fc.constantFrom<'vi' | 'en'>('vi', 'en'), (int, frac, neg, locale) => {
        const r = readNumber(write(int, frac, neg, locale), locale);
        const expected = `${int}${frac === '' ? '' : `.${frac}`}`.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
        const canonical = expected === '0' || /^0(\.0*)?$/.test(expected) ? '0' : `${neg ? '-' : ''}${expected}`;
        expect(r).toEqual({ ok: true, value: canonical, percent: false });
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('reads periods as people write them', () => {
    const cases: [unknown, string | undefined][] = [
      ['09/2025', '2025-09'], ['9/2025', '2025-09'], ['T9/2025', '2025-09'], ['t9-2025', '2025-09'], ['Tháng 9/2025', '2025-09'], ['tháng 09 năm 2025', '2025-09'],
      ['Quý 3/2025', '2025-Q3'], ['QUÝ III NĂM 2025', '2025-Q3'], ['Q3 2025', '2025-Q3'], ['Q3/2025', '2025-Q3'], ['quy iv/2025', '2025-Q4'],
      ['Năm 2025', '2025'], ['2025', '2025'], [2025, '2025'], ['30/09/2025', '2025-09-30'], ['1/7/2025', '2025-07-01'], ['2025-q2', '2025-Q2'], ['2025-06-30', '2025-06-30'],
      ['31/09/2025', undefined], ['29/02/2025', undefined], ['13/2025', undefined], ['Quý 5/2025', undefined], ['Sept 2025', undefined], ['', undefined], [null, undefined], [2025.5, undefined],
    ];
    for (const [cell, expected] of cases) expect(readPeriod(cell), String(cell)).toBe(expected);
  });
});
