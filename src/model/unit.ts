import * as z from 'zod/mini';
import { schema } from './schema.js';
import { addProblem, parseWith, safeParseWith, type SafeParseResult } from './parse.js';
import { isoDateSchema, type Label } from './primitives.js';

/**
 * Zod schema for an administrative level: `province` (tỉnh / thành phố trực thuộc trung ương),
 * `district` (quận, huyện, thị xã, thành phố thuộc tỉnh; abolished on 2025-07-01) or `commune`
 * (xã, phường, thị trấn, đặc khu).
 * @example
 * ```ts
 * administrativeLevelSchema.options; // ['province', 'district', 'commune']
 * ```
 * @category Schemas
 */
export const administrativeLevelSchema = /* @__PURE__ */ schema(() => z.enum(['province', 'district', 'commune']));
/** @category Model */
export type AdministrativeLevel = z.output<typeof administrativeLevelSchema>;

/**
 * Zod schema for the type of an administrative unit.
 * @example
 * ```ts
 * unitTypeSchema.safeParse('special-zone').success; // true
 * ```
 * @category Schemas
 */
export const unitTypeSchema = /* @__PURE__ */ schema(() =>
  z.enum([
    'municipality',
    'province',
    'urban-district',
    'rural-district',
    'town',
    'city',
    'ward',
    'commune',
    'township',
    'special-zone',
  ]),
);
/** @category Model */
export type UnitType = z.output<typeof unitTypeSchema>;

/**
 * Every unit type with its level and its Vietnamese and English words, as they stand before a
 * unit's name ("Thành phố Đồng Nai", "Dong Nai City").
 * @example
 * ```ts
 * UNIT_TYPES['special-zone'].label.vi; // 'Đặc khu'
 * ```
 * @category Model
 */
export const UNIT_TYPES: Readonly<Record<UnitType, { readonly level: AdministrativeLevel; readonly label: Label }>> = {
  municipality: { level: 'province', label: { vi: 'Thành phố', en: 'City' } },
  province: { level: 'province', label: { vi: 'Tỉnh', en: 'Province' } },
  'urban-district': { level: 'district', label: { vi: 'Quận', en: 'District' } },
  'rural-district': { level: 'district', label: { vi: 'Huyện', en: 'District' } },
  town: { level: 'district', label: { vi: 'Thị xã', en: 'Town' } },
  city: { level: 'district', label: { vi: 'Thành phố', en: 'City' } },
  ward: { level: 'commune', label: { vi: 'Phường', en: 'Ward' } },
  commune: { level: 'commune', label: { vi: 'Xã', en: 'Commune' } },
  township: { level: 'commune', label: { vi: 'Thị trấn', en: 'Township' } },
  'special-zone': { level: 'commune', label: { vi: 'Đặc khu', en: 'Special Zone' } },
};

const CODE_LENGTH: Record<AdministrativeLevel, number> = { province: 2, district: 3, commune: 5 };

/**
 * Zod schema for an administrative unit. Identity is `code` + validity: GSO codes are reused with
 * new meanings after a merger, so a unit is valid from `validFrom` to `validTo` (both inclusive;
 * no `validTo` means still in force).
 * @example
 * ```ts
 * administrativeUnitSchema.safeParse(vnProvinces.units[0]).success; // true
 * ```
 * @category Schemas
 */
export const administrativeUnitSchema = /* @__PURE__ */ schema(() =>
  z
    .strictObject({
      code: z.string().check(z.regex(/^\d{2,5}$/, { error: 'should be a GSO code of 2 (province), 3 (district) or 5 (commune) digits' })),
      name: z.string().check(z.minLength(1)),
      nameEn: z.string().check(z.minLength(1)),
      fullName: z.string().check(z.minLength(1)),
      fullNameEn: z.string().check(z.minLength(1)),
      type: unitTypeSchema,
      level: administrativeLevelSchema,
      parentCode: z.optional(z.string().check(z.regex(/^\d{2,5}$/))),
      validFrom: isoDateSchema,
      validTo: z.optional(isoDateSchema),
    }).check(z.superRefine((u, ctx) => {
      if (UNIT_TYPES[u.type].level !== u.level) {
        addProblem(ctx, 'inconsistent', `a unit of type "${u.type}" is of level "${UNIT_TYPES[u.type].level}", not "${u.level}"`, ['type']);
      }
      if (u.code.length !== CODE_LENGTH[u.level]) {
        addProblem(ctx, 'inconsistent', `a ${u.level} code has ${CODE_LENGTH[u.level]} digits, got "${u.code}"`, ['code']);
      }
      if (u.level === 'province' && u.parentCode !== undefined) {
        addProblem(ctx, 'inconsistent', 'a province has no parent', ['parentCode']);
      }
      if (u.level !== 'province' && u.parentCode === undefined) {
        addProblem(ctx, 'missing', `a ${u.level} needs the code of its parent`, ['parentCode']);
      }
      if (u.validTo !== undefined && u.validTo < u.validFrom) {
        addProblem(ctx, 'inconsistent', `ends (${u.validTo}) before it begins (${u.validFrom})`, ['validTo']);
      }
    })),
);
/** An administrative unit, valid over a span of dates. @category Model */
export interface AdministrativeUnit extends z.output<typeof administrativeUnitSchema> {}

/**
 * Zod schema for a register of administrative units: every version of every unit, and the span
 * of dates the register covers (`to` absent: the latest known state, taken to continue).
 * @example
 * ```ts
 * unitRegisterSchema.safeParse(vnProvinces).success; // true
 * ```
 * @category Schemas
 */
export const unitRegisterSchema = /* @__PURE__ */ schema(() =>
  z.strictObject({
    name: z.string().check(z.minLength(1)),
    coverage: z.strictObject({ from: isoDateSchema, to: z.optional(isoDateSchema) }),
    units: z.array(administrativeUnitSchema),
  }),
);
/** A register of administrative units over time. @category Model */
export interface UnitRegister extends z.output<typeof unitRegisterSchema> {}

/**
 * Parses an administrative unit; throws a {@link DxInputError} that lists every problem.
 *
 * @example
 * ```ts
 * const unit = parseAdministrativeUnit({
 *   code: '75', name: 'Đồng Nai', nameEn: 'Dong Nai', fullName: 'Tỉnh Đồng Nai',
 *   fullNameEn: 'Dong Nai Province', type: 'province', level: 'province', validFrom: '2025-07-01',
 * });
 * unit.level; // 'province'
 * ```
 * @param input - Untrusted data, e.g. parsed JSON.
 * @returns The unit.
 * @throws {@link DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseAdministrativeUnit(input: unknown): AdministrativeUnit {
  return parseWith(administrativeUnitSchema, 'administrative unit', input);
}

/**
 * Parses an administrative unit without throwing.
 * @example
 * ```ts
 * safeParseAdministrativeUnit({ code: '75' }).ok; // false
 * ```
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with every problem.
 * @throws Never: every problem of the input is in the result's `error`.
 * @category Parsing
 */
export function safeParseAdministrativeUnit(input: unknown): SafeParseResult<AdministrativeUnit> {
  return safeParseWith(administrativeUnitSchema, 'administrative unit', input);
}

/**
 * Parses a unit register (its units are checked one by one; the register as a tree is checked
 * when a hierarchy is built from it at a date).
 * @example
 * ```ts
 * parseUnitRegister(vnProvinces).units.length; // 98
 * ```
 * @param input - Untrusted data.
 * @returns The register.
 * @throws {@link DxInputError} listing every problem of the input, each with its path, code and message.
 * @category Parsing
 */
export function parseUnitRegister(input: unknown): UnitRegister {
  return parseWith(unitRegisterSchema, 'unit register', input);
}

/**
 * Parses a unit register without throwing.
 * @example
 * ```ts
 * safeParseUnitRegister({ name: 'x', coverage: { from: 'soon' }, units: [] }).ok; // false
 * ```
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`.
 * @throws Never: every problem of the input is in the result's `error`.
 * @category Parsing
 */
export function safeParseUnitRegister(input: unknown): SafeParseResult<UnitRegister> {
  return safeParseWith(unitRegisterSchema, 'unit register', input);
}
