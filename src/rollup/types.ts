import type { DecimalString, NumericInput } from '../core/decimal-text.js';
import type { Aggregation } from '../model/indicator.js';
import type { AdministrativeLevel } from '../model/unit.js';

/**
 * How periods are grouped over time: by `year`, `quarter`, `month` or `day`, or `whole` (every
 * period together).
 * @category Roll-up
 */
export type TimeBucket = 'year' | 'quarter' | 'month' | 'day' | 'whole';

/**
 * What a figure entered at a unit that has children (a district, a province) does:
 * - `prefer-children` (default): it is used only where none of the unit's descendants reported;
 * - `prefer-own`: it replaces its descendants' figures;
 * - `add`: it is added to its descendants' figures (figures of the unit's own agencies, such
 *   as the dossiers of provincial departments, which no commune reports).
 * In no case is a figure counted twice.
 * @category Roll-up
 */
export type NonLeafRule = 'prefer-children' | 'prefer-own' | 'add';

/** Per-call aggregation overrides by indicator id. @category Roll-up */
export type AggregationOverrides = Readonly<Record<string, { readonly time?: Aggregation; readonly space?: Aggregation }>>;

/** Options of a roll-up. @category Roll-up */
export interface RollupOptions {
  /** How periods are grouped (default `year`). */
  readonly bucket?: TimeBucket;
  /** Per-indicator overrides of the declared aggregations. */
  readonly aggregation?: AggregationOverrides;
  /** The levels to report (default: every level of the hierarchy). */
  readonly levels?: readonly AdministrativeLevel[];
  /** Named weights by unit code, for `weighted-mean` (e.g. `{ population: { '26734': 12000 } }`). */
  readonly weights?: Readonly<Record<string, Readonly<Record<string, NumericInput>>>>;
  /** What figures entered at non-leaf units do (default `prefer-children`). */
  readonly nonLeafFigures?: NonLeafRule;
  /** Below this share of expected leaf units reporting (0–1), a figure becomes `insufficient-coverage`. */
  readonly minCoverage?: NumericInput;
}

/**
 * Which of a unit's expected leaf units (communes) reported. Frozen; rows of the same unit with
 * the same coverage may share one object.
 * @category Roll-up
 */
export interface Coverage {
  /** Leaf units below the unit (1 for a leaf). */
  readonly expected: number;
  /** Of them, how many reported (or were covered by an own figure of a unit above them). */
  readonly reported: number;
  /** reported ÷ expected. */
  readonly share: DecimalString;
  /** Codes of the leaf units that did not report. */
  readonly missing: readonly string[];
}

/**
 * One figure of a roll-up: an indicator, a unit, a period bucket. Narrow on `status`: a
 * `value` row has the figure; an `insufficient-coverage` row has only its coverage.
 * @category Roll-up
 */
export type RollupRow = {
  readonly indicatorId: string;
  readonly unitCode: string;
  readonly level: AdministrativeLevel;
  readonly period: string;
  readonly coverage: Coverage;
  /** Observations that went into the figure. */
  readonly observations: number;
  /** The unit's own figure was used (see {@link NonLeafRule}). */
  readonly own: boolean;
} & (
  | {
      readonly status: 'value';
      readonly value: DecimalString;
      /** For a ratio of sums: Σ numerator and Σ denominator. */
      readonly numerator?: DecimalString;
      readonly denominator?: DecimalString;
    }
  | { readonly status: 'insufficient-coverage' }
);

/**
 * A figure set aside, or a decision taken about it, with the reason: what every warning of the
 * roll-ups says. @category Roll-up
 */
export interface FigureWarning<Code extends string> {
  readonly code: Code;
  readonly indicatorId: string;
  readonly unitCode: string;
  readonly period: string;
  readonly message: string;
}

/** Something the roll-up set aside or decided, with the reason. @category Roll-up */
export type RollupWarning = FigureWarning<
  | 'unit-not-in-hierarchy'
  | 'unknown-indicator'
  | 'share-without-numerator'
  | 'period-longer-than-bucket'
  | 'missing-weight'
  | 'own-figure-ignored'
  | 'children-ignored'
  | 'zero-denominator'
>;

/** The outcome of a roll-up. @category Roll-up */
export interface RollupResult {
  /**
   * One row per indicator, unit and period bucket that has data, parents and leaves. A figure
   * that cannot be computed (its denominators or weights sum to 0) has no row, and a
   * `zero-denominator` warning says so. The order is stable, whatever the order of the
   * observations: by indicator (in the order the indicators were given), then by period (its
   * label, ascending), then by unit in the hierarchy's order (each parent before its children).
   * Every figure is exact in its sums and rounded once, to 40 significant digits, where it
   * divides: the same digits for any order of the observations and any split into partials.
   */
  readonly rows: readonly RollupRow[];
  /** What was set aside, and why: nothing is dropped silently. */
  readonly warnings: readonly RollupWarning[];
}

/**
 * The outcome of a roll-up in columns (see {@link dx-indicators!rollupColumns}): row `i` is the
 * `i`-th row {@link dx-indicators!rollup} returns, read field by field, and `row(i)` is that row
 * whole. The rows are held in typed arrays, a figure as one or two scaled integers whose text is
 * written when it is read, so a large roll-up (the country by month) takes a fraction of the time
 * and memory of its row objects. Each function throws a {@link dx-indicators!DxInputError} for a
 * row number that is not a whole number from 0 to `length − 1`.
 * @category Roll-up
 */
export interface RollupColumns {
  /** How many rows. */
  readonly length: number;
  /** What was set aside, and why: the warnings of {@link dx-indicators!rollup}. */
  readonly warnings: readonly RollupWarning[];
  /** Row `i`'s indicator. */
  indicatorId(i: number): string;
  /** Row `i`'s unit. */
  unitCode(i: number): string;
  /** The level of row `i`'s unit. */
  level(i: number): AdministrativeLevel;
  /** Row `i`'s bucket, by its label (`2025`, `2025-Q2`, `2025-06` …). */
  period(i: number): string;
  /** `value`, or `insufficient-coverage` (no figure). */
  status(i: number): RollupRow['status'];
  /** The figure, or undefined for an `insufficient-coverage` row. */
  value(i: number): DecimalString | undefined;
  /** For a ratio of sums: Σ numerator (undefined otherwise). */
  numerator(i: number): DecimalString | undefined;
  /** For a ratio of sums: Σ denominator (undefined otherwise). */
  denominator(i: number): DecimalString | undefined;
  /** Which of the unit's expected leaf units reported. */
  coverage(i: number): Coverage;
  /** Observations that went into the figure. */
  observations(i: number): number;
  /** The unit's own figure was used (see {@link NonLeafRule}). */
  own(i: number): boolean;
  /** Row `i` as {@link dx-indicators!rollup} returns it. */
  row(i: number): RollupRow;
}
