// `npm run bench:engine`: how the roll-up engine's time depends on things that should not matter
// much — the order of the observations, splitting into partials, the bucket, a cold first call —
// on the two-tier national year (3,321 communes × 40 indicators × 12 months), in one process.
// Each line gives the ratio to the reference case. Goals (issue 12): shuffled within 1.3× of
// sorted; k partials + merge + finish within 1.5× of one pass (merged with mergeAllRollupPartials);
// month buckets within 2× of year (rows from rollup; rows in columns from rollupColumns).
import { parseObservations, rollup, rollupColumns, type Observation } from '../../src/index.js';
import { finishRollup, mergeAllRollupPartials, mergeRollupPartials, partialRollup } from '../../src/rollup/partials.js';
import { chunksOf, h, inds, leaves, rnd, rows } from './engine-data.js';
import { execFileSync } from 'node:child_process';
import { timeRuns } from './timing.js';

const sorted = parseObservations(rows);
const shuffledRows = [...rows].sort(() => rnd() - 0.5);
// Two shuffles: the rows a program holds after reading a shuffled file (every string made in the
// file's order), and the same rows' objects shuffled in memory (each figure's text far from the
// last: the worst case for the processor's caches, which no reader produces).
const shuffledFile = parseObservations(JSON.parse(JSON.stringify(shuffledRows)) as unknown[]);
// The sorted rows as read from a file too: a reader makes a string per field of every row, where
// the reference's rows share one string per code. Order alone is then the only difference.
const sortedFile = parseObservations(JSON.parse(JSON.stringify(rows)) as unknown[]);
const shuffled = parseObservations(shuffledRows);

// Each case starts from a collected heap (node --expose-gc), so that no case pays for the garbage of the one before.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const time = (f: () => unknown, runs = 5) => {
  collect();
  return timeRuns(f, runs).ms;
};
/** Each function once to warm up, then all in turn `runs` times (each run from a collected heap with `collectEach`): each one's median in ms. */
const inTurn = (fs: (() => unknown)[], runs: number, collectEach = false): number[] => {
  collect();
  for (const f of fs) f();
  const ts = fs.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    fs.forEach((f, i) => {
      if (collectEach) collect();
      const t0 = performance.now();
      f();
      ts[i]?.push(performance.now() - t0);
    });
  }
  return ts.map((t) => t.sort((a, b) => a - b)[Math.floor(runs / 2)] as number);
};
const line = (name: string, ms: number, ref: number, goal?: number) =>
  console.log(`  ${name}: ${ms.toFixed(0)} ms (${(ms / ref).toFixed(2)}× ${ref === year ? 'the reference' : 'that'}${goal === undefined ? '' : `; goal ≤ ${goal}×${ms / ref <= goal ? ', met' : ', NOT met'}`})`);

// The first call of this process, before any other: cold (from a collected heap, as every case).
collect();
const c0 = performance.now();
rollup(sorted, inds, h, { bucket: 'year' });
const cold = performance.now() - c0;
// The reference, and sorted and shuffled input read from files, taken in turn (seven runs each,
// medians): the machine's drift between two series of runs is as large as the differences
// measured, and a reference taken alone, right after the lists are made, has read a third slow.
const [year, fromSortedFile, fromShuffledFile] = inTurn(
  [() => rollup(sorted, inds, h, { bucket: 'year' }), () => rollup(sortedFile, inds, h, { bucket: 'year' }), () => rollup(shuffledFile, inds, h, { bucket: 'year' })],
  7,
) as [number, number, number];
console.log(`engine (${sorted.length.toLocaleString('en-US')} observations, two tiers): reference = one warm pass, year buckets, month-major input: ${year.toFixed(0)} ms`);
line('cold first call, with the other cases\' inputs held (four parsed national lists)', cold, year);
// The cases as a program meets them: each in a fresh process that holds only its own input (the
// cases below hold four parsed national lists, whose collection some runs pay for), five
// rounds, the cases in turn within each round; the ratio of each round, and their median (this
// machine's fresh processes of one case differ by up to half from one another).
const inFreshProcess = <T = { cold: number; warm: number; coldFaults: number; warmFaults: number; one: number; collected: number; warmCollected: number }>(which: string) =>
  JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/bench/engine-case.ts', which], { encoding: 'utf8' })) as T;
const ROUNDS = 5;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
const rounds = Array.from({ length: ROUNDS }, () => ({ cold: inFreshProcess('cold'), sorted: inFreshProcess('sorted'), shuffled: inFreshProcess('shuffled'), month: inFreshProcess('month'), monthColumns: inFreshProcess('month-columns') }));
const freshLine = (name: string, ratios: number[], goal: number, what: string) => {
  const mid = median(ratios);
  console.log(`  ${name}, in a fresh process (${ROUNDS} processes each): ${mid.toFixed(2)}× ${what} (${ratios.map((r) => r.toFixed(2)).join(', ')}; goal ≤ ${goal}×${mid <= goal ? ', met' : ', NOT met'})`);
};
freshLine('cold first call', rounds.map((r) => r.cold.cold / r.cold.warm), 1.5, `a warm call there, calls one after another (${rounds.map((r) => `${r.cold.cold.toFixed(0)}/${r.cold.warm.toFixed(0)} ms`).join(', ')})`);
freshLine('  the same', rounds.map((r) => r.cold.cold / r.cold.warmCollected), 1.5, `a warm call from a collected heap, as the first is taken (${rounds.map((r) => `${r.cold.cold.toFixed(0)}/${r.cold.warmCollected.toFixed(0)} ms`).join(', ')})`);
freshLine('shuffled input read from a file', rounds.map((r) => r.shuffled.warm / r.sorted.warm), 1.3, `sorted input read from a file (${rounds.map((r) => `${r.shuffled.warm.toFixed(0)}/${r.sorted.warm.toFixed(0)} ms`).join(', ')})`);
freshLine('month buckets', rounds.map((r) => r.month.warm / r.cold.warm), 2, `year buckets (${rounds.map((r) => `${r.month.warm.toFixed(0)}/${r.cold.warm.toFixed(0)} ms`).join(', ')})`);
freshLine('month buckets in columns (rollupColumns), warm calls one after another', rounds.map((r) => r.monthColumns.warm / r.cold.warm), 2, `year buckets in rows (${rounds.map((r) => `${r.monthColumns.warm.toFixed(0)}/${r.cold.warm.toFixed(0)} ms`).join(', ')})`);
freshLine('month buckets in columns, each call from a collected heap', rounds.map((r) => r.monthColumns.collected / r.monthColumns.one), 2, `one year pass in rows taken in turn (${rounds.map((r) => `${r.monthColumns.collected.toFixed(0)}/${r.monthColumns.one.toFixed(0)} ms`).join(', ')})`);
// Fresh memory: the page faults of a call (each a 4 KB page the system hands over), medians of the rounds.
const mid = (xs: number[]) => Math.round(median(xs)).toLocaleString('en-US');
console.log(`  page faults of a call, in a fresh process: the first ${mid(rounds.map((r) => r.cold.coldFaults))}, a warm one ${mid(rounds.map((r) => r.cold.warmFaults))}; month buckets, warm ${mid(rounds.map((r) => r.month.warmFaults))}, in columns ${mid(rounds.map((r) => r.monthColumns.warmFaults))}`);
line('sorted input, as read from a file', fromSortedFile, year);
line('shuffled input, as read from a shuffled file', fromShuffledFile, year);
line('  the same, against sorted input read from a file', fromShuffledFile, fromSortedFile, 1.3);
line('shuffled input, objects shuffled in memory', time(() => rollup(shuffled, inds, h, { bucket: 'year' })), year);
line('quarter buckets', time(() => rollup(sorted, inds, h, { bucket: 'quarter' })), year);
line('month buckets', time(() => rollup(sorted, inds, h, { bucket: 'month' }), 3), year, 2);
line('month buckets in columns (rollupColumns), runs one after another', time(() => rollupColumns(sorted, inds, h, { bucket: 'month' }), 3), year, 2);
{
  // As the splits below: one pass and the month in columns in turn, each run from a collected heap.
  // Run after run without collecting, each call also pays for the collection of the result before
  // it (about 36 MB of typed arrays) and of its cells: V8 marks the whole heap every call or two.
  const [one, monthColumns] = inTurn([() => rollup(sorted, inds, h, { bucket: 'year' }), () => rollupColumns(sorted, inds, h, { bucket: 'month' })], 3, true) as [number, number];
  console.log(`    each run from a collected heap: ${monthColumns.toFixed(0)} ms, ${(monthColumns / one).toFixed(2)}× one year pass in rows taken in turn (${one.toFixed(0)} ms; goal ≤ 2×${monthColumns / one <= 2 ? ', met' : ', NOT met'})`);
}
line('year buckets in columns (rollupColumns)', time(() => rollupColumns(sorted, inds, h, { bucket: 'year' })), year);
// The floor under month buckets: as many objects of a row's shape as the month roll-up returns,
// every field an existing value, nothing computed (no figure's text, no aggregation).
const leafCoverage = Object.freeze({ expected: 1, reported: 1, share: '1', missing: Object.freeze([]) });
const bareRows = () => {
  const out = [];
  for (let i = 0; i < 1_610_400; i++) {
    out.push({ indicatorId: (inds[i % 40] as { id: string }).id, unitCode: leaves[i % leaves.length] as string, level: 'commune', period: '2025-01', coverage: leafCoverage, observations: 1, own: false, status: 'value', value: '1' });
  }
  return out;
};
line('  1,610,400 bare objects of a row\'s shape (the month result\'s row count; nothing computed)', time(bareRows, 3), year);
// k chunks, each parsed on its own as a worker or a reader of one file would (a slice of a
// parsed list is checked row by row again: it is not the list parsing returned), split by time
// or by place (see chunksOf), in this process (which holds four parsed national lists) and in a
// fresh one that holds only the rows, their parsed list and the chunks; in both, one pass and
// the split taken in turn, each run from a collected heap.
for (const split of ['time', 'place'] as const) {
  for (const k of [2, 4, 8]) {
    const chunks = chunksOf(split, k).map((c) => parseObservations(c));
    const splitPass = () => finishRollup(mergeAllRollupPartials(chunks.map((c) => partialRollup(c, inds))), inds, h);
    const [one, parts] = inTurn([() => rollup(sorted, inds, h, { bucket: 'year' }), splitPass], 3, true) as [number, number];
    console.log(`  ${k} partials (by ${split}) + merge + finish: ${parts.toFixed(0)} ms, ${(parts / one).toFixed(2)}× one pass taken in turn (${one.toFixed(0)} ms; goal ≤ 1.5×${parts / one <= 1.5 ? ', met' : ', NOT met'})`);
    // Without collecting between runs, a run pays for the garbage of the runs before it: in this
    // process's heap (four national lists) a full collection costs 0.6–1 s, and the typed arrays
    // a split leaves (about 30 MB a run) count towards the next one.
    line('    the same, runs one after another without collecting between them', time(splitPass, 3), year);
    const fresh = inFreshProcess<{ one: number; split: number }>(`${split}-${k}`);
    const r = fresh.split / fresh.one;
    console.log(`    in a fresh process: ${fresh.split.toFixed(0)} ms, ${r.toFixed(2)}× one pass there (${fresh.one.toFixed(0)} ms; goal ≤ 1.5×${r <= 1.5 ? ', met' : ', NOT met'})`);
  }
}

// The merge alone, 8 partials split by time: in one step, against a reduce two at a time.
{
  const parts = chunksOf('time', 8).map((c) => partialRollup(parseObservations(c), inds));
  const [reduced, atOnce] = inTurn([() => parts.reduce((x, y) => mergeRollupPartials(x, y)), () => mergeAllRollupPartials(parts)], 5) as [number, number];
  console.log(`  merging 8 partials (by time): mergeAllRollupPartials ${atOnce.toFixed(0)} ms, a reduce with mergeRollupPartials ${reduced.toFixed(0)} ms (${(atOnce / reduced).toFixed(2)}× the reduce's time)`);
}

// Two worker threads against one pass, from rows to figures (the example does the spawning).
const workers = execFileSync(process.execPath, ['--import', 'tsx', 'examples/rollup-on-workers.ts', 'national'], { encoding: 'utf8' });
console.log(`  two worker threads, examples/rollup-on-workers.ts national — ${workers.split('\n').find((l) => l.startsWith('time:'))?.slice(6)}`);
