import { Dec } from '../core/decimal.js';
import { isTargetMet } from '../calc/target-met.js';
import { thresholdOf } from '../calc/threshold.js';
import type { Lang } from '../model/primitives.js';
import { formatDate } from './format-date.js';
import type { ScorecardEntry } from './scorecard.js';
import { comparatorText, figure } from './words.js';

// The scorecard page's charts, drawn as SVG text: no library, no script. Each chart has a
// title and a description for screen readers, and words beside its colours. @internal

/** Escapes text for HTML and SVG. @internal */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A colour for a style attribute: a hex colour as given, anything else white. @internal */
export const safeColour = (c: string | undefined) => (c !== undefined && /^#[0-9a-fA-F]{3,8}$/.test(c) ? c : '#ffffff');

/** The colours of the charts: met, not met, the target line, the series. @internal */
export const CHART_COLOURS = { met: '#1a9641', notMet: '#d7191c', target: '#1f3a93', series: '#444444', path: '#9e9e9e' } as const;

const n = (d: Dec) => Number(d.toFixed(2));

/**
 * A bar per unit of a tier that reported, in code order, against the tier's target line: green
 * bars meet it, red ones do not (and each bar's title says so in words). @internal
 */
export function unitBarChart(e: ScorecardEntry, lang: Lang): string {
  const u = e.units;
  if (u === undefined) return '';
  const codes = Object.keys(u.figures).sort();
  if (codes.length === 0) return '';
  const W = 640;
  const H = 240;
  const left = 44;
  const right = 12;
  const top = 16;
  const bottom = 28;
  const target = thresholdOf(e.comparator, new Dec(0)).value;
  const values = codes.map((c) => new Dec(u.figures[c] as string));
  let max = Dec.max(target, ...values);
  if (e.unit === 'percent') max = Dec.max(max, 100);
  if (max.lte(0)) max = new Dec(1);
  const plotH = H - top - bottom;
  const y = (v: Dec) => top + plotH - n(Dec.max(v, 0).div(max).times(plotH));
  const slot = (W - left - right) / codes.length;
  const barW = Math.max(1, Math.floor(slot * 0.8));
  const met = { vi: 'đạt', en: 'met' };
  const notMet = { vi: 'chưa đạt', en: 'not met' };
  const bars = codes
    .map((code, i) => {
      const v = values[i] as Dec;
      const ok = isTargetMet(e.comparator, u.figures[code] as string);
      const x = left + Math.round(i * slot + (slot - barW) / 2);
      const yTop = Math.min(y(v), top + plotH - 1);
      const label = `${u.names[code] ?? code}: ${figure(u.figures[code] as string, e.unit, lang)} — ${(ok ? met : notMet)[lang]}`;
      return `<rect class="bar ${ok ? 'met' : 'not-met'}" x="${x}" y="${yTop}" width="${barW}" height="${top + plotH - yTop}" fill="${ok ? CHART_COLOURS.met : CHART_COLOURS.notMet}"><title>${esc(label)}</title></rect>`;
    })
    .join('');
  const ty = y(target);
  const targetLabel = `${lang === 'vi' ? 'Mục tiêu' : 'Target'} ${comparatorText(e.comparator, e.unit, lang)}`;
  const title = `${e.indicator[lang]} — ${lang === 'vi' ? 'từng đơn vị so với mục tiêu' : 'each unit against the target'}`;
  const desc =
    lang === 'vi'
      ? `${codes.length} đơn vị có số liệu: ${u.met} đạt, ${u.notMet} chưa đạt; ${u.noData} đơn vị chưa báo cáo. Đường ngang là mục tiêu ${comparatorText(e.comparator, e.unit, lang)}.`
      : `${codes.length} units with a figure: ${u.met} met, ${u.notMet} not met; ${u.noData} units have not reported. The horizontal line is the target ${comparatorText(e.comparator, e.unit, lang)}.`;
  const axis = `<line x1="${left}" y1="${top + plotH}" x2="${W - right}" y2="${top + plotH}" stroke="#999" stroke-width="1"/>` +
    `<text x="${left - 6}" y="${top + plotH}" text-anchor="end" font-size="11">0</text>` +
    `<text x="${left - 6}" y="${top + 10}" text-anchor="end" font-size="11">${esc(figure(max.toFixed(), e.unit, lang, 0))}</text>`;
  return (
    `<svg class="chart bars" role="img" aria-labelledby="t-${e.targetId} d-${e.targetId}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" data-bars="${codes.length}" data-target-y="${ty}" data-baseline-y="${top + plotH}">` +
    `<title id="t-${e.targetId}">${esc(title)}</title><desc id="d-${e.targetId}">${esc(desc)}</desc>` +
    `${axis}${bars}` +
    `<line class="target-line" x1="${left}" y1="${ty}" x2="${W - right}" y2="${ty}" stroke="${CHART_COLOURS.target}" stroke-width="2"/>` +
    `<text x="${W - right}" y="${Math.max(12, ty - 4)}" text-anchor="end" font-size="12" fill="${CHART_COLOURS.target}">${esc(targetLabel)}</text>` +
    `</svg>`
  );
}

/**
 * A sparkline of a target's reported series, with its interim path (from the baseline to the
 * target on the deadline) when the plan gives a baseline. @internal
 */
export function sparkline(e: ScorecardEntry, lang: Lang): string {
  const s = e.series ?? [];
  if (s.length < 2) return '';
  const W = 160;
  const H = 40;
  const pad = 4;
  const t = thresholdOf(e.comparator, new Dec(0)).value;
  const points = s.map((p) => ({ x: Date.parse(p.date), v: new Dec(p.value) }));
  const path = e.baseline === undefined ? [] : [{ x: Date.parse(e.baseline.date), v: new Dec(e.baseline.value) }, { x: Date.parse(e.deadline), v: t }];
  const all = [...points, ...path];
  const x0 = Math.min(...all.map((p) => p.x));
  const x1 = Math.max(...all.map((p) => p.x));
  const lo = Dec.min(...all.map((p) => p.v));
  const hi = Dec.max(...all.map((p) => p.v));
  const span = hi.minus(lo).isZero() ? new Dec(1) : hi.minus(lo);
  const X = (x: number) => (pad + ((x - x0) / Math.max(1, x1 - x0)) * (W - 2 * pad)).toFixed(1);
  const Y = (v: Dec) => (H - pad - n(v.minus(lo).div(span).times(H - 2 * pad))).toFixed(1);
  const line = (ps: typeof points) => ps.map((p) => `${X(p.x)},${Y(p.v)}`).join(' ');
  const last = s[s.length - 1] as { date: string; value: string };
  const label =
    lang === 'vi'
      ? `Chuỗi số liệu ${s.length} kỳ, từ ${formatDate(s[0]?.date as string, lang)} đến ${formatDate(last.date, lang)}; mới nhất ${figure(last.value, e.unit, lang)}${path.length > 0 ? '; đường xám là lộ trình từ mốc cơ sở đến mục tiêu' : ''}.`
      : `Series of ${s.length} figures, ${formatDate(s[0]?.date as string, lang)} to ${formatDate(last.date, lang)}; latest ${figure(last.value, e.unit, lang)}${path.length > 0 ? '; the grey line is the path from the baseline to the target' : ''}.`;
  return (
    `<svg class="chart sparkline" role="img" aria-label="${esc(label)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">` +
    (path.length > 0 ? `<polyline class="interim-path" points="${line(path)}" fill="none" stroke="${CHART_COLOURS.path}" stroke-dasharray="3 2" stroke-width="1.5"/>` : '') +
    `<polyline class="series" points="${line(points)}" fill="none" stroke="${CHART_COLOURS.series}" stroke-width="2"/>` +
    `</svg>`
  );
}
