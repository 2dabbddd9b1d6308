// Arbitrary JSON into every public parse and validate function, with a fixed seed and a bounded
// number of runs: the only outcomes are a typed value or the library's own error — never another
// exception, never NaN or Infinity in an output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { dongNai2025Reported, plans, vnIndicators } from '../src/vn/index.js';

const valid: Record<string, unknown> = {
  parseAdministrativeUnit: { code: '75', name: 'Đồng Nai', nameEn: 'Dong Nai', fullName: 'Tỉnh Đồng Nai', fullNameEn: 'Dong Nai Province', type: 'province', level: 'province', validFrom: '2025-07-01' },
  parseUnitRegister: { name: 'r', coverage: { from: '2025-01-01' }, units: [] },
  parseIndicator: vnIndicators['online-dossier-rate'],
  parseTarget: plans.dongNai2025.targets[0],
  parsePlan: plans.dongNai2022,
  parseObservation: dongNai2025Reported.observations[0],
  parseObservations: dongNai2025Reported.observations.slice(0, 3),
  parseObservationSet: dongNai2025Reported,
  parseLegendSet: api.DEFAULT_STATUS_BANDS,
  parseCrosswalk: { name: 'c', oldDate: '2025-06-30', newDate: '2025-07-01', links: [{ newCode: '75', oldCode: '70', kind: 'full' }] },
  parseValidationRule: api.BUILT_IN_VALIDATION_RULES[0],
};
type Parser = (input: unknown) => unknown;
const parsers: Record<string, Parser> = {
  parseAdministrativeUnit: api.parseAdministrativeUnit,
  parseUnitRegister: api.parseUnitRegister,
  parseIndicator: api.parseIndicator,
  parseTarget: api.parseTarget,
  parsePlan: api.parsePlan,
  parseObservation: api.parseObservation,
  parseObservations: api.parseObservations,
  parseObservationSet: api.parseObservationSet,
  parseLegendSet: api.parseLegendSet,
  parseCrosswalk: api.parseCrosswalk,
  parseValidationRule: api.parseValidationRule,
  validateObservations: (x) => api.validateObservations(x as never, { indicators: Object.values(vnIndicators) }),
};
const safeParsers: Record<string, Parser> = {
  safeParseAdministrativeUnit: api.safeParseAdministrativeUnit,
  safeParseUnitRegister: api.safeParseUnitRegister,
  safeParseIndicator: api.safeParseIndicator,
  safeParseTarget: api.safeParseTarget,
  safeParsePlan: api.safeParsePlan,
  safeParseObservation: api.safeParseObservation,
  safeParseObservations: api.safeParseObservations,
};

/** Every number in a value, wherever it is. */
function numbersIn(v: unknown, out: number[] = []): number[] {
  if (typeof v === 'number') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => numbersIn(x, out));
  else if (v !== null && typeof v === 'object') Object.values(v).forEach((x) => numbersIn(x, out));
  return out;
}

/** A valid input with one field somewhere replaced by arbitrary JSON (or removed). */
const mutated = (base: unknown): fc.Arbitrary<unknown> =>
  fc.tuple(fc.nat(), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constantFrom(Number.NaN, Infinity, -0, '', '1e400', '0x10', ' 70 ', '70,5', '2025-02-30'))).map(([k, replacement]) => {
    const copy = JSON.parse(JSON.stringify(base)) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v !== null && typeof v === 'object') Object.entries(v).forEach(([key, x]) => walk(x, [...path, key]));
    };
    walk(copy, []);
    const path = paths[k % paths.length] as (string | number)[];
    if (path.length === 0) return replacement;
    let parent = copy as Record<string | number, unknown>;
    for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (replacement === undefined) delete parent[last];
    else parent[last] = replacement;
    return copy;
  });

const outcome = (f: Parser, input: unknown) => {
  try {
    const value = f(input);
    for (const n of numbersIn(value)) expect(Number.isFinite(n), `a non-finite number in the output of ${String(input)}`).toBe(true);
    return 'value';
  } catch (e) {
    if (!(e instanceof api.DxInputError)) throw e;
    expect(e.problems.length).toBeGreaterThan(0);
    for (const p of e.problems) expect(p.message.length).toBeGreaterThan(0);
    return 'error';
  }
};

describe('fuzzing the parsers', () => {
  for (const [name, f] of Object.entries(parsers)) {
    it(`${name}: a typed value or a DxInputError for any JSON, and for near-valid input`, () => {
      const seen = new Set<string>();
      fc.assert(fc.property(fc.jsonValue(), (input) => void seen.add(outcome(f, input))), { numRuns: 300, seed: 20251123 });
      const base = valid[name] ?? valid.parseObservations;
      fc.assert(fc.property(mutated(base), (input) => void seen.add(outcome(f, input))), { numRuns: 300, seed: 20251124 });
      expect(outcome(f, base)).toBe('value');
      expect([...seen].sort()).toEqual(['error', 'value']);
    });
  }

  for (const [name, f] of Object.entries(safeParsers)) {
    it(`${name}: never throws`, () => {
      fc.assert(fc.property(fc.oneof(fc.jsonValue(), mutated(valid[name.replace('safeP', 'p')])), (input) => {
        const r = f(input) as { ok: boolean; value?: unknown; error?: unknown };
        // Exactly one of the two shapes: a value, or the library's error.
        expect(r.ok === true ? Object.keys(r).sort() : [Object.keys(r).sort(), r.error instanceof api.DxInputError]).toEqual(r.ok === true ? ['ok', 'value'] : [['error', 'ok'], true]);
      }), { numRuns: 300, seed: 7 });
    });
  }
});
