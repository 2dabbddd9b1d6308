import { toDec, type NumericInput } from '../core/decimal.js';
import { meets } from '../calc/target-met.js';
import { guard } from '../model/guard.js';
import type { Comparator } from '../model/target.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** A mistake in reading a target's words, which {@link diagnoseStatus} can reproduce. @category Testing */
export type StatusMistake = 'more-than-read-as-at-least' | 'less-than-read-as-at-most' | 'at-least-read-as-more-than' | 'at-most-read-as-less-than';

/** What {@link diagnoseStatus} found. @category Testing */
export interface StatusDiagnosis {
  /** The other verdict equals the library's. */
  readonly matches: boolean;
  /** Whether the target is met, as the plan's words mean it. */
  readonly expected: boolean;
  /** The misreading that gives the other verdict, when one does. */
  readonly reproducedBy?: { readonly mistake: StatusMistake; readonly explanation: string };
}

const MISREADINGS: Readonly<Partial<Record<Comparator['kind'], { mistake: StatusMistake; as: Comparator['kind']; words: string }>>> = {
  'more-than': { mistake: 'more-than-read-as-at-least', as: 'at-least', words: '"more than" (trên) read as "at least" (ít nhất): the boundary itself counted as met' },
  'less-than': { mistake: 'less-than-read-as-at-most', as: 'at-most', words: '"less than" (dưới) read as "at most" (tối đa): the boundary itself counted as met' },
  'at-least': { mistake: 'at-least-read-as-more-than', as: 'more-than', words: '"at least" (ít nhất) read as "more than": the boundary itself counted as missed' },
  'at-most': { mistake: 'at-most-read-as-less-than', as: 'less-than', words: '"at most" (tối đa) read as "less than": the boundary itself counted as missed' },
};

/**
 * Checks a verdict someone else gave (met / not met) against the target's words, and when it
 * differs, whether a known misreading of the comparator gives it — "more than 50%" read as "at
 * least 50%" is the common one, and it shows only on the boundary.
 * @example
 * ```ts
 * diagnoseStatus(true, { kind: 'more-than', value: '50' }, '50').reproducedBy?.mistake; // 'more-than-read-as-at-least'
 * diagnoseStatus(true, { kind: 'more-than', value: '50' }, '50.1').matches; // true
 * ```
 * @param claimedMet - The other verdict.
 * @param comparator - The target's comparator.
 * @param figure - The figure the verdict was given on.
 * @returns Whether it matches, the verdict the words give, and the misreading that reproduces the other.
 * @throws `DxInputError` (from `dx-indicators`) when the verdict is not a boolean, the comparator is malformed or the figure is not a number.
 * @category Testing
 */
export function diagnoseStatus(claimedMet: boolean, comparator: Comparator, figure: NumericInput): StatusDiagnosis {
  try {
    const g = guard('diagnoseStatus');
    g.oneOf(claimedMet, [true, false], ['claimedMet']);
    const c = g.comparator(comparator, ['comparator']);
    g.numeric(figure, ['figure']).done();
    const x = toDec(figure);
    const expected = meets(c as Comparator, x);
    if (expected === claimedMet) return { matches: true, expected };
    const m = MISREADINGS[(c as Comparator).kind];
    if (m !== undefined && 'value' in (c as Comparator) && meets({ kind: m.as, value: (c as { value: string }).value } as Comparator, x) === claimedMet) {
      return { matches: false, expected, reproducedBy: { mistake: m.mistake, explanation: m.words } };
    }
    return { matches: false, expected };
  } catch (e) {
    throw unreadableInput(e, 'diagnoseStatus', { claimedMet, comparator, figure });
  }
}
