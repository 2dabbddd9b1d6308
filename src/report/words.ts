import { decString, toDec } from '../core/decimal.js';
import { AGENCY_TIER_LABELS, DOMAIN_LABELS } from '../model/domain.js';
import type { Comparator } from '../model/target.js';
import { formatNumber } from './format-number.js';
import type { Lang } from '../model/primitives.js';
import type { ScorecardEntry, ScorecardSummary, TargetStatus } from './scorecard.js';

/** The renderers' words in both languages. @internal */
export const WORDS = {
  scorecard: { vi: 'Thẻ điểm', en: 'Scorecard' },
  asOf: { vi: 'Số liệu đến ngày', en: 'Figures as of' },
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  domain: { vi: 'Lĩnh vực', en: 'Domain' },
  whole: { vi: 'Toàn kế hoạch', en: 'Whole plan' },
  targets: { vi: 'Chỉ tiêu', en: 'Targets' },
  met: { vi: 'Đạt', en: 'Met' },
  notMet: { vi: 'Chưa đạt', en: 'Not met' },
  noData: { vi: 'Chưa có số liệu', en: 'No data' },
  score: { vi: 'Điểm (0–100)', en: 'Score (0–100)' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  tier: { vi: 'Cấp', en: 'Tier' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  actual: { vi: 'Thực hiện', en: 'Actual' },
  status: { vi: 'Kết quả', en: 'Result' },
  attainment: { vi: 'Mức đạt', en: 'Attainment' },
  gap: { vi: 'Chênh lệch', en: 'Gap' },
  band: { vi: 'Trạng thái', en: 'Status' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  source: { vi: 'Nguồn', en: 'Source' },
  figure: { vi: 'Số liệu dùng', en: 'Figure used' },
  withData: { vi: 'Có số liệu', en: 'With data' },
  notes: { vi: 'Giải thích', en: 'How the figures were reached' },
  all: { vi: 'tất cả', en: 'all' },
  yes: { vi: 'có', en: 'yes' },
  hours: { vi: 'giờ', en: 'hours' },
  days: { vi: 'ngày', en: 'days' },
} as const;

/** The word for a status. @internal */
export function statusWord(status: TargetStatus, lang: Lang): string {
  return (status === 'met' ? WORDS.met : status === 'not-met' ? WORDS.notMet : WORDS.noData)[lang];
}

/** A figure with its unit: 70,5% / 24 giờ / 3.970.176. @internal */
export function figure(value: string, unit: string, lang: Lang, decimals = 1): string {
  const n = formatNumber(value, { lang, decimals, percent: unit === 'percent' });
  if (unit === 'hours' || unit === 'days') return `${n} ${WORDS[unit][lang]}`;
  if (unit === 'vnd') return lang === 'vi' ? `${n} đồng` : `VND ${n}`;
  return n;
}

/** A comparator as the plan's words put it: ≥ 70%, > 50%, ≤ 24 giờ, 1–2%, 100% (tất cả). @internal */
export function comparatorText(c: Comparator, unit: string, lang: Lang): string {
  switch (c.kind) {
    case 'at-least':
      return `≥ ${figure(c.value, unit, lang)}`;
    case 'more-than':
      return `> ${figure(c.value, unit, lang)}`;
    case 'at-most':
      return `≤ ${figure(c.value, unit, lang)}`;
    case 'less-than':
      return `< ${figure(c.value, unit, lang)}`;
    case 'exactly':
      return `= ${figure(c.value, unit, lang)}`;
    case 'between':
      return `${formatNumber(c.min, { lang })}–${figure(c.max, unit, lang)}`;
    case 'all':
      return `${figure('100', 'percent', lang)} (${WORDS.all[lang]})`;
    case 'yes':
      return WORDS.yes[lang];
  }
}

/** Labels of an entry's domain and tier. @internal */
export function entryLabels(e: ScorecardEntry, lang: Lang): { domain: string; tier: string } {
  return { domain: DOMAIN_LABELS[e.domain][lang], tier: AGENCY_TIER_LABELS[e.tier][lang] };
}

/** An attainment ratio as a percentage: 1.3 → 130%. @internal */
export function ratioAsPercent(ratio: string, lang: Lang): string {
  return formatNumber(decString(toDec(ratio).times(100)), { lang, percent: true });
}

/** A change of rank for people: ▲ 2, ▼ 1, =, or — when there is no previous rank. @internal */
export function rankChangeText(change: number | undefined): string {
  return change === undefined ? '—' : change > 0 ? `▲ ${change}` : change < 0 ? `▼ ${-change}` : '=';
}

/** A ranking's value to four decimals, with the language's decimal mark. @internal */
export function rankValueText(display: string, lang: Lang): string {
  return lang === 'vi' ? display.replace('.', ',') : display;
}

/** A gap for people: +21 điểm % / -3 pp / 0 (a zero gap has no sign and no unit). @internal */
export function gapText(gap: string | undefined, unit: string, lang: Lang): string {
  if (gap === undefined) return '—';
  const n = formatNumber(gap, { lang });
  if (n === '0' || n === '-0') return '0';
  const points = unit === 'percent' ? (lang === 'vi' ? ' điểm %' : ' pp') : '';
  return `${n.startsWith('-') ? '' : '+'}${n}${points}`;
}

/** Which figure was used, in a few words: "báo cáo 2025-09" / "tổng hợp 10/95 xã". @internal */
export function basisText(e: ScorecardEntry, lang: Lang): string {
  const level = e.units?.level === 'district' ? { vi: 'huyện', en: 'districts' } : { vi: 'xã', en: 'communes' };
  if (e.basis === 'reported' && e.reported !== undefined) return lang === 'vi' ? `báo cáo, kỳ ${e.reported.period}` : `reported, ${e.reported.period}`;
  if ((e.basis === 'rolled-up' || e.basis === 'tier') && e.rolledUp !== undefined) {
    const c = e.rolledUp.coverage;
    return lang === 'vi' ? `tổng hợp ${c.reported}/${c.expected} ${level.vi}` : `rolled up, ${c.reported} of ${c.expected} ${level.en}`;
  }
  if (e.units !== undefined && e.units.reported > 0) return lang === 'vi' ? `${e.units.reported}/${e.units.units} ${level.vi} báo cáo` : `${e.units.reported} of ${e.units.units} ${level.en} reported`;
  return '—';
}

/** The headline of a summary: "Điểm 100 trên 3/34 chỉ tiêu có số liệu (8,8%)". @internal */
export function headline(s: ScorecardSummary, lang: Lang): string {
  const share = formatNumber(decString(toDec(s.availability).times(100)), { lang, percent: true });
  if (s.score === undefined) return lang === 'vi' ? `Chưa có chỉ tiêu nào có số liệu (0/${s.targets})` : `No target has data yet (0 of ${s.targets})`;
  const score = formatNumber(s.score, { lang });
  return lang === 'vi'
    ? `Điểm ${score} trên ${s.withData}/${s.targets} chỉ tiêu có số liệu (${share}); ${s.met} đạt, ${s.notMet} chưa đạt, ${s.noData} chưa có số liệu`
    : `Score ${score} over the ${s.withData} of ${s.targets} targets with data (${share}); ${s.met} met, ${s.notMet} not met, ${s.noData} without data`;
}
