import type { AdministrativeLevel, AdministrativeUnit } from '../model/unit.js';
import type { Hierarchy } from './hierarchy.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** The queries' guard: a hierarchy from hierarchyAt, and a code as text. */
function guardQuery(what: string, hierarchy: Hierarchy, code: string): void {
  const g = guard(what);
  g.hierarchy(hierarchy, ['hierarchy']);
  g.text(code, ['code']).done();
}

/**
 * The unit with this code in a hierarchy, or `undefined` if no unit has it on the hierarchy's
 * date.
 * @example
 * ```ts
 * unitAt(hierarchyAt(vnProvinces, '2025-07-01'), '75')?.fullName; // 'Tỉnh Đồng Nai'
 * ```
 * @param hierarchy - A hierarchy from {@link hierarchyAt}.
 * @param code - A GSO code.
 * @returns The unit, or `undefined`.
 * @throws {@link DxInputError} when the first argument is not what its type says or the code is not text.
 * @category Geography
 */
export function unitAt(hierarchy: Hierarchy, code: string): AdministrativeUnit | undefined {
  try {
    guardQuery('unitAt', hierarchy, code);
    return hierarchy.byCode.get(code);
  } catch (e) {
    throw unreadableInput(e, 'unitAt', { hierarchy, code });
  }
}

/**
 * The parent of a unit on the hierarchy's date; `undefined` for a province or an unknown code.
 * @example
 * ```ts
 * parentOf(hierarchyAt(vnUnits, '2025-06-30'), '26734')?.code; // '760'
 * ```
 * @param hierarchy - A hierarchy from {@link hierarchyAt}.
 * @param code - The unit's code.
 * @returns The parent unit, or `undefined`.
 * @throws {@link DxInputError} when the first argument is not what its type says or the code is not text.
 * @category Geography
 */
export function parentOf(hierarchy: Hierarchy, code: string): AdministrativeUnit | undefined {
  try {
    guardQuery('parentOf', hierarchy, code);
    const parentCode = hierarchy.byCode.get(code)?.parentCode;
    return parentCode === undefined ? undefined : hierarchy.byCode.get(parentCode);
  } catch (e) {
    throw unreadableInput(e, 'parentOf', { hierarchy, code });
  }
}

/**
 * The direct children of a unit on the hierarchy's date (`""` for the provinces).
 * @example
 * ```ts
 * childrenOf(hierarchyAt(vnProvinces, '2025-07-01'), '').length; // 34
 * ```
 * @param hierarchy - A hierarchy from {@link hierarchyAt}.
 * @param code - The unit's code, or `""` for the top level.
 * @returns The children, empty for a leaf or an unknown code.
 * @throws {@link DxInputError} when the first argument is not what its type says or the code is not text.
 * @category Geography
 */
export function childrenOf(hierarchy: Hierarchy, code: string): readonly AdministrativeUnit[] {
  try {
    guardQuery('childrenOf', hierarchy, code);
    return hierarchy.childrenByCode.get(code) ?? [];
  } catch (e) {
    throw unreadableInput(e, 'childrenOf', { hierarchy, code });
  }
}

/**
 * The ancestors of a unit, nearest first (a commune's district, then its province).
 * @example
 * ```ts
 * ancestorsOf(hierarchyAt(vnUnits, '2025-06-30'), '26734').map((u) => u.code); // ['760', '79']
 * ```
 * @param hierarchy - A hierarchy from {@link hierarchyAt}.
 * @param code - The unit's code.
 * @returns The ancestors; empty for a province or an unknown code.
 * @throws {@link DxInputError} when the first argument is not what its type says or the code is not text.
 * @category Geography
 */
export function ancestorsOf(hierarchy: Hierarchy, code: string): AdministrativeUnit[] {
  try {
    guardQuery('ancestorsOf', hierarchy, code);
    const out: AdministrativeUnit[] = [];
    for (let p = parentOf(hierarchy, code); p !== undefined; p = parentOf(hierarchy, p.code)) out.push(p);
    return out;
  } catch (e) {
    throw unreadableInput(e, 'ancestorsOf', { hierarchy, code });
  }
}

/**
 * Every unit below a unit, depth first in code order.
 * @example
 * ```ts
 * descendantsOf(hierarchyAt(vnUnits, '2025-07-01'), '75').length; // 95
 * ```
 * @param hierarchy - A hierarchy from {@link hierarchyAt}.
 * @param code - The unit's code, or `""` for every unit.
 * @returns The descendants.
 * @throws {@link DxInputError} when the first argument is not what its type says or the code is not text.
 * @category Geography
 */
export function descendantsOf(hierarchy: Hierarchy, code: string): AdministrativeUnit[] {
  try {
    guardQuery('descendantsOf', hierarchy, code);
    const out: AdministrativeUnit[] = [];
    const visit = (c: string) => {
      for (const child of childrenOf(hierarchy, c)) {
        out.push(child);
        visit(child.code);
      }
    };
    visit(code);
    return out;
  } catch (e) {
    throw unreadableInput(e, 'descendantsOf', { hierarchy, code });
  }
}

/**
 * Every unit of one level on the hierarchy's date.
 * @example
 * ```ts
 * unitsOfLevel(hierarchyAt(vnProvinces, '2025-07-01'), 'province').length; // 34
 * ```
 * @param hierarchy - A hierarchy from {@link hierarchyAt}.
 * @param level - `province`, `district` or `commune`.
 * @returns The units; empty for a level that does not exist on that date.
 * @throws {@link DxInputError} when the first argument is not what its type says or the code is not text.
 * @category Geography
 */
export function unitsOfLevel(hierarchy: Hierarchy, level: AdministrativeLevel): AdministrativeUnit[] {
  try {
    const g = guard('unitsOfLevel');
    g.hierarchy(hierarchy, ['hierarchy']);
    g.oneOf(level, ['province', 'district', 'commune'], ['level']).done();
    return hierarchy.units.filter((u) => u.level === level);
  } catch (e) {
    throw unreadableInput(e, 'unitsOfLevel', { hierarchy, level });
  }
}
