// DTI-style assessments worked by hand: every scoring rule, applicability, the three score
// tracks, rankings with ties and change of rank, and a merged province's mean.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyBand,
  DxInputError,
} from '../../src/index.js';
import { DTI_MAP_GROUPS, HCMC_MATURITY_BANDS } from '../../src/assess/index.js';
import { compareScoreTracks, meanOfPredecessors, parseAssessmentFramework, parseEvidence, rankAssessment, scoreAssessment, type AssessmentFramework, type Evidence } from '../../src/assess/index.js';
import { DTI_PROVINCIAL_2022, SERVICE_INDEX_766, vnProvinceCrosswalk } from '../../src/vn/index.js';

const L = (en: string) => ({ vi: en, en });
/** A small framework with every rule kind: 100 points. */
const FRAMEWORK: AssessmentFramework = parseAssessmentFramework({
  id: 'commune-dti', title: L('Commune DTI'), maxPoints: 100,
  source: { document: 'QĐ 1/QĐ-UBND', issuer: 'UBND tỉnh', date: '2025-01-01' },
  pillars: [
    { id: 'foundation', label: L('Foundation'), mainIndices: [
      { id: 'awareness', label: L('Awareness'), maxPoints: 40, components: [
        { id: 'meetings', label: L('Steering meetings'), maxPoints: 20, rule: { kind: 'steps', steps: [{ atLeast: 4, points: 20 }, { atLeast: 3, points: 15 }, { atLeast: 2, points: 10 }, { atLeast: 1, points: 5 }] } },
        { id: 'head', label: L('Head of the steering committee'), maxPoints: 10, rule: { kind: 'categorical', categories: [{ id: 'chairman', label: L('Chairman'), fraction: 1 }, { id: 'deputy', label: L('Deputy'), fraction: 0.5 }, { id: 'none', label: L('None'), fraction: 0 }] } },
        { id: 'portal', label: L('DT section on the portal'), maxPoints: 10, rule: { kind: 'yes-no' } },
      ] },
    ] },
    { id: 'activities', label: L('Activities'), mainIndices: [
      { id: 'government', label: L('Digital government'), maxPoints: 60, components: [
        { id: 'docs', label: L('Documents signed digitally'), maxPoints: 20, rule: { kind: 'ratio' } },
        { id: 'apps', label: L('Applications in use'), maxPoints: 5, rule: { kind: 'capped-count', pointsEach: 1 } },
        { id: 'dossiers', label: L('Online dossiers'), maxPoints: 20, rule: { kind: 'ratio-to-best' } },
        { id: 'target', label: L('Online dossiers against the 60% target'), maxPoints: 15, rule: { kind: 'attainment', comparator: { kind: 'at-least', value: 60 } } },
      ] },
    ] },
  ],
});

const e = (unitCode: string, componentId: string, rest: Record<string, unknown>) => ({ unitCode, componentId, ...rest });
/** Five communes. B does not run its own portal (not applicable); E gave no evidence for two components. */
const EVIDENCE: Evidence[] = parseEvidence([
  e('A', 'meetings', { value: 4 }), e('A', 'head', { category: 'chairman' }), e('A', 'portal', { yes: true }), e('A', 'docs', { numerator: 45, denominator: 50 }), e('A', 'apps', { count: 7 }), e('A', 'dossiers', { value: 80 }), e('A', 'target', { value: 66 }),
  e('B', 'meetings', { value: 3 }), e('B', 'head', { category: 'deputy' }), e('B', 'portal', { applicable: false }), e('B', 'docs', { numerator: 30, denominator: 60 }), e('B', 'apps', { count: 2 }), e('B', 'dossiers', { value: 40 }), e('B', 'target', { value: 45 }),
  e('C', 'meetings', { value: 2.5 }), e('C', 'head', { category: 'none' }), e('C', 'portal', { yes: false }), e('C', 'docs', { numerator: 0, denominator: 0 }), e('C', 'apps', { count: 5 }), e('C', 'dossiers', { value: 60 }), e('C', 'target', { value: 30 }),
  e('D', 'meetings', { value: 0 }), e('D', 'head', { category: 'chairman' }), e('D', 'portal', { yes: true }), e('D', 'docs', { numerator: 55, denominator: 50 }), e('D', 'apps', { count: 0 }), e('D', 'dossiers', { value: 20 }), e('D', 'target', { value: 90 }),
  e('E', 'meetings', { value: 1 }), e('E', 'portal', { yes: true }), e('E', 'docs', { numerator: 10, denominator: 40 }), e('E', 'apps', { count: 1 }), e('E', 'target', { value: 12 }),
]);
const scores = scoreAssessment(FRAMEWORK, EVIDENCE);
const of = (u: string) => scores.find((s) => s.unitCode === u)!;

describe('scoring every rule kind, by hand', () => {
  it('A: steps 4 → 20; chairman → 10; portal → 10; 45/50 × 20 = 18; 7 apps capped at 5; 80/80 × 20 = 20; 66/60 capped at 1 → 15 — 98 of 100', () => {
    expect(Object.fromEntries(Object.entries(of('A').components).map(([k, c]) => [k, c.points]))).toEqual({ meetings: '20', head: '10', portal: '10', docs: '18', apps: '5', dossiers: '20', target: '15' });
    expect(of('A').total).toEqual({ points: '98', maxPoints: '100', value: '0.98', scored: 7, missing: 0, notApplicable: 0 });
  });

  it('B: 3 meetings → 15; deputy → 5; portal not applicable (its 10 points leave B\'s maximum); 30/60 → 10; 2 apps → 2; 40/80 → 10; 45/60 × 15 = 11.25 — 53.25 of 90', () => {
    expect(of('B').components.portal).toEqual({ componentId: 'portal', status: 'not-applicable', maxPoints: '10' });
    expect(of('B').total).toEqual({ points: '53.25', maxPoints: '90', value: '0.5916666666666666666666666666666666666667', scored: 6, missing: 0, notApplicable: 1 });
    expect(of('B').mainIndices.awareness).toMatchObject({ points: '20', maxPoints: '30' });
  });

  it('C: 2.5 meetings reach the step of 2 → 10; none → 0; no portal → 0; 0/0 documents is missing, not zero; 5 apps → 5; 60/80 → 15; 30/60 → 7.5', () => {
    expect(of('C').components.docs).toEqual({ componentId: 'docs', status: 'missing', maxPoints: '20', reason: 'the denominator is 0' });
    expect(of('C').total).toMatchObject({ points: '37.5', maxPoints: '100', scored: 6, missing: 1 });
  });

  it('D: no meeting → 0; 55/50 documents count as 1 → 20; 0 apps → 0; 20/80 → 5; 90/60 capped → 15', () => {
    expect(of('D').total).toMatchObject({ points: '60', maxPoints: '100', value: '0.6' });
  });

  it('E: missing evidence is a status, not a zero, and stays in the maximum', () => {
    expect([of('E').components.head?.status, of('E').components.dossiers?.status]).toEqual(['missing', 'missing']);
    // 1 meeting → 5; portal → 10; 10/40 × 20 = 5; 1 app → 1; 12/60 × 15 = 3.
    expect(of('E').total).toMatchObject({ points: '24', maxPoints: '100', scored: 5, missing: 2 });
  });

  it('the ratio to the best depends on the units assessed', () => {
    const withoutA = scoreAssessment(FRAMEWORK, EVIDENCE, { units: ['B', 'C'] });
    // Without A (80), C's 60 is the best: C gets 20, B 40/60 × 20 = 13.33…
    expect(withoutA.map((s) => s.components.dossiers?.points)).toEqual(['13.33333333333333333333333333333333333333', '20']);
  });

  it('refuses evidence that does not fit its component, listing every problem', () => {
    const problems = (ev: unknown[]) => {
      try {
        scoreAssessment(FRAMEWORK, parseEvidence(ev));
      } catch (err) {
        if (err instanceof DxInputError) return err.problems.map((p) => `${p.path.join('.')} ${p.code}`);
        throw err;
      }
      return [];
    };
    expect(problems([e('A', 'nope', { yes: true }), e('A', 'head', { category: 'mayor' }), e('A', 'docs', { numerator: 1 }), e('A', 'portal', { yes: true }), e('A', 'portal', { yes: false })])).toEqual([
      '0.componentId unknown_reference', '1.category invalid_value', '2.denominator missing', '4 duplicate',
    ]);
  });
});

describe('three score tracks', () => {
  it('self-assessed, appraised and final are scored apart, and their differences shown', () => {
    const tracks = parseEvidence([
      e('A', 'docs', { track: 'self', numerator: 50, denominator: 50 }), e('A', 'portal', { track: 'self', yes: true }),
      e('A', 'docs', { track: 'appraised', numerator: 40, denominator: 50 }), e('A', 'portal', { track: 'appraised', yes: true }),
    ]);
    const self = scoreAssessment(FRAMEWORK, tracks, { track: 'self' });
    const appraised = scoreAssessment(FRAMEWORK, tracks, { track: 'appraised' });
    expect([self[0]?.total.points, appraised[0]?.total.points]).toEqual(['30', '26']);
    expect(compareScoreTracks(self, appraised)).toEqual([{ unitCode: 'A', points: '-4', components: [{ componentId: 'docs', from: '20', to: '16' }] }]);
    expect(scoreAssessment(FRAMEWORK, tracks)).toEqual([]); // nothing on the final track yet
  });
});

describe('rankings', () => {
  it('by value (points ÷ own maximum), ties share a rank, and the change against last year', () => {
    const ranking = rankAssessment(scores);
    expect(ranking.map((r) => [r.unitCode, r.rank, r.display])).toEqual([['A', 1, '0.9800'], ['D', 2, '0.6000'], ['B', 3, '0.5917'], ['C', 4, '0.3750'], ['E', 5, '0.2400']]);
    // Last year: D and B tied first, A third.
    const last = scores.map((s) => ({ ...s, total: { ...s.total, value: { A: '0.5', B: '0.7', C: '0.1', D: '0.7', E: '0.2' }[s.unitCode] as string } }));
    expect(rankAssessment(last).map((r) => [r.unitCode, r.rank])).toEqual([['B', 1], ['D', 1], ['A', 3], ['E', 4], ['C', 5]]);
    expect(rankAssessment(scores, { previous: last }).map((r) => [r.unitCode, r.previousRank, r.change])).toEqual([['A', 3, 2], ['D', 1, -1], ['B', 1, -2], ['C', 5, 1], ['E', 4, -1]]);
    expect(rankAssessment(last, { method: 'dense' }).map((r) => r.rank)).toEqual([1, 1, 2, 3, 4]);
  });

  it('by a pillar or a main index, and within a block', () => {
    // Awareness: A 40/40, B 20/30 (its portal does not apply), D 20/40, E 15/40, C 10/40.
    expect(rankAssessment(scores, { by: 'awareness' }).map((r) => [r.unitCode, r.rank, r.display])).toEqual([['A', 1, '1.0000'], ['B', 2, '0.6667'], ['D', 3, '0.5000'], ['E', 4, '0.3750'], ['C', 5, '0.2500']]);
    expect(rankAssessment(scores, { units: ['C', 'E'] }).map((r) => [r.unitCode, r.rank])).toEqual([['C', 1], ['E', 2]]);
  });

  it('maturity levels and map groups as legend sets', () => {
    expect(rankAssessment(scores).map((r) => classifyBand(HCMC_MATURITY_BANDS, r.value).id)).toEqual(['advanced', 'forming', 'starting', 'starting', 'starting']);
    expect(['0.41', '0.4', '0.325', '0.3249', '0.25', '0.2'].map((v) => classifyBand(DTI_MAP_GROUPS, v).id)).toEqual(['group-1', 'group-2', 'group-2', 'group-3', 'group-3', 'group-4']);
  });
});

describe('a merged province', () => {
  it('is the plain mean of its predecessors\' values, index by index (DTI 2024 on the 34 provinces)', () => {
    // New Đồng Nai = old Đồng Nai (75) + old Bình Phước (70); new Huế (46) had no predecessor but itself.
    const merged = meanOfPredecessors({ '75': { total: '0.7', awareness: '0.9' }, '70': { total: '0.6', awareness: '0.5' }, '46': { total: '0.8' } }, vnProvinceCrosswalk);
    expect(merged['75']).toEqual({ total: '0.65', awareness: '0.7' });
    expect(merged['46']).toEqual({ total: '0.8' });
  });
});

describe('the national frameworks', () => {
  it('DTI 922: 9 main indices, 98 components, 1,000 points (500 foundation, 500 activities); the 766 index: 5 groups, 100 points', () => {
    const f = parseAssessmentFramework(DTI_PROVINCIAL_2022);
    const mains = f.pillars.flatMap((p) => p.mainIndices);
    expect(mains.length).toBe(9);
    expect(mains.reduce((n, m) => n + (m.componentCount ?? 0), 0)).toBe(98);
    expect(f.pillars.map((p) => p.mainIndices.reduce((s, m) => s + Number(m.maxPoints), 0))).toEqual([500, 500]);
    expect(mains.map((m) => m.maxPoints)).toEqual(['100', '100', '100', '100', '100', '0', '200', '150', '150']);
    expect(parseAssessmentFramework(SERVICE_INDEX_766).pillars[0]?.mainIndices.map((m) => m.maxPoints)).toEqual(['18', '20', '22', '22', '18']);
  });

  it('refuses a framework whose parts do not add up', () => {
    expect(() => parseAssessmentFramework({ ...DTI_PROVINCIAL_2022, maxPoints: '999' })).toThrow('maxPoints: the main indices\' maxima add up to 1000, not 999');
  });
});

describe('laws', () => {
  const units = ['A', 'B', 'C', 'D', 'E'];
  const evidence = fc.array(
    fc.record({
      unit: fc.constantFrom(...units),
      component: fc.constantFrom('meetings', 'head', 'portal', 'docs', 'apps', 'dossiers', 'target'),
      n: fc.integer({ min: 0, max: 200 }),
      d: fc.integer({ min: 0, max: 200 }),
      applicable: fc.boolean(),
    }),
    { maxLength: 40 },
  ).map((rows) => {
    const seen = new Set<string>();
    return parseEvidence(
      rows.filter((r) => !seen.has(`${r.unit}${r.component}`) && seen.add(`${r.unit}${r.component}`)).map((r) => {
        const base = { unitCode: r.unit, componentId: r.component };
        if (!r.applicable) return { ...base, applicable: false };
        if (r.component === 'docs') return { ...base, numerator: r.n, denominator: r.d };
        if (r.component === 'apps') return { ...base, count: r.n };
        if (r.component === 'head') return { ...base, category: ['chairman', 'deputy', 'none'][r.n % 3] };
        if (r.component === 'portal') return { ...base, yes: r.n % 2 === 0 };
        return { ...base, value: r.n };
      }),
    );
  });

  it('points never exceed the maximum, nor fall below 0; values lie in [0, 1]', () => {
    fc.assert(
      fc.property(evidence, (ev) => {
        for (const s of scoreAssessment(FRAMEWORK, ev)) {
          for (const c of Object.values(s.components)) if (c.points !== undefined) expect(Number(c.points) >= 0 && Number(c.points) <= Number(c.maxPoints)).toBe(true);
          for (const sum of [s.total, ...Object.values(s.pillars), ...Object.values(s.mainIndices)]) {
            if (sum.value !== undefined) expect(Number(sum.value) >= 0 && Number(sum.value) <= 1).toBe(true);
            expect(Number(sum.points)).toBeLessThanOrEqual(Number(sum.maxPoints));
          }
        }
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it('a component that does not apply changes nothing but the maximum it leaves out', () => {
    // Without the ratio to the best, each unit's score is its own: the law can be checked unit by unit.
    const own: AssessmentFramework = { ...FRAMEWORK, pillars: FRAMEWORK.pillars.map((p) => ({ ...p, mainIndices: p.mainIndices.map((m) => ({ ...m, components: m.components.map((c) => (c.id === 'dossiers' ? { ...c, rule: { kind: 'steps' as const, steps: [{ atLeast: '50', points: '20' }] } } : c)) })) })) };
    const maxOf = (id: string) => Number(own.pillars.flatMap((p) => p.mainIndices).flatMap((m) => m.components).find((c) => c.id === id)!.maxPoints);
    fc.assert(
      fc.property(evidence, (ev) => {
        for (const s of scoreAssessment(own, ev)) {
          const gone = new Set(ev.filter((x) => x.unitCode === s.unitCode && x.applicable === false).map((x) => x.componentId));
          const smaller: AssessmentFramework = {
            ...own,
            maxPoints: String(Number(own.maxPoints) - [...gone].reduce((t, id) => t + maxOf(id), 0)),
            pillars: own.pillars.map((p) => ({ ...p, mainIndices: p.mainIndices.map((m) => {
              const components = m.components.filter((c) => !gone.has(c.id));
              return { ...m, components, maxPoints: String(components.reduce((t, c) => t + Number(c.maxPoints), 0)) };
            }) })),
          };
          const [alone] = scoreAssessment(smaller, ev.filter((x) => x.unitCode === s.unitCode && x.applicable !== false), { units: [s.unitCode] });
          expect([alone?.total.points, alone?.total.maxPoints, alone?.total.value]).toEqual([s.total.points, s.total.maxPoints, s.total.value]);
        }
      }),
      { numRuns: 200, seed: 15 },
    );
  });

  it('ranks do not depend on the order of the units', () => {
    fc.assert(
      fc.property(evidence.chain((ev) => fc.tuple(fc.constant(ev), fc.shuffledSubarray(ev, { minLength: ev.length, maxLength: ev.length }))), ([ev, shuffled]) => {
        expect(rankAssessment(scoreAssessment(FRAMEWORK, shuffled))).toEqual(rankAssessment(scoreAssessment(FRAMEWORK, ev)));
      }),
      { numRuns: 200, seed: 16 },
    );
  });
});
