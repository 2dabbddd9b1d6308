import { guardRender } from './guard-scorecard.js';
import type { Scorecard } from './scorecard.js';
import { unreadableInput } from '../core/unreadable-input.js';

const sortKeys = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  }
  return v;
};

/**
 * Renders a scorecard as stable JSON: keys sorted at every level, two-space indent, a final
 * line break, figures as exact decimal strings — the same scorecard always gives the same
 * bytes, so outputs can be diffed and cached. Labels are in both languages.
 *
 * @example
 * ```ts
 * JSON.parse(renderScorecardJson(card)).overall.met; // 3
 * ```
 * @param scorecard - From {@link dx-indicators!buildScorecard}.
 * @returns JSON text.
 * @throws {@link dx-indicators!DxInputError} when the scorecard is not one `buildScorecard` made.
 * @category Reports
 */
export function renderScorecardJson(scorecard: Scorecard): string {
  try {
    guardRender('renderScorecardJson', scorecard, undefined, false);
    return `${JSON.stringify(sortKeys(scorecard), null, 2)}\n`;
  } catch (e) {
    throw unreadableInput(e, 'renderScorecardJson', { scorecard });
  }
}
