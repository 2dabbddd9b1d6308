import type { RankedUnit } from '../assess/rank-assessment.js';
import { guard } from '../model/guard.js';
import { guardRanking } from './guard-scorecard.js';
import type { Lang } from '../model/primitives.js';
import { formatNumber } from './format-number.js';
import { rankChangeText, rankValueText } from './words.js';
import { unreadableInput } from '../core/unreadable-input.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * Renders a ranking as a Markdown table, in Vietnamese or English: rank, unit (its name when
 * `names` gives one), value to four decimals, points, and the change of rank (▲ 2, ▼ 1, =) when
 * the ranking was made against a previous one.
 *
 * @example
 * ```ts
 * const ranking = [{ unitCode: '26734', value: '0.98', display: '0.9800', points: '98', rank: 1, previousRank: 3, change: 2 }];
 * renderRankingMarkdown(ranking, { lang: 'vi', names: { '26734': 'Phường A' } }).split('\n')[2]; // '| 1 | Phường A | 0,9800 | 98 | ▲ 2 |'
 * ```
 * @param ranking - From {@link dx-indicators/assess!rankAssessment}.
 * @param options - The language, and names by unit code.
 * @returns Markdown text.
 * @throws {@link dx-indicators!DxInputError} when the ranking is not a list or the language is not `vi` or `en`.
 * @category Reports
 */
export function renderRankingMarkdown(ranking: readonly RankedUnit[], options: { readonly lang: Lang; readonly names?: Readonly<Record<string, string>> }): string {
  try {
    const g = guard('renderRankingMarkdown');
    guardRanking(g, ranking);
    if (g.object(options, ['options'])) g.oneOf(options.lang, ['vi', 'en'], ['options', 'lang']);
    g.done();
    const vi = options.lang === 'vi';
    const withChange = ranking.some((r) => r.change !== undefined);
    const head = [vi ? 'Hạng' : 'Rank', vi ? 'Đơn vị' : 'Unit', vi ? 'Chỉ số' : 'Value', vi ? 'Điểm' : 'Points', ...(withChange ? [vi ? 'Thay đổi' : 'Change'] : [])];
    const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
    const lines = [
      row(head),
      row(head.map((_, i) => (i === 1 ? '---' : '---:'))),
      ...ranking.map((r) => row([String(r.rank), options.names?.[r.unitCode] ?? r.unitCode, rankValueText(r.display, options.lang), formatNumber(r.points, { lang: options.lang, decimals: 2 }), ...(withChange ? [rankChangeText(r.change)] : [])])),
    ];
    return `${lines.join('\n')}\n`;
  } catch (e) {
    throw unreadableInput(e, 'renderRankingMarkdown', { ranking, options });
  }
}
