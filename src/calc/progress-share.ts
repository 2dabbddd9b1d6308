import { decString, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import { computed, notComputed, type Computed } from '../core/result.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * The baseline-adjusted share of the way from baseline to target that a figure has covered:
 * (x − B) ÷ (T − B). 0 at the baseline, 1 at the target, above 1 beyond it, below 0 when the
 * figure went the wrong way. Works for either direction (a falling target has T < B).
 *
 * @example
 * ```ts
 * progressShare({ baseline: 40, target: 70, actual: 61 }); // { ok: true, value: '0.7' }
 * ```
 * @param input - The baseline B, the target T and the figure x.
 * @returns The share, or `target-equals-baseline` when T = B.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Attainment
 */
export function progressShare(input: {
  readonly baseline: NumericInput;
  readonly target: NumericInput;
  readonly actual: NumericInput;
}): Computed<DecimalString, 'target-equals-baseline'> {
  try {
    const g = guard('progressShare');
    if (g.object(input, ['input'])) g.numeric(input.baseline, ['baseline']).numeric(input.target, ['target']).numeric(input.actual, ['actual']);
    g.done();
    const b = toDec(input.baseline);
    const span = toDec(input.target).minus(b);
    if (span.isZero()) return notComputed('target-equals-baseline', 'the target equals the baseline, so there is no distance to cover');
    return computed(decString(toDec(input.actual).minus(b).div(span)));
  } catch (e) {
    throw unreadableInput(e, 'progressShare', { input });
  }
}
