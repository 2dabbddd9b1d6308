import { numberFaultMessage, readDecimal, type NumberFault } from '../core/decimal-text.js';
import type { InputProblem } from '../core/errors.js';
import { describe } from './describe-input.js';
import type { Comparator } from './target.js';

// A comparator read by hand, with the problems comparatorSchema would give (the same paths, codes
// and messages: a property test holds the two together), so that the guards of the calculations
// do not bring the schema library into a bundle that only checks targets. @internal

const FIELDS: Readonly<Record<string, readonly string[]>> = {
  'at-least': ['value'],
  'more-than': ['value'],
  'at-most': ['value'],
  'less-than': ['value'],
  exactly: ['value'],
  between: ['min', 'max'],
  all: [],
  yes: [],
};

/** The message for a comparator whose kind is not one of the eight. @internal */
export const UNKNOWN_COMPARATOR_KIND = `should be a comparator whose "kind" is one of ${Object.keys(FIELDS).map((k) => `"${k}"`).join(', ')}`;

/** A comparator read as its schema reads it: figures canonical; or the problems. @internal */
export function readComparator(v: unknown): { readonly ok: true; readonly value: Comparator } | { readonly ok: false; readonly problems: InputProblem[] } {
  const fail = (path: (string | number)[], code: InputProblem['code'], message: string) => ({ ok: false as const, problems: [{ path, code, message }] });
  if (v === undefined) return fail([], 'missing', 'is required but missing');
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail([], 'invalid_type', `should be an object, got ${describe(v)}`);
  const o = v as Record<string, unknown>;
  const kind = o.kind;
  const fields = typeof kind === 'string' && Object.hasOwn(FIELDS, kind) ? FIELDS[kind] : undefined;
  if (fields === undefined) return fail(['kind'], 'invalid_value', UNKNOWN_COMPARATOR_KIND);
  const problems: InputProblem[] = [];
  const out: Record<string, string> = { kind: kind as string };
  for (const f of fields) {
    const x = o[f];
    if (x === undefined) {
      problems.push({ path: [f], code: 'missing', message: 'is required but missing' });
      continue;
    }
    const r = readDecimal(x);
    if (r === 'not-a-number' || r === 'too-long' || r === 'out-of-range' || r === 'too-precise') problems.push({ path: [f], code: 'invalid_number', message: numberFaultMessage(r as NumberFault, x) });
    else out[f] = r;
  }
  const unknown = Object.keys(o).filter((k) => k !== 'kind' && !fields.includes(k));
  if (unknown.length > 0) problems.push({ path: [], code: 'invalid_value', message: `has unknown field${unknown.length === 1 ? '' : 's'} ${unknown.map((k) => `"${k}"`).join(', ')} (check the spelling)` });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out as unknown as Comparator };
}
