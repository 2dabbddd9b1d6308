import type Decimal from 'decimal.js';
import { Dec, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Rounding modes for output. `half-up` rounds 0.5 away from zero (the everyday rule and
 * Vietnamese statistical practice); `half-even` is banker's rounding; the others are directed.
 * @category Numbers
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  up: Dec.ROUND_UP,
  down: Dec.ROUND_DOWN,
  ceil: Dec.ROUND_CEIL,
  floor: Dec.ROUND_FLOOR,
  'half-up': Dec.ROUND_HALF_UP,
  'half-down': Dec.ROUND_HALF_DOWN,
  'half-even': Dec.ROUND_HALF_EVEN,
};

/**
 * Rounds a decimal to a number of decimal places with an explicit mode: the one place where a
 * figure is rounded, at the output edge. Idempotent. The result has exactly `places` decimals
 * (`"70.50"` for 2), as a report shows it.
 *
 * @example
 * ```ts
 * roundDecimal('1.2345', 2, 'half-up');   // '1.23'
 * roundDecimal('0.125', 2, 'half-even');  // '0.12'
 * roundDecimal('0.125', 2, 'half-up');    // '0.13'
 * ```
 * @param value - The figure.
 * @param places - Decimal places, 0 to 20.
 * @param mode - The rounding mode.
 * @returns The rounded figure as text.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Numbers
 */
export function roundDecimal(value: NumericInput, places: number, mode: RoundingMode): DecimalString {
  try {
    guard('roundDecimal').numeric(value, ['value']).integer(places, 0, 20, ['places']).oneOf(mode, Object.keys(MODES), ['mode']).done();
    const r = toDec(value).toDecimalPlaces(places, MODES[mode]);
    return r.isZero() ? (places === 0 ? '0' : `0.${'0'.repeat(places)}`) : r.toFixed(places);
  } catch (e) {
    throw unreadableInput(e, 'roundDecimal', { value, places, mode });
  }
}
