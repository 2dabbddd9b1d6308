import { Dec, decString, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import { computed, notComputed, type Computed } from '../core/result.js';
import type { Direction } from '../model/indicator.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Goalpost normalisation to 0–100 (SDSN SDG Index, COINr): the figure's position between a
 * lower and an upper bound, reversed for a lower-is-better indicator, clamped to [0, 100].
 *
 * @example
 * ```ts
 * goalpostScore(55, { lower: 10, upper: 100, direction: 'higher-is-better' }); // { ok: true, value: '50' }
 * ```
 * @param actual - The figure.
 * @param goalposts - The bounds (`lower` < `upper`) and the better direction.
 * @returns The score from 0 to 100, exact; `equal-goalposts` when the bounds are equal,
 *   `reversed-goalposts` when lower > upper.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Normalisation
 */
export function goalpostScore(
  actual: NumericInput,
  goalposts: { readonly lower: NumericInput; readonly upper: NumericInput; readonly direction: Direction },
): Computed<DecimalString, 'equal-goalposts' | 'reversed-goalposts'> {
  try {
    const g = guard('goalpostScore').numeric(actual, ['actual']);
    if (g.object(goalposts, ['goalposts'])) {
      g.numeric(goalposts.lower, ['goalposts', 'lower']).numeric(goalposts.upper, ['goalposts', 'upper']).oneOf(goalposts.direction, ['higher-is-better', 'lower-is-better'], ['goalposts', 'direction']);
    }
    g.done();
    const lo = toDec(goalposts.lower);
    const hi = toDec(goalposts.upper);
    if (lo.eq(hi)) return notComputed('equal-goalposts', 'the lower and upper goalposts are equal');
    if (lo.gt(hi)) return notComputed('reversed-goalposts', `the lower goalpost (${decString(lo)}) is above the upper (${decString(hi)})`);
    const x = toDec(actual);
    const pos = goalposts.direction === 'higher-is-better' ? x.minus(lo) : hi.minus(x);
    const score = Dec.min(100, Dec.max(0, pos.div(hi.minus(lo)).times(100)));
    return computed(decString(score));
  } catch (e) {
    throw unreadableInput(e, 'goalpostScore', { actual, goalposts });
  }
}
