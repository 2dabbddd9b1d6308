import { DOMAIN_LABELS } from '../model/domain.js';
import { formatDate } from './format-date.js';
import { formatNumber } from './format-number.js';
import type { Lang } from '../model/primitives.js';
import type { Scorecard, ScorecardSummary } from './scorecard.js';
import { basisText, comparatorText, entryLabels, figure, gapText, headline, ratioAsPercent, statusWord, WORDS } from './words.js';
import { guardRender } from './guard-scorecard.js';
import { unreadableInput } from '../core/unreadable-input.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

/**
 * Renders a scorecard as Markdown, in Vietnamese or English: a headline that says how many
 * targets the score speaks for, a summary table per domain and for the whole plan, then one
 * table per domain with every target — tier, target as the plan words it, actual, met or not,
 * attainment, gap, status band, deadline, which figure was used and the source document's
 * title — followed by the words that explain each figure (a tier's units: how many reported,
 * met, the worst). Figures are rounded here, once (1 decimal, half-up; attainment as a
 * percentage); a zero gap is 0.
 *
 * @example
 * ```ts
 * renderScorecardMarkdown(card, { lang: 'vi' }); // '# Thẻ điểm: … | ≥ 70% | 91% | Đạt | 130% | +21 điểm % | …'
 * ```
 * @param scorecard - From {@link dx-indicators!buildScorecard}.
 * @param options - The language.
 * @throws {@link dx-indicators!DxInputError} when `scorecard` is not one or the language is not `vi` or `en`.
 * @returns Markdown text.
 * @category Reports
 */
export function renderScorecardMarkdown(scorecard: Scorecard, options: { readonly lang: Lang }): string {
  try {
    guardRender('renderScorecardMarkdown', scorecard, options, true);
    const { lang } = options;
    const w = (k: keyof typeof WORDS) => WORDS[k][lang];
    const summaryRow = (name: string, s: ScorecardSummary) =>
      row([name, String(s.targets), String(s.met), String(s.notMet), String(s.noData), `${s.withData}/${s.targets}`, s.score === undefined ? '—' : formatNumber(s.score, { lang })]);
    const lines = [
      `# ${w('scorecard')}: ${scorecard.title[lang]}`,
      '',
      `${w('asOf')}: ${formatDate(scorecard.asOf, lang)}`,
      '',
      `**${headline(scorecard.overall, lang)}**`,
      '',
      `## ${w('summary')}`,
      '',
      row([w('domain'), w('targets'), w('met'), w('notMet'), w('noData'), w('withData'), w('score')]),
      row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
      ...Object.entries(scorecard.domains).map(([d, s]) => summaryRow(DOMAIN_LABELS[d as keyof typeof DOMAIN_LABELS][lang], s)),
      summaryRow(`**${w('whole')}**`, scorecard.overall),
    ];
    for (const d of Object.keys(scorecard.domains)) {
      const entries = scorecard.entries.filter((e) => e.domain === d);
      lines.push('', `## ${DOMAIN_LABELS[d as keyof typeof DOMAIN_LABELS][lang]}`, '');
      lines.push(row([w('indicator'), w('tier'), w('target'), w('actual'), w('status'), w('attainment'), w('gap'), w('band'), w('deadline'), w('figure'), w('source')]));
      lines.push(row(['---', '---', '---', '---:', '---', '---:', '---:', '---', '---', '---', '---']));
      for (const e of entries) {
        lines.push(
          row([
            e.indicator[lang],
            entryLabels(e, lang).tier,
            comparatorText(e.comparator, e.unit, lang),
            e.actual === undefined ? '—' : figure(e.actual, e.unit, lang),
            statusWord(e.status, lang),
            e.attainment === undefined ? '—' : ratioAsPercent(e.attainment, lang),
            gapText(e.gap, e.unit, lang),
            e.band.label[lang],
            formatDate(e.deadline, lang),
            basisText(e, lang),
            e.sourceTitle ?? e.source.document,
          ]),
        );
      }
      // Words for the figures that need them: rolled up, from a tier's units, in disagreement, or beside a national target.
      const explained = entries.filter((e) => e.explanation !== undefined && (e.rolledUp !== undefined || e.units !== undefined || e.disagreement !== undefined || e.national !== undefined));
      if (explained.length > 0) {
        lines.push('', `${w('notes')}:`, '');
        for (const e of explained) lines.push(`- **${e.indicator[lang]} (${entryLabels(e, lang).tier})**: ${e.explanation?.[lang] ?? ''}`);
      }
    }
    return `${lines.join('\n')}\n`;
  } catch (e) {
    throw unreadableInput(e, 'renderScorecardMarkdown', { scorecard, options });
  }
}
