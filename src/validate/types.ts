import type { Hierarchy } from '../geo/hierarchy.js';
import type { Indicator } from '../model/indicator.js';
import type { Plan } from '../model/plan.js';
import type { UnitRegister } from '../model/unit.js';

/** What {@link validateObservations} checks against. Each rule uses the parts it needs. @category Validation */
export interface ValidationContext {
  /** The indicators, for their measure units (`percent`, `count`). */
  readonly indicators?: readonly Indicator[];
  /** A unit register, for `unit-exists`. */
  readonly units?: UnitRegister;
  /** A plan, for `within-plan-period`. */
  readonly plan?: Plan;
  /** A hierarchy, for `child-not-above-parent`. */
  readonly hierarchy?: Hierarchy;
}

/** One finding: which rule, which figure, and what is wrong, in the language asked for. @category Validation */
export interface ValidationFinding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  /** Index of the observation in the input. */
  readonly index: number;
  readonly indicatorId: string;
  readonly unitCode: string;
  readonly period: string;
  readonly message: string;
}

/** The outcome of {@link validateObservations}. @category Validation */
export interface ValidationReport {
  /** Every finding, in the order of the observations. */
  readonly findings: readonly ValidationFinding[];
  /** Rules that could not run, and why (a context part was missing): never skipped silently. */
  readonly skipped: readonly { readonly ruleId: string; readonly reason: string }[];
}
