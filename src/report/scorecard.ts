import type { DecimalString } from '../core/decimal.js';
import type { ProgressAssessment } from '../calc/assess-progress.js';
import type { AgencyTier, Domain } from '../model/domain.js';
import type { Label } from '../model/primitives.js';
import type { Comparator, SourceRef } from '../model/target.js';
import type { TargetSummary } from '../rollup/summarise-target-across-units.js';

/** Whether a target is met on the as-of date. @category Scorecards */
export type TargetStatus = 'met' | 'not-met' | 'no-data';

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
  /** The figure used: the latest on or before the as-of date, within the plan's period. */
  readonly actual?: DecimalString;
  /** Where the figure came from. */
  readonly observation?: { readonly period: string; readonly source?: string; readonly note?: string; readonly flags?: readonly string[] };
  /** Attainment ratio (1 = exactly met). */
  readonly attainment?: DecimalString;
  /** figure − target, in the indicator's unit. */
  readonly gap?: DecimalString;
  /** Status band of the attainment. */
  readonly band: { readonly id: string; readonly label: Label };
  /** The value expected on the as-of date on a linear path from the target's baseline. */
  readonly interim?: DecimalString;
  /** Progress class from the series of figures, when there are at least two. */
  readonly progress?: ProgressAssessment['status'];
  /** How the units of the target's tier fare (when figures by unit were given). */
  readonly units?: TargetSummary;
  readonly source: SourceRef;
  readonly note?: string;
}

/** Counts of a group of targets, and their composite score. @category Scorecards */
export interface ScorecardSummary {
  readonly targets: number;
  readonly met: number;
  readonly notMet: number;
  readonly noData: number;
  /** Mean of capped attainments × 100 over the targets with a figure (0–100). */
  readonly score?: DecimalString;
  /** Share of targets with a figure. */
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
