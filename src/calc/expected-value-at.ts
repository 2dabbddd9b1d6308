import { Dec, decString, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import { computed, notComputed, type Computed } from '../core/result.js';
import type { IsoDate } from '../model/primitives.js';
import { yearsBetween } from './years-between.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** The shape of the path from baseline to target. @category Progress */
export type PathShape = 'linear' | 'compound';

/**
 * The interim value expected on a date on the path from a baseline to a target: linear
 * (equal steps) or compound (equal growth rates, for figures that grow by a share each year).
 * Before the baseline the baseline is expected; after the deadline, the target.
 *
 * @example
 * ```ts
 * // 2024 baseline 60% at 31 Dec 2024, target 80% at 31 Dec 2025: expected on 30 Jun 2025
 * expectedValueAt({ baseline: { value: 60, date: '2024-12-31' }, target: { value: 80, date: '2025-12-31' },
 *   date: '2025-06-30', path: 'linear' }); // { ok: true, value: '69.91780821917808219178082191780821917808' }
 * ```
 * @param input - Baseline and target (value and date), the date, and the path shape.
 * @returns The expected value, exact to 40 significant digits (round it for display); for a
 *   compound path, `non-positive-for-compound` when the baseline or target is not above 0.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Progress
 */
export function expectedValueAt(input: {
  readonly baseline: { readonly value: NumericInput; readonly date: IsoDate };
  readonly target: { readonly value: NumericInput; readonly date: IsoDate };
  readonly date: IsoDate;
  readonly path: PathShape;
}): Computed<DecimalString, 'non-positive-for-compound' | 'deadline-not-after-baseline'> {
  try {
    const g = guard('expectedValueAt');
    if (g.object(input, ['input'])) {
      if (g.object(input.baseline, ['baseline'])) g.numeric(input.baseline.value, ['baseline', 'value']).date(input.baseline.date, ['baseline', 'date']);
      if (g.object(input.target, ['target'])) g.numeric(input.target.value, ['target', 'value']).date(input.target.date, ['target', 'date']);
      g.date(input.date, ['date']).oneOf(input.path, ['linear', 'compound'], ['path']);
    }
    g.done();
    const b = toDec(input.baseline.value);
    const t = toDec(input.target.value);
    const span = yearsBetween(input.baseline.date, input.target.date);
    if (!span.gt(0)) return notComputed('deadline-not-after-baseline', `the target date ${input.target.date} is not after the baseline date ${input.baseline.date}`);
    const f = Dec.min(1, Dec.max(0, yearsBetween(input.baseline.date, input.date).div(span)));
    if (input.path === 'linear') return computed(decString(b.plus(t.minus(b).times(f))));
    if (!b.gt(0) || !t.gt(0)) return notComputed('non-positive-for-compound', 'a compound path needs a baseline and a target above 0');
    if (f.eq(0)) return computed(decString(b));
    if (f.eq(1)) return computed(decString(t));
    return computed(decString(b.times(t.div(b).pow(f))));
  } catch (e) {
    throw unreadableInput(e, 'expectedValueAt', { input });
  }
}
