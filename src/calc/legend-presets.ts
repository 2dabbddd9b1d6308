import type { LegendSet } from '../model/legend-set.js';

/** A band's upper edge, exclusive unless told. @internal */
export const below = (value: string, inclusive = false) => ({ value, inclusive });
/** A band's lower edge, inclusive unless told. @internal */
export const from = (value: string, inclusive = true) => ({ value, inclusive });

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
