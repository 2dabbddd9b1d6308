import { Dec, decString, type DecimalString } from '../core/decimal.js';
import { DxInputError, type InputProblem } from '../core/errors.js';
import { attainmentOf } from '../calc/attainment.js';
import { assessmentFrameworkSchema, evidenceSchema, type AssessmentComponent, type AssessmentFramework, type Evidence, type ScoreTrack } from '../model/assessment.js';
import { guard } from '../model/guard.js';
import { parseWith } from '../model/parse.js';
import * as z from 'zod/mini';
import type { ComponentScore, ScoreSummary, UnitScore } from './types.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** Options of {@link scoreAssessment}. @category Assessments */
export interface ScoreOptions {
  /** The score track to score (default `final`). */
  readonly track?: ScoreTrack;
  /** The units assessed (default: every unit with evidence on the track), in this order. */
  readonly units?: readonly string[];
}

/**
 * Scores units on an assessment framework from their evidence: points per component, main
 * index, pillar and total, each against the unit's own maximum — a component that does not apply
 * to a unit (`applicable: false`) leaves its maximum out, so the value is points ÷ the unit's own
 * maximum; a component without evidence is `missing` (no points, its maximum kept), never a
 * silent zero. Exact: every figure a decimal string; points never exceed a component's maximum
 * nor fall below 0. A `ratio-to-best` component compares each unit with the best of the units
 * assessed on the same track.
 *
 * @example
 * ```ts
 * const framework = parseAssessmentFramework({
 *   id: 'mini', title: { vi: 'Bộ chỉ số', en: 'Index' }, maxPoints: 30,
 *   source: { document: 'QĐ 1/QĐ-UBND', issuer: 'UBND tỉnh', date: '2025-01-01' },
 *   pillars: [{ id: 'p', label: { vi: 'Trụ cột', en: 'Pillar' }, mainIndices: [{ id: 'm', label: { vi: 'Chỉ số', en: 'Index' }, maxPoints: 30, components: [
 *     { id: 'docs', label: { vi: 'Văn bản', en: 'Documents' }, maxPoints: 20, rule: { kind: 'ratio' } },
 *     { id: 'portal', label: { vi: 'Chuyên mục', en: 'Portal section' }, maxPoints: 10, rule: { kind: 'yes-no' } },
 *   ] }] }],
 * });
 * const [unit] = scoreAssessment(framework, parseEvidence([
 *   { unitCode: '26734', componentId: 'docs', numerator: 3, denominator: 4 },
 *   { unitCode: '26734', componentId: 'portal', yes: true },
 * ]));
 * unit?.total; // { points: '25', maxPoints: '30', value: '0.8333333333333333333333333333333333333333', … }
 * ```
 * @param framework - A framework (see {@link parseAssessmentFramework}).
 * @param evidence - The evidence (see {@link parseEvidence}).
 * @param options - The track, and the units assessed.
 * @returns One score per unit.
 * @throws {@link dx-indicators!DxInputError} when the framework or the evidence is not well formed, or evidence
 *   does not fit its component (an unknown component or category, a figure the rule does not
 *   read, the same component twice for a unit and track).
 * @category Assessments
 */
export function scoreAssessment(framework: AssessmentFramework, evidence: readonly Evidence[], options: ScoreOptions = {}): UnitScore[] {
  try {
    const f = parseWith(assessmentFrameworkSchema, 'assessment framework', framework, ['framework']);
    const ev = parseWith(z.array(evidenceSchema), 'evidence', evidence, ['evidence']);
    const g = guard('scoreAssessment');
    if (g.object(options, ['options'])) {
      g.oneOf(options.track, ['self', 'appraised', 'final'], ['options', 'track'], true);
      if (options.units !== undefined && g.array(options.units, ['options', 'units'])) options.units.forEach((u, i) => g.text(u, ['options', 'units', i]));
    }
    g.done();
    const track = options.track ?? 'final';
    const components = new Map<string, AssessmentComponent>();
    for (const p of f.pillars) for (const m of p.mainIndices) for (const c of m.components) components.set(c.id, c);
    const byUnit = indexEvidence(ev, track, components);
    const units = options.units ?? [...byUnit.keys()];
    // The best figure of each ratio-to-best component among the units assessed.
    const best = new Map<string, Dec>();
    for (const u of units) {
      for (const e of byUnit.get(u)?.values() ?? []) {
        const c = components.get(e.componentId) as AssessmentComponent;
        if (c.rule.kind !== 'ratio-to-best' || e.applicable === false || e.value === undefined) continue;
        const v = new Dec(e.value);
        const b = best.get(c.id);
        if (b === undefined || v.gt(b)) best.set(c.id, v);
      }
    }
    return units.map((unitCode) => {
      const mine = byUnit.get(unitCode) ?? new Map<string, Evidence>();
      const scores: Record<string, ComponentScore> = {};
      const pillars: Record<string, ScoreSummary> = {};
      const mainIndices: Record<string, ScoreSummary> = {};
      const all: ComponentScore[] = [];
      for (const p of f.pillars) {
        const inPillar: ComponentScore[] = [];
        for (const m of p.mainIndices) {
          const inIndex = m.components.map((c) => scoreComponent(c, mine.get(c.id), best.get(c.id)));
          for (const s of inIndex) scores[s.componentId] = s;
          mainIndices[m.id] = summarise(inIndex);
          inPillar.push(...inIndex);
        }
        pillars[p.id] = summarise(inPillar);
        all.push(...inPillar);
      }
      return { unitCode, track, total: summarise(all), pillars, mainIndices, components: scores };
    });
  } catch (e) {
    throw unreadableInput(e, 'scoreAssessment', { framework, evidence, options });
  }
}

function indexEvidence(ev: readonly Evidence[], track: ScoreTrack, components: ReadonlyMap<string, AssessmentComponent>): Map<string, Map<string, Evidence>> {
  const problems: InputProblem[] = [];
  const byUnit = new Map<string, Map<string, Evidence>>();
  ev.forEach((e, i) => {
    const c = components.get(e.componentId);
    if (c === undefined) {
      problems.push({ path: [i, 'componentId'], code: 'unknown_reference', message: `no component of the framework is "${e.componentId}"` });
      return;
    }
    if (e.track !== track) return;
    const mine = byUnit.get(e.unitCode) ?? new Map<string, Evidence>();
    byUnit.set(e.unitCode, mine);
    if (mine.has(c.id)) problems.push({ path: [i], code: 'duplicate', message: `${e.unitCode} has evidence for "${c.id}" twice on the ${track} track` });
    mine.set(c.id, e);
    if (e.applicable === false) return;
    const need = (field: keyof Evidence, words: string) => {
      if (e[field] === undefined) problems.push({ path: [i, field], code: 'missing', message: `"${c.id}" is scored by ${c.rule.kind}: give ${words}` });
    };
    switch (c.rule.kind) {
      case 'ratio':
        need('numerator', 'a numerator');
        need('denominator', 'a denominator');
        break;
      case 'capped-count':
        need('count', 'a count');
        break;
      case 'categorical':
        need('category', 'a category');
        if (e.category !== undefined && !c.rule.categories.some((k) => k.id === e.category)) {
          problems.push({ path: [i, 'category'], code: 'invalid_value', message: `should be one of ${c.rule.categories.map((k) => JSON.stringify(k.id)).join(', ')}; got ${JSON.stringify(e.category)}` });
        }
        break;
      case 'yes-no':
        need('yes', 'yes: true or false');
        break;
      default:
        need('value', 'a value');
    }
  });
  if (problems.length > 0) throw new DxInputError('evidence', problems);
  return byUnit;
}

const clamp = (x: Dec, max: Dec) => Dec.max(0, Dec.min(x, max));

function scoreComponent(c: AssessmentComponent, e: Evidence | undefined, best: Dec | undefined): ComponentScore {
  const max = new Dec(c.maxPoints);
  const base = { componentId: c.id, maxPoints: c.maxPoints };
  if (e === undefined) return { ...base, status: 'missing', reason: 'no evidence' };
  if (e.applicable === false) return { ...base, status: 'not-applicable' };
  const scored = (points: Dec): ComponentScore => ({ ...base, status: 'scored', points: decString(clamp(points, max)) });
  const r = c.rule;
  switch (r.kind) {
    case 'ratio': {
      const d = new Dec(e.denominator as string);
      if (d.isZero()) return { ...base, status: 'missing', reason: 'the denominator is 0' };
      return scored(Dec.min(new Dec(e.numerator as string).div(d), 1).times(max));
    }
    case 'ratio-to-best': {
      const v = new Dec(e.value as string);
      return scored(best === undefined || !best.gt(0) ? new Dec(0) : v.div(best).times(max));
    }
    case 'capped-count':
      return scored(new Dec(e.count as string).times(r.pointsEach));
    case 'steps': {
      const v = new Dec(e.value as string);
      const reached = r.steps.filter((s) => v.gte(s.atLeast)).map((s) => new Dec(s.points));
      return scored(reached.length === 0 ? new Dec(0) : Dec.max(...reached));
    }
    case 'categorical':
      return scored(new Dec((r.categories.find((k) => k.id === e.category) as { fraction: string }).fraction).times(max));
    case 'yes-no':
      return scored(e.yes === true ? max : new Dec(0));
    case 'attainment': {
      const a = attainmentOf(r.comparator, new Dec(e.value as string), new Dec(r.cap ?? '1'));
      if (!a.ok) return { ...base, status: 'missing', reason: a.message };
      return scored(new Dec(a.value.ratio).times(max));
    }
  }
}

function summarise(scores: readonly ComponentScore[]): ScoreSummary {
  let points = new Dec(0);
  let max = new Dec(0);
  let scored = 0;
  let missing = 0;
  let notApplicable = 0;
  for (const s of scores) {
    if (s.status === 'not-applicable') {
      notApplicable++;
      continue;
    }
    max = max.plus(s.maxPoints);
    if (s.status === 'missing') missing++;
    else {
      scored++;
      points = points.plus(s.points as string);
    }
  }
  const value: DecimalString | undefined = max.isZero() ? undefined : decString(points.div(max));
  return { points: decString(points), maxPoints: decString(max), ...(value === undefined ? {} : { value }), scored, missing, notApplicable };
}
