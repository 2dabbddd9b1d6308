import { isFault, numberFaultMessage, readDecimal, type NumberFault } from '../core/decimal-text.js';
import { DxInputError, type InputProblem } from '../core/errors.js';
import { periodBounds } from './period-bounds.js';
import { isIsoDate } from '../core/calendar.js';
import { readComparator } from './read-comparator.js';
import type { Comparator } from './target.js';

// The checks at the entry of every public function that takes more than parsed data: input that
// is not what the types say throws DxInputError with a code and a path, listing every problem
// found. Cheap: a comparator object is read once (remembered in a WeakMap). @internal

type Path = readonly (string | number)[];

const describe = (v: unknown): string =>
  v === undefined ? 'nothing' : v === null ? 'null' : typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v === 'function' ? 'a function' : String(v);

// A comparator object read before, with the fields it had then: a changed object is read again.
const parsedComparators = new WeakMap<object, { readonly raw: readonly unknown[]; readonly parsed: Comparator }>();
const fieldsOf = (v: object) => {
  const o = v as Record<string, unknown>;
  return [o.kind, o.value, o.min, o.max];
};
const sameFields = (a: readonly unknown[], b: readonly unknown[]) => a.every((x, i) => x === b[i]);

/** Whether a value is a whole number from min to max. @internal */
export const isWholeNumberIn = (v: unknown, min: number, max: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** The problem of a value at `path` that is not a whole number from min to max. @internal */
export const wholeNumberProblem = (v: unknown, min: number, max: number, path: Path): InputProblem =>
  ({ path: [...path], code: v === undefined ? 'missing' : 'invalid_value', message: `should be a whole number from ${min} to ${max}, got ${describe(v)}` });

/** The problem of a value at `path` that does not read as a figure (`fault`, from readDecimal). @internal */
export const numberProblem = (fault: NumberFault, v: unknown, path: Path): InputProblem =>
  ({ path: [...path], code: v === undefined ? 'missing' : 'invalid_number', message: numberFaultMessage(fault, v) });

/** A collector of problems for one call; `done()` throws them all. @internal */
export interface Guard {
  readonly problems: InputProblem[];
  date(v: unknown, path: Path): Guard;
  period(v: unknown, path: Path): Guard;
  numeric(v: unknown, path: Path, optional?: boolean): Guard;
  oneOf(v: unknown, allowed: readonly unknown[], path: Path, optional?: boolean): Guard;
  object(v: unknown, path: Path): boolean;
  array(v: unknown, path: Path): boolean;
  text(v: unknown, path: Path): Guard;
  integer(v: unknown, min: number, max: number, path: Path, optional?: boolean): Guard;
  /** The comparator as its schema reads it (figures canonical), or undefined with a problem added. */
  comparator(v: unknown, path: Path): Comparator | undefined;
  hierarchy(v: unknown, path: Path): boolean;
  done(): void;
}

/** A guard for a call of `what` (the function's name, as the error's message says). @internal */
export function guard(what: string): Guard {
  const problems: InputProblem[] = [];
  const add = (path: Path, code: InputProblem['code'], message: string) => problems.push({ path: [...path], code, message });
  const g: Guard = {
    problems,
    date(v, path) {
      if (!isIsoDate(v)) add(path, v === undefined ? 'missing' : 'invalid_date', v === undefined ? 'is required but missing' : `should be a calendar date written YYYY-MM-DD, got ${describe(v)}`);
      return g;
    },
    period(v, path) {
      if (typeof v !== 'string' || periodBounds(v) === undefined) {
        add(path, v === undefined ? 'missing' : 'invalid_value', `should be a period written "2025", "2025-Q2", "2025-06" or "2025-06-30", got ${describe(v)}`);
      }
      return g;
    },
    numeric(v, path, optional = false) {
      if (optional && v === undefined) return g;
      const r = readDecimal(v);
      if (isFault(r)) problems.push(numberProblem(r, v, path));
      return g;
    },
    oneOf(v, allowed, path, optional = false) {
      if (optional && v === undefined) return g;
      if (!allowed.includes(v)) add(path, v === undefined ? 'missing' : 'invalid_value', `should be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; got ${describe(v)}`);
      return g;
    },
    object(v, path) {
      const ok = typeof v === 'object' && v !== null && !Array.isArray(v);
      if (!ok) add(path, v === undefined ? 'missing' : 'invalid_type', `should be an object, got ${describe(v)}`);
      return ok;
    },
    array(v, path) {
      const ok = Array.isArray(v);
      if (!ok) add(path, v === undefined ? 'missing' : 'invalid_type', `should be a list, got ${describe(v)}`);
      return ok;
    },
    text(v, path) {
      if (typeof v !== 'string') add(path, v === undefined ? 'missing' : 'invalid_type', `should be text, got ${describe(v)}`);
      return g;
    },
    integer(v, min, max, path, optional = false) {
      if (optional && v === undefined) return g;
      if (!isWholeNumberIn(v, min, max)) problems.push(wholeNumberProblem(v, min, max, path));
      return g;
    },
    comparator(v, path) {
      if (typeof v === 'object' && v !== null) {
        const known = parsedComparators.get(v);
        if (known !== undefined && sameFields(known.raw, fieldsOf(v))) return known.parsed;
      }
      const r = readComparator(v);
      if (r.ok) {
        if (typeof v === 'object' && v !== null) parsedComparators.set(v, { raw: fieldsOf(v), parsed: r.value });
        return r.value;
      }
      for (const p of r.problems) problems.push({ ...p, path: [...path, ...p.path] });
      return undefined;
    },
    hierarchy(v, path) {
      const h = v as { byCode?: unknown; childrenByCode?: unknown; units?: unknown; levels?: unknown; date?: unknown } | null;
      const ok = typeof h === 'object' && h !== null && h.byCode instanceof Map && h.childrenByCode instanceof Map && Array.isArray(h.units) && Array.isArray(h.levels);
      if (!ok) add(path, v === undefined ? 'missing' : 'invalid_type', `should be a hierarchy (see hierarchyAt), got ${describe(v)}`);
      return ok;
    },
    done() {
      if (problems.length > 0) throw new DxInputError(`input of ${what}`, problems);
    },
  };
  return g;
}
