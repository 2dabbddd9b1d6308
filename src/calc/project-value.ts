import { Dec, decString, type DecimalString } from '../core/decimal.js';
import { computed, type Computed } from '../core/result.js';
import type { IsoDate } from '../model/primitives.js';
import { observedRate, type GrowthRateReason } from './observed-growth-rate.js';
import { guardSeries, sortedSeries, type GrowthModel, type SeriesPoint } from './series.js';
import { yearsBetween } from './years-between.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * The value a series reaches on a date if its observed trend continues: compound, the last
 * figure grown at the observed annual rate; linear, the least-squares line. An optional natural
 * limit (100 for a percentage) caps the projection.
 *
 * @example
 * ```ts
 * projectValue([{ date: '2023-12-31', value: 60 }, { date: '2024-12-31', value: 70 }], '2025-12-31', 'linear');
 * // { ok: true, value: '80' }
 * ```
 * @param series - The observed points.
 * @param date - The date to project to (usually the deadline).
 * @param model - `compound` or `linear`.
 * @param limit - A natural limit the figure cannot pass (a maximum).
 * @returns The projected value, or why it cannot be projected.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Progress
 */
export function projectValue(
  series: readonly SeriesPoint[],
  date: IsoDate,
  model: GrowthModel,
  limit?: DecimalString | number,
): Computed<DecimalString, GrowthRateReason> {
  try {
    const g = guard('projectValue');
    guardSeries(g, series, ['series']);
    g.date(date, ['date']).oneOf(model, ['compound', 'linear'], ['model']).numeric(limit, ['limit'], true).done();
    const r = projectDec(series, date, model);
    if (!r.ok) return r;
    return computed(decString(limit === undefined ? r.value : Dec.min(r.value, limit)));
  } catch (e) {
    throw unreadableInput(e, 'projectValue', { series, date, model, limit });
  }
}

/** The same, as a decimal. @internal */
export function projectDec(series: readonly SeriesPoint[], date: IsoDate, model: GrowthModel): Computed<Dec, GrowthRateReason> {
  const rate = observedRate(series, model);
  if (!rate.ok) return rate;
  const pts = sortedSeries(series);
  const first = pts[0] as { date: IsoDate; value: Dec };
  const last = pts[pts.length - 1] as { date: IsoDate; value: Dec };
  if (model === 'compound') {
    return computed(last.value.times(rate.value.plus(1).pow(yearsBetween(last.date, date))));
  }
  const ts = pts.map((p) => yearsBetween(first.date, p.date));
  const n = pts.length;
  const meanT = ts.reduce((a, t) => a.plus(t), new Dec(0)).div(n);
  const meanX = pts.reduce((a, p) => a.plus(p.value), new Dec(0)).div(n);
  return computed(meanX.plus(rate.value.times(yearsBetween(first.date, date).minus(meanT))));
}
