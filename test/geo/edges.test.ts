// What the geography functions do at their edges, worked by hand: exact problems (path, code,
// message) for a bad scope, level or date; a filter by level that changes the answer; children
// in code order whatever the register's order; an unknown code's empty answer.
import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  DxInputError,
  findUnitsByName,
  hierarchyAt,
  lookupUnitByName,
  parentOf,
  parseCrosswalk,
  predecessorsOf,
  successorsOf,
  unitAt,
  type AdministrativeUnit,
  type UnitRegister,
} from '../../src/index.js';
import { vnCommuneCrosswalk, vnUnits } from '../../src/vn/communes.js';

const after = hierarchyAt(vnUnits, '2025-07-01');
const problemsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DxInputError) return { message: e.message.split('\n')[0], problems: e.problems.map((p) => `${p.path.join('.')} ${p.code}: ${p.message}`) };
    throw e;
  }
  return undefined;
};
const unit = (code: string, level: AdministrativeUnit['level'], parentCode?: string): AdministrativeUnit => ({
  code, name: `U${code}`, nameEn: `U${code}`, fullName: `U${code}`, fullNameEn: `U${code}`,
  type: level === 'province' ? 'province' : level === 'district' ? 'rural-district' : 'commune', level, validFrom: '2020-01-01',
  ...(parentCode === undefined ? {} : { parentCode }),
});

describe('lookupUnitByName at its edges', () => {
  it('a scope that is not text, or not a unit of the date, is named exactly', () => {
    expect(problemsOf(() => lookupUnitByName(after, 'Bình Tân', { within: 79 as never }))).toEqual({
      message: 'Invalid input of lookupUnitByName: 1 problem',
      problems: ['options.within invalid_type: should be text, got 79'],
    });
    expect(problemsOf(() => lookupUnitByName(after, 'Bình Tân', { within: '99' }))).toEqual({
      message: 'Invalid lookupUnitByName: 1 problem',
      problems: ['options.within unknown_reference: no unit 99 on 2025-07-01'],
    });
    expect(problemsOf(() => lookupUnitByName(after, 'Bình Tân', { level: 'hamlet' as never }))?.problems).toEqual([
      'options.level invalid_value: should be one of "province", "district", "commune"; got "hamlet"',
    ]);
  });
  it('a level narrows the answer: Đồng Nai the province, or the ward named after it', () => {
    const before = hierarchyAt(vnUnits, '2025-06-30');
    const codes = (r: ReturnType<typeof lookupUnitByName>) => (r.status === 'found' ? [r.unit.code] : r.status === 'ambiguous' ? r.candidates.map((c) => c.unit.code) : []);
    expect(codes(lookupUnitByName(before, 'Đồng Nai')).sort()).toEqual(['25414', '75']);
    expect(codes(lookupUnitByName(before, 'Đồng Nai', { level: 'province' }))).toEqual(['75']);
    expect(codes(lookupUnitByName(before, 'Đồng Nai', { level: 'commune' }))).toEqual(['25414']);
    expect(lookupUnitByName(before, 'Đồng Nai', { level: 'district' })).toEqual({ status: 'not-found' });
  });
});

describe('queries with a code that is not text', () => {
  it('are the library\'s error, never an answer of nothing', () => {
    for (const f of [() => unitAt(after, 25414 as never), () => parentOf(after, 25414 as never), () => childrenOf(after, null as never)]) {
      expect(problemsOf(f)?.problems).toEqual([expect.stringMatching(/^code invalid_type: should be text, got (25414|null)$/)]);
    }
  });
});

describe('hierarchyAt at its edges', () => {
  it('children in code order whatever the order of the register; a date outside its coverage named', () => {
    const register: UnitRegister = {
      name: 'test',
      coverage: { from: '2020-01-01', to: '2030-12-31' },
      units: [unit('02', 'province'), unit('00009', 'commune', '02'), unit('01', 'province'), unit('00005', 'commune', '02'), unit('00007', 'commune', '02')],
    };
    const h = hierarchyAt(register, '2025-01-01');
    expect(h.units.map((u) => u.code)).toEqual(['01', '02', '00005', '00007', '00009']);
    expect(childrenOf(h, '02').map((u) => u.code)).toEqual(['00005', '00007', '00009']);
    expect(problemsOf(() => hierarchyAt(register, '2031-01-01'))?.problems).toEqual([
      'date out_of_coverage: 2031-01-01 is outside what the register "test" covers (2020-01-01 to 2030-12-31)',
    ]);
  });
  it('a parent of the same level is an inconsistency, by its code', () => {
    const register: UnitRegister = { name: 'test', coverage: { from: '2020-01-01' }, units: [unit('01', 'province'), unit('00001', 'commune', '01'), unit('00002', 'commune', '00001')] };
    expect(problemsOf(() => hierarchyAt(register, '2025-01-01'))).toEqual({
      message: 'Invalid hierarchy on 2025-01-01: 1 problem',
      problems: ['units.2.parentCode inconsistent: U00002 (00002, a commune) has a parent of level commune'],
    });
  });
});

describe('the crosswalk at its edges', () => {
  it('an unknown code has no links; a crosswalk that is not one is named', () => {
    expect([predecessorsOf(vnCommuneCrosswalk, '99999'), successorsOf(vnCommuneCrosswalk, '99999')]).toEqual([[], []]);
    expect(problemsOf(() => parseCrosswalk({ from: '2025-06-30' }))?.message).toMatch(/^Invalid crosswalk: \d+ problems?$/);
    expect(problemsOf(() => predecessorsOf({ links: [null] } as never, '25414'))?.problems).toEqual(['crosswalk.links.0 invalid_type: should be an object, got null']);
  });
});

describe('names whose first letter is Đ', () => {
  const before = hierarchyAt(vnUnits, '2025-06-30');
  const found = (q: string) => findUnitsByName(before.units, q).map((u) => u.code);
  it('are told apart by their tones (only Đắk, Đăk and Đak are one word)', () => {
    expect(found('Ba Đình')).toEqual(['001', '14776', '14812', '16096']); // not Ba Đồn, Ba Điền, Ba Động
    expect(found('Điện Biên')).toEqual(['00019', '11', '100', '14767']); // not Định Biên
    expect(found('Lắk')).toEqual(['656']); // the district, not the province Đắk Lắk
    // Punctuation around the name is not a word: the type word is still recognised.
    expect(found('"Thành phố Đồng Nai')).toEqual(['25414', '75']);
  });
});
