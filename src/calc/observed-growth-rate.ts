import { Dec, decString, type DecimalString } from '../core/decimal.js';
import { computed, notComputed, type Computed } from '../core/result.js';
import { yearsBetween } from './years-between.js';
import { guard } from '../model/guard.js';
import { guardSeries, sortedSeries, type GrowthModel, type SeriesPoint } from './series.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** Why a growth rate could not be computed. @category Progress */
export type GrowthRateReason = 'insufficient-data' | 'non-positive-for-compound';

/**
 * The observed rate of change of a series: compound, the annual growth rate from the first to
 * the last point, (last ÷ first)^(1/years) − 1 (Open SDG, Eurostat); linear, the least-squares
 * slope in units per year over every point.
 *
 * @example
 * ```ts
 * observedGrowthRate([{ date: '2023-12-31', value: 100 }, { date: '2025-12-31', value: 121 }], 'compound');
 * // { ok: true, value: '0.1' }
 * ```
 * @param series - The points (any order; two on the same date: the later in the list wins).
 * @param model - `compound` or `linear`.
 * @returns The rate per year; `insufficient-data` with fewer than two dates,
 *   `non-positive-for-compound` when a compound rate meets a figure of 0 or less.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Progress
 */
export function observedGrowthRate(series: readonly SeriesPoint[], model: GrowthModel): Computed<DecimalString, GrowthRateReason> {
  try {
    const g = guard('observedGrowthRate');
    guardSeries(g, series, ['series']);
    g.oneOf(model, ['compound', 'linear'], ['model']).done();
    const r = observedRate(series, model);
    return r.ok ? computed(decString(r.value)) : r;
  } catch (e) {
    throw unreadableInput(e, 'observedGrowthRate', { series, model });
  }
}

/** The same, as a decimal. @internal */
export function observedRate(series: readonly SeriesPoint[], model: GrowthModel): Computed<Dec, GrowthRateReason> {
  const pts = sortedSeries(series);
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (first === undefined || last === undefined || pts.length < 2) {
    return notComputed('insufficient-data', 'a rate needs figures on at least two dates');
  }
  if (model === 'compound') {
    if (!first.value.gt(0) || !last.value.gt(0)) return notComputed('non-positive-for-compound', 'a compound rate needs figures above 0');
    return computed(compoundRate(first.value, last.value, yearsBetween(first.date, last.date)));
  }
  const ts = pts.map((p) => yearsBetween(first.date, p.date));
  const n = new Dec(pts.length);
  const meanT = ts.reduce((a, t) => a.plus(t), new Dec(0)).div(n);
  const meanX = pts.reduce((a, p) => a.plus(p.value), new Dec(0)).div(n);
  let sxy = new Dec(0);
  let sxx = new Dec(0);
  pts.forEach((p, i) => {
    const dt = (ts[i] as Dec).minus(meanT);
    sxy = sxy.plus(dt.times(p.value.minus(meanX)));
    sxx = sxx.plus(dt.times(dt));
  });
  return computed(sxy.div(sxx));
}

/** (to ÷ from)^(1/years) − 1, exact when the root is. @internal */
export function compoundRate(from: Dec, to: Dec, years: Dec): Dec {
  const ratio = to.div(from);
  const inv = new Dec(1).div(years);
  // Integral roots are taken with an integer root so that exact cases stay exact (121/100 over 2 years → 0.1).
  const root = years.isInteger() && years.gt(0) ? integerRoot(ratio, years.toNumber()) : ratio.pow(inv);
  return root.minus(1);
}

function integerRoot(x: Dec, n: number): Dec {
  if (n === 1) return x;
  if (n === 2) return x.sqrt();
  if (n === 3) return x.cbrt();
  const approx = x.pow(new Dec(1).div(n));
  // Snap to an exact root when one exists at a few decimal places.
  for (const dp of [0, 1, 2, 3, 4, 6, 8]) {
    const c = approx.toDecimalPlaces(dp);
    if (c.pow(n).eq(x)) return c;
  }
  return approx;
}
