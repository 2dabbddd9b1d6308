export { compositeScore, type Composite, type CompositeOptions, type ScoreComponent } from './composite-score.js';
export { normaliseMinMax } from './normalise-min-max.js';
export { rankUnits } from './rank-units.js';
export { rebaseObservations, type RebaseOptions, type RebaseWarning } from './rebase-observations.js';
export { rollup } from './rollup.js';
export { rollupColumns } from './rollup-columns.js';
export { summariseTargetAcrossUnits, type TargetSummary } from './summarise-target-across-units.js';
export type { AggregationOverrides, Coverage, NonLeafRule, RollupOptions, RollupColumns, RollupResult, RollupRow, RollupWarning, TimeBucket, FigureWarning } from './types.js';
