import { Dec, decString, toDec, type DecimalString, type NumericInput } from '../core/decimal.js';
import { DxInputError, type InputProblem } from '../core/errors.js';
import { assessProgress } from '../calc/assess-progress.js';
import { attainment } from '../calc/attainment.js';
import { classifyTargetBand } from '../calc/classify-target-band.js';
import { expectedValueAt } from '../calc/expected-value-at.js';
import { DEFAULT_STATUS_BANDS } from '../calc/legend-presets.js';
import { isTargetMet } from '../calc/target-met.js';
import { targetGap } from '../calc/target-gap.js';
import type { Hierarchy } from '../geo/hierarchy.js';
import type { Domain } from '../model/domain.js';
import type { Indicator } from '../model/indicator.js';
import type { LegendSet } from '../model/legend-set.js';
import type { Observation } from '../model/observation.js';
import { assertParsedObservations } from '../model/observation-rows.js';
import { guard } from '../model/guard.js';
import type { NationalTarget } from '../model/national-target.js';
import type { Plan } from '../model/plan.js';
import { isIsoDate } from '../core/calendar.js';
import type { IsoDate } from '../model/primitives.js';
import type { Target } from '../model/target.js';
import { compositeScore } from '../rollup/composite-score.js';
import { alignWithNationalTargets, type NationalAlignment } from './align-with-national-targets.js';
import { explainEntry } from './explain-entry.js';
import { indexObservations, rollupScope, tierUnits, unitsFigure, valueOf, type ObservationIndex, type RollupScope } from './scorecard-figures.js';
import type { FigureBasis, ReportedFigure, RolledUpFigure, Scorecard, ScorecardEntry, ScorecardSummary, StatusReason, TargetStatus, TierUnits } from './scorecard.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** Options of {@link buildScorecard}. @category Scorecards */
export interface ScorecardOptions {
  /** The date the scorecard speaks of: only figures of periods ending on or before it count. */
  readonly asOf: IsoDate;
  /** The status bands (default {@link DEFAULT_STATUS_BANDS}). */
  readonly bands?: LegendSet;
  /**
   * The hierarchy on the plan's date: with it, the figures of the units below the plan's unit
   * are rolled up to evaluate province-wide targets, and commune- and district-tier targets are
   * evaluated from the tier's units.
   */
  readonly hierarchy?: Hierarchy;
  /** Which figure decides when the plan's unit reported one and the roll-up gives another (default `prefer-reported`). */
  readonly figureRule?: 'prefer-reported' | 'prefer-rolled-up';
  /** Below this share (0–1) of units reporting, a rolled-up figure is shown but not used (default 0). */
  readonly minCoverage?: NumericInput;
  /** National targets (e.g. `DECISION_411_TARGETS`): each entry that restates one says so, and how it compares. */
  readonly nationalTargets?: readonly NationalTarget[];
}

/**
 * Evaluates every target of a plan against reported figures on an as-of date, and says which
 * figure it used and why.
 *
 * - A target's **reported** figure is the latest one for the plan's unit and the target's tier,
 *   within the plan's period, on or before the as-of date.
 * - With a `hierarchy`, a **province-wide** target also gets the figure **rolled up** from the
 *   units below the plan's unit, by the indicator's declared rules (Σ numerator ÷ Σ denominator
 *   for a share; over time, each unit's figures of the plan's period to date by the indicator's
 *   time rule), with its coverage. When both exist, `figureRule` picks one (the province's own
 *   by default), and a disagreement is recorded with both figures. A roll-up below `minCoverage`
 *   is shown and not used.
 * - A **commune- or district-tier** target ("60% at commune level") is decided by the tier's
 *   figure: for a share, Σ numerator ÷ Σ denominator over the tier's units; for any other
 *   indicator, every unit of the tier must meet it. The distribution explains it: how many units
 *   reported, how many met, the worst units, units without data. Units that reported a plain
 *   percentage count unit by unit but cannot enter a ratio of sums; the entry says so in words.
 * - The status band follows the attainment and never contradicts the status (see
 *   {@link classifyTargetBand}).
 *
 * The observations are indexed once (cost grows with observations + targets, not their product).
 *
 * @example
 * ```ts
 * import { plans, dongNai2025Reported } from 'dx-indicators/vn';
 * const card = buildScorecard(plans.dongNai2025, dongNai2025Reported.observations, { asOf: '2025-09-29' });
 * card.overall; // { targets: 34, met: 3, notMet: 0, noData: 31, withData: 3, … }
 * ```
 * @param plan - The plan.
 * @param observations - Reported figures (parsed).
 * @param options - The as-of date, bands, and optionally a hierarchy, a figure rule and a minimum coverage.
 * @returns The scorecard, plain JSON.
 * @throws {@link DxInputError} when the plan, the observations or the options are not what the
 *   types say (an `asOf` that is not a calendar date, an unknown figure rule, a coverage outside 0–1).
 * @category Scorecards
 */
export function buildScorecard(plan: Plan, observations: readonly Observation[], options: ScorecardOptions): Scorecard {
  try {
    checkInput(plan, options);
    assertParsedObservations(observations, 'observations');
    const bands = options.bands ?? DEFAULT_STATUS_BANDS;
    const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
    const titles = new Map(plan.sources.map((s) => [s.id, s.title]));
    const index = indexObservations(observations, options.asOf);
    const scope = options.hierarchy === undefined || !options.hierarchy.byCode.has(plan.unitCode) ? undefined : rollupScope(options.hierarchy, plan, index);
    const ctx: Context = { plan, options, bands, index, scope, minCoverage: options.minCoverage === undefined ? new Dec(0) : toDec(options.minCoverage) };
    const national = new Map((options.nationalTargets === undefined ? [] : alignWithNationalTargets(plan, options.nationalTargets)).map((a) => [a.targetId, a]));
    const entries = plan.targets.map((t) => evaluate(t, indicators.get(t.indicatorId), titles.get(t.source.document), national.get(t.id), ctx));
    const domains: Partial<Record<Domain, ScorecardSummary>> = {};
    for (const d of plan.domains) domains[d] = summarise(entries.filter((e) => e.domain === d));
    return { planId: plan.id, title: plan.title, unitCode: plan.unitCode, asOf: options.asOf, entries, domains, overall: summarise(entries) };
  } catch (e) {
    throw unreadableInput(e, 'buildScorecard', { plan, observations, options });
  }
}

interface Context {
  readonly plan: Plan;
  readonly options: ScorecardOptions;
  readonly bands: LegendSet;
  readonly index: ObservationIndex;
  readonly scope: RollupScope | undefined;
  readonly minCoverage: Dec;
}

function checkInput(plan: Plan, options: ScorecardOptions): void {
  const problems: InputProblem[] = [];
  if (typeof plan !== 'object' || plan === null || !Array.isArray((plan as Partial<Plan>).targets)) {
    problems.push({ path: ['plan'], code: 'invalid_type', message: 'should be a plan (see parsePlan)' });
  } else {
    // The calculations below take the comparators as parsing writes them (canonical figures).
    const g = guard('buildScorecard');
    plan.targets.forEach((t, i) => {
      const c = g.comparator(t?.comparator, ['plan', 'targets', i, 'comparator']);
      if (c !== undefined && (Object.keys(c) as (keyof typeof c)[]).some((k) => c[k] !== (t.comparator as typeof c)[k])) {
        g.problems.push({ path: ['plan', 'targets', i, 'comparator'], code: 'invalid_value', message: 'should be as parsePlan writes it (figures as decimal strings such as "70"): parse the plan first' });
      }
    });
    problems.push(...g.problems);
  }
  if (typeof options !== 'object' || options === null) {
    problems.push({ path: ['options'], code: 'missing', message: 'should give at least the as-of date: { asOf: "2025-09-30" }' });
  } else {
    if (!isIsoDate(options.asOf)) problems.push({ path: ['options', 'asOf'], code: 'invalid_date', message: `should be a calendar date written YYYY-MM-DD, got ${JSON.stringify(options.asOf)}` });
    if (options.figureRule !== undefined && options.figureRule !== 'prefer-reported' && options.figureRule !== 'prefer-rolled-up') {
      problems.push({ path: ['options', 'figureRule'], code: 'invalid_value', message: `should be "prefer-reported" or "prefer-rolled-up", got ${JSON.stringify(options.figureRule)}` });
    }
    if (options.minCoverage !== undefined) {
      let ok = false;
      try {
        const c = toDec(options.minCoverage);
        ok = c.gte(0) && c.lte(1);
      } catch {
        ok = false;
      }
      if (!ok) problems.push({ path: ['options', 'minCoverage'], code: 'invalid_value', message: `should be a share from 0 to 1, got ${JSON.stringify(options.minCoverage)}` });
    }
  }
  if (problems.length > 0) throw new DxInputError('scorecard input', problems);
}

function reportedFigure(t: Target, ctx: Context): { latest: ReportedFigure | undefined; series: { date: string; value: DecimalString }[] } {
  const { plan, index } = ctx;
  const unitCode = t.unitCode ?? plan.unitCode;
  const end = (o: Observation) => index.bounds(o.period).end;
  const own = (index.own.get(`${t.indicatorId}|${unitCode}|${t.tier}`) ?? [])
    .filter((o) => !(o.value === undefined && o.denominator === '0'))
    .sort((a, b) => (end(a) < end(b) ? -1 : end(a) > end(b) ? 1 : 0));
  const series = own.map((o) => ({ date: index.bounds(o.period).end, value: valueOf(o) }));
  const last = own[own.length - 1];
  if (last === undefined) return { latest: undefined, series };
  const b = index.bounds(last.period);
  if (b.end < plan.period.start || b.start > plan.period.end) return { latest: undefined, series };
  const latest: ReportedFigure = {
    value: valueOf(last),
    ...(last.numerator === undefined ? {} : { numerator: last.numerator, denominator: last.denominator as string }),
    period: last.period,
    ...(last.source === undefined ? {} : { source: last.source }),
    ...(last.note === undefined ? {} : { note: last.note }),
    ...(last.flags === undefined ? {} : { flags: last.flags }),
  };
  return { latest, series };
}

interface Decision {
  readonly status: TargetStatus;
  readonly actual?: DecimalString;
  readonly basis?: FigureBasis;
  readonly statusReason?: StatusReason;
  readonly rolledUp?: RolledUpFigure;
  readonly units?: TierUnits;
  readonly disagreement?: ScorecardEntry['disagreement'];
}

const trust = (f: Omit<RolledUpFigure, 'trusted'>, min: Dec): RolledUpFigure => ({ ...f, trusted: new Dec(f.coverage.share).gte(min) });

/** Which figure decides, and the status it gives. */
function decide(t: Target, indicator: Indicator | undefined, reported: ReportedFigure | undefined, ctx: Context): Decision {
  const { scope } = ctx;
  const level = t.tier === 'commune' || t.tier === 'district' ? t.tier : undefined;
  let rolledUp: RolledUpFigure | undefined;
  let units: TierUnits | undefined;
  let basis: FigureBasis = 'rolled-up';
  let perUnit: Decision | undefined;
  if (scope !== undefined && indicator !== undefined && (level !== undefined || t.tier === 'province-wide') && (t.unitCode === undefined || t.unitCode === ctx.plan.unitCode)) {
    const uf = unitsFigure(scope, indicator, level);
    if (uf?.figure !== undefined) rolledUp = trust(uf.figure, ctx.minCoverage);
    if (level !== undefined && scope.hierarchy.levels.includes(level)) {
      basis = 'tier';
      units = tierUnits(scope, uf, level, t.comparator, ctx.bands);
      if (indicator.share === undefined) perUnit = everyUnit(units);
    }
  }
  const useRolled = rolledUp !== undefined && rolledUp.trusted;
  const preferRolled = ctx.options.figureRule === 'prefer-rolled-up';
  const common = { ...(rolledUp === undefined ? {} : { rolledUp }), ...(units === undefined ? {} : { units }) };
  const disagreement =
    reported !== undefined && rolledUp !== undefined && !new Dec(reported.value).eq(rolledUp.value)
      ? { rule: preferRolled ? ('prefer-rolled-up' as const) : ('prefer-reported' as const), difference: decString(new Dec(reported.value).minus(rolledUp.value)) }
      : undefined;
  const withDisagreement = disagreement === undefined ? {} : { disagreement };
  if (reported !== undefined && (!useRolled || !preferRolled) && perUnit === undefined) {
    return { status: isTargetMet(t.comparator, reported.value) ? 'met' : 'not-met', actual: reported.value, basis: 'reported', ...common, ...withDisagreement };
  }
  if (perUnit !== undefined) return { ...perUnit, ...common };
  if (useRolled && rolledUp !== undefined) {
    return { status: isTargetMet(t.comparator, rolledUp.value) ? 'met' : 'not-met', actual: rolledUp.value, basis, ...common, ...withDisagreement };
  }
  const statusReason: StatusReason | undefined =
    rolledUp !== undefined ? 'below-coverage' : units !== undefined && units.percentagesOnly > 0 ? 'percentages-only' : undefined;
  return { status: 'no-data', ...(statusReason === undefined ? {} : { statusReason }), ...common };
}

/** A tier target on an indicator that is not a share: every unit of the tier must meet it. */
function everyUnit(units: TierUnits): Decision | undefined {
  if (units.reported === 0) return undefined;
  const worst = units.worst?.value;
  if (units.notMet > 0) return { status: 'not-met', ...(worst === undefined ? {} : { actual: worst }), basis: 'tier' };
  if (units.noData > 0) return { status: 'no-data', statusReason: 'units-missing', basis: 'tier' };
  return { status: 'met', ...(worst === undefined ? {} : { actual: worst }), basis: 'tier' };
}

function evaluate(t: Target, indicator: Indicator | undefined, sourceTitle: string | undefined, alignment: NationalAlignment | undefined, ctx: Context): ScorecardEntry {
  const { latest: reported, series } = reportedFigure(t, ctx);
  const d = decide(t, indicator, reported, ctx);
  const unit = indicator?.unit ?? 'percent';
  const a = d.actual === undefined ? undefined : attainment(t.comparator, d.actual);
  const interim = t.baseline === undefined || d.actual === undefined ? undefined : expectedValueAt({ baseline: t.baseline, target: { value: thresholdValue(t), date: t.deadline }, date: ctx.options.asOf, path: 'linear' });
  const progress =
    d.basis === 'reported' && series.length >= 2
      ? assessProgress({ series, target: { comparator: t.comparator, deadline: t.deadline }, asOf: ctx.options.asOf, method: 'open-sdg' }).status
      : undefined;
  const band = classifyTargetBand(ctx.bands, t.comparator, d.actual);
  const entry: ScorecardEntry = {
    targetId: t.id,
    indicatorId: t.indicatorId,
    indicator: indicator?.name ?? { vi: t.indicatorId, en: t.indicatorId },
    unit,
    domain: t.domain,
    tier: t.tier,
    unitCode: t.unitCode ?? ctx.plan.unitCode,
    comparator: t.comparator,
    deadline: t.deadline,
    status: d.status,
    ...(d.statusReason === undefined ? {} : { statusReason: d.statusReason }),
    ...(d.actual === undefined ? {} : { actual: d.actual }),
    ...(d.basis === undefined ? {} : { basis: d.basis }),
    ...(reported === undefined ? {} : { reported }),
    ...(d.rolledUp === undefined ? {} : { rolledUp: d.rolledUp }),
    ...(d.disagreement === undefined ? {} : { disagreement: d.disagreement }),
    ...(reported === undefined
      ? {}
      : {
          observation: {
            period: reported.period,
            ...(reported.source === undefined ? {} : { source: reported.source }),
            ...(reported.note === undefined ? {} : { note: reported.note }),
            ...(reported.flags === undefined ? {} : { flags: reported.flags }),
          },
        }),
    ...(a?.ok === true ? { attainment: a.value.ratio } : {}),
    ...(d.actual === undefined ? {} : { gap: targetGap(t.comparator, d.actual) }),
    band: { id: band.id, label: band.label, ...(band.color === undefined ? {} : { color: band.color }) },
    ...(interim?.ok === true ? { interim: interim.value } : {}),
    ...(progress === undefined ? {} : { progress }),
    ...(t.baseline === undefined ? {} : { baseline: t.baseline }),
    ...(series.length === 0 ? {} : { series }),
    ...(d.units === undefined ? {} : { units: d.units }),
    ...(alignment === undefined ? {} : { national: nationalOf(alignment) }),
    source: t.source,
    ...(sourceTitle === undefined ? {} : { sourceTitle }),
    ...(t.note === undefined ? {} : { note: t.note }),
  };
  const explanation = explainEntry(entry);
  return explanation === undefined ? entry : { ...entry, explanation };
}

function nationalOf(a: NationalAlignment): NonNullable<ScorecardEntry['national']> {
  return { id: a.national.id, comparator: a.national.comparator, deadline: a.national.deadline, document: a.national.document.number, asAmbitious: a.asAmbitious, asEarly: a.asEarly };
}

function thresholdValue(t: Target): string {
  const c = t.comparator;
  return c.kind === 'between' ? c.min : c.kind === 'all' ? '100' : c.kind === 'yes' ? '1' : c.value;
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
    withData: met + notMet,
    ...(score.ok ? { score: score.value.score } : {}),
    availability: entries.length === 0 ? '0' : decString(new Dec(met + notMet).div(entries.length)),
  };
}
