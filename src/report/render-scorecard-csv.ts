import type { Lang } from '../model/primitives.js';
import type { Scorecard } from './scorecard.js';
import { comparatorText, entryLabels, statusWord } from './words.js';
import { guardRender } from './guard-scorecard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** One CSV field, quoted by RFC 4180 when it holds a comma, a quote or a line break. @internal */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Renders a scorecard as CSV (RFC 4180: CRLF line ends, quoted fields where needed): one row
 * per target, with the figure used and its basis, the reported and rolled-up figures, the
 * roll-up's coverage, a tier's units (how many, reported, met, not met, the worst) and the words
 * that explain the figure. Figures stay exact decimal strings with a decimal point, so that a spreadsheet or
 * a program reads them back without loss; the texts are in the language asked for.
 *
 * @example
 * ```ts
 * renderScorecardCsv(card, { lang: 'en' }).split('\r\n')[0];
 * // 'target_id,domain,indicator,tier,unit_code,target,deadline,actual,status,attainment,gap,band,period,source,quote,basis,status_reason,reported,rolled_up,coverage,units,units_reported,units_met,units_not_met,worst_unit,worst_value,source_title,explanation'
 * ```
 * @param scorecard - From {@link dx-indicators!buildScorecard}.
 * @param options - The language of the texts.
 * @throws {@link dx-indicators!DxInputError} when `scorecard` is not one or the language is not `vi` or `en`.
 * @returns CSV text.
 * @category Reports
 */
export function renderScorecardCsv(scorecard: Scorecard, options: { readonly lang: Lang }): string {
  try {
    guardRender('renderScorecardCsv', scorecard, options, true);
    const { lang } = options;
    const header = [
      'target_id', 'domain', 'indicator', 'tier', 'unit_code', 'target', 'deadline', 'actual', 'status', 'attainment', 'gap', 'band', 'period', 'source', 'quote',
      'basis', 'status_reason', 'reported', 'rolled_up', 'coverage', 'units', 'units_reported', 'units_met', 'units_not_met', 'worst_unit', 'worst_value', 'source_title', 'explanation',
    ];
    const rows = scorecard.entries.map((e) => {
      const { domain, tier } = entryLabels(e, lang);
      return [
        e.targetId,
        domain,
        e.indicator[lang],
        tier,
        e.unitCode,
        comparatorText(e.comparator, e.unit, lang),
        e.deadline,
        e.actual ?? '',
        statusWord(e.status, lang),
        e.attainment ?? '',
        e.gap ?? '',
        e.band.label[lang],
        e.observation?.period ?? '',
        e.observation?.source ?? '',
        e.source.quote,
        e.basis ?? '',
        e.statusReason ?? '',
        e.reported?.value ?? '',
        e.rolledUp?.value ?? '',
        e.rolledUp?.coverage.share ?? '',
        e.units === undefined ? '' : String(e.units.units),
        e.units === undefined ? '' : String(e.units.reported),
        e.units === undefined ? '' : String(e.units.met),
        e.units === undefined ? '' : String(e.units.notMet),
        e.units?.worst?.unitCode ?? '',
        e.units?.worst?.value ?? '',
        e.sourceTitle ?? '',
        e.explanation?.[lang] ?? '',
      ];
    });
    return `${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
  } catch (e) {
    throw unreadableInput(e, 'renderScorecardCsv', { scorecard, options });
  }
}
