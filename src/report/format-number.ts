import { toDec, type NumericInput } from '../core/decimal.js';
import { roundDecimal, type RoundingMode } from '../calc/round-decimal.js';
import type { Lang } from '../model/primitives.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** Options of {@link formatNumber}. @category Reports */
export interface NumberFormat {
  readonly lang: Lang;
  /** Decimal places at most (trailing zeros are dropped): default 1. */
  readonly decimals?: number;
  /** Rounding mode (default `half-up`). */
  readonly rounding?: RoundingMode;
  /** Append a percent sign. */
  readonly percent?: boolean;
}

/**
 * Formats a figure for people: Vietnamese with a decimal comma and dot thousands (70,5%;
 * 3.970.176), English with a decimal point and comma thousands (70.5%; 3,970,176). Rounded
 * once, explicitly; trailing zeros dropped.
 *
 * @example
 * ```ts
 * formatNumber('70.5', { lang: 'vi', percent: true }); // '70,5%'
 * formatNumber('3970176', { lang: 'en' });             // '3,970,176'
 * ```
 * @param value - The figure.
 * @param format - Language, decimals, rounding, percent sign.
 * @returns The text.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Reports
 */
export function formatNumber(value: NumericInput, format: NumberFormat): string {
  try {
    const g = guard('formatNumber').numeric(value, ['value']);
    if (g.object(format, ['format'])) {
      g.oneOf(format.lang, ['vi', 'en'], ['format', 'lang']).integer(format.decimals, 0, 20, ['format', 'decimals'], true);
      g.oneOf(format.rounding, ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'], ['format', 'rounding'], true).oneOf(format.percent, [true, false], ['format', 'percent'], true);
    }
    g.done();
    const rounded = roundDecimal(value, format.decimals ?? 1, format.rounding ?? 'half-up');
    const neg = toDec(rounded).isNegative() && !toDec(rounded).isZero();
    const [int = '0', frac = ''] = rounded.replace('-', '').split('.');
    const [thousands, point] = format.lang === 'vi' ? ['.', ','] : [',', '.'];
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
    const fraction = frac.replace(/0+$/, '');
    return `${neg ? '-' : ''}${grouped}${fraction === '' ? '' : point + fraction}${format.percent === true ? '%' : ''}`;
  } catch (e) {
    throw unreadableInput(e, 'formatNumber', { value, format });
  }
}
