import { DxInputError, type InputProblem } from '../core/errors.js';
import { isIsoDate } from '../core/calendar.js';
import type { IsoDate } from '../model/primitives.js';
import type { AdministrativeLevel, AdministrativeUnit, UnitRegister } from '../model/unit.js';
import type { Hierarchy } from './hierarchy.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

const LEVEL_ORDER: Record<AdministrativeLevel, number> = { province: 0, district: 1, commune: 2 };
const NO_CHILDREN: readonly AdministrativeUnit[] = Object.freeze([]);

/** Whether a unit is in force on a date (both ends inclusive). @internal */
export function isInForce(unit: AdministrativeUnit, date: IsoDate): boolean {
  return unit.validFrom <= date && (unit.validTo === undefined || date <= unit.validTo);
}

/**
 * Builds the tree of administrative units in force on a date. Checks the tree: every unit's
 * parent exists on that date and is of a higher level, and no code is in force twice.
 *
 * @example
 * ```ts
 * import { hierarchyAt, unitAt } from 'dx-indicators';
 * import { vnProvinces } from 'dx-indicators/vn';
 * unitAt(hierarchyAt(vnProvinces, '2025-06-30'), '15')?.name; // 'Yên Bái'
 * unitAt(hierarchyAt(vnProvinces, '2025-07-01'), '15')?.name; // 'Lào Cai'
 * ```
 * @param register - Every version of every unit, with the span of dates it covers.
 * @param date - The date, `YYYY-MM-DD`.
 * @returns The hierarchy on that date.
 * @throws {@link DxInputError} `out_of_coverage` for a date the register does not cover,
 *   `missing_parent` and `duplicate` for a register that is not a tree on that date.
 * @category Geography
 */
export function hierarchyAt(register: UnitRegister, date: IsoDate): Hierarchy {
  try {
    const g = guard('hierarchyAt');
    if (g.object(register, ['register']) && g.object(register.coverage, ['register', 'coverage'])) g.array(register.units, ['register', 'units']);
    g.done();
    if (!isIsoDate(date)) {
      throw new DxInputError('date', [{ path: ['date'], code: 'invalid_date', message: `should be a calendar date written YYYY-MM-DD, got ${JSON.stringify(date)}` }]);
    }
    const { from, to } = register.coverage;
    if (date < from || (to !== undefined && date > to)) {
      throw new DxInputError('date', [{
        path: ['date'],
        code: 'out_of_coverage',
        message: `${date} is outside what the register "${register.name}" covers (${from} to ${to ?? 'now'})`,
      }]);
    }
    const byCode = new Map<string, AdministrativeUnit>();
    const problems: InputProblem[] = [];
    const inForce: AdministrativeUnit[] = [];
    register.units.forEach((u, i) => {
      if (!isInForce(u, date)) return;
      if (byCode.has(u.code)) {
        problems.push({ path: ['units', i, 'code'], code: 'duplicate', message: `the code ${u.code} is in force twice on ${date}` });
        return;
      }
      byCode.set(u.code, u);
      inForce.push(u);
    });
    const childrenByCode = new Map<string, AdministrativeUnit[]>();
    const levels = new Set<AdministrativeLevel>();
    for (const u of inForce) {
      levels.add(u.level);
      const key = u.parentCode ?? '';
      if (u.parentCode !== undefined) {
        const parent = byCode.get(u.parentCode);
        if (parent === undefined) {
          problems.push({
            path: ['units', register.units.indexOf(u), 'parentCode'],
            code: 'missing_parent',
            message: `${u.fullName} (${u.code}) names the parent ${u.parentCode}, which is not in force on ${date}`,
          });
          continue;
        }
        if (LEVEL_ORDER[parent.level] >= LEVEL_ORDER[u.level]) {
          problems.push({
            path: ['units', register.units.indexOf(u), 'parentCode'],
            code: 'inconsistent',
            message: `${u.fullName} (${u.code}, a ${u.level}) has a parent of level ${parent.level}`,
          });
          continue;
        }
      }
      const list = childrenByCode.get(key);
      if (list) list.push(u);
      else childrenByCode.set(key, [u]);
    }
    if (problems.length > 0) throw new DxInputError(`hierarchy on ${date}`, problems);
    for (const list of childrenByCode.values()) list.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
    const ordered: AdministrativeUnit[] = [];
    const visit = (code: string) => {
      for (const c of childrenByCode.get(code) ?? NO_CHILDREN) {
        ordered.push(c);
        visit(c.code);
      }
    };
    visit('');
    return {
      date,
      levels: [...levels].sort((a, b) => LEVEL_ORDER[a] - LEVEL_ORDER[b]),
      units: ordered,
      byCode,
      childrenByCode,
    };
  } catch (e) {
    throw unreadableInput(e, 'hierarchyAt', { register, date });
  }
}
