import type { Lang } from '../model/primitives.js';

// Every message of the built-in rules, in Vietnamese and English (as report/words.ts holds the
// scorecard's words); the reasons a rule could not run are in English. @internal

type Words<A extends unknown[]> = Readonly<Record<Lang, (...args: A) => string>>;

/** The findings' messages, by rule kind. @internal */
export const FINDING: {
  readonly unknownUnit: Words<[code: string]>;
  readonly unitEnded: Words<[code: string, name: string, date: string, endedOn: string | undefined]>;
  readonly outsidePlan: Words<[period: string, start: string, end: string]>;
  readonly duplicate: Words<[firstRow: number]>;
  readonly childAboveParent: Words<[code: string, value: string, parent: string, parentValue: string]>;
  readonly outlier: Words<[value: string, median: string, deviations: string]>;
} = {
  unknownUnit: {
    vi: (code) => `Mã đơn vị ${code} không có trong danh mục`,
    en: (code) => `The unit code ${code} is not in the register`,
  },
  unitEnded: {
    vi: (code, name, date, endedOn) => `Đơn vị ${code} (${name}) không còn tồn tại vào ngày ${date}${endedOn === undefined ? '' : ` (đến ${endedOn}); hãy dùng mã mới`}`,
    en: (code, name, date, endedOn) => `The unit ${code} (${name}) does not exist on ${date}${endedOn === undefined ? '' : ` (it ended on ${endedOn}): use its new code`}`,
  },
  outsidePlan: {
    vi: (period, start, end) => `Kỳ ${period} nằm ngoài thời gian của kế hoạch (${start} – ${end})`,
    en: (period, start, end) => `The period ${period} lies outside the plan's period (${start} to ${end})`,
  },
  duplicate: {
    vi: (j) => `Trùng với dòng ${j}: cùng chỉ tiêu, đơn vị và kỳ`,
    en: (j) => `Duplicate of row ${j}: the same indicator, unit and period`,
  },
  childAboveParent: {
    vi: (code, x, parent, y) => `Số của ${code} (${x}) lớn hơn số của đơn vị cấp trên ${parent} (${y})`,
    en: (code, x, parent, y) => `The count of ${code} (${x}) is above its parent ${parent}'s (${y})`,
  },
  outlier: {
    vi: (x, m, score) => `Giá trị ${x} khác thường so với lịch sử của đơn vị (trung vị ${m}, lệch ${score} lần độ lệch tuyệt đối trung vị)`,
    en: (x, m, score) => `The value ${x} is far from the unit's history (median ${m}, ${score} median absolute deviations away)`,
  },
};

/** Why a rule could not run: the part of the context it lacked. @internal */
export const SKIPPED = {
  noIndicatorsForUnit: 'it applies to the indicators of one measure unit, and no indicators were given',
  noRegister: 'no unit register was given',
  noPlan: 'no plan was given',
  noHierarchy: 'no hierarchy was given',
  noIndicatorsForCounts: 'no indicators were given to find the counts',
} as const;
