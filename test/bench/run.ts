// `npm run bench [-- --quick]`: the roll-up benchmark (end to end from rows, then its parts), then
// the scorecard of a province's year, one after the other in one process (a collection between).
await import('./rollup.bench.js');
(globalThis as { gc?: () => void }).gc?.();
await import('./scorecard.bench.js');
export {};
