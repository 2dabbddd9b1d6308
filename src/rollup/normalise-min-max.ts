import { Dec, decString, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import type { Direction } from '../model/indicator.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Min–max normalisation of figures across units to 0–100 (COINr): the best unit scores 100 and
 * the worst 0, reversed for a lower-is-better indicator. When every figure is equal, every unit
 * scores 100 (no unit is behind another).
 *
 * @example
 * ```ts
 * normaliseMinMax({ '75': 91, '79': 70, '01': 84 }, 'higher-is-better'); // { '75': '100', '79': '0', '01': '66.666…' }
 * ```
 * @param values - Figures by unit code.
 * @param direction - Which way is better.
 * @returns Scores by unit code, exact.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Composite scores
 */
export function normaliseMinMax(values: Readonly<Record<string, NumericInput>>, direction: Direction): Record<string, DecimalString> {
  try {
    const g = guard('normaliseMinMax');
    if (g.object(values, ['values'])) for (const [k, v] of Object.entries(values)) g.numeric(v, ['values', k]);
    g.oneOf(direction, ['higher-is-better', 'lower-is-better'], ['direction']).done();
    const entries = Object.entries(values).map(([k, v]) => [k, toDec(v)] as const);
    if (entries.length === 0) return {};
    // A loop, not Dec.min(...figures): a list spread into one call fails past about 120,000.
    let lo = (entries[0] as readonly [string, Dec])[1];
    let hi = lo;
    for (const [, v] of entries) {
      if (v.lt(lo)) lo = v;
      if (v.gt(hi)) hi = v;
    }
    const span = hi.minus(lo);
    const out: Record<string, DecimalString> = {};
    for (const [k, v] of entries) {
      out[k] = span.isZero() ? '100' : decString((direction === 'higher-is-better' ? v.minus(lo) : hi.minus(v)).div(span).times(100));
    }
    return out;
  } catch (e) {
    throw unreadableInput(e, 'normaliseMinMax', { values, direction });
  }
}
