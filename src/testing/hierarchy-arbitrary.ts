import fc from 'fast-check';
import { hierarchyAt } from '../geo/hierarchy-at.js';
import type { Hierarchy } from '../geo/hierarchy.js';
import { UNIT_TYPES, type AdministrativeUnit, type UnitType } from '../model/unit.js';
import { guard } from '../model/guard.js';
import { withoutDiacritics } from '../core/without-diacritics.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** Options of {@link hierarchyArbitrary}. @category Testing */
export interface HierarchyArbitraryOptions {
  /** The date the hierarchy is in force on (default `2025-07-01`). */
  readonly date?: string;
  /** `2`: provinces → communes (as from 2025-07-01); `3`: provinces → districts → communes. Default 2. */
  readonly tiers?: 2 | 3;
  /** How many provinces, at most (default 2). */
  readonly maxProvinces?: number;
  /** How many children a unit has, at most (default 5). */
  readonly maxChildren?: number;
}

// Names with diacritics whose forms without them all differ, so a name typed without its marks
// still names one unit.
const NAMES = ['An Phú', 'Bình Đông', 'Cẩm Lệ', 'Định Quán', 'Hòa Khánh', 'Long Thành', 'Mỹ Xuân', 'Nhơn Trạch', 'Phước Tân', 'Tân Uyên', 'Thủy Xuân', 'Vĩnh Cửu'];

function unit(code: string, type: UnitType, name: string, parentCode: string | undefined, validFrom: string): AdministrativeUnit {
  const { level, label } = UNIT_TYPES[type];
  const en = withoutDiacritics(name);
  return {
    code, name, nameEn: en, fullName: `${label.vi} ${name}`, fullNameEn: `${en} ${label.en}`, type, level,
    ...(parentCode === undefined ? {} : { parentCode }), validFrom,
  };
}

/**
 * A fast-check arbitrary of small hierarchies in force on a date: provinces, (districts,)
 * communes, with GSO-shaped codes and Vietnamese names that differ even without diacritics.
 * For users' own property tests of reporting logic; needs `fast-check` installed.
 * @example
 * ```ts
 * const [h] = fc.sample(hierarchyArbitrary({ tiers: 3 }), { numRuns: 1, seed: 1 });
 * h !== undefined && h.units.every((u) => u.level !== 'commune' || u.code.length === 5); // true
 * ```
 * @param options - Date, tiers, sizes.
 * @returns An arbitrary of {@link Hierarchy}.
 * @throws `DxInputError` (from `dx-indicators`) when an option is not of its type.
 * @category Testing
 */
export function hierarchyArbitrary(options: HierarchyArbitraryOptions = {}): fc.Arbitrary<Hierarchy> {
  try {
    const g = guard('hierarchyArbitrary');
    if (g.object(options, ['options'])) {
      if (options.date !== undefined) g.date(options.date, ['options', 'date']);
      g.oneOf(options.tiers, [2, 3], ['options', 'tiers'], true);
      g.integer(options.maxProvinces, 1, 9, ['options', 'maxProvinces'], true);
      g.integer(options.maxChildren, 1, 12, ['options', 'maxChildren'], true);
    }
    g.done();
    const date = options.date ?? '2025-07-01';
    const tiers = options.tiers ?? 2;
    const maxChildren = options.maxChildren ?? 5;
    const children = fc.integer({ min: 1, max: maxChildren });
    const province = tiers === 2 ? fc.array(children, { minLength: 1, maxLength: 1 }) : fc.array(children, { minLength: 1, maxLength: maxChildren });
    return fc.array(province, { minLength: 1, maxLength: options.maxProvinces ?? 2 }).map((provinces) => {
      const units: AdministrativeUnit[] = [];
      let district = 0;
      let commune = 0;
      provinces.forEach((districts, p) => {
        const pCode = String(p + 1).padStart(2, '0');
        units.push(unit(pCode, 'province', `${NAMES[p % NAMES.length]}`, undefined, date));
        for (const n of districts) {
          let parent = pCode;
          if (tiers === 3) {
            district++;
            parent = String(district).padStart(3, '0');
            units.push(unit(parent, 'rural-district', `${NAMES[district % NAMES.length]} ${district}`, pCode, date));
          }
          for (let i = 0; i < n; i++) {
            commune++;
            units.push(unit(String(commune).padStart(5, '0'), commune % 3 === 0 ? 'ward' : 'commune', `${NAMES[commune % NAMES.length]} ${commune}`, parent, date));
          }
        }
      });
      return hierarchyAt({ name: 'generated', coverage: { from: date }, units }, date);
    });
  } catch (e) {
    throw unreadableInput(e, 'hierarchyArbitrary', { options });
  }
}
