import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DxInputError,
  ancestorsOf,
  childrenOf,
  descendantsOf,
  hierarchyAt,
  parentOf,
  predecessorsOf,
  successorsOf,
  unitAt,
  type AdministrativeUnit,
  type UnitRegister,
} from '../../src/index.js';
import { vnCommuneCrosswalk, vnUnits } from '../../src/vn/communes.js';
import { vnLevelsAt, vnProvinceCrosswalk } from '../../src/vn/index.js';
import { isoDateBetween } from '../arbitraries.js';

const unit = (code: string, level: AdministrativeUnit['level'], parentCode?: string, validTo?: string): AdministrativeUnit => ({
  code,
  name: `U${code}`,
  nameEn: `U${code}`,
  fullName: `U${code}`,
  fullNameEn: `U${code}`,
  type: level === 'province' ? 'province' : level === 'district' ? 'rural-district' : 'commune',
  level,
  validFrom: '2020-01-01',
  ...(parentCode === undefined ? {} : { parentCode }),
  ...(validTo === undefined ? {} : { validTo }),
});

describe('hierarchy at a date', () => {
  it('every unit has its parent at the same date, of a higher level, and the levels are the date\'s', () => {
    fc.assert(
      fc.property(isoDateBetween('2025-01-01', '2027-12-31'), (date) => {
        const h = hierarchyAt(vnUnits, date);
        expect(h.levels).toEqual(vnLevelsAt(date));
        for (const u of h.units) {
          if (u.level === 'province') expect(u.parentCode).toBeUndefined();
          else {
            const p = parentOf(h, u.code);
            expect(p).toBeDefined();
            expect(u.validFrom <= date && (u.validTo ?? '9999') >= date).toBe(true);
            expect(h.levels.indexOf(p!.level)).toBe(h.levels.indexOf(u.level) - 1);
          }
        }
      }),
      { numRuns: 12, seed: 20251 },
    );
  });

  it('ancestors, children and descendants agree', () => {
    const h = hierarchyAt(vnUnits, '2025-06-30');
    expect(ancestorsOf(h, '26734').map((u) => u.code)).toEqual(['760', '79']); // Phường Tân Định → Quận 1 → HCMC
    expect(childrenOf(h, '760').map((u) => u.code)).toContain('26734');
    const fromProvince = descendantsOf(h, '79');
    expect(fromProvince.filter((u) => u.level === 'district')).toHaveLength(childrenOf(h, '79').length);
    expect(descendantsOf(h, '')).toHaveLength(h.units.length);
    fc.assert(
      fc.property(fc.constantFrom(...h.units), (u) => {
        for (const a of ancestorsOf(h, u.code)) expect(descendantsOf(h, a.code)).toContain(u);
      }),
      { numRuns: 50, seed: 7 },
    );
  });

  it('a register whose unit has no parent on that date is rejected, naming each unit', () => {
    const register: UnitRegister = {
      name: 'test',
      coverage: { from: '2020-01-01' },
      units: [unit('01', 'province', undefined, '2024-12-31'), unit('001', 'district', '01'), unit('00001', 'commune', '002'), unit('001', 'district', '01')],
    };
    expect(() => hierarchyAt(register, '2024-06-01')).toThrow(DxInputError);
    try {
      hierarchyAt(register, '2025-06-01');
      expect.unreachable();
    } catch (e) {
      expect((e as DxInputError).problems.map((p) => [p.path.join('.'), p.code])).toEqual([
        ['units.3.code', 'duplicate'],
        ['units.1.parentCode', 'missing_parent'],
        ['units.2.parentCode', 'missing_parent'],
      ]);
      expect((e as DxInputError).message).toContain('U001 (001) names the parent 01, which is not in force on 2025-06-01');
    }
  });

  it('the crosswalk covers every new unit and every old unit', () => {
    const oldH = hierarchyAt(vnUnits, '2025-06-30');
    const newH = hierarchyAt(vnUnits, '2025-07-01');
    for (const u of newH.units) {
      const cw = u.level === 'province' ? vnProvinceCrosswalk : vnCommuneCrosswalk;
      expect(predecessorsOf(cw, u.code).length, u.code).toBeGreaterThan(0);
    }
    for (const u of oldH.units) {
      if (u.level === 'province') expect(successorsOf(vnProvinceCrosswalk, u.code).length, u.code).toBeGreaterThan(0);
      if (u.level === 'commune') {
        expect(successorsOf(vnCommuneCrosswalk, u.code).length, u.code).toBeGreaterThan(0);
      }
    }
    for (const l of [...vnProvinceCrosswalk.links, ...vnCommuneCrosswalk.links]) {
      expect(unitAt(oldH, l.oldCode), l.oldCode).toBeDefined();
      expect(unitAt(newH, l.newCode), l.newCode).toBeDefined();
    }
    // An old unit in full goes to one new unit; only a partial one is split.
    const fullTwice = [...new Set(vnCommuneCrosswalk.links.map((l) => l.oldCode))].filter(
      (c) => successorsOf(vnCommuneCrosswalk, c).filter((l) => l.kind === 'full').length > 1,
    );
    expect(fullTwice).toEqual([]);
  });

  it('a new commune lies in the new province its old communes\' provinces went into', () => {
    const oldH = hierarchyAt(vnUnits, '2025-06-30');
    const newH = hierarchyAt(vnUnits, '2025-07-01');
    const mismatches = vnCommuneCrosswalk.links.filter((l) => {
      const oldProvince = [unitAt(oldH, l.oldCode), ...ancestorsOf(oldH, l.oldCode)].find((u) => u?.level === 'province');
      const newProvince = parentOf(newH, l.newCode);
      return !successorsOf(vnProvinceCrosswalk, oldProvince!.code).some((s) => s.newCode === newProvince!.code);
    });
    expect(mismatches).toEqual([]);
  });
});
