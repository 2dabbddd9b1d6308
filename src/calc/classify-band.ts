import { toDec, type NumericInput } from '../core/decimal.js';
import type { LegendBand, LegendSet } from '../model/legend-set.js';
import { guard, type Guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * The band of a legend set that a figure falls in, by the bands' exact edges; the set's
 * no-data band when there is no figure.
 *
 * @example
 * ```ts
 * classifyBand(OPEN_SDG_PROGRESS_BANDS, '0.95').id; // 'on-track' (≥ 95% is on track)
 * classifyBand(OPEN_SDG_PROGRESS_BANDS, '0.9499').id; // 'acceleration-needed'
 * classifyBand(DEFAULT_STATUS_BANDS, undefined).id; // 'no-data'
 * ```
 * @param legendSet - A legend set (built in, or parsed with {@link parseLegendSet}).
 * @param value - The figure, or `undefined` when there is none.
 * @returns The band.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Status
 */
export function classifyBand(legendSet: LegendSet, value: NumericInput | undefined): LegendBand {
  try {
    const g = guard('classifyBand');
    guardLegendSet(g, legendSet, ['legendSet']);
    g.numeric(value, ['value'], true).done();
    if (value === undefined) return legendSet.noData;
    const x = toDec(value);
    for (const band of legendSet.bands) {
      const { to } = band;
      if (to === undefined || (to.inclusive ? x.lte(to.value) : x.lt(to.value))) return band;
    }
    // Unreachable for a parsed legend set: its last band has no upper edge.
    return legendSet.bands[legendSet.bands.length - 1] ?? legendSet.noData;
  } catch (e) {
    throw unreadableInput(e, 'classifyBand', { legendSet, value });
  }
}

/** The checks of a legend set given as an argument (at `path`): its bands and its no-data band. @internal */
export function guardLegendSet(g: Guard, legendSet: LegendSet, path: readonly (string | number)[]): void {
  if (g.object(legendSet, path)) {
    if (g.array(legendSet.bands, [...path, 'bands'])) for (const [i, b] of legendSet.bands.entries()) g.object(b, [...path, 'bands', i]);
    g.object(legendSet.noData, [...path, 'noData']);
  }
}
