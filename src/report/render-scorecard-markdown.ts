import { DOMAIN_LABELS } from '../model/domain.js';
import { formatDate } from './format-date.js';
import { formatNumber } from './format-number.js';
import type { Lang } from '../model/primitives.js';
import type { Scorecard, ScorecardSummary } from './scorecard.js';
import { comparatorText, entryLabels, figure, ratioAsPercent, statusWord, WORDS } from './words.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

/**
 * Renders a scorecard as Markdown, in Vietnamese or English: a summary table per domain and for
 * the whole plan, then one table per domain with every target — tier, target as the plan words
 * it, actual, met or not, attainment, gap, status band and source. Figures are rounded here,
 * once (1 decimal, half-up; attainment as a percentage).
 *
 * @example
 * ```ts
 * renderScorecardMarkdown(card, { lang: 'vi' }); // '# Thẻ điểm: … | ≥ 70% | 91% | Đạt | 130% | +21 | …'
 * ```
 * @param scorecard - From {@link buildScorecard}.
 * @param options - The language.
 * @returns Markdown text.
 * @category Reports
 */
export function renderScorecardMarkdown(scorecard: Scorecard, options: { readonly lang: Lang }): string {
  const { lang } = options;
  const w = (k: keyof typeof WORDS) => WORDS[k][lang];
  const summaryRow = (name: string, s: ScorecardSummary) =>
    row([name, String(s.targets), String(s.met), String(s.notMet), String(s.noData), s.score === undefined ? '—' : formatNumber(s.score, { lang })]);
  const lines = [
    `# ${w('scorecard')}: ${scorecard.title[lang]}`,
    '',
    `${w('asOf')}: ${formatDate(scorecard.asOf, lang)}`,
    '',
    `## ${w('summary')}`,
    '',
    row([w('domain'), w('targets'), w('met'), w('notMet'), w('noData'), w('score')]),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    ...Object.entries(scorecard.domains).map(([d, s]) => summaryRow(DOMAIN_LABELS[d as keyof typeof DOMAIN_LABELS][lang], s)),
    summaryRow(`**${w('whole')}**`, scorecard.overall),
  ];
  for (const d of Object.keys(scorecard.domains)) {
    const entries = scorecard.entries.filter((e) => e.domain === d);
    lines.push('', `## ${DOMAIN_LABELS[d as keyof typeof DOMAIN_LABELS][lang]}`, '');
    lines.push(row([w('indicator'), w('tier'), w('target'), w('actual'), w('status'), w('attainment'), w('gap'), w('band'), w('source')]));
    lines.push(row(['---', '---', '---', '---:', '---', '---:', '---:', '---', '---']));
    for (const e of entries) {
      const points = e.unit === 'percent' ? (lang === 'vi' ? ' điểm %' : ' pp') : '';
      const gap = e.gap === undefined ? '—' : `${e.gap.startsWith('-') ? '' : '+'}${formatNumber(e.gap, { lang })}${points}`;
      lines.push(
        row([
          e.indicator[lang],
          entryLabels(e, lang).tier,
          comparatorText(e.comparator, e.unit, lang),
          e.actual === undefined ? '—' : figure(e.actual, e.unit, lang),
          statusWord(e.status, lang),
          e.attainment === undefined ? '—' : ratioAsPercent(e.attainment, lang),
          gap,
          e.band.label[lang],
          e.observation?.source ?? '—',
        ]),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
