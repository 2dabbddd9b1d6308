import type { AdministrativeLevel, AdministrativeUnit } from '../model/unit.js';
import { DxInputError } from '../core/errors.js';
import { guard } from '../model/guard.js';
import { findUnitsByName } from './find-units-by-name.js';
import type { Hierarchy } from './hierarchy.js';
import { ancestorsOf, descendantsOf, unitAt } from './queries.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** A unit a name may mean, with its parents (nearest first) to tell it from the others. @category Geography */
export interface UnitCandidate {
  readonly unit: AdministrativeUnit;
  readonly parents: readonly AdministrativeUnit[];
}

/**
 * The answer to "which unit is this name?": one unit, several (each with its parents), or none.
 * @category Geography
 */
export type UnitNameLookup =
  | ({ readonly status: 'found' } & UnitCandidate)
  | { readonly status: 'ambiguous'; readonly candidates: readonly UnitCandidate[] }
  | { readonly status: 'not-found' };

/** Options of {@link lookupUnitByName}. @category Geography */
export interface LookupUnitOptions {
  /** Search only below this unit (a province's code, say). */
  readonly within?: string;
  /** Only units of this level. */
  readonly level?: AdministrativeLevel;
}

/**
 * Which unit a name means, on the hierarchy's date and within a scope: the name as people type
 * it (see {@link findUnitsByName}: abbreviations, missing diacritics, Đắk / Đăk, tone-mark
 * placement), and an answer that says when the name is ambiguous, listing every candidate with
 * its parents. "Bình Tân" names a commune of Đồng Nai and a ward of Hồ Chí Minh City on
 * 2025-07-01; within the city, one.
 * @example
 * ```ts
 * const h = hierarchyAt(vnUnits, '2025-07-01');
 * lookupUnitByName(h, 'Bình Tân').status; // 'ambiguous'
 * const r = lookupUnitByName(h, 'P. Bình Tân', { within: '79' });
 * r.status === 'found' ? r.unit.code : undefined; // '27442'
 * ```
 * @param hierarchy - A hierarchy from {@link hierarchyAt}: the date of the names.
 * @param query - The name as typed.
 * @param options - `within` a unit's code, `level`.
 * @returns `found` with the unit and its parents, `ambiguous` with the candidates, or `not-found`.
 * @throws {@link DxInputError} when the hierarchy, the query or an option is not of its type, or
 *   `within` is not a unit of the hierarchy.
 * @category Geography
 */
export function lookupUnitByName(hierarchy: Hierarchy, query: string, options: LookupUnitOptions = {}): UnitNameLookup {
  try {
    const g = guard('lookupUnitByName');
    g.hierarchy(hierarchy, ['hierarchy']);
    g.text(query, ['query']);
    if (g.object(options, ['options'])) {
      if (options.within !== undefined) g.text(options.within, ['options', 'within']);
      g.oneOf(options.level, ['province', 'district', 'commune'], ['options', 'level'], true);
    }
    g.done();
    if (options.within !== undefined && unitAt(hierarchy, options.within) === undefined) {
      throw new DxInputError('lookupUnitByName', [
        { path: ['options', 'within'], code: 'unknown_reference', message: `no unit ${options.within} on ${hierarchy.date}` },
      ]);
    }
    let units: readonly AdministrativeUnit[] = options.within === undefined ? hierarchy.units : descendantsOf(hierarchy, options.within);
    if (options.level !== undefined) units = units.filter((u) => u.level === options.level);
    const found = findUnitsByName(units, query).map((unit) => ({ unit, parents: ancestorsOf(hierarchy, unit.code) }));
    if (found.length === 1 && found[0] !== undefined) return { status: 'found', ...found[0] };
    return found.length === 0 ? { status: 'not-found' } : { status: 'ambiguous', candidates: found };
  } catch (e) {
    throw unreadableInput(e, 'lookupUnitByName', { hierarchy, query, options });
  }
}
