import { Dec, decString, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import { computed, notComputed, type Computed } from '../core/result.js';
import type { Comparator } from '../model/target.js';
import { thresholdOf } from './threshold.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** Why an attainment could not be computed. @category Attainment */
export type AttainmentReason = 'zero-target' | 'zero-actual' | 'negative-figure';

/** Options of {@link attainment}. @category Attainment */
export interface AttainmentOptions {
  /** The largest ratio to report (e.g. `1` or `"1.2"`); larger ratios are capped. */
  readonly cap?: NumericInput;
}

/** An attainment ratio, and whether it was capped. @category Attainment */
export interface Attainment {
  /** actual ÷ target (higher is better) or target ÷ actual (lower is better); 1 means exactly met. */
  readonly ratio: DecimalString;
  /** The ratio before the cap. */
  readonly uncapped: DecimalString;
  /** Whether the cap lowered the ratio. */
  readonly capped: boolean;
}

/**
 * How far an actual figure attains its target, as a ratio: actual ÷ target for a
 * higher-is-better comparator ("at least", "more than", "all", "yes"), target ÷ actual for a
 * lower-is-better one ("within", "under"); for a range, 1 inside it and the ratio to the nearest
 * bound outside. Exact (decimal); no rounding. A zero target, a zero actual under a
 * lower-is-better target, or a negative figure is a reason, not a number.
 *
 * @example
 * ```ts
 * // Đồng Nai 2025: fully online dossiers ≥ 70%; reported 91%.
 * attainment({ kind: 'at-least', value: '70' }, '91'); // { ok: true, value: { ratio: '1.3', … } }
 * ```
 * @param comparator - The target's comparator.
 * @param actual - The figure.
 * @param options - An optional cap.
 * @returns The ratio, or the reason it cannot be computed.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Attainment
 */
export function attainment(
  comparator: Comparator,
  actual: NumericInput,
  options: AttainmentOptions = {},
): Computed<Attainment, AttainmentReason> {
  try {
    const g = guard('attainment');
    const c = g.comparator(comparator, ['comparator']);
    g.numeric(actual, ['actual']);
    if (g.object(options, ['options'])) g.numeric(options.cap, ['options', 'cap'], true);
    g.done();
    return attainmentOf(c as Comparator, toDec(actual), options.cap === undefined ? undefined : toDec(options.cap));
  } catch (e) {
    throw unreadableInput(e, 'attainment', { comparator, actual, options });
  }
}

/** The attainment of a figure against a comparator already read by its schema (no checks). @internal */
export function attainmentOf(comparator: Comparator, x: Dec, cap: Dec | undefined): Computed<Attainment, AttainmentReason> {
  const { value: t, direction } = thresholdOf(comparator, x);
  if (x.isNegative() && !x.isZero()) return notComputed('negative-figure', `an attainment ratio needs a figure of 0 or more, got ${decString(x)}`);
  if (t.isNegative() && !t.isZero()) return notComputed('negative-figure', `an attainment ratio needs a target of 0 or more, got ${decString(t)}`);
  let ratio: Dec;
  if (comparator.kind === 'exactly') {
    // Any miss, above or below, is below 1: the smaller over the larger.
    if (x.eq(t)) ratio = new Dec(1);
    else if (t.isZero()) return notComputed('zero-target', 'the target is 0, so a ratio to it has no meaning');
    else ratio = x.lt(t) ? x.div(t) : t.div(x);
  } else if (direction === 'inside') {
    ratio = new Dec(1);
  } else if (direction === 'higher-is-better') {
    if (t.isZero()) return notComputed('zero-target', 'the target is 0, so a ratio to it has no meaning');
    ratio = x.div(t);
  } else {
    if (x.isZero()) return notComputed('zero-actual', 'the figure is 0 under a lower-is-better target, so target ÷ figure has no value');
    ratio = t.div(x);
  }
  return ok(ratio, cap);
}

function ok(ratio: Dec, cap: Dec | undefined): Computed<Attainment, AttainmentReason> {
  const capped = cap !== undefined && ratio.gt(cap);
  return computed({ ratio: decString(capped ? cap : ratio), uncapped: decString(ratio), capped });
}
