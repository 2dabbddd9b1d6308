import { Dec, type DecimalString, type NumericInput, toDec, decString } from '../core/decimal.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Ranks units by score, best first, with ties: `competition` ranking ("1224": tied units share
 * a rank and the next rank is skipped) or `dense` ("1223"). Ties are listed in code order.
 *
 * @example
 * ```ts
 * rankUnits({ a: 90, b: 80, c: 90, d: 70 }, { method: 'competition' }).map((r) => r.rank); // [1, 1, 3, 4]
 * ```
 * @param scores - Scores by unit code.
 * @param options - The tie method and which way is better (default higher).
 * @returns Units with score and rank, best first.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Composite scores
 */
export function rankUnits(
  scores: Readonly<Record<string, NumericInput>>,
  options: { readonly method: 'competition' | 'dense'; readonly lowerIsBetter?: boolean },
): { readonly unitCode: string; readonly score: DecimalString; readonly rank: number }[] {
  try {
    const g = guard('rankUnits');
    if (g.object(scores, ['scores'])) for (const [k, v] of Object.entries(scores)) g.numeric(v, ['scores', k]);
    if (g.object(options, ['options'])) g.oneOf(options.method, ['competition', 'dense'], ['options', 'method']).oneOf(options.lowerIsBetter, [true, false], ['options', 'lowerIsBetter'], true);
    g.done();
    const sign = options.lowerIsBetter === true ? -1 : 1;
    const sorted = Object.entries(scores)
      .map(([unitCode, s]) => ({ unitCode, value: toDec(s) }))
      .sort((x, y) => sign * y.value.cmp(x.value) || (x.unitCode < y.unitCode ? -1 : x.unitCode > y.unitCode ? 1 : 0));
    let rank = 0;
    let prev: Dec | undefined;
    return sorted.map((x, i) => {
      if (prev === undefined || !x.value.eq(prev)) rank = options.method === 'competition' ? i + 1 : rank + 1;
      prev = x.value;
      return { unitCode: x.unitCode, score: decString(x.value), rank };
    });
  } catch (e) {
    throw unreadableInput(e, 'rankUnits', { scores, options });
  }
}
