import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DxInputError,
  parseAdministrativeUnit,
  parseObservation,
  parseObservations,
  parseTarget,
  safeParseAdministrativeUnit,
  safeParseObservation,
  type Observation,
} from '../../src/index.js';
import { vnUnits } from '../../src/vn/communes.js';

const problemsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DxInputError) return e.problems.map((p) => ({ path: p.path.join('.'), code: p.code }));
    throw e;
  }
  throw new Error('did not throw');
};

describe('parsing bad input lists every problem with its path', () => {
  it('an observation with five problems', () => {
    expect(
      problemsOf(() => parseObservation({ indicatorId: '', unitCode: 75, period: '2025-13', value: 'abc', extra: 1 })),
    ).toEqual([
      { path: 'indicatorId', code: 'invalid_value' }, // empty: not an identifier
      { path: 'unitCode', code: 'invalid_type' },
      { path: 'period', code: 'invalid_value' },
      { path: 'value', code: 'invalid_number' },
      { path: '', code: 'invalid_value' }, // unknown field "extra"
    ]);
  });

  it('messages say what is wrong in plain words', () => {
    const r = safeParseObservation({ indicatorId: 'x', unitCode: '75', period: '2025', value: Number.NaN });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toBe(
        'Invalid observation: 1 problem\n  - value: should be a finite number or a decimal string such as "70.5", got NaN',
      );
    }
    const missing = safeParseObservation({ indicatorId: 'x', unitCode: '75', period: '2025' });
    expect(!missing.ok && missing.error.problems[0]).toEqual({
      path: ['value'],
      code: 'missing',
      message: 'needs a "value", or a "numerator" and a "denominator"',
    });
  });

  it('rows of a list are reported by index, and nothing is half-accepted', () => {
    const rows = [
      { indicatorId: 'a', unitCode: '75', period: '2025', value: 1 },
      { indicatorId: 'a', unitCode: '75', period: '2025', numerator: 3 },
      { indicatorId: 'a', unitCode: '75', period: '2025', value: Infinity },
    ];
    expect(problemsOf(() => parseObservations(rows))).toEqual([
      { path: '1.denominator', code: 'missing' },
      { path: '2.value', code: 'invalid_number' },
    ]);
  });

  it('a unit whose fields contradict each other', () => {
    const r = safeParseAdministrativeUnit({
      code: '7',
      name: 'X',
      nameEn: 'X',
      fullName: 'X',
      fullNameEn: 'X',
      type: 'ward',
      level: 'province',
      parentCode: '01',
      validFrom: '2025-07-01',
      validTo: '2025-01-01',
    });
    // The code's form is wrong and, since the rest is readable, so is everything else.
    expect(!r.ok && r.error.problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['code', 'invalid_value'],
      ['type', 'inconsistent'],
      ['code', 'inconsistent'],
      ['parentCode', 'inconsistent'],
      ['validTo', 'inconsistent'],
    ]);
    expect(
      problemsOf(() =>
        parseAdministrativeUnit({ code: '75', name: 'X', nameEn: 'X', fullName: 'X', fullNameEn: 'X', type: 'ward', level: 'province', parentCode: '01', validFrom: '2025-07-01', validTo: '2025-01-01' }),
      ),
    ).toEqual([
      { path: 'type', code: 'inconsistent' },
      { path: 'parentCode', code: 'inconsistent' },
      { path: 'validTo', code: 'inconsistent' },
    ]);
  });

  it('a target with an unknown comparator and a reversed range', () => {
    const base = { id: 't', indicatorId: 'i', domain: 'digital-data', tier: 'commune', deadline: '2025-12-31', source: { document: 'd', quote: 'q' } };
    expect(problemsOf(() => parseTarget({ ...base, comparator: { kind: 'approximately', value: 1 } }))).toEqual([
      { path: 'comparator.kind', code: 'invalid_value' },
    ]);
    expect(problemsOf(() => parseTarget({ ...base, comparator: { kind: 'between', min: '2', max: '1' } }))).toEqual([
      { path: 'comparator', code: 'inconsistent' },
    ]);
  });
});

describe('parse → serialise → parse is the identity', () => {
  const decimalText = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).filter((x) => x === 0 || Math.abs(x) >= 1e-30),
    fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 })).map(([n, s]) => {
      const t = n.toString().padStart(s + 1, '0');
      return s === 0 ? t : `${t.slice(0, -s)}.${t.slice(-s)}`;
    }),
  );
  const observation = fc.record(
    {
      indicatorId: fc.constantFrom('dossiers-online', 'digital-signatures'),
      unitCode: fc.constantFrom('75', '26734', '760'),
      period: fc.constantFrom('2025', '2025-Q2', '2025-06', '2024-02-29'),
      value: decimalText,
      source: fc.string({ minLength: 1 }),
      flags: fc.subarray(['provisional', 'imputed', 'estimated'] as const),
    },
    { requiredKeys: ['indicatorId', 'unitCode', 'period', 'value'] },
  );

  it('observations', () => {
    fc.assert(
      fc.property(observation, (o) => {
        const once: Observation = parseObservation(o);
        const twice = parseObservation(JSON.parse(JSON.stringify(once)));
        expect(twice).toEqual(once);
        // Decimal values survive exactly: no float rounding on the way.
        expect(Number(once.value) === Number(o.value)).toBe(true);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('every built-in administrative unit', () => {
    for (const u of vnUnits.units) expect(parseAdministrativeUnit(JSON.parse(JSON.stringify(u)))).toEqual(u);
  });
});
