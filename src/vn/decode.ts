import type { Crosswalk, CrosswalkLink, CrosswalkLinkSource } from '../geo/crosswalk.js';
import type { IsoDate } from '../model/primitives.js';
import { UNIT_TYPES, type AdministrativeUnit, type UnitType } from '../model/unit.js';
import { withoutDiacritics } from '../core/without-diacritics.js';

const TYPE_BY_KEY: Record<string, UnitType> = {
  P: 'province',
  M: 'municipality',
  Q: 'urban-district',
  H: 'rural-district',
  X: 'town',
  T: 'city',
  x: 'commune',
  p: 'ward',
  t: 'township',
  d: 'special-zone',
};


/** Decodes generated rows `code|type|name|nameEn|parent` into units valid over a span. @internal */
export function decodeUnits(rows: string, validFrom: IsoDate, validTo?: IsoDate): AdministrativeUnit[] {
  if (rows === '') return [];
  return rows.split('\n').map((line) => {
    const [code = '', key = '', name = '', en = '', parent = ''] = line.split('|');
    const type = TYPE_BY_KEY[key];
    if (type === undefined) throw new Error(`vn data: unknown unit type key "${key}" in "${line}"`);
    const { level, label } = UNIT_TYPES[type];
    const nameEn = en === '' ? withoutDiacritics(name) : en;
    // Numbered wards read "Phường 1" / "Ward 1"; the rest "Phường Bến Thành" / "Ben Thanh Ward".
    const fullNameEn = /^\d/.test(nameEn) ? `${label.en} ${nameEn}` : `${nameEn} ${label.en}`;
    const unit: AdministrativeUnit = {
      code,
      name,
      nameEn,
      fullName: `${label.vi} ${name}`,
      fullNameEn,
      type,
      level,
      validFrom,
      ...(parent === '' ? {} : { parentCode: parent }),
      ...(validTo === undefined ? {} : { validTo }),
    };
    return unit;
  });
}

const BASIS: Record<string, CrosswalkLinkSource['basis']> = {
  a: 'sources-agree',
  c: 'mapping-corrected',
  m: 'map-set-aside',
  h: 'decided-by-hand',
};

/**
 * Decodes generated crosswalk lines `new:old,old*`; with sources (`new|clause|basis|why`, line by
 * line, the clause empty when there is none) and the document that decides each new unit, every
 * link says where it comes from. One frozen source object is shared by a new unit's links. @internal
 */
export function decodeLinks(lines: string, sources?: string, documentOf?: (newCode: string) => string): CrosswalkLink[] {
  const sourceLines = sources?.split('\n');
  return lines.split('\n').flatMap((line, i) => {
    const [newCode = '', olds = ''] = line.split(':');
    let source: CrosswalkLinkSource | undefined;
    if (sourceLines !== undefined && documentOf !== undefined) {
      const [code, clause = '', basis = '', note] = (sourceLines[i] ?? '').split('|');
      if (code !== newCode) throw new Error(`crosswalk sources out of step at ${newCode}`);
      source = Object.freeze({
        document: documentOf(newCode),
        ...(clause === '' ? {} : { clause: Number(clause) }),
        basis: BASIS[basis] ?? 'sources-agree',
        ...(note === undefined ? {} : { note }),
      });
    }
    return olds.split(',').map((o): CrosswalkLink => ({
      newCode,
      oldCode: o.replace('*', ''),
      kind: o.endsWith('*') ? 'partial' : 'full',
      ...(source === undefined ? {} : { source }),
    }));
  });
}

/** Builds a crosswalk object. @internal */
export function crosswalkOf(name: string, lines: string, sources?: string, documentOf?: (newCode: string) => string): Crosswalk {
  return { name, oldDate: LAST_THREE_TIER_DAY, newDate: REFORM_DATE, links: decodeLinks(lines, sources, documentOf) };
}

/** @internal The day the two-tier system began (Resolution 202/2025/QH15). */
export const REFORM_DATE = '2025-07-01';
/** @internal The last day of the three-tier system. */
export const LAST_THREE_TIER_DAY = '2025-06-30';
/** @internal The first day the built-in three-tier data describes (after the last commune reorganisations of 2024–25). */
export const THREE_TIER_DATA_FROM = '2025-01-01';
/** @internal Đồng Nai became a centrally-run city (Resolution 30/2026/QH16). */
export const DONG_NAI_CITY_DATE = '2026-04-30';
/** @internal The day before it. */
export const DAY_BEFORE_DONG_NAI_CITY = '2026-04-29';
