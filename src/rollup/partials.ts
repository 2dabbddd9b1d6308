/**
 * A roll-up split into chunks: the partial state of each chunk (a province, a month, a worker's
 * share of the rows), merged in any order and grouping, and finished once over the hierarchy —
 * the same rows as {@link dx-indicators!rollup} over all the data. Its own entry point, so that
 * a program that rolls up in one pass does not carry it.
 * @module dx-indicators/partials
 */
export { finishRollup } from './finish-rollup.js';
export { finishRollupColumns } from './finish-rollup-columns.js';
export { mergeAllRollupPartials } from './merge-all-rollup-partials.js';
export { mergeRollupPartials } from './merge-rollup-partials.js';
export { type PartialColumn, type RollupPartial } from './partial.js';
export { partialRollup } from './partial-rollup.js';
