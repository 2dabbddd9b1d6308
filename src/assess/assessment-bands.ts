// Legend sets for assessment values (points ÷ maximum, 0–1): the bands provinces publish.
import { below, from } from '../calc/legend-presets.js';
import type { LegendSet } from '../model/legend-set.js';

/**
 * HCMC's maturity levels of digital transformation, over an assessment value (points ÷ the
 * unit's maximum, 0–1): below 60% "khởi động" (starting), 60% to below 80% "hình thành"
 * (forming), 80% and above "nâng cao" (advanced) — HCMC's DTI 2023 results for departments
 * (< 198, 199 to < 264, ≥ 264 of 330 points; tintuc.vdong.vn/03/4597465.htm).
 * @example
 * ```ts
 * classifyBand(HCMC_MATURITY_BANDS, '0.8').id; // 'advanced'
 * ```
 * @category Assessments
 */
export const HCMC_MATURITY_BANDS: LegendSet = {
  id: 'hcmc-maturity',
  name: { vi: 'Mức độ trưởng thành chuyển đổi số (TP.HCM)', en: 'Digital transformation maturity (HCMC)' },
  bands: [
    { id: 'starting', label: { vi: 'Khởi động', en: 'Starting' }, color: '#fdae61', to: below('0.6') },
    { id: 'forming', label: { vi: 'Hình thành', en: 'Forming' }, color: '#a6d96a', from: from('0.6'), to: below('0.8') },
    { id: 'advanced', label: { vi: 'Nâng cao', en: 'Advanced' }, color: '#1a9641', from: from('0.8') },
  ],
  noData: { id: 'no-data', label: { vi: 'Chưa có số liệu', en: 'No data' }, color: '#bababa' },
};

/**
 * The four groups of the open-source provincial DTI map, over a DTI value (0–1): above 0.40,
 * 0.325–0.40, 0.25–0.325, below 0.25 (the project's research notes, §1.3). 0.40 itself is in the
 * second group, since the first is "above 0.40"; 0.325 and 0.25, whose side the source does not
 * state, belong to the group above them.
 * @example
 * ```ts
 * classifyBand(DTI_MAP_GROUPS, '0.325').id; // 'group-2'
 * ```
 * @category Assessments
 */
export const DTI_MAP_GROUPS: LegendSet = {
  id: 'dti-map-groups',
  name: { vi: 'Nhóm chỉ số DTI', en: 'DTI groups' },
  bands: [
    { id: 'group-4', label: { vi: 'Dưới 0,25', en: 'Below 0.25' }, color: '#d7191c', to: below('0.25') },
    { id: 'group-3', label: { vi: '0,25–0,325', en: '0.25–0.325' }, color: '#fdae61', from: from('0.25'), to: below('0.325') },
    { id: 'group-2', label: { vi: '0,325–0,40', en: '0.325–0.40' }, color: '#a6d96a', from: from('0.325'), to: below('0.4', true) },
    { id: 'group-1', label: { vi: 'Trên 0,40', en: 'Above 0.40' }, color: '#1a9641', from: from('0.4', false) },
  ],
  noData: { id: 'no-data', label: { vi: 'Chưa có số liệu', en: 'No data' }, color: '#bababa' },
};
