// Roll-ups worked by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compositeScore,
  hierarchyAt,
  normaliseMinMax,
  rankUnits,
  rebaseObservations,
  rollup,
  successorsOf,
  summariseTargetAcrossUnits,
  type AdministrativeUnit,
  type Observation,
} from '../../src/index.js';
import { vnCommuneCrosswalk } from '../../src/vn/communes.js';
import { vnIndicators, vnProvinceCrosswalk } from '../../src/vn/index.js';

const unit = (code: string, parentCode?: string): AdministrativeUnit => ({
  code, name: code, nameEn: code, fullName: code, fullNameEn: code,
  type: parentCode === undefined ? 'province' : 'commune', level: parentCode === undefined ? 'province' : 'commune',
  validFrom: '2025-07-01', ...(parentCode === undefined ? {} : { parentCode }),
});
// A two-tier province with three communes.
const h = hierarchyAt({ name: 'test', coverage: { from: '2025-07-01' }, units: [unit('10'), unit('10001', '10'), unit('10002', '10'), unit('10003', '10')] }, '2025-07-01');
const dossiers = { ...vnIndicators['online-dossier-rate'], aggregation: { time: 'ratio-of-sums', space: 'ratio-of-sums' } } as const;
const teams = vnIndicators['community-digital-teams'];
const obs = (unitCode: string, period: string, numerator: string, denominator: string): Observation => ({ indicatorId: 'online-dossier-rate', unitCode, period, numerator, denominator });
const province = (rows: readonly { unitCode: string; indicatorId: string }[], id = 'online-dossier-rate') => rows.find((r) => r.unitCode === '10' && r.indicatorId === id);

describe('a province with one silent commune', () => {
  // Commune 1 filed 30 of its 40 dossiers online, commune 2 45 of 50 (over two months); commune 3 is silent.
  const data = [obs('10001', '2025-05', '10', '15'), obs('10001', '2025-06', '20', '25'), obs('10002', '2025-06', '45', '50')];

  it('Σ numerator ÷ Σ denominator = 75 ÷ 90 = 83.33…%, with coverage 2 of 3 and the silent commune named', () => {
    const r = province(rollup(data, [dossiers], h).rows);
    expect(r).toMatchObject({
      status: 'value', value: '83.33333333333333333333333333333333333333', numerator: '75', denominator: '90',
      coverage: { expected: 3, reported: 2, share: '0.6666666666666666666666666666666666666667', missing: ['10003'] }, observations: 3,
    });
  });

  it('ratio of sums ≠ mean of ratios: the mean of the communes\' 75% and 90% is 82.5%, and only by name', () => {
    const mean = province(rollup(data, [dossiers], h, { aggregation: { 'online-dossier-rate': { space: 'mean-of-ratios' } } }).rows);
    expect(mean).toMatchObject({ status: 'value', value: '82.5' });
    expect(() => rollup(data, [dossiers], h, { aggregation: { 'online-dossier-rate': { space: 'mean' } } })).toThrow(/mean-of-ratios/);
  });

  it('below a coverage threshold there is no number', () => {
    const r = province(rollup(data, [dossiers], h, { minCoverage: '0.9' }).rows);
    expect(r).toMatchObject({ status: 'insufficient-coverage', coverage: { reported: 2, expected: 3 } });
    expect(r).not.toHaveProperty('value');
  });

  it('counts sum; a share reported without its numerator is set aside, not averaged', () => {
    const counts: Observation[] = [
      { indicatorId: 'community-digital-teams', unitCode: '10001', period: '2025-06', value: '12' },
      { indicatorId: 'community-digital-teams', unitCode: '10002', period: '2025-06', value: '7' },
      { indicatorId: 'online-dossier-rate', unitCode: '10003', period: '2025-06', value: '95' },
    ];
    const res = rollup(counts, [teams, dossiers], h);
    expect(province(res.rows, 'community-digital-teams')).toMatchObject({ value: '19' });
    expect(province(res.rows)).toBeUndefined();
    expect(res.warnings.map((w) => [w.code, w.unitCode])).toEqual([['share-without-numerator', '10003']]);
  });
});

describe('figures entered at a parent: an explicit rule, never counted twice', () => {
  const data = [obs('10', '2025', '500', '600'), obs('10001', '2025', '30', '40'), obs('10002', '2025', '45', '50')];
  it('prefer-children (default): the province\'s own figure is set aside because communes reported', () => {
    const res = rollup(data, [dossiers], h);
    expect(province(res.rows)).toMatchObject({ numerator: '75', denominator: '90', own: false });
    expect(res.warnings.map((w) => w.code)).toEqual(['own-figure-ignored']);
  });
  it('prefer-own: the province\'s figure replaces its communes\'', () => {
    expect(province(rollup(data, [dossiers], h, { nonLeafFigures: 'prefer-own' }).rows)).toMatchObject({ numerator: '500', denominator: '600', own: true, coverage: { reported: 3 } });
  });
  it('add: the province\'s own agencies\' dossiers are added to the communes\'', () => {
    expect(province(rollup(data, [dossiers], h, { nonLeafFigures: 'add' }).rows)).toMatchObject({ numerator: '575', denominator: '690', coverage: { reported: 2 } });
  });
  it('a unit that is not in the hierarchy on that date is reported, not dropped', () => {
    const res = rollup([obs('75', '2025', '1', '2')], [dossiers], h);
    expect(res.warnings).toMatchObject([{ code: 'unit-not-in-hierarchy', unitCode: '75' }]);
  });
});

describe('across the 2025 merger', () => {
  const old: Observation[] = [
    { indicatorId: 'online-dossier-rate', unitCode: '75', period: '2024', numerator: '900', denominator: '1000' },
    { indicatorId: 'online-dossier-rate', unitCode: '70', period: '2024', numerator: '300', denominator: '500' },
    { indicatorId: 'community-digital-teams', unitCode: '75', period: '2024', value: '1200' },
    { indicatorId: 'community-digital-teams', unitCode: '70', period: '2024', value: '756' },
  ];
  it('2024 figures of old Đồng Nai and old Bình Phước give a 2024 figure for new Đồng Nai: 1200 ÷ 1500 = 80%, 1,956 teams', () => {
    const { observations, warnings } = rebaseObservations(old, vnProvinceCrosswalk, [dossiers, teams]);
    expect(warnings).toEqual([]);
    expect(observations).toEqual([
      { indicatorId: 'online-dossier-rate', unitCode: '75', period: '2024', numerator: '1200', denominator: '1500', note: 'rebased from 70 + 75 (Vietnam provinces 2025-07-01)' },
      { indicatorId: 'community-digital-teams', unitCode: '75', period: '2024', value: '1956', note: 'rebased from 70 + 75 (Vietnam provinces 2025-07-01)' },
    ]);
    const hNew = hierarchyAt({ name: 'p', coverage: { from: '2025-07-01' }, units: [{ ...unit('75'), validFrom: '2025-07-01' }] }, '2025-07-01');
    expect(rollup(observations, [dossiers], hNew).rows[0]).toMatchObject({ value: '80' });
  });

  it('a split old commune needs a split rule; with one, its figures are shared out and conserved', () => {
    // An old commune split in two (the first such link), its 10 teams shared 60 : 40.
    const split = vnCommuneCrosswalk.links.find((l) => l.kind === 'partial' && successorsOf(vnCommuneCrosswalk, l.oldCode).length === 2)!;
    const parts = successorsOf(vnCommuneCrosswalk, split.oldCode);
    const o: Observation = { indicatorId: 'community-digital-teams', unitCode: split.oldCode, period: '2024', value: '10' };
    expect(rebaseObservations([o], vnCommuneCrosswalk, [teams]).warnings).toMatchObject([{ code: 'partial-without-split', unitCode: split.oldCode }]);
    const shares = { [parts[0]!.newCode]: '0.6', [parts[1]!.newCode]: '0.4' };
    const placed = rebaseObservations([o], vnCommuneCrosswalk, [teams], { splits: { [split.oldCode]: shares } }).observations;
    // Conserved exactly: 6 + 4 = 10.
    expect(placed.map((x) => [x.unitCode, x.value])).toEqual([[parts[0]!.newCode, '6'], [parts[1]!.newCode, '4']]);
  });

  it('conservation: for every old province\'s count, the new provinces\' total is the old total', () => {
    const oldCodes = [...new Set(vnProvinceCrosswalk.links.map((l) => l.oldCode))];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...oldCodes), fc.integer({ min: 0, max: 1e9 })), { maxLength: 80 }), (rows) => {
        const input: Observation[] = rows.map(([unitCode, v]) => ({ indicatorId: 'community-digital-teams', unitCode, period: '2024', value: String(v) }));
        const out = rebaseObservations(input, vnProvinceCrosswalk, [teams]).observations;
        const sum = (xs: readonly Observation[]) => xs.reduce((a, x) => a + BigInt(x.value!), 0n);
        expect(sum(out)).toBe(sum(input));
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});

describe('target-aware roll-ups', () => {
  it('how many communes meet the 60% commune target, the worst commune, and bands', () => {
    const fully = { ...vnIndicators['fully-online-services'], aggregation: { time: 'last', space: 'ratio-of-sums' } } as const;
    const data: Observation[] = [
      { indicatorId: 'fully-online-services', unitCode: '10001', period: '2025', numerator: '65', denominator: '100' },
      { indicatorId: 'fully-online-services', unitCode: '10002', period: '2025', numerator: '54', denominator: '100' },
    ];
    const { overall, byParent } = summariseTargetAcrossUnits(rollup(data, [fully], h).rows, {
      indicatorId: 'fully-online-services', period: '2025', comparator: { kind: 'at-least', value: '60' }, hierarchy: h, level: 'commune',
    });
    expect(overall).toEqual({
      units: 3, reported: 2, met: 1, notMet: 1, noData: 1, shareMet: '0.5',
      worst: { unitCode: '10002', value: '54' },
      bands: { achieved: 1, 'on-track': 1, 'no-data': 1 }, // 54 ÷ 60 = 0.9: on track
    });
    expect(byParent['10']).toEqual(overall);
  });
});

describe('weighted means', () => {
  it('a commune figure weighted by population: (2 × 1000 + 1 × 3000) ÷ 4000 = 1.25; a unit without a weight is reported', () => {
    const contribution = { ...vnIndicators['dt-contribution-to-growth'], weight: 'population', aggregation: { time: 'mean', space: 'weighted-mean' } } as const;
    const data: Observation[] = [
      { indicatorId: 'dt-contribution-to-growth', unitCode: '10001', period: '2025', value: '2' },
      { indicatorId: 'dt-contribution-to-growth', unitCode: '10002', period: '2025', value: '1' },
      { indicatorId: 'dt-contribution-to-growth', unitCode: '10003', period: '2025', value: '9' },
    ];
    const res = rollup(data, [contribution], h, { weights: { population: { '10001': 1000, '10002': '3000' } } });
    expect(province(res.rows, 'dt-contribution-to-growth')).toMatchObject({ status: 'value', value: '1.25' });
    expect(res.warnings).toMatchObject([{ code: 'missing-weight', unitCode: '10003' }]);
  });
});

describe('composite scores and ranking', () => {
  it('a DTI-style province score from its pillars: indicators → pillar scores → province score, then ranks', () => {
    const pillar = (scores: (number | undefined)[]) => {
      const r = compositeScore(scores.map((score, i) => ({ id: `i${i}`, score, weight: 1 })), { method: 'arithmetic', minAvailability: '0.5' });
      return r.ok ? r.value.score : undefined;
    };
    const provinces = {
      '75': { government: pillar([90, 70]), economy: pillar([60, undefined]), society: pillar([80, 80]) },
      '79': { government: pillar([95, 85]), economy: pillar([70, 50]), society: pillar([undefined, undefined]) },
    };
    const score = (p: { government: string | undefined; economy: string | undefined; society: string | undefined }) => {
      const r = compositeScore([
        { id: 'government', score: p.government, weight: 2 },
        { id: 'economy', score: p.economy, weight: 1 },
        { id: 'society', score: p.society, weight: 1 },
      ], { method: 'arithmetic', minAvailability: '0.7' });
      return r.ok ? r.value.score : undefined;
    };
    // 75: (2 × 80 + 60 + 80) ÷ 4 = 75; 79: society has no data (weight 1 of 4 missing): (2 × 90 + 60) ÷ 3 = 80.
    const scores = { '75': score(provinces['75'])!, '79': score(provinces['79'])! };
    expect(scores).toEqual({ '75': '75', '79': '80' });
    expect(rankUnits(scores, { method: 'competition' }).map((r) => [r.unitCode, r.rank])).toEqual([['79', 1], ['75', 2]]);
  });


  it('redistributes missing weights, requires availability, and offers the geometric mean', () => {
    const parts = [{ id: 'a', score: 80, weight: 1 }, { id: 'b', score: 60, weight: 1 }, { id: 'c', score: undefined, weight: 2 }];
    expect(compositeScore(parts, { method: 'arithmetic', minAvailability: '0.5' })).toEqual({ ok: true, value: { score: '70', availability: '0.5', used: ['a', 'b'], missing: ['c'] } });
    expect(compositeScore(parts, { method: 'arithmetic', minAvailability: '0.6' })).toMatchObject({ ok: false, reason: 'insufficient-data' });
    expect(compositeScore([{ id: 'a', score: 90, weight: 1 }, { id: 'b', score: 40, weight: 1 }], { method: 'geometric' })).toMatchObject({ ok: true, value: { score: '60' } });
    expect(compositeScore([{ id: 'a', score: 120, weight: 1 }], { method: 'arithmetic' })).toMatchObject({ ok: false, reason: 'invalid-score' });
  });
  it('min–max normalisation and competition / dense ranks', () => {
    expect(normaliseMinMax({ '75': 91, '79': 70, '01': 84 }, 'higher-is-better')).toEqual({ '75': '100', '79': '0', '01': '66.66666666666666666666666666666666666667' });
    expect(normaliseMinMax({ a: 24, b: 48 }, 'lower-is-better')).toEqual({ a: '100', b: '0' });
    expect(rankUnits({ a: 90, b: 80, c: 90, d: 70 }, { method: 'competition' }).map((r) => [r.unitCode, r.rank])).toEqual([['a', 1], ['c', 1], ['b', 3], ['d', 4]]);
    expect(rankUnits({ a: 90, b: 80, c: 90, d: 70 }, { method: 'dense' }).map((r) => r.rank)).toEqual([1, 1, 2, 3]);
  });
  it('min–max normalisation of 150,000 units, more than a call takes arguments', () => {
    // u0 … u149999 with figures 0 … 149,999: u149999 scores 100, u0 0, and u30000 30,000 ÷ 149,999
    // (rounded to 40 digits) × 100, worked with Python's decimal module.
    const values = Object.fromEntries(Array.from({ length: 150_000 }, (_, i) => [`u${i}`, i]));
    const scores = normaliseMinMax(values, 'higher-is-better');
    expect([scores['u149999'], scores['u0'], Object.keys(scores).length]).toEqual(['100', '0', 150_000]);
    expect(scores['u30000']).toBe('20.00013333422222814818765458436389575931');
  });
});
