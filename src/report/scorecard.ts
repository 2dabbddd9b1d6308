import type { DecimalString } from '../core/decimal-text.js';
import type { ProgressAssessment } from '../calc/assess-progress.js';
import type { AgencyTier, Domain } from '../model/domain.js';
import type { Label } from '../model/primitives.js';
import type { Comparator, SourceRef } from '../model/target.js';
import type { TargetSummary } from '../rollup/summarise-target-across-units.js';

/** Whether a target is met on the as-of date. @category Scorecards */
export type TargetStatus = 'met' | 'not-met' | 'no-data';

/**
 * Which figure decided an entry's status:
 * - `reported`: a figure reported for the target's unit and tier (the province's own);
 * - `rolled-up`: the figures of the units below it, rolled up by the indicator's rules;
 * - `tier`: a commune- or district-tier target: the figures of the tier's units (see {@link ScorecardEntry.units}).
 * @category Scorecards
 */
export type FigureBasis = 'reported' | 'rolled-up' | 'tier';

/**
 * Why an entry has no status although figures were given:
 * - `percentages-only`: the tier's units reported percentages without numerators and
 *   denominators, which cannot enter a ratio of sums (they still count unit by unit);
 * - `below-coverage`: the roll-up covers fewer units than `minCoverage` asks for;
 * - `units-missing`: a per-unit tier target (not a share) whose reported units all meet it while
 *   some units have not reported.
 * @category Scorecards
 */
export type StatusReason = 'percentages-only' | 'below-coverage' | 'units-missing';

/** A figure rolled up from the units below a unit, with its coverage. Plain JSON. @category Scorecards */
export interface RolledUpFigure {
  readonly value: DecimalString;
  /** Σ numerator and Σ denominator, for a share. */
  readonly numerator?: DecimalString;
  readonly denominator?: DecimalString;
  /** Which of the expected units reported (leaf units for a province-wide figure, the tier's units for a tier). */
  readonly coverage: { readonly expected: number; readonly reported: number; readonly share: DecimalString };
  /** The first and last period of the figures that went into it. */
  readonly periods: { readonly from: string; readonly to: string };
  /** False when the coverage is below `minCoverage`: shown, not used. */
  readonly trusted: boolean;
}

/** The figure reported for the target's own unit and tier. Plain JSON. @category Scorecards */
export interface ReportedFigure {
  readonly value: DecimalString;
  readonly numerator?: DecimalString;
  readonly denominator?: DecimalString;
  readonly period: string;
  readonly source?: string;
  readonly note?: string;
  readonly flags?: readonly string[];
}

/** How the units of a commune or district tier fare, with the units that reported only a percentage. @category Scorecards */
export interface TierUnits extends TargetSummary {
  /** The level of the tier's units. */
  readonly level: 'commune' | 'district';
  /** Units that reported a percentage but no numerator and denominator: they count here, not in the tier's figure. */
  readonly percentagesOnly: number;
  /** Up to five units furthest from the target, worst first. */
  readonly worstUnits: readonly { readonly unitCode: string; readonly name: string; readonly value: DecimalString }[];
  /** Every unit's figure, by code (the tier's figure for charts and tables). */
  readonly figures: Readonly<Record<string, DecimalString>>;
  /** Names of the units, by code. */
  readonly names: Readonly<Record<string, string>>;
}

/** One target of a scorecard, evaluated. Plain JSON. @category Scorecards */
export interface ScorecardEntry {
  readonly targetId: string;
  readonly indicatorId: string;
  readonly indicator: Label;
  readonly unit: string;
  readonly domain: Domain;
  readonly tier: AgencyTier;
  readonly unitCode: string;
  readonly comparator: Comparator;
  readonly deadline: string;
  readonly status: TargetStatus;
  /** Why there is no status although figures were given. */
  readonly statusReason?: StatusReason;
  /** The figure used: see {@link ScorecardEntry.basis}. */
  readonly actual?: DecimalString;
  /** Which figure decided the status. */
  readonly basis?: FigureBasis;
  /** The figure reported for the target's unit and tier (the latest on or before the as-of date, within the plan's period). */
  readonly reported?: ReportedFigure;
  /** The figure rolled up from the units below (with a hierarchy). */
  readonly rolledUp?: RolledUpFigure;
  /** When a reported and a rolled-up figure disagree: both are shown above, and this says which one was used. */
  readonly disagreement?: { readonly rule: 'prefer-reported' | 'prefer-rolled-up'; readonly difference: DecimalString };
  /** Where the reported figure came from (the same as `reported`, kept for its short form). */
  readonly observation?: { readonly period: string; readonly source?: string; readonly note?: string; readonly flags?: readonly string[] };
  /** Attainment ratio (1 = exactly met). */
  readonly attainment?: DecimalString;
  /** figure − target, in the indicator's unit. */
  readonly gap?: DecimalString;
  /** Status band: by attainment, and never in contradiction with the status. */
  readonly band: { readonly id: string; readonly label: Label; readonly color?: string };
  /** The value expected on the as-of date on a linear path from the target's baseline. */
  readonly interim?: DecimalString;
  /** Progress class from the series of figures, when there are at least two. */
  readonly progress?: ProgressAssessment['status'];
  /** The target's baseline, when the plan gives one (the start of the interim path). */
  readonly baseline?: { readonly value: DecimalString; readonly date: string };
  /** The series of reported figures (date = last day of each period), oldest first. */
  readonly series?: readonly { readonly date: string; readonly value: DecimalString }[];
  /** How the units of the target's tier fare (commune and district tiers, with a hierarchy). */
  readonly units?: TierUnits;
  /** The national target this target restates, and how it compares (with `nationalTargets`). */
  readonly national?: {
    readonly id: string;
    readonly comparator: Comparator;
    readonly deadline: string;
    readonly document: string;
    readonly asAmbitious: boolean | undefined;
    readonly asEarly: boolean;
  };
  /** In words, how the figure was reached (which figure, from how many units, what counted). */
  readonly explanation?: Label;
  readonly source: SourceRef;
  /** The title of the source document, from the plan's sources. */
  readonly sourceTitle?: string;
  readonly note?: string;
}

/** Counts of a group of targets, and their composite score. @category Scorecards */
export interface ScorecardSummary {
  readonly targets: number;
  readonly met: number;
  readonly notMet: number;
  readonly noData: number;
  /** Targets with a figure (met + not met): the score speaks for these only. */
  readonly withData: number;
  /** Mean of capped attainments × 100 over the targets with a figure (0–100). */
  readonly score?: DecimalString;
  /** Share of targets with a figure (withData ÷ targets). */
  readonly availability: DecimalString;
}

/** A plan evaluated on a date. Plain JSON. @category Scorecards */
export interface Scorecard {
  readonly planId: string;
  readonly title: Label;
  readonly unitCode: string;
  readonly asOf: string;
  readonly entries: readonly ScorecardEntry[];
  readonly domains: Readonly<Partial<Record<Domain, ScorecardSummary>>>;
  readonly overall: ScorecardSummary;
}
