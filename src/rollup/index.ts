export { finishRollup } from './finish-rollup.js';
export { mergeRollupPartials } from './merge-rollup-partials.js';
export { type PartialCell, type RollupPartial } from './partial.js';
export { partialRollup } from './partial-rollup.js';
export { rollup } from './rollup.js';
export type { AggregationOverrides, Coverage, NonLeafRule, RollupOptions, RollupResult, RollupRow, RollupWarning, TimeBucket } from './types.js';
