// One case of the engine benchmark in a fresh process that holds only its own input, as a
// program holds it: `cold` (the first roll-up of the process, then warm ones), `sorted` and
// `shuffled` (rows read from a file in month-major or shuffled order; both processes hold both
// lists and roll up one), `month` (month buckets),
// `month-columns` (month buckets with rollupColumns: the warm calls one after another, and, as
// for a split, one year pass and the month in columns in turn from a collected heap each),
// or `<split>-<k>` (`time-4`, `place-8`: one pass, and k chunks' partials merged and finished,
// taken in turn). Each time is from a collected heap, with the page faults of its calls (fresh
// memory the system hands over: on the machines this is measured on, about 11 µs a 4 KB page);
// prints JSON. Spawned by engine.bench.ts, so that no case pays for another case's heap.
import { parseObservations, rollup, rollupColumns, type Observation, type TimeBucket } from '../../src/index.js';
import { finishRollup, mergeAllRollupPartials, partialRollup } from '../../src/rollup/partials.js';
import { chunksOf, h, inds, rnd, rows } from './engine-data.js';
import { timeRuns } from './timing.js';

const which = process.argv[2] ?? 'cold';
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const faults = () => process.resourceUsage().minorPageFault;
const [split, k] = which.split('-') as [string, string | undefined];
/** Each case from a collected heap, in turn: the median of five runs of each (a first round warms up). */
const inTurn = (cases: (() => unknown)[]): number[] => {
  const ms: number[][] = cases.map(() => []);
  for (let r = 0; r < 6; r++) {
    cases.forEach((f, i) => {
      collect();
      const t0 = performance.now();
      f();
      // The first round warms up.
      if (r > 0) ms[i]?.push(performance.now() - t0);
    });
  }
  return ms.map((t) => t.sort((x, y) => x - y)[2] as number);
};
if (split === 'time' || split === 'place') {
  // One pass and the split.
  const list = parseObservations(rows);
  const chunks = chunksOf(split as 'time' | 'place', Number(k)).map((c) => parseObservations(c));
  const [one, parts] = inTurn([() => rollup(list, inds, h, { bucket: 'year' }), () => finishRollup(mergeAllRollupPartials(chunks.map((c) => partialRollup(c, inds))), inds, h)]) as [number, number];
  console.log(JSON.stringify({ one, split: parts }));
} else {
  // Sorted and shuffled input, read from files: both processes make both lists, in the same
  // order, and roll up one, so that order is all they differ in. A process that made only its
  // own list would also differ in its heap's history: the shuffled one's heap was once left
  // with 200 MB less room committed than the sorted one's, and each of its calls then faulted
  // in 12–24 MB of fresh pages as the call's garbage was promoted (5,600 page faults against
  // 950), about 60 ms a call that are the garbage collector's sizing, not the input's order.
  const fromFile = which === 'sorted' || which === 'shuffled';
  const fileLists = fromFile ? [rows, [...rows].sort(() => rnd() - 0.5)].map((r) => parseObservations(JSON.parse(JSON.stringify(r)) as unknown[])) : [];
  const list = fromFile ? (fileLists[which === 'shuffled' ? 1 : 0] as Observation[]) : parseObservations(rows);
  const bucket: TimeBucket = which.startsWith('month') ? 'month' : 'year';
  const roll = which === 'month-columns' ? () => rollupColumns(list, inds, h, { bucket }) : () => rollup(list, inds, h, { bucket });
  collect();
  const f0 = faults();
  const t0 = performance.now();
  roll();
  const cold = performance.now() - t0;
  const coldFaults = faults() - f0;
  collect();
  const f1 = faults();
  const runs = bucket === 'month' ? 3 : 5;
  const warm = timeRuns(roll, runs).ms;
  // Per call: the warm-up call and the runs.
  const warmFaults = (faults() - f1) / (runs + 1);
  const [one, collected] = which === 'month-columns' ? inTurn([() => rollup(list, inds, h, { bucket: 'year' }), roll]) : [];
  // Warm calls as the first is taken, each from a collected heap: a full collection sweeps the
  // input out of the processor's caches, and the call after it reads its rows from memory (about
  // 90 ms more for the national year on this machine, however warm the code), where calls one
  // after another find them cached.
  const [warmCollected] = which === 'cold' ? inTurn([roll]) : [];
  console.log(JSON.stringify({ cold, warm, coldFaults, warmFaults, one, collected, warmCollected }));
}
