import type { Lang } from '../model/primitives.js';
import { formatDate } from './format-date.js';
import { comparatorText } from './words.js';
import { formatNumber } from './format-number.js';
import type { Label } from '../model/primitives.js';
import type { ScorecardEntry } from './scorecard.js';

const LEVEL = { commune: { vi: 'xã', en: 'communes' }, district: { vi: 'huyện', en: 'districts' } } as const;

/**
 * In words, how an entry's figure was reached: which figure decided, from how many units, what
 * counted and what did not. `undefined` when there is nothing to explain (no figure at all).
 * @internal
 */
export function explainEntry(e: ScorecardEntry): Label | undefined {
  const parts: Record<Lang, string[]> = { vi: [], en: [] };
  const add = (f: (lang: Lang) => string) => {
    parts.vi.push(f('vi'));
    parts.en.push(f('en'));
  };
  const pct = (v: string, lang: Lang) => formatNumber(v, { lang, decimals: 2, percent: e.unit === 'percent' });
  const n = (v: string, lang: Lang) => formatNumber(v, { lang, decimals: 2 });
  const r = e.rolledUp;
  const u = e.units;
  if (e.basis === 'reported' && e.reported !== undefined) {
    const rep = e.reported;
    const from = (l: Lang) => (rep.source === undefined ? '' : l === 'vi' ? ` (nguồn: ${rep.source})` : ` (source: ${rep.source})`);
    add((l) => (l === 'vi' ? `Số liệu báo cáo của đơn vị, kỳ ${rep.period}${from(l)}: ${pct(rep.value, l)}.` : `The figure reported for the unit, period ${rep.period}${from(l)}: ${pct(rep.value, l)}.`));
  }
  if (r !== undefined) {
    // A province-wide roll-up counts leaf units: communes (and the few island districts without any).
    const words = LEVEL[u?.level ?? 'commune'];
    const ratio = r.numerator === undefined ? '' : ` (Σ ${n(r.numerator, 'vi')} / Σ ${n(r.denominator as string, 'vi')})`;
    const ratioEn = r.numerator === undefined ? '' : ` (Σ ${n(r.numerator, 'en')} ÷ Σ ${n(r.denominator as string, 'en')})`;
    add((l) =>
      l === 'vi'
        ? `Tổng hợp từ ${r.coverage.reported}/${r.coverage.expected} ${words.vi} có số liệu, kỳ ${r.periods.from}–${r.periods.to}: ${pct(r.value, l)}${ratio}${r.trusted ? '' : '; dưới ngưỡng bao phủ nên không dùng'}.`
        : `Rolled up from ${r.coverage.reported} of ${r.coverage.expected} ${words.en} reporting, periods ${r.periods.from}–${r.periods.to}: ${pct(r.value, l)}${ratioEn}${r.trusted ? '' : '; below the coverage threshold, so not used'}.`,
    );
  }
  if (e.disagreement !== undefined && e.reported !== undefined && r !== undefined) {
    const useReported = e.disagreement.rule === 'prefer-reported';
    add((l) =>
      l === 'vi'
        ? `Số báo cáo (${pct(e.reported!.value, l)}) khác số tổng hợp (${pct(r.value, l)}): dùng số ${useReported ? 'báo cáo' : 'tổng hợp'} (quy tắc ${e.disagreement!.rule}).`
        : `The reported figure (${pct(e.reported!.value, l)}) and the rolled-up one (${pct(r.value, l)}) disagree: the ${useReported ? 'reported' : 'rolled-up'} one is used (rule ${e.disagreement!.rule}).`,
    );
  }
  if (u !== undefined) {
    const w = LEVEL[u.level];
    add((l) =>
      l === 'vi'
        ? `${u.reported}/${u.units} ${w.vi} có số liệu, ${u.met} ${w.vi} đạt, ${u.notMet} chưa đạt, ${u.noData} chưa báo cáo.`
        : `${u.reported} of ${u.units} ${w.en} reported: ${u.met} met, ${u.notMet} not met, ${u.noData} without data.`,
    );
    if (u.worstUnits.length > 0) {
      add((l) => `${l === 'vi' ? 'Thấp nhất' : 'Furthest from the target'}: ${u.worstUnits.slice(0, 3).map((x) => `${x.name} (${pct(x.value, l)})`).join(', ')}.`);
    }
    if (u.percentagesOnly > 0) {
      add((l) =>
        l === 'vi'
          ? `${u.percentagesOnly} ${w.vi} chỉ báo cáo tỷ lệ % (không có tử số, mẫu số): được tính khi đếm số ${w.vi} đạt, không vào tỷ lệ chung Σ tử số ÷ Σ mẫu số.`
          : `${u.percentagesOnly} ${w.en} reported only a percentage (no numerator and denominator): they count in how many met, not in the tier's Σ numerator ÷ Σ denominator.`,
      );
    }
  }
  const nt = e.national;
  if (nt !== undefined) {
    add((l) => {
      const target = `${comparatorText(nt.comparator, e.unit, l)} (${l === 'vi' ? 'hạn' : 'by'} ${formatDate(nt.deadline, l)}, ${nt.document})`;
      const ambition = nt.asAmbitious === undefined ? '' : nt.asAmbitious ? (l === 'vi' ? 'chỉ tiêu này không thấp hơn' : 'this target is as ambitious') : l === 'vi' ? 'chỉ tiêu này thấp hơn' : 'this target is less ambitious';
      const early = nt.asEarly ? '' : l === 'vi' ? ', hạn muộn hơn' : ', and due later';
      return l === 'vi' ? `Chỉ tiêu quốc gia: ${target}; ${ambition}${early}.` : `National target: ${target}; ${ambition}${early}.`;
    });
  }
  if (e.statusReason === 'units-missing') {
    add((l) => (l === 'vi' ? 'Mọi đơn vị đã báo cáo đều đạt, nhưng còn đơn vị chưa báo cáo: chưa kết luận được.' : 'Every unit that reported meets the target, but some have not reported: no conclusion yet.'));
  }
  if (parts.en.length === 0) return undefined;
  return { vi: parts.vi.join(' '), en: parts.en.join(' ') };
}
