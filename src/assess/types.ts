import type { DecimalString } from '../core/decimal-text.js';
import type { ScoreTrack } from '../model/assessment.js';

/**
 * One component of one unit, scored: `scored` with its points; `missing` when the unit gave no
 * evidence (or evidence that cannot be scored, such as a zero denominator: `reason` says), which
 * earns no points but stays in the unit's maximum; `not-applicable` when it does not apply to the
 * unit, which leaves its maximum out.
 * @category Assessments
 */
export interface ComponentScore {
  readonly componentId: string;
  readonly status: 'scored' | 'missing' | 'not-applicable';
  readonly points?: DecimalString;
  readonly maxPoints: DecimalString;
  readonly reason?: string;
}

/** Points of a group (the total, a pillar, a main index) against the unit's own maximum. @category Assessments */
export interface ScoreSummary {
  readonly points: DecimalString;
  /** The maxima of the components that apply to the unit. */
  readonly maxPoints: DecimalString;
  /** points ÷ maxPoints, 0 to 1 (exact to 40 digits; `undefined` when nothing applies). */
  readonly value?: DecimalString;
  readonly scored: number;
  readonly missing: number;
  readonly notApplicable: number;
}

/** A unit scored on one track of a framework. Plain JSON. @category Assessments */
export interface UnitScore {
  readonly unitCode: string;
  readonly track: ScoreTrack;
  readonly total: ScoreSummary;
  readonly pillars: Readonly<Record<string, ScoreSummary>>;
  readonly mainIndices: Readonly<Record<string, ScoreSummary>>;
  readonly components: Readonly<Record<string, ComponentScore>>;
}
