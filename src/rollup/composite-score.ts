import { Dec, decString, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import { computed, notComputed, type Computed } from '../core/result.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** One component of a composite: a normalised score (0–100) or none, and its weight. @category Composite scores */
export interface ScoreComponent {
  readonly id: string;
  /** The normalised score, 0–100; `undefined` when there is no figure. */
  readonly score: NumericInput | undefined;
  readonly weight: NumericInput;
}

/** Options of {@link compositeScore}. @category Composite scores */
export interface CompositeOptions {
  /** Arithmetic (compensatory) or geometric (a weak component pulls the whole down) mean. */
  readonly method: 'arithmetic' | 'geometric';
  /** The least share (0–1) of the total weight that must have a score; below it there is no composite. Default 0. */
  readonly minAvailability?: NumericInput;
}

/** A composite score and what went into it. @category Composite scores */
export interface Composite {
  readonly score: DecimalString;
  /** Share of the total weight that had a score (the weights of missing components are redistributed over the rest). */
  readonly availability: DecimalString;
  readonly used: readonly string[];
  readonly missing: readonly string[];
}

/**
 * A weighted composite of normalised scores (COINr, SDSN SDG Index): the weights of missing
 * components are redistributed over the components that have a score, and a minimum data
 * availability can be required. Nest it for a DTI-style index: indicators → pillar scores →
 * province score.
 *
 * @example
 * ```ts
 * compositeScore([{ id: 'a', score: 80, weight: 1 }, { id: 'b', score: 60, weight: 1 }, { id: 'c', score: undefined, weight: 2 }],
 *   { method: 'arithmetic', minAvailability: '0.5' }); // { ok: true, value: { score: '70', availability: '0.5', … } }
 * ```
 * @param components - Scores (0–100) and weights.
 * @param options - The mean and the minimum availability.
 * @returns The composite, or why there is none (`insufficient-data`, `invalid-score`, `zero-weight`).
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Composite scores
 */
export function compositeScore(
  components: readonly ScoreComponent[],
  options: CompositeOptions,
): Computed<Composite, 'insufficient-data' | 'invalid-score' | 'zero-weight'> {
  try {
    const g = guard('compositeScore');
    if (g.array(components, ['components'])) {
      components.forEach((c, i) => {
        if (g.object(c, ['components', i])) g.numeric(c.weight, ['components', i, 'weight']).numeric(c.score, ['components', i, 'score'], true);
      });
    }
    if (g.object(options, ['options'])) g.oneOf(options.method, ['arithmetic', 'geometric'], ['options', 'method']).numeric(options.minAvailability, ['options', 'minAvailability'], true);
    g.done();
    const total = components.reduce((a, c) => a.plus(toDec(c.weight)), new Dec(0));
    if (!total.gt(0)) return notComputed('zero-weight', 'the weights add up to 0');
    const present = components.filter((c) => c.score !== undefined);
    for (const c of present) {
      const s = toDec(c.score as NumericInput);
      if (s.lt(0) || s.gt(100)) return notComputed('invalid-score', `the score of "${c.id}" is ${decString(s)}, outside 0–100: normalise it first`);
    }
    const used = present.reduce((a, c) => a.plus(toDec(c.weight)), new Dec(0));
    const availability = used.div(total);
    const min = options.minAvailability === undefined ? new Dec(0) : toDec(options.minAvailability);
    // No score present leaves no weight used.
    if (!used.gt(0) || availability.lt(min)) {
      return notComputed('insufficient-data', `scores cover ${decString(availability.times(100))}% of the weight, below the ${decString(min.times(100))}% required`);
    }
    let score: Dec;
    if (options.method === 'arithmetic') {
      score = present.reduce((a, c) => a.plus(toDec(c.score as NumericInput).times(toDec(c.weight))), new Dec(0)).div(used);
    } else {
      // A score of 0 with a weight above 0 makes the product 0 (0 to a positive power is 0).
      score = present.reduce((a, c) => a.times(toDec(c.score as NumericInput).pow(toDec(c.weight).div(used))), new Dec(1));
    }
    return computed({
      score: decString(score),
      availability: decString(availability),
      used: present.map((c) => c.id),
      missing: components.filter((c) => c.score === undefined).map((c) => c.id),
    });
  } catch (e) {
    throw unreadableInput(e, 'compositeScore', { components, options });
  }
}
