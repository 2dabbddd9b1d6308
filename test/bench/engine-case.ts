// One case of the engine benchmark in a fresh process that holds only its own input, as a
// program holds it: `cold` (the first roll-up of the process, then warm ones), `sorted` and
// `shuffled` (rows read from a file in month-major or shuffled order), `month` (month buckets).
// Each time is from a collected heap; prints JSON. Spawned by engine.bench.ts, so that no case
// pays for another case's heap.
import { parseObservations, rollup, type TimeBucket } from '../../src/index.js';
import { h, inds, rnd, rows } from './engine-data.js';
import { timeRuns } from './timing.js';

const which = process.argv[2] ?? 'cold';
const shuffle = which === 'shuffled';
const fromFile = which === 'sorted' || shuffle;
const source = shuffle ? [...rows].sort(() => rnd() - 0.5) : rows;
const list = parseObservations(fromFile ? (JSON.parse(JSON.stringify(source)) as unknown[]) : source);
const bucket: TimeBucket = which === 'month' ? 'month' : 'year';
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
collect();
const t0 = performance.now();
rollup(list, inds, h, { bucket });
const cold = performance.now() - t0;
collect();
const warm = timeRuns(() => rollup(list, inds, h, { bucket }), bucket === 'month' ? 3 : 5).ms;
console.log(JSON.stringify({ cold, warm }));
