import type { LegendSet } from '../model/legend-set.js';

const below = (value: string, inclusive = false) => ({ value, inclusive });
const from = (value: string, inclusive = true) => ({ value, inclusive });

/**
 * The default status bands, over an attainment ratio (figure ÷ target): achieved (≥ 1),
 * on track (≥ 0.9), at risk (≥ 0.7), off track (< 0.7), and no data.
 * @example
 * ```ts
 * classifyBand(DEFAULT_STATUS_BANDS, '0.95').id; // 'on-track'
 * ```
 * @category Status
 */
export const DEFAULT_STATUS_BANDS: LegendSet = {
  id: 'default-status',
  name: { vi: 'Mức độ đạt chỉ tiêu', en: 'Target status' },
  bands: [
    { id: 'off-track', label: { vi: 'Chậm tiến độ', en: 'Off track' }, color: '#d7191c', to: below('0.7') },
    { id: 'at-risk', label: { vi: 'Có nguy cơ không đạt', en: 'At risk' }, color: '#fdae61', from: from('0.7'), to: below('0.9') },
    { id: 'on-track', label: { vi: 'Đúng tiến độ', en: 'On track' }, color: '#a6d96a', from: from('0.9'), to: below('1') },
    { id: 'achieved', label: { vi: 'Đã đạt', en: 'Achieved' }, color: '#1a9641', from: from('1') },
  ],
  noData: { id: 'no-data', label: { vi: 'Chưa có số liệu', en: 'No data' }, color: '#bababa' },
};

/**
 * Open SDG / Statistics Canada progress categories, over the ratio of observed to required
 * growth: on track (≥ 95%), progress made but acceleration needed (≥ 60%), limited progress
 * (≥ 0), deterioration (< 0). "Target achieved" and "insufficient data" are decided before the
 * ratio (see {@link assessProgress}).
 * @example
 * ```ts
 * classifyBand(OPEN_SDG_PROGRESS_BANDS, '-0.1').id; // 'deterioration'
 * ```
 * @category Status
 */
export const OPEN_SDG_PROGRESS_BANDS: LegendSet = {
  id: 'open-sdg-progress',
  name: { vi: 'Tiến độ (phương pháp Open SDG)', en: 'Progress (Open SDG method)' },
  bands: [
    { id: 'deterioration', label: { vi: 'Đi xuống', en: 'Deterioration' }, color: '#c5283d', to: below('0') },
    { id: 'limited-progress', label: { vi: 'Tiến bộ hạn chế', en: 'Limited progress' }, color: '#e9724c', from: from('0'), to: below('0.6') },
    { id: 'acceleration-needed', label: { vi: 'Có tiến bộ nhưng cần tăng tốc', en: 'Progress made but acceleration needed' }, color: '#ffc857', from: from('0.6'), to: below('0.95') },
    { id: 'on-track', label: { vi: 'Đúng lộ trình', en: 'On track' }, color: '#255f85', from: from('0.95') },
  ],
  noData: { id: 'insufficient-data', label: { vi: 'Không đủ số liệu', en: 'Insufficient data' } },
};

/**
 * UN ESCAP anticipated-progress categories, over the anticipated progress ratio (the change
 * projected by the deadline ÷ the change needed): on track (≥ 1), progressing too slowly
 * (between 0 and 1), regressing (≤ 0).
 * @example
 * ```ts
 * classifyBand(ESCAP_ANTICIPATED_PROGRESS_BANDS, '0').id; // 'regressing'
 * ```
 * @category Status
 */
export const ESCAP_ANTICIPATED_PROGRESS_BANDS: LegendSet = {
  id: 'escap-anticipated-progress',
  name: { vi: 'Tiến độ dự kiến (phương pháp ESCAP)', en: 'Anticipated progress (ESCAP method)' },
  bands: [
    { id: 'regressing', label: { vi: 'Đi lùi', en: 'Regressing' }, to: below('0', true) },
    { id: 'too-slow', label: { vi: 'Tiến bộ nhưng quá chậm', en: 'Progressing too slowly' }, from: from('0', false), to: below('1') },
    { id: 'on-track', label: { vi: 'Sẽ đạt chỉ tiêu', en: 'On track' }, from: from('1') },
  ],
  noData: { id: 'insufficient-data', label: { vi: 'Không đủ số liệu', en: 'Insufficient data' } },
};

/**
 * HCMC's maturity levels of digital transformation, over an assessment value (points ÷ the
 * unit's maximum, 0–1): below 60% "khởi động" (starting), 60% to below 80% "hình thành"
 * (forming), 80% and above "nâng cao" (advanced) — HCMC's DTI 2023 results for departments
 * (< 198, 199 to < 264, ≥ 264 of 330 points; tintuc.vdong.vn/03/4597465.htm).
 * @example
 * ```ts
 * classifyBand(HCMC_MATURITY_BANDS, '0.8').id; // 'advanced'
 * ```
 * @category Status
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
 * @category Status
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
