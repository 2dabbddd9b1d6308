import { decString } from '../core/decimal.js';
import { Dec } from '../core/decimal.js';
import { assessProgress } from '../calc/assess-progress.js';
import { attainment } from '../calc/attainment.js';
import { classifyBand } from '../calc/classify-band.js';
import { expectedValueAt } from '../calc/expected-value-at.js';
import { DEFAULT_STATUS_BANDS } from '../calc/legend-presets.js';
import { isTargetMet } from '../calc/target-met.js';
import { targetGap } from '../calc/target-gap.js';
import type { Hierarchy } from '../geo/hierarchy.js';
import type { Domain } from '../model/domain.js';
import type { LegendSet } from '../model/legend-set.js';
import type { Observation } from '../model/observation.js';
import { periodBounds } from '../model/period.js';
import type { Plan } from '../model/plan.js';
import type { IsoDate } from '../model/primitives.js';
import type { Target } from '../model/target.js';
import { compositeScore } from '../rollup/composite-score.js';
import { rollup } from '../rollup/rollup.js';
import { summariseTargetAcrossUnits } from '../rollup/summarise-target-across-units.js';
import type { Scorecard, ScorecardEntry, ScorecardSummary } from './scorecard.js';

/** Options of {@link buildScorecard}. @category Scorecards */
export interface ScorecardOptions {
  /** The date the scorecard speaks of: only figures of periods ending on or before it count. */
  readonly asOf: IsoDate;
  /** The status bands (default {@link DEFAULT_STATUS_BANDS}). */
  readonly bands?: LegendSet;
  /** The hierarchy, to evaluate commune- and district-tier targets unit by unit from figures of those units. */
  readonly hierarchy?: Hierarchy;
}

/**
 * Evaluates every target of a plan against reported figures on an as-of date: the figure used
 * (the latest within the plan's period, for the target's tier and unit), met or not at the
 * comparator's exact boundary, attainment, gap, status band, the interim value expected from a
 * baseline, a progress class where a series exists (figures before the plan's period may start
 * it), how the units of a commune or district
 * tier fare, and provenance; then per-domain and whole-plan summaries with a composite score.
 *
 * @example
 * ```ts
 * import { plans, dongNai2025Reported } from 'dx-indicators/vn';
 * const card = buildScorecard(plans.dongNai2025, dongNai2025Reported.observations, { asOf: '2025-09-29' });
 * card.overall; // { targets: 34, met: 3, notMet: 0, noData: 31, … }
 * ```
 * @param plan - The plan.
 * @param observations - Reported figures (parsed).
 * @param options - The as-of date, bands, and optionally a hierarchy.
 * @returns The scorecard, plain JSON.
 * @category Scorecards
 */
export function buildScorecard(plan: Plan, observations: readonly Observation[], options: ScorecardOptions): Scorecard {
  const bands = options.bands ?? DEFAULT_STATUS_BANDS;
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const endOf = (o: Observation) => periodBounds(o.period)?.end ?? '';
  // Figures up to the as-of date; earlier ones than the plan's period serve only as the start of a series.
  const usable = observations.filter((o) => endOf(o) !== '' && endOf(o) <= options.asOf);
  const inPlan = (o: Observation) => endOf(o) >= plan.period.start && (periodBounds(o.period)?.start ?? '') <= plan.period.end;
  const valueOf = (o: Observation) => (o.value !== undefined ? new Dec(o.value) : new Dec(o.numerator as string).div(o.denominator as string).times(100));

  const entries = plan.targets.map((t: Target): ScorecardEntry => {
    const indicator = indicators.get(t.indicatorId);
    const unitCode = t.unitCode ?? plan.unitCode;
    const series = usable
      .filter((o) => o.indicatorId === t.indicatorId && o.unitCode === unitCode && (o.tier ?? 'province-wide') === t.tier && !(o.value === undefined && o.denominator === '0'))
      .sort((a, b) => (endOf(a) < endOf(b) ? -1 : endOf(a) > endOf(b) ? 1 : 0));
    const last = series[series.length - 1];
    const latest = last !== undefined && inPlan(last) ? last : undefined;
    const base = {
      targetId: t.id,
      indicatorId: t.indicatorId,
      indicator: indicator?.name ?? { vi: t.indicatorId, en: t.indicatorId },
      unit: indicator?.unit ?? 'percent',
      domain: t.domain,
      tier: t.tier,
      unitCode,
      comparator: t.comparator,
      deadline: t.deadline,
      source: t.source,
      ...(t.note === undefined ? {} : { note: t.note }),
      ...unitsPart(t, plan, observations, options),
    };
    if (latest === undefined) return { ...base, status: 'no-data', band: pickBand(classifyBand(bands, undefined)) };
    const actual = decString(valueOf(latest));
    const a = attainment(t.comparator, actual);
    const interim = t.baseline === undefined ? undefined : expectedValueAt({ baseline: t.baseline, target: { value: thresholdValue(t), date: t.deadline }, date: options.asOf, path: 'linear' });
    const progress = series.length >= 2 ? assessProgress({ series: series.map((o) => ({ date: endOf(o), value: decString(valueOf(o)) })), target: { comparator: t.comparator, deadline: t.deadline }, asOf: options.asOf, method: 'open-sdg' }).status : undefined;
    return {
      ...base,
      status: isTargetMet(t.comparator, actual) ? 'met' : 'not-met',
      actual,
      observation: {
        period: latest.period,
        ...(latest.source === undefined ? {} : { source: latest.source }),
        ...(latest.note === undefined ? {} : { note: latest.note }),
        ...(latest.flags === undefined ? {} : { flags: latest.flags }),
      },
      ...(a.ok ? { attainment: a.value.ratio } : {}),
      gap: targetGap(t.comparator, actual),
      band: pickBand(classifyBand(bands, a.ok ? a.value.ratio : undefined)),
      ...(interim?.ok === true ? { interim: interim.value } : {}),
      ...(progress === undefined ? {} : { progress }),
    };
  });
  const domains: Partial<Record<Domain, ScorecardSummary>> = {};
  for (const d of plan.domains) domains[d] = summarise(entries.filter((e) => e.domain === d));
  return { planId: plan.id, title: plan.title, unitCode: plan.unitCode, asOf: options.asOf, entries, domains, overall: summarise(entries) };
}

function pickBand(b: { id: string; label: { vi: string; en: string } }) {
  return { id: b.id, label: b.label };
}

function thresholdValue(t: Target): string {
  const c = t.comparator;
  return c.kind === 'between' ? c.min : c.kind === 'all' ? '100' : c.kind === 'yes' ? '1' : c.value;
}

/** Commune- and district-tier targets, evaluated unit by unit from figures of those units. */
function unitsPart(t: Target, plan: Plan, observations: readonly Observation[], options: ScorecardOptions): Pick<ScorecardEntry, 'units'> {
  const h = options.hierarchy;
  if (h === undefined || (t.tier !== 'commune' && t.tier !== 'district') || !h.levels.includes(t.tier)) return {};
  const indicator = plan.indicators.find((i) => i.id === t.indicatorId);
  if (indicator === undefined) return {};
  const own = observations.filter((o) => o.indicatorId === t.indicatorId && h.byCode.get(o.unitCode)?.level === t.tier && (periodBounds(o.period)?.end ?? '') <= options.asOf);
  if (own.length === 0) return {};
  const year = options.asOf.slice(0, 4);
  const { rows } = rollup(own, [indicator], h, { bucket: 'year', levels: [t.tier] });
  const units = summariseTargetAcrossUnits(rows, { indicatorId: t.indicatorId, period: year, comparator: t.comparator, hierarchy: h, level: t.tier, within: t.unitCode ?? plan.unitCode, ...(options.bands === undefined ? {} : { bands: options.bands }) });
  return { units: units.overall };
}

function summarise(entries: readonly ScorecardEntry[]): ScorecardSummary {
  const met = entries.filter((e) => e.status === 'met').length;
  const notMet = entries.filter((e) => e.status === 'not-met').length;
  const score = compositeScore(
    entries.map((e) => ({ id: e.targetId, score: e.attainment === undefined ? undefined : decString(Dec.min(1, e.attainment).times(100)), weight: 1 })),
    { method: 'arithmetic' },
  );
  return {
    targets: entries.length,
    met,
    notMet,
    noData: entries.length - met - notMet,
    ...(score.ok ? { score: score.value.score } : {}),
    availability: entries.length === 0 ? '0' : decString(new Dec(met + notMet).div(entries.length)),
  };
}
