// The engine benchmark's data: the two-tier national year (3,321 communes × 40 indicators × 12
// months, month-major), and its two ways of splitting into chunks, shared by engine.bench.ts and
// engine-case.ts.
import { hierarchyAt, type Indicator, type Observation } from '../../src/index.js';
import { vnUnits } from '../../src/vn/communes.js';

const share = { numerator: { vi: 'tử số', en: 'numerator' }, denominator: { vi: 'mẫu số', en: 'denominator' } };
export const inds: Indicator[] = Array.from({ length: 40 }, (_, i) => {
  const base = { id: `i${i}`, name: { vi: `${i}`, en: `${i}` }, domain: 'digital-government' as const, direction: 'higher-is-better' as const };
  if (i % 4 === 1) return { ...base, unit: 'percent' as const, share, aggregation: { time: 'ratio-of-sums' as const, space: 'ratio-of-sums' as const } };
  if (i % 4 === 2) return { ...base, unit: 'count' as const, aggregation: { time: 'last' as const, space: 'sum' as const } };
  if (i % 4 === 3) return { ...base, unit: 'hours' as const, aggregation: { time: 'max' as const, space: 'mean' as const } };
  return { ...base, unit: 'count' as const, aggregation: { time: 'sum' as const, space: 'sum' as const } };
});
export const h = hierarchyAt(vnUnits, '2025-07-01');
export const leaves = h.units.filter((u) => (h.childrenByCode.get(u.code) ?? []).length === 0).map((u) => u.code);
let seed = 1;
/** A deterministic pseudo-random generator (a linear congruence). */
export const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
export const rows: Observation[] = [];
for (let m = 1; m <= 12; m++) for (const unitCode of leaves) for (const ind of inds) {
  const period = `2025-${String(m).padStart(2, '0')}`;
  if (ind.share !== undefined) {
    const d = 50 + Math.floor(rnd() * 500);
    rows.push({ indicatorId: ind.id, unitCode, period, numerator: String(Math.floor(rnd() * d)), denominator: String(d) });
  } else rows.push({ indicatorId: ind.id, unitCode, period, value: String(Math.floor(rnd() * 10_000) / 10) });
}

// k chunks of the rows, split two ways: by time (runs of the month-major rows: every chunk
// touches every commune and indicator, so each partial holds all the year's cells) and by place
// (the communes of a run of provinces, every month: the partials hold disjoint cells).
const provinceOf = (code: string) => h.byCode.get(code)?.parentCode ?? code;
const provinceRank = new Map([...new Set(leaves.map(provinceOf))].sort().map((p, i) => [p, i]));
export const chunksOf = (split: 'time' | 'place', k: number): Observation[][] => {
  if (split === 'time') return Array.from({ length: k }, (_, j) => rows.slice(Math.floor((j * rows.length) / k), Math.floor(((j + 1) * rows.length) / k)));
  const group = (o: Observation) => Math.floor(((provinceRank.get(provinceOf(o.unitCode)) ?? 0) * k) / provinceRank.size);
  return Array.from({ length: k }, (_, j) => rows.filter((o) => group(o) === j));
};
