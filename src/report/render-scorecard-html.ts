import { DOMAIN_LABELS } from '../model/domain.js';
import type { Lang } from '../model/primitives.js';
import { formatDate } from './format-date.js';
import { formatNumber } from './format-number.js';
import type { Scorecard, ScorecardEntry, ScorecardSummary } from './scorecard.js';
import { esc, safeColour, sparkline, unitBarChart } from './svg-charts.js';
import { basisText, comparatorText, entryLabels, figure, gapText, headline, ratioAsPercent, statusWord, WORDS } from './words.js';
import { guardRender } from './guard-scorecard.js';
import { unreadableInput } from '../core/unreadable-input.js';

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:24px;color:#1b1b1b;line-height:1.4}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:2px solid #ddd}
.headline{font-size:1.1rem;font-weight:600;background:#f4f6fb;border-left:4px solid #1f3a93;padding:.5rem .75rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #d0d0d0;padding:.3rem .45rem;vertical-align:top;text-align:left}th{background:#f0f0f0}td.num{text-align:right;white-space:nowrap}
.status{font-weight:600;white-space:nowrap}.status.met{color:#11632b}.status.not-met{color:#a3121a}.status.no-data{color:#555}
.status.met::before{content:"✔ "}.status.not-met::before{content:"✘ "}.status.no-data::before{content:"– "}
.swatch{display:inline-block;width:.8em;height:.8em;border:1px solid #666;margin-right:.3em;vertical-align:-.05em}
.detail{margin:.5rem 0 1.25rem}.detail p{margin:.25rem 0}figure{margin:.5rem 0}figcaption{font-size:.85rem;color:#444}
caption.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{body{margin:0}h2{break-after:avoid}table,figure,.detail{break-inside:avoid}}
`;

/**
 * Renders a scorecard as one self-contained HTML page, in Vietnamese or English: the headline
 * with data availability, a summary table, and per domain a table of every target with its
 * status in colour and in words, its band, deadline and the figure used; then, for a tier's
 * target, a bar chart of the units' figures against the target line, and, where a series
 * exists, a sparkline with the interim path. Charts are SVG drawn by the library, each with a
 * title and a description; the page has no script and no outside resource, and prints cleanly.
 * Pure: it returns the text; writing it anywhere is up to you.
 *
 * @example
 * ```ts
 * renderScorecardHtml(card, { lang: 'vi' }).startsWith('<!doctype html>'); // true
 * ```
 * @param scorecard - From {@link dx-indicators!buildScorecard}.
 * @param options - The language.
 * @throws {@link dx-indicators!DxInputError} when `scorecard` is not one or the language is not `vi` or `en`.
 * @returns The HTML text of the page.
 * @category Reports
 */
export function renderScorecardHtml(scorecard: Scorecard, options: { readonly lang: Lang }): string {
  try {
    guardRender('renderScorecardHtml', scorecard, options, true);
    const { lang } = options;
    const w = (k: keyof typeof WORDS) => WORDS[k][lang];
    const th = (s: string, scope = 'col') => `<th scope="${scope}">${esc(s)}</th>`;
    const td = (s: string, cls = '') => `<td${cls === '' ? '' : ` class="${cls}"`}>${esc(s)}</td>`;
    const summaryRow = (name: string, s: ScorecardSummary) =>
      `<tr>${th(name, 'row')}${td(String(s.targets), 'num')}${td(String(s.met), 'num')}${td(String(s.notMet), 'num')}${td(String(s.noData), 'num')}${td(`${s.withData}/${s.targets}`, 'num')}${td(s.score === undefined ? '—' : formatNumber(s.score, { lang }), 'num')}</tr>`;
    const parts = [
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
      `<title>${esc(`${w('scorecard')}: ${scorecard.title[lang]}`)}</title><style>${STYLE}</style></head><body>`,
      `<header><h1>${esc(`${w('scorecard')}: ${scorecard.title[lang]}`)}</h1><p>${esc(`${w('asOf')}: ${formatDate(scorecard.asOf, lang)}`)}</p>`,
      `<p class="headline">${esc(headline(scorecard.overall, lang))}</p></header><main>`,
      `<section aria-labelledby="summary"><h2 id="summary">${esc(w('summary'))}</h2><table><caption class="vh">${esc(w('summary'))}</caption><thead><tr>`,
      [w('domain'), w('targets'), w('met'), w('notMet'), w('noData'), w('withData'), w('score')].map((h) => th(h)).join(''),
      '</tr></thead><tbody>',
      ...Object.entries(scorecard.domains).map(([d, s]) => summaryRow(DOMAIN_LABELS[d as keyof typeof DOMAIN_LABELS][lang], s)),
      summaryRow(w('whole'), scorecard.overall),
      '</tbody></table></section>',
    ];
    for (const d of Object.keys(scorecard.domains)) {
      const entries = scorecard.entries.filter((e) => e.domain === d);
      const name = DOMAIN_LABELS[d as keyof typeof DOMAIN_LABELS][lang];
      parts.push(`<section aria-labelledby="d-${d}"><h2 id="d-${d}">${esc(name)}</h2><table><caption class="vh">${esc(name)}</caption><thead><tr>`);
      parts.push([w('indicator'), w('tier'), w('target'), w('actual'), w('status'), w('attainment'), w('gap'), w('band'), w('deadline'), w('figure')].map((h) => th(h)).join(''));
      parts.push('</tr></thead><tbody>');
      for (const e of entries) parts.push(entryRow(e, lang));
      parts.push('</tbody></table>');
      for (const e of entries) parts.push(detail(e, lang));
      parts.push('</section>');
    }
    const sources = [...new Set(scorecard.entries.map((e) => e.sourceTitle ?? e.source.document))];
    parts.push(`<footer><p>${esc(w('source'))}: ${sources.map(esc).join('; ')}</p></footer></main></body></html>`);
    return `${parts.join('')}\n`;
  } catch (e) {
    throw unreadableInput(e, 'renderScorecardHtml', { scorecard, options });
  }
}

function entryRow(e: ScorecardEntry, lang: Lang): string {
  const cells = [
    `<th scope="row">${esc(e.indicator[lang])}</th>`,
    `<td>${esc(entryLabels(e, lang).tier)}</td>`,
    `<td>${esc(comparatorText(e.comparator, e.unit, lang))}</td>`,
    `<td class="num">${esc(e.actual === undefined ? '—' : figure(e.actual, e.unit, lang))}</td>`,
    `<td class="status ${e.status}">${esc(statusWord(e.status, lang))}</td>`,
    `<td class="num">${esc(e.attainment === undefined ? '—' : ratioAsPercent(e.attainment, lang))}</td>`,
    `<td class="num">${esc(gapText(e.gap, e.unit, lang))}</td>`,
    `<td><span class="swatch" style="background:${safeColour(e.band.color)}" aria-hidden="true"></span>${esc(e.band.label[lang])}</td>`,
    `<td>${esc(formatDate(e.deadline, lang))}</td>`,
    `<td>${esc(basisText(e, lang))}</td>`,
  ];
  return `<tr id="row-${e.targetId}">${cells.join('')}</tr>`;
}


function detail(e: ScorecardEntry, lang: Lang): string {
  const bars = unitBarChart(e, lang);
  const spark = sparkline(e, lang);
  const words = e.rolledUp !== undefined || e.units !== undefined || e.disagreement !== undefined || e.national !== undefined ? (e.explanation?.[lang] ?? '') : '';
  if (bars === '' && spark === '' && words === '') return '';
  const caption = `${e.indicator[lang]} (${entryLabels(e, lang).tier})`;
  return (
    `<div class="detail" id="detail-${e.targetId}"><p><strong>${esc(caption)}</strong>${words === '' ? '' : `: ${esc(words)}`}</p>` +
    (bars === '' ? '' : `<figure>${bars}<figcaption>${esc(caption)}</figcaption></figure>`) +
    (spark === '' ? '' : `<figure>${spark}<figcaption>${esc(lang === 'vi' ? 'Chuỗi số liệu báo cáo' : 'Reported series')}</figcaption></figure>`) +
    '</div>'
  );
}
