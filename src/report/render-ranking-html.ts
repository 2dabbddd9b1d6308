import type { RankedUnit } from '../assess/rank-assessment.js';
import { classifyBand, guardLegendSet } from '../calc/classify-band.js';
import type { LegendSet } from '../model/legend-set.js';
import { guard } from '../model/guard.js';
import { guardRanking } from './guard-scorecard.js';
import type { Lang } from '../model/primitives.js';
import { formatNumber } from './format-number.js';
import { esc, safeColour } from './svg-charts.js';
import { rankChangeText, rankValueText } from './words.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Renders a ranking as one self-contained HTML page (no script, no outside resource), in
 * Vietnamese or English: a table of rank, unit, value to four decimals, points, change of rank
 * and band (colour and words), and an SVG bar per unit, its length the value on a 0–1 scale.
 * Pure: it returns the text.
 *
 * @example
 * ```ts
 * const ranking = [{ unitCode: '26734', value: '0.98', display: '0.9800', points: '98', rank: 1 }];
 * renderRankingHtml(ranking, { lang: 'vi', title: 'Xếp hạng xã 2025', bands: HCMC_MATURITY_BANDS }).includes('Nâng cao'); // true
 * ```
 * @param ranking - From {@link dx-indicators/assess!rankAssessment}.
 * @param options - The language, the page's title, names by unit code, and optionally a legend set over the value.
 * @returns The HTML text of the page.
 * @throws {@link dx-indicators!DxInputError} when the ranking is not a list of ranked units or the language is not `vi` or `en`.
 * @category Reports
 */
export function renderRankingHtml(
  ranking: readonly RankedUnit[],
  options: { readonly lang: Lang; readonly title: string; readonly names?: Readonly<Record<string, string>>; readonly bands?: LegendSet },
): string {
  try {
    const g = guard('renderRankingHtml');
    guardRanking(g, ranking);
    if (g.object(options, ['options'])) {
      g.oneOf(options.lang, ['vi', 'en'], ['options', 'lang']).text(options.title, ['options', 'title']);
      if (options.bands !== undefined) guardLegendSet(g, options.bands, ['options', 'bands']);
    }
    g.done();
    const { lang } = options;
    const vi = lang === 'vi';
    const name = (r: RankedUnit) => options.names?.[r.unitCode] ?? r.unitCode;
    const value = (r: RankedUnit) => rankValueText(r.display, lang);
    const band = (r: RankedUnit) => (options.bands === undefined ? undefined : classifyBand(options.bands, r.value));
    const heads = [vi ? 'Hạng' : 'Rank', vi ? 'Đơn vị' : 'Unit', vi ? 'Chỉ số' : 'Value', vi ? 'Điểm' : 'Points', vi ? 'Thay đổi' : 'Change', ...(options.bands === undefined ? [] : [vi ? 'Mức độ' : 'Level'])];
    const rows = ranking.map((r) => {
      const b = band(r);
      const cells = [String(r.rank), name(r), value(r), formatNumber(r.points, { lang, decimals: 2 }), rankChangeText(r.change)].map((c, i) => (i === 1 ? `<th scope="row">${esc(c)}</th>` : `<td class="num">${esc(c)}</td>`));
      if (b !== undefined) cells.push(`<td><span class="swatch" style="background:${safeColour(b.color)}" aria-hidden="true"></span>${esc(b.label[lang])}</td>`);
      return `<tr>${cells.join('')}</tr>`;
    });
    const W = 640;
    const left = 200;
    const bar = 18;
    const H = ranking.length * (bar + 6) + 10;
    const bars = ranking
      .map((r, i) => {
        const y = 5 + i * (bar + 6);
        const w = Math.max(1, Math.round(Number(r.value) * (W - left - 60)));
        return `<text x="${left - 8}" y="${y + 13}" text-anchor="end" font-size="12">${esc(`${r.rank}. ${name(r)}`)}</text><rect class="bar" x="${left}" y="${y}" width="${w}" height="${bar}" fill="${band(r)?.color ?? '#1f3a93'}"><title>${esc(`${name(r)}: ${value(r)}`)}</title></rect><text x="${left + w + 4}" y="${y + 13}" font-size="12">${esc(value(r))}</text>`;
      })
      .join('');
    const desc = vi ? `${ranking.length} đơn vị xếp theo chỉ số, từ 0 đến 1.` : `${ranking.length} units ranked by value, on a scale from 0 to 1.`;
    return (
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(options.title)}</title><style>` +
      'body{font-family:system-ui,Arial,sans-serif;margin:24px;color:#1b1b1b}table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d0d0d0;padding:.3rem .5rem;text-align:left}td.num{text-align:right}.swatch{display:inline-block;width:.8em;height:.8em;border:1px solid #666;margin-right:.3em}@media print{table,svg{break-inside:avoid}}' +
      `</style></head><body><h1>${esc(options.title)}</h1><table><thead><tr>${heads.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>` +
      `<svg role="img" aria-label="${esc(desc)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">${bars}</svg></body></html>\n`
    );
  } catch (e) {
    throw unreadableInput(e, 'renderRankingHtml', { ranking, options });
  }
}
