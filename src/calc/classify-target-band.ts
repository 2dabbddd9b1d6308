import { toDec, type Dec, type NumericInput } from '../core/decimal.js';
import type { LegendBand, LegendSet } from '../model/legend-set.js';
import type { Comparator } from '../model/target.js';
import { attainmentOf } from './attainment.js';
import { classifyBand } from './classify-band.js';
import { meets } from './target-met.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

// Just below 1: a not-met figure whose ratio reaches 1 (50 against "more than 50") is placed
// with the ratios below it. No band edge of a legend set lies this close to 1.
const BELOW_ONE = '0.999999999999999999999999999999';

/**
 * The status band of a figure against a target, by its attainment ratio, and never in
 * contradiction with the comparator: a figure that does not meet its target is never in a band
 * of ratios of 1 or more ("Achieved"), and one that meets it is never below such a band. So
 * 50 against "more than 50%" (ratio exactly 1, not met) is "On track", not "Achieved". Without
 * a figure, the set's no-data band.
 *
 * @example
 * ```ts
 * classifyTargetBand(DEFAULT_STATUS_BANDS, { kind: 'more-than', value: '50' }, '50').id; // 'on-track'
 * classifyTargetBand(DEFAULT_STATUS_BANDS, { kind: 'at-least', value: '50' }, '50').id; // 'achieved'
 * ```
 * @param legendSet - Bands over the attainment ratio (e.g. {@link DEFAULT_STATUS_BANDS}).
 * @param comparator - The target's comparator.
 * @param actual - The figure, or `undefined` when there is none.
 * @returns The band.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Status
 */
export function classifyTargetBand(legendSet: LegendSet, comparator: Comparator, actual: NumericInput | undefined): LegendBand {
  try {
    const g = guard('classifyTargetBand');
    g.object(legendSet, ['legendSet']);
    g.comparator(comparator, ['comparator']);
    g.numeric(actual, ['actual'], true).done();
    return bandOfTarget(legendSet, g.comparator(comparator, []) as Comparator, actual === undefined ? undefined : toDec(actual));
  } catch (e) {
    throw unreadableInput(e, 'classifyTargetBand', { legendSet, comparator, actual });
  }
}

/** {@link classifyTargetBand} for a comparator already read by its schema (no checks). @internal */
export function bandOfTarget(legendSet: LegendSet, comparator: Comparator, actual: Dec | undefined): LegendBand {
  if (actual === undefined) return legendSet.noData;
  const met = meets(comparator, actual);
  const a = attainmentOf(comparator, actual, undefined);
  if (!a.ok) return classifyBand(legendSet, met ? '1' : '0');
  const ratio = a.value.ratio;
  const reaches = !ratio.startsWith('0') && !ratio.startsWith('-');
  if (met && !reaches) return classifyBand(legendSet, '1');
  if (!met && reaches) return classifyBand(legendSet, BELOW_ONE);
  return classifyBand(legendSet, ratio);
}
