// `npm run bench`: from the string rows a user holds to every level's figure for the year, with
// dx-indicators (parseObservations, then rollup), arquero (numbers parsed, group-by/rollup per
// level) and a plain hand-written loop (Number() into typed arrays), in one process; checks the
// three agree, and prints per case the end-to-end line first, then the roll-up alone.
import * as aq from 'arquero';
import { hierarchyAt, parseObservations, rollup, type Hierarchy, type Indicator, type Observation } from '../../src/index.js';
import { vnUnits } from '../../src/vn/communes.js';

type Kind = 'count' | 'share' | 'stock' | 'hours';
const KINDS: Kind[] = ['count', 'share', 'stock', 'hours'];
const share = { numerator: { vi: 'tử số', en: 'numerator' }, denominator: { vi: 'mẫu số', en: 'denominator' } };

/** 40 indicators of mixed kinds: 10 counts (sum), 10 shares (ratio of sums), 10 stocks (last, sum), 10 durations (max). */
function indicators(): (Indicator & { kind: Kind })[] {
  return Array.from({ length: 40 }, (_, i) => {
    const kind = KINDS[i % 4] as Kind;
    const base = { id: `${kind}-${i}`, name: { vi: `${kind} ${i}`, en: `${kind} ${i}` }, domain: 'digital-government' as const, direction: 'higher-is-better' as const };
    if (kind === 'count') return { ...base, kind, unit: 'count' as const, aggregation: { time: 'sum' as const, space: 'sum' as const } };
    if (kind === 'share') return { ...base, kind, unit: 'percent' as const, share, aggregation: { time: 'ratio-of-sums' as const, space: 'ratio-of-sums' as const } };
    if (kind === 'stock') return { ...base, kind, unit: 'count' as const, aggregation: { time: 'last' as const, space: 'sum' as const } };
    return { ...base, kind, unit: 'hours' as const, direction: 'lower-is-better' as const, aggregation: { time: 'max' as const, space: 'max' as const } };
  });
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function observations(leaves: readonly string[], inds: readonly (Indicator & { kind: Kind })[]): Observation[] {
  const rnd = random(42);
  const out: Observation[] = [];
  for (const unitCode of leaves) {
    for (const ind of inds) {
      for (let m = 1; m <= 12; m++) {
        const period = `2025-${m < 10 ? '0' : ''}${m}`;
        if (ind.kind === 'share') {
          const den = 50 + Math.floor(rnd() * 500);
          out.push({ indicatorId: ind.id, unitCode, period, numerator: String(Math.floor(rnd() * den)), denominator: String(den) });
        } else if (ind.kind === 'hours') {
          out.push({ indicatorId: ind.id, unitCode, period, value: (Math.floor(rnd() * 480) / 10).toString() });
        } else {
          out.push({ indicatorId: ind.id, unitCode, period, value: String(Math.floor(rnd() * 10_000)) });
        }
      }
    }
  }
  return out;
}

type Figures = Map<string, number>; // `${indicator}|${unit}` → figure for the year

function withDxIndicators(obs: readonly Observation[], inds: readonly Indicator[], h: Hierarchy): Figures {
  const out: Figures = new Map();
  for (const r of rollup(obs, inds, h, { bucket: 'year' }).rows) if (r.status === 'value') out.set(`${r.indicatorId}|${r.unitCode}`, Number(r.value));
  return out;
}

function withArquero(obs: readonly Observation[], inds: readonly (Indicator & { kind: Kind })[], h: Hierarchy): Figures {
  const kindOf = new Map(inds.map((i) => [i.id, i.kind]));
  const ancestors = h.units.filter((u) => (h.childrenByCode.get(u.code) ?? []).length === 0).map((u) => {
    const chain: Record<string, string> = { unit: u.code };
    for (let p = u.parentCode; p !== undefined; p = h.byCode.get(p)?.parentCode) chain[h.byCode.get(p)!.level] = p;
    return chain;
  });
  const levels = h.levels.filter((l) => l !== 'commune');
  const t = aq
    .from(obs.map((o) => ({ ind: o.indicatorId, unit: o.unitCode, month: o.period, kind: kindOf.get(o.indicatorId), value: o.value === undefined ? 0 : Number(o.value), num: o.numerator === undefined ? 0 : Number(o.numerator), den: o.denominator === undefined ? 0 : Number(o.denominator) })))
    .join(aq.from(ancestors), 'unit');
  const out: Figures = new Map();
  // Over time, per commune, by kind.
  const yearOf = (kind: Kind) => {
    const k = t.params({ kind }).filter((d: { kind: string }, $: { kind: string }) => d.kind === $.kind);
    if (kind === 'count') return k.groupby(['ind', 'unit', ...levels]).rollup({ v: aq.op.sum('value') });
    if (kind === 'share') return k.groupby(['ind', 'unit', ...levels]).rollup({ n: aq.op.sum('num'), d: aq.op.sum('den') });
    if (kind === 'stock') {
      // The last month's figure: keep each commune's latest month, then take its value.
      const keys = ['ind', 'unit', ...levels];
      return k.groupby(keys).filter((d: { month: string }) => d.month === aq.op.max(d.month)).groupby(keys).rollup({ v: aq.op.sum('value') });
    }
    return k.groupby(['ind', 'unit', ...levels]).rollup({ v: aq.op.max('value') });
  };
  for (const kind of KINDS) {
    const year = yearOf(kind);
    for (const level of ['unit', ...levels]) {
      const g = year.groupby(['ind', level]);
      const rolled = kind === 'share'
        ? g.rollup({ v: (d: { n: number; d: number }) => (aq.op.sum(d.n) / aq.op.sum(d.d)) * 100 })
        : kind === 'hours' ? g.rollup({ v: aq.op.max('v') }) : g.rollup({ v: aq.op.sum('v') });
      const ids = rolled.array('ind') as string[];
      const units = rolled.array(level) as string[];
      const vs = rolled.array('v') as number[];
      // A leaf district (an island without communes) has no district above it: no group there.
      for (let i = 0; i < ids.length; i++) if (units[i] !== undefined) out.set(`${ids[i]}|${units[i]}`, vs[i] as number);
    }
  }
  return out;
}

function withHandLoop(obs: readonly Observation[], inds: readonly (Indicator & { kind: Kind })[], h: Hierarchy): Figures {
  const U = h.units.length;
  const unitIndex = new Map(h.units.map((u, i) => [u.code, i]));
  const parent = new Int32Array(U).map((_, i) => {
    const p = h.units[i]!.parentCode;
    return p === undefined ? -1 : unitIndex.get(p)!;
  });
  const indIndex = new Map(inds.map((d, i) => [d.id, i]));
  const kinds = inds.map((d) => d.kind);
  const a = new Float64Array(inds.length * U);
  const b = new Float64Array(inds.length * U);
  const m = new Float64Array(inds.length * U).fill(-1);
  const seen = new Uint8Array(inds.length * U);
  for (const o of obs) {
    const k = indIndex.get(o.indicatorId)!;
    const kind = kinds[k];
    const slot = k * U + unitIndex.get(o.unitCode)!;
    seen[slot] = 1;
    if (kind === 'share') {
      a[slot]! += Number(o.numerator);
      b[slot]! += Number(o.denominator);
    } else if (kind === 'count') a[slot]! += Number(o.value);
    else if (kind === 'hours') a[slot] = Math.max(a[slot]!, Number(o.value));
    else {
      const month = Number(o.period.slice(5, 7));
      if (month > m[slot]!) {
        m[slot] = month;
        a[slot] = Number(o.value);
      }
    }
  }
  const out: Figures = new Map();
  for (let k = 0; k < inds.length; k++) {
    const kind = kinds[k];
    for (let u = U - 1; u >= 0; u--) {
      const slot = k * U + u;
      if (!seen[slot]) continue;
      out.set(`${inds[k]!.id}|${h.units[u]!.code}`, kind === 'share' ? (a[slot]! / b[slot]!) * 100 : a[slot]!);
      const p = parent[u]!;
      if (p < 0) continue;
      const ps = k * U + p;
      seen[ps] = 1;
      if (kind === 'hours') a[ps] = Math.max(a[ps]!, a[slot]!);
      else {
        a[ps]! += a[slot]!;
        b[ps]! += b[slot]!;
      }
    }
  }
  return out;
}

interface Timing<T> {
  /** Median, fastest and slowest run, in ms. */
  ms: number;
  min: number;
  max: number;
  result: T;
}

const timing = <T>(times: number[], result: T): Timing<T> => {
  const sorted = [...times].sort((x, y) => x - y);
  return { ms: sorted[Math.floor(sorted.length / 2)] as number, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, result };
};

function time<T>(runs: number, f: () => T): Timing<T> {
  let result = f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = f();
    times.push(performance.now() - t0);
  }
  return timing(times, result);
}

/**
 * Times two jobs in alternating rounds (f then g, then g then f, …), so that both meet the same
 * state of the machine and of the heap: their ratio is steadier than that of back-to-back runs.
 */
function timeSideBySide<T>(runs: number, f: () => T, g: () => T): [Timing<T>, Timing<T>] {
  let rf = f(); // warm-up
  let rg = g();
  const tf: number[] = [];
  const tg: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const which of i % 2 === 0 ? ['f', 'g'] : ['g', 'f']) {
      const t0 = performance.now();
      if (which === 'f') rf = f();
      else rg = g();
      (which === 'f' ? tf : tg).push(performance.now() - t0);
    }
  }
  return [timing(tf, rf), timing(tg, rg)];
}

function agree(name: string, ours: Figures, theirs: Figures): void {
  if (ours.size !== theirs.size) throw new Error(`${name}: ${theirs.size} figures, dx-indicators ${ours.size}`);
  for (const [k, v] of ours) {
    const w = theirs.get(k);
    if (w === undefined || Math.abs(v - w) > 1e-9 * Math.max(1, Math.abs(v))) throw new Error(`${name} disagrees at ${k}: ${w} vs ${v}`);
  }
}

const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
const fmt = (n: number) => n.toLocaleString('en-US');
const spread = (t: Timing<unknown>) => `${t.ms.toFixed(0)} ms (${t.min.toFixed(0)}–${t.max.toFixed(0)})`;

const cases = process.argv.includes('--quick') ? [['two-tier', '2025-07-01', 3]] as const : ([['two-tier', '2025-07-01', 7], ['three-tier', '2025-06-30', 5]] as const);
const inds = indicators();
for (const [name, date, runs] of cases) {
  const h = hierarchyAt(vnUnits, date);
  const leaves = h.units.filter((u) => (h.childrenByCode.get(u.code) ?? []).length === 0).map((u) => u.code);
  const before = heap();
  // The rows a user holds: plain objects of strings, as a CSV or spreadsheet reader gives them.
  const rows: unknown[] = observations(leaves, inds);
  const input = heap() - before;
  // Rows whose figures are already canonical decimal strings go straight into rollup, which checks
  // each row as parseObservations would (without building a copy) and refuses the list if any is bad.
  // A list it has checked is remembered; each run here hands it a new list (a shallow copy, timed
  // with it), so that every run pays for the check.
  const fromRows = () => withDxIndicators(rows.slice() as Observation[], inds, h);
  const [e2e, hand] = timeSideBySide(runs, fromRows, () => withHandLoop(rows as Observation[], inds, h));
  const arq = time(Math.min(runs, 3), () => withArquero(rows as Observation[], inds, h));
  agree('arquero', e2e.result, arq.result);
  agree('hand loop', e2e.result, hand.result);
  const parsed = parseObservations(rows);
  const parse = time(runs, () => parseObservations(rows).length);
  const parseThenRollup = time(runs, () => withDxIndicators(parseObservations(rows), inds, h));
  const only = time(runs, () => withDxIndicators(parsed, inds, h));
  // Extra memory of one roll-up: heap in use right after it, before collection, over the input.
  const base = heap();
  const n = rollup(parsed, inds, h, { bucket: 'year' }).rows.length;
  const extra = process.memoryUsage().heapUsed - base;
  const counts = h.levels.map((l) => `${fmt(h.units.filter((u) => u.level === l).length)} ${l}s`).join(' / ');
  console.log(
    `${name} (${counts}; 40 indicators × 12 months = ${fmt(rows.length)} rows → ${fmt(n)} figures)\n` +
      `  end to end, rows → figures: dx-indicators ${spread(e2e)} | arquero ${spread(arq)} (dx-indicators ${(arq.ms / e2e.ms).toFixed(1)}× faster) | ` +
      `hand loop ${spread(hand)} (dx-indicators ${(e2e.ms / hand.ms).toFixed(1)}× its time) | all three agree\n` +
      `  parts: parseObservations ${spread(parse)} (${((parse.ms * 1e6) / rows.length).toFixed(0)} ns a row) | rollup of parsed observations ${spread(only)} | ` +
      `parseObservations then rollup ${spread(parseThenRollup)} | ` +
      `input ${mb(input)}, roll-up extra ${mb(extra)} (${(extra / input).toFixed(2)}× input)`,
  );
}
