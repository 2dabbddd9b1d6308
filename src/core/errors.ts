/**
 * What kind of problem a piece of input has. Stable: programs may switch on it.
 *
 * - `invalid_type`: a value of the wrong kind (text where a number was expected, …)
 * - `invalid_value`: the right kind but not an allowed value (an unknown comparator, a month 13)
 * - `missing`: a required field is absent
 * - `invalid_number`: not a finite number or decimal string (NaN, Infinity, "7O")
 * - `invalid_date`: not a calendar date in `YYYY-MM-DD` form
 * - `unknown_reference`: names a code or id that does not exist where it must
 * - `out_of_coverage`: a date outside what the data covers
 * - `missing_parent`: a unit whose parent does not exist at that date
 * - `duplicate`: the same key twice where it must be unique
 * - `inconsistent`: fields that contradict each other (a province with a parent, validTo before validFrom)
 * - `unreadable`: a value that throws when it is read (a getter or a proxy); the error it threw is
 *   the `DxInputError`'s `cause`
 * @category Errors
 */
export type ProblemCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'missing'
  | 'invalid_number'
  | 'invalid_date'
  | 'unknown_reference'
  | 'out_of_coverage'
  | 'missing_parent'
  | 'duplicate'
  | 'inconsistent'
  | 'unreadable';

/**
 * One problem found in an input: where it is (`path`), what kind it is (`code`) and what to do
 * about it (`message`, in plain words).
 * @category Errors
 */
export interface InputProblem {
  readonly path: readonly (string | number)[];
  readonly code: ProblemCode;
  readonly message: string;
}

/** `units[3].parentCode` from `["units", 3, "parentCode"]`; `(input)` for the root. @internal */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(input)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('');
}

/**
 * The one error the library throws for bad input. It lists every problem found, each with its
 * path; nothing of the input was accepted.
 *
 * @example
 * ```ts
 * import { parseObservation, DxInputError } from 'dx-indicators';
 * try {
 *   parseObservation({ indicatorId: '', unitCode: '75', period: '2025-13', value: 'abc' });
 * } catch (e) {
 *   if (e instanceof DxInputError) console.log(e.problems.map((p) => p.code));
 * }
 * ```
 * @category Errors
 */
export class DxInputError extends Error {
  override readonly name = 'DxInputError';
  /** Every problem found, in input order. Never empty. */
  readonly problems: readonly InputProblem[];
  /** The schema's own issues behind the problems (zod's), when the error comes from a parse. */
  readonly issues: readonly unknown[];

  constructor(what: string, problems: readonly InputProblem[], issues: readonly unknown[] = [], cause?: unknown) {
    const lines = problems.map((p) => `  - ${formatPath(p.path)}: ${p.message}`);
    const n = problems.length;
    super(`Invalid ${what}: ${n} problem${n === 1 ? '' : 's'}\n${lines.join('\n')}`, cause === undefined ? undefined : { cause });
    this.problems = problems;
    this.issues = issues;
  }
}
