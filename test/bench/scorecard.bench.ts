// `npm run bench:scorecard`: a province's year of commune figures (new Đồng Nai: 95 communes ×
// 40 share indicators × 12 months = 45,600 observations) against a plan of 80 targets (each
// indicator province-wide and at commune level), with the hierarchy: the scorecard rolls the
// communes up. Goal: under 200 ms.
import { buildScorecard, hierarchyAt, parseObservations, parsePlan, type Indicator, type Observation, type Plan } from '../../src/index.js';
import { vnUnits } from '../../src/vn/communes.js';
import { timeRuns } from './timing.js';

const h = hierarchyAt(vnUnits, '2025-07-01');
const communes = h.childrenByCode.get('75') ?? [];
const share = { numerator: { vi: 'tử số', en: 'numerator' }, denominator: { vi: 'mẫu số', en: 'denominator' } };
const indicators: Indicator[] = Array.from({ length: 40 }, (_, i) => ({
  id: `share-${i}`, name: { vi: `Chỉ tiêu ${i}`, en: `Indicator ${i}` }, domain: 'digital-government', unit: 'percent', direction: 'higher-is-better',
  aggregation: { time: 'ratio-of-sums', space: 'ratio-of-sums' }, share,
}));
const plan: Plan = parsePlan({
  id: 'bench', title: { vi: 'Kế hoạch', en: 'Plan' }, issuer: 'bench', issuedOn: '2025-01-01', period: { start: '2025-01-01', end: '2025-12-31' }, unitCode: '75',
  domains: ['digital-government'], sources: [{ id: 'src', title: 'Bench', publisher: 'bench', published: '2025-01-01' }], indicators,
  targets: indicators.flatMap((ind, i) => (['province-wide', 'commune'] as const).map((tier) => ({
    id: `t-${i}-${tier}`, indicatorId: ind.id, domain: 'digital-government', tier, comparator: { kind: 'at-least', value: tier === 'commune' ? '60' : '70' }, deadline: '2025-12-31', source: { document: 'src', quote: 'q' },
  }))),
});
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const rows: Observation[] = [];
for (const c of communes) for (const ind of indicators) for (let m = 1; m <= 12; m++) {
  const d = 50 + Math.floor(rnd() * 200);
  rows.push({ indicatorId: ind.id, unitCode: c.code, period: `2025-${String(m).padStart(2, '0')}`, numerator: String(Math.floor(rnd() * d)), denominator: String(d) });
}
const observations = parseObservations(rows);

const time = (f: () => unknown, runs = 9) => timeRuns(f, runs);
const cold0 = performance.now();
const card = buildScorecard(plan, observations, { asOf: '2025-12-31', hierarchy: h });
const cold = performance.now() - cold0;
const warm = time(() => buildScorecard(plan, observations, { asOf: '2025-12-31', hierarchy: h }));
const e = card.entries.find((x) => x.targetId === 't-0-commune');
console.log(
  `scorecard, a province's year (${communes.length} communes × 40 indicators × 12 months = ${observations.length.toLocaleString('en-US')} observations, ${plan.targets.length} targets, ${card.overall.withData} with data): ` +
    `${warm.ms.toFixed(0)} ms (${warm.min.toFixed(0)}–${warm.max.toFixed(0)}; first call ${cold.toFixed(0)} ms) | goal 200 ms | ` +
    `e.g. ${e?.targetId}: ${e?.status}, ${e?.units?.reported}/${e?.units?.units} communes`,
);
