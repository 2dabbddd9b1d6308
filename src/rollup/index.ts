export { rollup } from './rollup.js';
export type { AggregationOverrides, Coverage, NonLeafRule, RollupOptions, RollupResult, RollupRow, RollupWarning, TimeBucket } from './types.js';
