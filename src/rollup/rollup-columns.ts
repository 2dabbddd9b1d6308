import type { Hierarchy } from '../geo/hierarchy.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { rollupTable } from './checked-accumulate.js';
import { tableColumns } from './table-columns.js';
import type { RollupColumns, RollupOptions } from './types.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * {@link rollup}'s figures in columns: the same rows, in the same order, with the same warnings,
 * read one field at a time (`value(i)`, `unitCode(i)` …) or whole (`row(i)`). The rows are held
 * in typed arrays and a figure's text is written only when it is read, so a roll-up of many rows
 * (every commune of the country by month: 1.6 million) costs little more than the year in rows,
 * and about a sixth of the memory of its row objects (see docs/rollup.md): for tables, charts and
 * exports that read what they show.
 * @example
 * ```ts
 * const cols = rollupColumns(observations, [onlineDossierRate], h, { bucket: 'year' });
 * cols.length; // 11
 * [cols.unitCode(0), cols.value(0), cols.numerator(0), cols.denominator(0)]; // ['75', '54.5', '545', '1000']
 * cols.row(1).unitCode === rollup(observations, [onlineDossierRate], h).rows[1]?.unitCode; // true
 * ```
 * @param observations - Parsed observations (see {@link parseObservations}).
 * @param indicators - The indicators to roll up.
 * @param hierarchy - The units in force on a date (see {@link hierarchyAt}).
 * @param options - As for {@link rollup}.
 * @returns The rows in columns, and the warnings.
 * @throws {@link DxInputError} as {@link rollup} does.
 * @category Roll-up
 */
export function rollupColumns(
  observations: readonly Observation[],
  indicators: readonly Indicator[],
  hierarchy: Hierarchy,
  options: RollupOptions = {},
): RollupColumns {
  try {
    return tableColumns(rollupTable('rollupColumns', observations, indicators, hierarchy, options), hierarchy, options);
  } catch (e) {
    throw unreadableInput(e, 'rollupColumns', { observations, indicators, hierarchy, options });
  }
}
