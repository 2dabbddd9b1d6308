// A national roll-up split across two worker threads by place: each worker makes, parses and
// rolls up the rows of half the communes (every month) into a partial state; the partials cross
// to the main thread as plain data (arrays of numbers and strings, copied by postMessage), are
// merged, and finished — the same figures as one pass. The library does no I/O and starts no threads:
// this script does (Node's worker_threads, run through tsx so that the worker reads TypeScript).
//   node --import tsx examples/rollup-on-workers.ts            all communes, 4 indicators, 12 months
//   node --import tsx examples/rollup-on-workers.ts national   40 indicators: the national year
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { hierarchyAt, parseObservations, rollup, type Indicator } from 'dx-indicators';
import { finishRollup, mergeAllRollupPartials, partialRollup, type RollupPartial } from 'dx-indicators/partials';
import { vnUnits } from 'dx-indicators/vn/communes';

const share = { numerator: { vi: 'tử số', en: 'numerator' }, denominator: { vi: 'mẫu số', en: 'denominator' } };
/** Indicators of four kinds: counts summed, shares, stocks (last of the year), durations (max, then mean). */
const indicatorsFor = (count: number): Indicator[] =>
  Array.from({ length: count }, (_, i) => {
    const base = { id: `i${i}`, name: { vi: `${i}`, en: `${i}` }, domain: 'digital-government' as const, direction: 'higher-is-better' as const };
    if (i % 4 === 1) return { ...base, unit: 'percent' as const, share, aggregation: { time: 'ratio-of-sums' as const, space: 'ratio-of-sums' as const } };
    if (i % 4 === 2) return { ...base, unit: 'count' as const, aggregation: { time: 'last' as const, space: 'sum' as const } };
    if (i % 4 === 3) return { ...base, unit: 'hours' as const, aggregation: { time: 'max' as const, space: 'mean' as const } };
    return { ...base, unit: 'count' as const, aggregation: { time: 'sum' as const, space: 'sum' as const } };
  });

/** Rows as a reporting system holds them: plain objects, figures as text; communes given by their places in `communes`. */
function rowsFor(places: readonly number[], indicators: readonly Indicator[]) {
  let seed = 0;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows: Record<string, string>[] = [];
  // Each commune's figures of a month from a seed of their own: the same rows whichever worker makes them.
  for (let m = 1; m <= 12; m++) for (const place of places) for (const ind of indicators) {
    const unitCode = communes[place] as string;
    if (ind === indicators[0]) seed = m * 100_003 + place;
    const period = `2025-${String(m).padStart(2, '0')}`;
    if (ind.share === undefined) rows.push({ indicatorId: ind.id, unitCode, period, value: String(Math.floor(rnd() * 10_000) / 10) });
    else {
      const d = 50 + Math.floor(rnd() * 500);
      rows.push({ indicatorId: ind.id, unitCode, period, numerator: String(Math.floor(rnd() * d)), denominator: String(d) });
    }
  }
  return rows;
}

interface Job {
  readonly indicatorCount: number;
  /** The worker's communes: their places in `communes`. */
  readonly places: readonly number[];
}

const h = hierarchyAt(vnUnits, '2025-07-01');
const communes = h.units.filter((u) => u.level === 'commune').map((u) => u.code);

if (!isMainThread) {
  // A worker: loaded, it says so; told to go, its communes' rows → parse → partial state → the main thread.
  const job = workerData as Job;
  const indicators = indicatorsFor(job.indicatorCount);
  parentPort?.once('message', () => parentPort?.postMessage(partialRollup(parseObservations(rowsFor(job.places, indicators)), indicators)));
  parentPort?.postMessage('ready');
} else {
  const indicatorCount = process.argv.includes('national') ? 40 : 4;
  const indicators = indicatorsFor(indicatorCount);
  // Split by place, not by time: the two partials then hold different cells (each commune's year
  // in one of them), where halves of the year would each hold every cell of the year.
  const all = communes.map((_, i) => i);
  const halves = [all.slice(0, all.length >> 1), all.slice(all.length >> 1)];
  // Start each worker (it runs this same file; tsx's loader is registered in it first, to read
  // TypeScript) and wait until it has loaded the library and the commune register.
  const start = (places: number[]) =>
    new Promise<Worker>((resolve, reject) => {
      const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
      const w = new Worker(boot, { eval: true, workerData: { indicatorCount, places } satisfies Job });
      w.once('message', () => resolve(w));
      w.once('error', reject);
    });
  const partialOf = (w: Worker) =>
    new Promise<RollupPartial>((resolve) => {
      w.once('message', (p: RollupPartial) => resolve(p));
      w.postMessage('go');
    });

  const t0 = performance.now();
  const workers = await Promise.all(halves.map(start));
  // From "go" to the figures: both workers' work side by side, the partials' copying, the merge and the finish.
  const t1 = performance.now();
  const { rows } = finishRollup(mergeAllRollupPartials(await Promise.all(workers.map(partialOf))), indicators, h);
  const t2 = performance.now();
  await Promise.all(workers.map((w) => w.terminate()));
  const t3 = performance.now();
  const onePass = rollup(parseObservations(rowsFor(all, indicators)), indicators, h).rows;
  const t4 = performance.now();

  console.log(`${(communes.length * indicatorCount * 12).toLocaleString('en-US')} rows, ${rows.length.toLocaleString('en-US')} figures`);
  console.log(`two workers give the same figures as one pass: ${JSON.stringify(rows) === JSON.stringify(onePass)}`);
  console.log(`Đồng Nai, indicator i1 (a share): ${rows.find((r) => r.unitCode === '75' && r.indicatorId === 'i1' && r.status === 'value')?.coverage.reported} of 95 communes`);
  // Both from rows made to figures; starting a worker (loading tsx, the library and the commune
  // register) comes before, and is given apart.
  console.log(`time: one pass ${(t4 - t3).toFixed(0)} ms; two workers ${(t2 - t1).toFixed(0)} ms (${(t4 - t3) / (t2 - t1) >= 1 ? `${((t4 - t3) / (t2 - t1)).toFixed(2)}× faster` : `${((t2 - t1) / (t4 - t3)).toFixed(2)}× slower`}), after ${(t1 - t0).toFixed(0)} ms to start them`);
}
