import type { Hierarchy } from '../geo/hierarchy.js';
import type { Indicator } from '../model/indicator.js';
import type { RollupPartial } from './partial.js';
import { partialTable } from './partial-table.js';
import { tableColumns } from './table-columns.js';
import type { RollupColumns, RollupOptions } from './types.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * {@link finishRollup}'s rows in columns, as {@link dx-indicators!rollupColumns} gives
 * {@link dx-indicators!rollup}'s: the same rows, in the same order, with the same warnings, read one field at a
 * time or whole with `row(i)`. For a split roll-up of many rows (month buckets merged from
 * workers' partials), whose figures' text is written only when read.
 * @example
 * ```ts
 * const partial = partialRollup(parseObservations([{ indicatorId: 'online-dossier-rate', unitCode: '25195', period: '2025-06', numerator: '3', denominator: '4' }]), [onlineDossierRate]);
 * const cols = finishRollupColumns(partial, [onlineDossierRate], h);
 * [cols.length, cols.unitCode(0), cols.value(0)]; // [2, '75', '75']
 * cols.row(1).unitCode; // '25195'
 * ```
 * @param partial - From {@link partialRollup} or a merge ({@link mergeAllRollupPartials}).
 * @param indicators - The indicators the partial was made with.
 * @param hierarchy - The units in force on a date.
 * @param options - As for {@link finishRollup}.
 * @returns The rows in columns, and the warnings.
 * @throws {@link dx-indicators!DxInputError} as {@link finishRollup} does.
 * @category Roll-up
 */
export function finishRollupColumns(partial: RollupPartial, indicators: readonly Indicator[], hierarchy: Hierarchy, options: RollupOptions = {}): RollupColumns {
  try {
    return tableColumns(partialTable('finishRollupColumns', partial, indicators, hierarchy, options), hierarchy, options);
  } catch (e) {
    throw unreadableInput(e, 'finishRollupColumns', { partial, indicators, hierarchy, options });
  }
}
