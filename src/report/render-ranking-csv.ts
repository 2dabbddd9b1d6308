import type { RankedUnit } from '../assess/rank-assessment.js';
import { guard } from '../model/guard.js';
import { guardRanking } from './guard-scorecard.js';
import { csvField } from './render-scorecard-csv.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Renders a ranking as CSV (RFC 4180: CRLF line ends, quoted fields where needed): rank, unit
 * code, name, the exact value, the value to four decimals, points, previous rank and change.
 * Figures keep a decimal point, so that a program reads them back without loss.
 *
 * @example
 * ```ts
 * renderRankingCsv([{ unitCode: '26734', value: '0.98', display: '0.9800', points: '98', rank: 1 }]).split('\r\n')[1]; // '1,26734,,0.98,0.9800,98,,'
 * ```
 * @param ranking - From {@link dx-indicators/assess!rankAssessment}.
 * @param options - Names by unit code.
 * @returns CSV text.
 * @throws {@link dx-indicators!DxInputError} when the ranking is not a list of ranked units.
 * @category Reports
 */
export function renderRankingCsv(ranking: readonly RankedUnit[], options: { readonly names?: Readonly<Record<string, string>> } = {}): string {
  try {
    const g = guard('renderRankingCsv');
    guardRanking(g, ranking);
    g.object(options, ['options']);
    g.done();
    const rows = [
      ['rank', 'unit_code', 'unit', 'value', 'value_4dp', 'points', 'previous_rank', 'change'],
      ...ranking.map((r) => [String(r.rank), r.unitCode, options.names?.[r.unitCode] ?? '', r.value, r.display, r.points, r.previousRank === undefined ? '' : String(r.previousRank), r.change === undefined ? '' : String(r.change)]),
    ];
    return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
  } catch (e) {
    throw unreadableInput(e, 'renderRankingCsv', { ranking, options });
  }
}
