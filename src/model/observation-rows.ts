import * as z from 'zod/mini';
import { readDecimal } from '../core/decimal-text.js';
import { DxInputError, type InputProblem } from '../core/errors.js';
import { agencyTierSchema } from './domain.js';
import { observationFlagSchema, observationSchema, type Observation } from './observation.js';
import { parseOptions, problemFromIssue, type SafeParseResult } from './parse.js';
import { periodBounds } from './period.js';

// The fast reading of observation rows. The schema (observationSchema) is the source of truth:
// a row the fast path does not accept in full — any problem, any unusual shape (a class
// instance, a key whose value is undefined, an unknown key) — goes through zod, so the
// problems are zod's own. A row the fast path accepts gives the object zod would give, key
// for key and in the same order; a property test holds the two paths equal.

// Made on first use: observation.ts, which defines the flags, imports this module.
let TIERS: ReadonlySet<unknown> | undefined;
let FLAGS: ReadonlySet<unknown> | undefined;

/**
 * What one call has seen: verdicts on periods (quarters, days), and the last valid indicator id,
 * unit code and period — rows come grouped, and a string equal to the last one needs no check.
 */
interface Seen {
  readonly periods: Map<string, boolean>;
  id: string;
  unit: string;
  period: string;
}

const newSeen = (): Seen => {
  TIERS ??= new Set(agencyTierSchema.options);
  FLAGS ??= new Set(observationFlagSchema.options);
  return { periods: new Map(), id: '', unit: '', period: '' };
};

function checked(map: Map<string, boolean>, s: string, test: (s: string) => boolean): boolean {
  let ok = map.get(s);
  if (ok === undefined) {
    ok = test(s);
    // Bounded: a hostile list of distinct strings is checked without remembering them all.
    if (map.size < 100_000) map.set(s, ok);
  }
  return ok;
}

const isPeriod = (s: string) => periodBounds(s) !== undefined;

const digit = (c: number) => c >= 48 && c <= 57;

/** `^[A-Za-z0-9][A-Za-z0-9._-]*$` by hand: no regular expression, no hashing. */
function isId(s: string): boolean {
  const len = s.length;
  if (len === 0) return false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (digit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    if (i === 0 || (c !== 46 && c !== 95 && c !== 45)) return false;
  }
  return true;
}

/** `^\d{2,5}$` by hand. */
function isUnitCode(s: string): boolean {
  const len = s.length;
  if (len < 2 || len > 5) return false;
  for (let i = 0; i < len; i++) if (!digit(s.charCodeAt(i))) return false;
  return true;
}

/** A month `YYYY-MM` or a year `YYYY` (1900–2199) by hand; any other form goes to the cache and periodBounds. */
function isPeriodQuick(s: string, seen: Seen): boolean {
  const len = s.length;
  const c0 = s.charCodeAt(0);
  const c1 = s.charCodeAt(1);
  const century = (c0 === 49 && c1 === 57) || (c0 === 50 && (c1 === 48 || c1 === 49));
  if ((len === 7 || len === 4) && century && digit(s.charCodeAt(2)) && digit(s.charCodeAt(3))) {
    if (len === 4) return true;
    const m1 = s.charCodeAt(5) - 48;
    const m2 = s.charCodeAt(6) - 48;
    if (s.charCodeAt(4) === 45 && m2 >= 0 && m2 <= 9 && ((m1 === 0 && m2 >= 1) || (m1 === 1 && m2 <= 2))) return true;
  }
  return checked(seen.periods, s, isPeriod);
}

/**
 * The observation zod would make of `row`, or `undefined` when the row needs zod: it has a
 * problem, or a shape the fast path does not handle. With `canonical`, numbers must already be
 * canonical decimal strings (the form parsing returns), and the row itself is returned.
 */
function fastRow(row: unknown, seen: Seen, canonical: boolean): Observation | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const proto: unknown = Object.getPrototypeOf(row);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const r = row as Record<string, unknown>;
  let indicatorId: unknown, unitCode: unknown, tier: unknown, period: unknown, value: unknown, numerator: unknown;
  let denominator: unknown, source: unknown, flags: unknown, note: unknown;
  for (const k in r) {
    const v = r[k];
    if (v === undefined) return undefined;
    switch (k) {
      case 'indicatorId': indicatorId = v; break;
      case 'unitCode': unitCode = v; break;
      case 'tier': tier = v; break;
      case 'period': period = v; break;
      case 'value': value = v; break;
      case 'numerator': numerator = v; break;
      case 'denominator': denominator = v; break;
      case 'source': source = v; break;
      case 'flags': flags = v; break;
      case 'note': note = v; break;
      default: return undefined;
    }
  }
  if (indicatorId !== seen.id) {
    if (typeof indicatorId !== 'string' || !isId(indicatorId)) return undefined;
    seen.id = indicatorId;
  }
  if (unitCode !== seen.unit) {
    if (typeof unitCode !== 'string' || !isUnitCode(unitCode)) return undefined;
    seen.unit = unitCode;
  }
  if (period !== seen.period) {
    if (typeof period !== 'string' || !isPeriodQuick(period, seen)) return undefined;
    seen.period = period;
  }
  if (tier !== undefined && !(TIERS as ReadonlySet<unknown>).has(tier)) return undefined;
  if (source !== undefined && (typeof source !== 'string' || source.length === 0)) return undefined;
  if (note !== undefined && typeof note !== 'string') return undefined;
  if (flags !== undefined) {
    if (!Array.isArray(flags)) return undefined;
    for (let i = 0; i < flags.length; i++) if (!(FLAGS as ReadonlySet<unknown>).has(flags[i])) return undefined;
  }
  let v: string | undefined, n: string | undefined, d: string | undefined;
  if (value !== undefined) {
    if (numerator !== undefined || denominator !== undefined) return undefined;
    v = readDecimal(value);
    if (v !== value && (canonical || !isCanonical(v))) return undefined;
  } else {
    if (numerator === undefined || denominator === undefined) return undefined;
    n = readDecimal(numerator);
    if (n !== numerator && (canonical || !isCanonical(n))) return undefined;
    d = readDecimal(denominator);
    if (d !== denominator && (canonical || !isCanonical(d))) return undefined;
    if (d.charCodeAt(0) === 45) return undefined; // a negative denominator
  }
  if (canonical) return row as Observation;
  const out: Record<string, unknown> = { indicatorId, unitCode };
  if (tier !== undefined) out.tier = tier;
  out.period = period;
  if (v !== undefined) out.value = v;
  else {
    out.numerator = n;
    out.denominator = d;
  }
  if (source !== undefined) out.source = source;
  if (flags !== undefined) out.flags = (flags as unknown[]).slice();
  if (note !== undefined) out.note = note;
  return out as Observation;
}

// readDecimal returns a canonical decimal string or one of four fault words (none of which
// starts with a digit or a minus sign).
const isCanonical = (s: string) => {
  const c = s.charCodeAt(0);
  return c === 45 || (c >= 48 && c <= 57);
};

// Arrays returned by parsing, with their length then: the roll-up and the scorecard take them
// without checking every row again.
const PARSED = new WeakMap<object, number>();

/** Parses observation rows: the fast path where it can, zod where it must. @internal */
export function readObservationRows(input: unknown): SafeParseResult<Observation[]> {
  if (!Array.isArray(input)) {
    const r = z.array(observationSchema).safeParse(input, parseOptions());
    // Stryker disable next-line ConditionalExpression: an array never reaches here
    if (r.success) return { ok: true, value: r.data };
    return { ok: false, error: new DxInputError('observations', r.error.issues.map(problemFromIssue), r.error.issues) };
  }
  const seen = newSeen();
  const n = input.length;
  const out: Observation[] = new Array<Observation>(n);
  const issues: unknown[] = [];
  const problems: InputProblem[] = [];
  for (let i = 0; i < n; i++) {
    const row: unknown = input[i];
    const fast = fastRow(row, seen, false);
    if (fast !== undefined) {
      out[i] = fast;
      continue;
    }
    const r = observationSchema.safeParse(row, parseOptions());
    if (r.success) {
      out[i] = r.data;
      continue;
    }
    for (const issue of r.error.issues) {
      const withIndex = { ...issue, path: [i, ...issue.path] };
      issues.push(withIndex);
      problems.push(problemFromIssue(withIndex));
    }
  }
  if (problems.length > 0) return { ok: false, error: new DxInputError('observations', problems, issues) };
  PARSED.set(out, n);
  return { ok: true, value: out };
}

/**
 * For the roll-up's own loop: `undefined` when the list is known to be parsed (nothing to
 * check), else a check of one row (true when it is in the form parsing returns). A list not
 * even a list throws here. @internal
 */
export function rowCheckFor(observations: unknown, what: string): ((row: unknown) => boolean) | undefined {
  if (Array.isArray(observations) && PARSED.get(observations) === observations.length) return undefined;
  if (!Array.isArray(observations)) assertParsedObservations(observations, what);
  const seen = newSeen();
  return (row) => fastRow(row, seen, true) !== undefined;
}

/** Marks a list of observations as parsed (it came out of a parse). @internal */
export function markParsed(observations: readonly Observation[]): void {
  PARSED.set(observations, observations.length);
}

/**
 * The guard at the entry of the roll-up and the scorecard: observations must be what parsing
 * returns. A list that came out of a parse (and has not changed length since) passes at once;
 * any other list is checked row by row without building anything, and the first problems (at
 * most ten) are thrown as a `DxInputError`, their paths from `what`, the name of the parameter. @internal
 */
export function assertParsedObservations(observations: unknown, what: string): void {
  if (Array.isArray(observations) && PARSED.get(observations) === observations.length) return;
  if (!Array.isArray(observations)) {
    throw new DxInputError(what, [{ path: [what], code: 'invalid_type', message: `should be a list of observations (see parseObservations), got ${observations === null ? 'null' : typeof observations}` }]);
  }
  const seen = newSeen();
  const problems: InputProblem[] = [];
  for (let i = 0; i < observations.length && problems.length < 10; i++) {
    const row: unknown = observations[i];
    if (fastRow(row, seen, true) !== undefined) continue;
    const r = observationSchema.safeParse(row, parseOptions());
    if (!r.success) {
      for (const issue of r.error.issues.slice(0, 10 - problems.length)) problems.push(problemFromIssue({ ...issue, path: [what, i, ...issue.path] }));
    } else {
      // Well formed, but not in the form parsing returns (a number, "1e3", " 7", "70.50").
      const r0 = row as Record<string, unknown>;
      for (const f of ['value', 'numerator', 'denominator'] as const) {
        if (r0[f] !== r.data[f]) {
          problems.push({ path: [what, i, f], code: 'invalid_number', message: `should be a canonical decimal string such as "70.5", got ${typeof r0[f] === 'string' ? JSON.stringify(r0[f]) : String(r0[f])}` });
        }
      }
    }
  }
  if (problems.length > 0) throw new DxInputError(`${what} (parse the rows first with parseObservations)`, problems);
  PARSED.set(observations, observations.length);
}

/** Parses one observation: the fast path where it can, zod where it must. @internal */
export function readObservationRow(row: unknown): { ok: true; value: Observation } | { ok: false; problems: InputProblem[] } {
  const fast = fastRow(row, newSeen(), false);
  if (fast !== undefined) return { ok: true, value: fast };
  const r = observationSchema.safeParse(row, parseOptions());
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: r.error.issues.map(problemFromIssue) };
}
