import { describe, expect, it } from 'vitest';
import { findUnitsByName, hierarchyAt } from '../../src/index.js';
import { vnUnits } from '../../src/vn/communes.js';
import { vnProvinces } from '../../src/vn/index.js';

const provinces2025 = hierarchyAt(vnProvinces, '2025-07-01').units;
const codes = (units: readonly { code: string }[]) => units.map((u) => u.code);

describe('finding a unit by name the way people type it', () => {
  it('with or without diacritics, either tone-mark placement', () => {
    for (const q of ['Thanh Hóa', 'Thanh Hoá', 'thanh hoa', 'THANH HOÁ', 'Tỉnh Thanh Hóa', 'Thanh Hoa Province']) {
      expect(codes(findUnitsByName(provinces2025, q)), q).toEqual(['38']);
    }
  });

  it('with or without the type word, in Vietnamese or English', () => {
    for (const q of ['Tỉnh Đồng Nai', 'Đồng Nai', 'Dong Nai', 'dong nai province', 'Dong Nai City']) {
      expect(codes(findUnitsByName(hierarchyAt(vnProvinces, '2026-05-01').units, q)), q).toEqual(['75']);
    }
    expect(codes(findUnitsByName(provinces2025, 'TP Hồ Chí Minh'))).toEqual(['79']);
    expect(codes(findUnitsByName(provinces2025, 'Ho Chi Minh City'))).toEqual(['79']);
    expect(codes(findUnitsByName(provinces2025, 'Hanoi'))).toEqual(['01']);
    expect(codes(findUnitsByName(provinces2025, 'Hà Nội'))).toEqual(['01']);
  });

  it('a type word picks that type; diacritics pick the name as spelled', () => {
    const h = hierarchyAt(vnUnits, '2025-06-30').units;
    expect(codes(findUnitsByName(h, 'Thành phố Thanh Hóa'))).toEqual(['380']);
    expect(codes(findUnitsByName(h, 'Tỉnh Thanh Hóa'))).toEqual(['38']);
    expect(codes(findUnitsByName(h, 'Thanh Hóa'))).toEqual(['38', '380', '18958']);
    // Without diacritics the name also reads Thành Hòa, Thạnh Hóa, …: every match is returned.
    expect(findUnitsByName(h, 'thanh hoa').length).toBeGreaterThan(10);
  });

  it('an ambiguous name returns every match; an unknown name none', () => {
    const communes = hierarchyAt(vnUnits, '2025-07-01').units;
    const tanAn = findUnitsByName(communes, 'Tân An');
    expect(tanAn.map((u) => u.parentCode)).toEqual(['08', '24', '31', '40', '66', '75', '80', '86', '91', '92']);
    // Typed without diacritics it also reads Tân Ân.
    expect(findUnitsByName(communes, 'tan an').map((u) => u.name)).toContain('Tân Ân');
    expect(findUnitsByName(communes, 'Atlantis')).toEqual([]);
  });

  it('over a register, every version of a unit', () => {
    expect(findUnitsByName(vnProvinces.units, 'Đồng Nai').map((u) => [u.fullName, u.validFrom])).toEqual([
      ['Tỉnh Đồng Nai', '2025-01-01'],
      ['Tỉnh Đồng Nai', '2025-07-01'],
      ['Thành phố Đồng Nai', '2026-04-30'],
    ]);
  });
});

describe('names as people type them: punctuation, spacing, numbers, type words of two words', () => {
  const old = hierarchyAt(vnUnits, '2025-06-30').units;
  const now = hierarchyAt(vnUnits, '2025-07-01').units;
  it('hyphens, dashes, spaces and case do not matter', () => {
    for (const q of ['ba ria vung tau', 'Bà Rịa–Vũng Tàu', 'BaRia VungTau', 'Tỉnh Bà Rịa - Vũng Tàu']) expect(codes(findUnitsByName(old, q)), q).toEqual(['77']);
    expect(codes(findUnitsByName(old, '  DONG   NAI  ')).sort()).toEqual(['25414', '75']); // the commune and the province
  });
  it('type words of two words, before the name in Vietnamese and after it in English', () => {
    for (const q of ['Đặc khu Phú Quốc', 'Phu Quoc Special Zone', 'phú quốc']) expect(codes(findUnitsByName(now, q)), q).toEqual(['31078']);
    for (const q of ['Thị xã Sơn Tây', 'Son Tay Town', 'thi xa son tay']) expect(codes(findUnitsByName(old, q)), q).toEqual(['269']);
  });
  it('numbers are part of the name: Quận 1 is not Quận 10', () => {
    expect(codes(findUnitsByName(old, 'Quận 1'))).toEqual(['760']);
    expect(findUnitsByName(old, 'Quận 10').map((u) => u.fullName)).toEqual(['Quận 10']);
  });
  it('a tone mark typed is a tone mark meant; a type word alone or nothing finds nothing', () => {
    expect(findUnitsByName(old, 'Thanh Hòa').map((u) => u.fullName)).toEqual(['Xã Thanh Hòa', 'Xã Thanh Hòa', 'Xã Thanh Hòa']);
    expect(codes(findUnitsByName(old, 'Thanh Hòa'))).not.toContain('38');
    expect(findUnitsByName(old, 'Thành Hóa')).toEqual([]);
    expect(findUnitsByName(old, 'Tỉnh')).toEqual([]);
    expect(findUnitsByName(old, 'Province')).toEqual([]);
    expect(findUnitsByName(old, '')).toEqual([]);
    expect(findUnitsByName(old, ' - ')).toEqual([]);
  });
});
