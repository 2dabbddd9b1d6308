import type { Hierarchy } from '../geo/hierarchy.js';
import { aggregateSpace } from './aggregate-space.js';
import type { CellTable } from './cells.js';
import { FigureColumns, readColumns } from './figure-columns.js';
import { indexHierarchy } from './hierarchy-index.js';
import type { RollupColumns, RollupOptions } from './types.js';

/** A cell table aggregated over space into rows in columns: what `rollupColumns` and `finishRollupColumns` return. @internal */
export function tableColumns(table: CellTable, hierarchy: Hierarchy, options: RollupOptions): RollupColumns {
  const h = indexHierarchy(hierarchy);
  const cols = new FigureColumns(h.codes.length);
  const { warnings } = aggregateSpace(table, hierarchy, options, cols);
  return readColumns(cols, { indicatorIds: [...table.columns.keys()], buckets: table.buckets, h, warnings });
}
