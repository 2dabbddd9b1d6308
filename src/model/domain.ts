import * as z from 'zod/mini';
import { schema } from './schema.js';
import type { Label } from './primitives.js';

/**
 * Zod schema for a domain of digital transformation: the five pillars of the provincial plans
 * and the further pillars of the national DTI index.
 * @example
 * ```ts
 * domainSchema.options.length; // 9
 * ```
 * @category Schemas
 */
export const domainSchema = /* @__PURE__ */ schema(() =>
  z.enum([
    'digital-data',
    'digital-government',
    'digital-economy',
    'digital-society',
    'information-security',
    'digital-awareness',
    'institutions',
    'digital-infrastructure',
    'human-resources',
  ]),
);
/** @category Model */
export type Domain = z.output<typeof domainSchema>;

/**
 * Vietnamese and English labels of every domain.
 * @example
 * ```ts
 * DOMAIN_LABELS['digital-government'].vi; // 'Chính quyền số'
 * ```
 * @category Model
 */
export const DOMAIN_LABELS: Readonly<Record<Domain, Label>> = {
  'digital-data': { vi: 'Dữ liệu số', en: 'Digital data' },
  'digital-government': { vi: 'Chính quyền số', en: 'Digital government' },
  'digital-economy': { vi: 'Kinh tế số', en: 'Digital economy' },
  'digital-society': { vi: 'Xã hội số', en: 'Digital society' },
  'information-security': { vi: 'An toàn thông tin', en: 'Information security' },
  'digital-awareness': { vi: 'Nhận thức số', en: 'Digital awareness' },
  institutions: { vi: 'Thể chế số', en: 'Digital institutions' },
  'digital-infrastructure': { vi: 'Hạ tầng số', en: 'Digital infrastructure' },
  'human-resources': { vi: 'Nhân lực số', en: 'Digital human resources' },
};

/**
 * Zod schema for the tier of government a target applies to:
 * - `department`: provincial departments, divisions and sectors (sở, ban, ngành)
 * - `provincial`: the provincial level of government (cấp tỉnh)
 * - `district`: district level (cấp huyện; abolished on 2025-07-01)
 * - `commune`: commune level (cấp xã)
 * - `locality`: localities (địa phương: the district and commune governments together)
 * - `province-wide`: the province as a whole (toàn tỉnh)
 * @example
 * ```ts
 * agencyTierSchema.parse('commune'); // 'commune'
 * ```
 * @category Schemas
 */
export const agencyTierSchema = /* @__PURE__ */ schema(() => z.enum(['department', 'provincial', 'district', 'commune', 'locality', 'province-wide']));
/** @category Model */
export type AgencyTier = z.output<typeof agencyTierSchema>;

/**
 * Vietnamese and English labels of every agency tier.
 * @example
 * ```ts
 * AGENCY_TIER_LABELS.department.vi; // 'Sở, ban, ngành'
 * ```
 * @category Model
 */
export const AGENCY_TIER_LABELS: Readonly<Record<AgencyTier, Label>> = {
  department: { vi: 'Sở, ban, ngành', en: 'Departments, divisions and sectors' },
  provincial: { vi: 'Cấp tỉnh', en: 'Provincial level' },
  district: { vi: 'Cấp huyện', en: 'District level' },
  commune: { vi: 'Cấp xã', en: 'Commune level' },
  locality: { vi: 'Địa phương', en: 'Localities' },
  'province-wide': { vi: 'Toàn tỉnh', en: 'Province-wide' },
};
