import { describe, expect, it } from 'vitest';
import {
  DxInputError,
  childrenOf,
  hierarchyAt,
  predecessorsOf,
  successorsOf,
  unitAt,
  unitsOfLevel,
  type Hierarchy,
} from '../../src/index.js';
import { vnCommuneCrosswalk, vnUnits } from '../../src/vn/communes.js';
import { vnLevelsAt, vnProvinceCrosswalk, vnProvinces } from '../../src/vn/index.js';

const countBy = (h: Hierarchy, level: 'province' | 'district' | 'commune') => {
  const out: Record<string, number> = {};
  for (const u of unitsOfLevel(h, level)) out[u.type] = (out[u.type] ?? 0) + 1;
  return out;
};

describe('Vietnam units at a date', () => {
  it('three tiers on 2025-06-30: 63 provinces, 696 districts, 10,035 communes', () => {
    const h = hierarchyAt(vnUnits, '2025-06-30');
    expect(h.levels).toEqual(['province', 'district', 'commune']);
    expect(unitsOfLevel(h, 'province')).toHaveLength(63);
    expect(unitsOfLevel(h, 'district')).toHaveLength(696);
    expect(unitsOfLevel(h, 'commune')).toHaveLength(10_035);
    expect(countBy(h, 'province')).toEqual({ province: 57, municipality: 6 });
  });

  it('two tiers on 2025-07-01: 28 provinces + 6 cities, 2,621 xã + 687 phường + 13 đặc khu', () => {
    const h = hierarchyAt(vnUnits, '2025-07-01');
    expect(h.levels).toEqual(['province', 'commune']);
    expect(countBy(h, 'province')).toEqual({ province: 28, municipality: 6 });
    expect(countBy(h, 'commune')).toEqual({ commune: 2621, ward: 687, 'special-zone': 13 });
    expect(unitsOfLevel(h, 'district')).toEqual([]);
  });

  it('Đồng Nai a centrally-run city from 2026-04-30 (27 + 7), ten of its communes now wards', () => {
    const before = hierarchyAt(vnUnits, '2026-04-29');
    const after = hierarchyAt(vnUnits, '2026-04-30');
    expect(countBy(after, 'province')).toEqual({ province: 27, municipality: 7 });
    expect(unitAt(before, '75')?.fullName).toBe('Tỉnh Đồng Nai');
    expect(unitAt(after, '75')?.fullName).toBe('Thành phố Đồng Nai');
    expect(unitAt(after, '75')?.fullNameEn).toBe('Dong Nai City');
    const wards = (h: Hierarchy) => childrenOf(h, '75').filter((u) => u.type === 'ward').length;
    expect(wards(after) - wards(before)).toBe(10);
    expect(countBy(after, 'commune')).toEqual({ commune: 2611, ward: 697, 'special-zone': 13 });
  });

  it('code 15 is Yên Bái before 2025-07-01 and the new Lào Cai after', () => {
    expect(unitAt(hierarchyAt(vnProvinces, '2025-06-30'), '15')?.name).toBe('Yên Bái');
    expect(unitAt(hierarchyAt(vnProvinces, '2025-07-01'), '15')?.name).toBe('Lào Cai');
    expect(unitAt(hierarchyAt(vnProvinces, '2025-06-30'), '10')?.name).toBe('Lào Cai');
    expect(unitAt(hierarchyAt(vnProvinces, '2025-07-01'), '10')).toBeUndefined();
  });

  it('new Đồng Nai = old Đồng Nai + Bình Phước, with 95 communes', () => {
    expect(predecessorsOf(vnProvinceCrosswalk, '75').map((l) => [l.oldCode, l.kind])).toEqual([
      ['70', 'full'],
      ['75', 'full'],
    ]);
    expect(childrenOf(hierarchyAt(vnUnits, '2025-07-01'), '75')).toHaveLength(95);
  });

  it('new Hồ Chí Minh City = HCMC + Bình Dương + Bà Rịa–Vũng Tàu', () => {
    expect(predecessorsOf(vnProvinceCrosswalk, '79').map((l) => l.oldCode)).toEqual(['74', '77', '79']);
    // The ministry's map: "TPHCM, tỉnh Bà Rịa - Vũng Tàu và tỉnh Bình Dương"; the mapping agrees.
    expect(successorsOf(vnProvinceCrosswalk, '74')).toEqual([{ newCode: '79', oldCode: '74', kind: 'full', source: { document: '202/2025/QH15', basis: 'sources-agree' } }]);
  });

  it('29 old province codes were retired; 15, 24, 44, 52, 80, 82, 91 name a different province', () => {
    const oldH = hierarchyAt(vnProvinces, '2025-06-30');
    const newH = hierarchyAt(vnProvinces, '2025-07-01');
    const retired = unitsOfLevel(oldH, 'province').filter((u) => unitAt(newH, u.code) === undefined);
    expect(retired).toHaveLength(29);
    const renamed = unitsOfLevel(newH, 'province')
      .filter((u) => unitAt(oldH, u.code) !== undefined && unitAt(oldH, u.code)?.name !== u.name)
      .map((u) => u.code);
    // Spelling only (Thanh Hóa → Thanh Hoá, Khánh Hòa → Khánh Hoà) is not a different province.
    const different = renamed.filter((c) => !['38', '56'].includes(c));
    expect(different).toEqual(['15', '24', '44', '52', '80', '82', '91']);
  });

  it('the commune crosswalk: Phường Ba Đình (00004) from Trúc Bạch and Quán Thánh in full, parts of others', () => {
    const links = predecessorsOf(vnCommuneCrosswalk, '00004');
    expect(links.filter((l) => l.kind === 'full').map((l) => l.oldCode)).toEqual(['00004', '00013']);
    expect(links.filter((l) => l.kind === 'partial').length).toBeGreaterThanOrEqual(6);
    // Côn Đảo: an island district with no communes became a special zone.
    expect(predecessorsOf(vnCommuneCrosswalk, '26732')).toEqual([
      // Resolution 1685, clause 163: "toàn bộ … của huyện Côn Đảo thành đặc khu có tên gọi là đặc khu Côn Đảo"
      { newCode: '26732', oldCode: '755', kind: 'full', source: { document: '1685/NQ-UBTVQH15', clause: 163, basis: 'sources-agree' } },
    ]);
  });

  it('levels over time', () => {
    expect(vnLevelsAt('2025-06-30')).toEqual(['province', 'district', 'commune']);
    expect(vnLevelsAt('2025-07-01')).toEqual(['province', 'commune']);
  });

  it('a date the data does not cover is an error that says what is covered', () => {
    expect(() => hierarchyAt(vnUnits, '2024-12-31')).toThrow(DxInputError);
    expect(() => hierarchyAt(vnUnits, '2024-12-31')).toThrow(/2024-12-31 is outside .* \(2025-01-01 to now\)/);
    try {
      hierarchyAt(vnProvinces, '2025-02-30');
    } catch (e) {
      expect((e as DxInputError).problems).toEqual([
        { path: ['date'], code: 'invalid_date', message: 'should be a calendar date written YYYY-MM-DD, got "2025-02-30"' },
      ]);
    }
    expect.assertions(3);
  });
});
