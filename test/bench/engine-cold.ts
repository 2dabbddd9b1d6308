// The cold first call on its own: a fresh process that parses the national year's rows, rolls
// them up once (cold), then warm, from a collected heap each time; prints both. Spawned by
// engine.bench.ts, so that the cold call holds only its own input, as a program's first call does.
import { parseObservations, rollup } from '../../src/index.js';
import { h, inds, rows } from './engine-data.js';
import { timeRuns } from './timing.js';

const sorted = parseObservations(rows);
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
collect();
const t0 = performance.now();
rollup(sorted, inds, h, { bucket: 'year' });
const cold = performance.now() - t0;
collect();
const warm = timeRuns(() => rollup(sorted, inds, h, { bucket: 'year' }), 5).ms;
console.log(JSON.stringify({ cold, warm }));
