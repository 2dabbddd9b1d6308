// No input is mutated: every public function gets deep-frozen inputs (a write would throw in
// strict mode) and must give the same result as with unfrozen copies; every result survives a
// JSON round trip unchanged.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as partials from '../src/rollup/partials.js';
import { vnCommuneCrosswalk } from '../src/vn/communes.js';
import { dongNai2025Reported, plans, vnIndicators, vnProvinceCrosswalk } from '../src/vn/index.js';
import { syntheticHierarchy } from './rollup/fixtures.js';

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const h = syntheticHierarchy(2, 2, 3);
const indicators = [vnIndicators['online-dossier-rate'], vnIndicators['community-digital-teams']];
const observations: api.Observation[] = [
  { indicatorId: 'online-dossier-rate', unitCode: '10000', period: '2025-06', numerator: '3', denominator: '4' },
  { indicatorId: 'online-dossier-rate', unitCode: '10004', period: '2025-07', numerator: '5', denominator: '8' },
  { indicatorId: 'community-digital-teams', unitCode: '10001', period: '2025', value: '7' },
  { indicatorId: 'community-digital-teams', unitCode: '10', period: '2025', value: '9' },
];

const cases: [string, (frozen: boolean) => unknown][] = [
  ['rollup', (f) => api.rollup(prep(observations, f), prep(indicators, f), h, prep({ minCoverage: '0.1', nonLeafFigures: 'add' as const }, f))],
  ['partialRollup, mergeRollupPartials, finishRollup', (f) => {
    const p = partials.partialRollup(prep(observations, f), prep(indicators, f));
    return partials.finishRollup(partials.mergeRollupPartials(prep(p, f), prep(copy(p), f)), prep(indicators, f), h);
  }],
  ['finishRollupColumns (a partial made here, whose arrays it reads, finished twice)', (f) => {
    const p = partials.partialRollup(prep(observations, f), prep(indicators, f));
    const rows = () => {
      const c = partials.finishRollupColumns(p, prep(indicators, f), h);
      return Array.from({ length: c.length }, (_, i) => c.row(i));
    };
    expect(rows()).toEqual(rows());
    return rows();
  }],
  ['mergeAllRollupPartials', (f) => {
    const p = partials.partialRollup(prep(observations, f), prep(indicators, f));
    return partials.mergeAllRollupPartials(prep([p, copy(p), partials.partialRollup(observations, indicators, { bucket: 'year' })], f));
  }],
  ['rebaseObservations', (f) => api.rebaseObservations(prep([{ indicatorId: 'community-digital-teams', unitCode: '70', period: '2024', value: '3' }], f), vnProvinceCrosswalk, prep(indicators, f))],
  ['buildScorecard', (f) => api.buildScorecard(prep(copy(plans.dongNai2025), f), prep(copy(dongNai2025Reported.observations), f), prep({ asOf: '2025-09-29' }, f))],
  ['validateObservations', (f) => api.validateObservations(prep(observations, f), prep({ indicators: copy(indicators) }, f))],
  ['summariseTargetAcrossUnits', (f) => api.summariseTargetAcrossUnits(prep(copy(api.rollup(observations, indicators, h).rows), f), { indicatorId: 'online-dossier-rate', period: '2025', comparator: prep({ kind: 'at-least' as const, value: '70' }, f), hierarchy: h, level: 'commune' })],
  ['compositeScore', (f) => api.compositeScore(prep([{ id: 'a', score: '80', weight: 1 }, { id: 'b', score: undefined, weight: 1 }], f), prep({ method: 'geometric' as const }, f))],
  ['hierarchyAt', (f) => api.unitsOfLevel(api.hierarchyAt(prep(copy({ name: 'r', coverage: { from: '2025-01-01' }, units: [...h.units] }), f), '2025-06-30'), 'commune').length],
  ['findUnitsByName', (f) => api.findUnitsByName(prep(copy(h.units), f), '10001')],
  ['assessProgress', (f) => api.assessProgress(prep({ series: [{ date: '2024-12-31', value: '60' }, { date: '2025-06-30', value: '66' }], target: { comparator: { kind: 'at-least' as const, value: '80' }, deadline: '2025-12-31' }, asOf: '2025-06-30', method: 'escap' as const }, f))],
  ['predecessorsOf', (f) => api.predecessorsOf(prep(copy({ ...vnCommuneCrosswalk, links: vnCommuneCrosswalk.links.slice(0, 50) }), f), '00004')],
  ['normaliseMinMax, rankUnits', (f) => api.rankUnits(api.normaliseMinMax(prep({ a: 1, b: 3, c: 2 }, f), 'higher-is-better'), prep({ method: 'dense' as const }, f))],
];
function prep<T>(v: T, frozen: boolean): T {
  return frozen ? deepFreeze(copy(v)) : copy(v);
}

describe('no input is mutated, and results are plain JSON', () => {
  for (const [name, run] of cases) {
    it(name, () => {
      const plain = run(false);
      expect(run(true)).toEqual(plain);
      expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
    });
  }
});
