// Names as people type them, worked by hand from the register (codes of 2025-06-30 and 2025-07-01).
import { describe, expect, it } from 'vitest';
import { DxInputError, findUnitsByName, hierarchyAt, lookupUnitByName, type UnitNameLookup } from '../../src/index.js';
import { vnUnits } from '../../src/vn/communes.js';

const after = hierarchyAt(vnUnits, '2025-07-01');
const before = hierarchyAt(vnUnits, '2025-06-30');
const codeOf = (r: UnitNameLookup) => (r.status === 'found' ? r.unit.code : r.status);
const candidates = (r: UnitNameLookup) =>
  r.status === 'ambiguous' ? r.candidates.map((c) => `${c.unit.code} ${c.unit.fullName} < ${c.parents.map((p) => p.name).join(' < ')}`) : [];

describe('names as people type them', () => {
  it('Hồ Chí Minh City by every usual abbreviation', () => {
    for (const q of ['TP. HCM', 'TP.HCM', 'TPHCM', 'TP HCM', 'Tp.HCM', 'T.P. Hồ Chí Minh', 'HCM', 'Sài Gòn', 'sai gon', 'tp ho chi minh']) {
      expect(codeOf(lookupUnitByName(after, q)), q).toBe('79');
    }
  });

  it('type-word abbreviations: P., X., TT., Q., H., TX., TP.; "Q1"', () => {
    expect(codeOf(lookupUnitByName(before, 'Q.1'))).toBe('760');
    expect(codeOf(lookupUnitByName(before, 'Q1'))).toBe('760');
    expect(codeOf(lookupUnitByName(before, 'TT. Trảng Bom'))).toBe('26248');
    expect(codeOf(lookupUnitByName(before, 'H. Trảng Bom'))).toBe('737');
    expect(codeOf(lookupUnitByName(after, 'P. Bình Tân'))).toBe('27442');
    expect(codeOf(lookupUnitByName(after, 'X. Bình Tân'))).toBe('25246');
    expect(codeOf(lookupUnitByName(after, 'Tp. Đà Nẵng'))).toBe('48');
  });

  it('Đắk / Đăk / Dak, and both tone-mark placements, meet', () => {
    for (const q of ['Đắk Lắk', 'Đăk Lăk', 'Dak Lak', 'dak lak']) expect(codeOf(lookupUnitByName(after, q, { level: 'province' })), q).toBe('66');
    expect(findUnitsByName(before.units, 'Đăk Glei').map((u) => u.code)).toEqual(['610', '23341']);
    expect(codeOf(lookupUnitByName(before, 'Thủy Xuân'))).toBe('19813');
    expect(codeOf(lookupUnitByName(before, 'Thuỷ Xuân'))).toBe('19813');
    expect(codeOf(lookupUnitByName(after, 'Thừa Thiên Huế'))).toBe('46');
  });

  it('an ambiguous name lists its candidates with their parents; a scope settles it', () => {
    const r = lookupUnitByName(after, 'Bình Tân');
    expect(r.status).toBe('ambiguous');
    expect(candidates(r)).toEqual(['25246 Xã Bình Tân < Đồng Nai', '27442 Phường Bình Tân < Hồ Chí Minh']);
    expect(codeOf(lookupUnitByName(after, 'Bình Tân', { within: '79' }))).toBe('27442');
    const p5 = lookupUnitByName(before, 'P.5', { within: '79' });
    expect(candidates(p5).length).toBe(8);
    expect(candidates(p5)[0]).toBe('26887 Phường 5 < Gò Vấp < Hồ Chí Minh');
    expect(candidates(p5).every((c) => c.endsWith(' < Hồ Chí Minh'))).toBe(true);
    expect(lookupUnitByName(after, 'Không Có Tên Này')).toEqual({ status: 'not-found' });
  });

  it('a scope outside the hierarchy, or a bad option, is the library\'s error', () => {
    expect(() => lookupUnitByName(after, 'Bình Tân', { within: '99' })).toThrow(DxInputError);
    expect(() => lookupUnitByName(after, 'Bình Tân', { level: 'hamlet' as never })).toThrow(DxInputError);
    expect(() => lookupUnitByName(after, null as never)).toThrow(DxInputError);
  });
});
