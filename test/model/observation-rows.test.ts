// The fast reading of observation rows against the schema it stands for, hostile numbers, and
// the guard at the entry of the roll-up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  hierarchyAt,
  observationSchema,
  parseObservations,
  rollup,
  safeParseObservations,
  type Observation,
} from '../../src/index.js';
import { partialRollup } from '../../src/rollup/partials.js';
import { KINDS, syntheticHierarchy } from '../rollup/fixtures.js';
import { problemLines } from '../problems.js';

/** The schema's own reading of a whole list: its observations, or its issues (path, code, message). */
function viaZod(input: unknown): { ok: true; value: unknown } | { ok: false; problems: unknown[] } {
  const r = z.array(observationSchema).safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, problems: r.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })) };
}

const text = fc.oneof(
  fc.constantFrom('70.5', '70.50', ' 7', '-0', '+1', '1e3', '1E-3', '.5', '5.', '0', '00', '12,5', '1.204', '85%', '', 'abc', 'Infinity', 'NaN', '1e400', '1e-400', '-1', '1e9000000000000000'),
  fc.string({ maxLength: 6 }),
  fc.integer().map(String),
  fc.double({ noNaN: true }).map(String),
);
const num = fc.oneof(text, fc.double(), fc.integer(), fc.constantFrom(null, true, {}, [], Number.NaN, -0));
const row = fc.record(
  {
    indicatorId: fc.oneof(fc.constantFrom('online-dossier-rate', 'x', 'a.b_c-d', '', '-x', 'bad id'), fc.string({ maxLength: 4 })),
    unitCode: fc.oneof(fc.constantFrom('75', '26734', '760', '7', '123456', '7a'), fc.integer({ min: 0, max: 99999 }).map(String)),
    tier: fc.constantFrom('commune', 'department', 'province-wide', 'nope'),
    period: fc.constantFrom('2025', '2025-Q2', '2025-06', '2025-13', '2025-00', '2024-02-29', '2025-02-29', '2025-Q5', '25', 'Q3 2025', '0000'),
    value: num,
    numerator: num,
    denominator: num,
    source: fc.constantFrom('sheet', ''),
    flags: fc.oneof(fc.subarray(['provisional', 'imputed', 'estimated']), fc.constant(['nope'])),
    note: fc.oneof(fc.string({ maxLength: 3 }), fc.integer()),
    extra: fc.constant(1),
  },
  { requiredKeys: [] },
);
// Rows as they come: mostly well formed, some not objects at all, some with a key set to undefined.
const anyRow = fc.oneof(
  { weight: 6, arbitrary: row },
  { weight: 1, arbitrary: fc.constantFrom(null, 5, 'row', [] as unknown) },
  { weight: 1, arbitrary: row.map((r) => ({ ...r, value: undefined })) },
  { weight: 1, arbitrary: row.map((r) => Object.assign(Object.create({ inherited: 1 }) as object, r)) },
);
const goodRow = fc.record(
  {
    indicatorId: fc.constantFrom('online-dossier-rate', 'x'),
    unitCode: fc.constantFrom('75', '26734', '760'),
    period: fc.constantFrom('2025', '2025-Q2', '2025-06', '2024-02-29'),
    value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }), fc.integer().map(String), fc.constantFrom('70.50', ' 7 ', '1e3', '-0')),
    source: fc.constant('sheet'),
  },
  { requiredKeys: ['indicatorId', 'unitCode', 'period', 'value'] },
);

describe('parseObservations: the fast path means what the schema means', () => {
  it('gives the same observations, or the same problems, as the schema for any rows', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyRow, goodRow), { maxLength: 8 }), (rows) => {
        const ours = safeParseObservations(rows);
        const theirs = viaZod(rows);
        expect(ours.ok).toBe(theirs.ok);
        if (ours.ok && theirs.ok) {
          expect(ours.value).toStrictEqual(theirs.value);
          // Key for key, in the same order: serialised, the two are the same text.
          expect(JSON.stringify(ours.value)).toBe(JSON.stringify(theirs.value));
        }
        if (!ours.ok && !theirs.ok) {
          expect(ours.error.issues.map((i) => ({ path: (i as z.core.$ZodIssue).path, code: (i as z.core.$ZodIssue).code, message: (i as z.core.$ZodIssue).message }))).toEqual(theirs.problems);
        }
      }),
      { numRuns: 3000, seed: 10 },
    );
  });

  it('takes a list that is not a list as the schema does', () => {
    for (const bad of [null, undefined, 5, 'rows', { 0: {} }]) {
      const r = safeParseObservations(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.problems.map((p) => p.code)).toEqual([bad === undefined ? 'missing' : 'invalid_type']);
    }
    expect(parseObservations([])).toEqual([]);
  });

  it('reads a month, a quarter, a day and a year, and refuses what is not a calendar period', () => {
    const ok = parseObservations(['2025', '2025-Q4', '2025-12', '2024-02-29'].map((period) => ({ indicatorId: 'x', unitCode: '75', period, value: '1' })));
    expect(ok.map((o) => o.period)).toEqual(['2025', '2025-Q4', '2025-12', '2024-02-29']);
    const r = safeParseObservations(['2025-00', '2025-13', '2025-02-29', '2025-Q0', '202', '2025-1'].map((period) => ({ indicatorId: 'x', unitCode: '75', period, value: '1' })));
    expect(r.ok ? [] : r.error.problems.map((p) => p.path.join('.'))).toEqual(['0.period', '1.period', '2.period', '3.period', '4.period', '5.period']);
  });
});

describe('bounded numbers', () => {
  const one = (value: unknown) => safeParseObservations([{ indicatorId: 'x', unitCode: '75', period: '2025', value }]);

  it('reads what a province needs exactly, and writes it canonically', () => {
    expect(parseObservations([{ indicatorId: 'x', unitCode: '75', period: '2025', value: '123456789012345678901234567890.1234567890' }])[0]!.value).toBe(
      '123456789012345678901234567890.123456789',
    );
  });

  it('gives a value or an invalid_number problem for hostile numeric text, quickly, never Infinity or NaN', () => {
    const cases: [unknown, string][] = [
      ['1e9000000000000000', 'invalid_number'],
      ['1e99999999999999999', 'invalid_number'],
      ['9'.repeat(10_000), 'invalid_number'],
      ['0.' + '0'.repeat(9_998) + '1', 'invalid_number'],
      ['1e-400', 'invalid_number'],
      ['1e30', 'invalid_number'],
      [1e30, 'invalid_number'],
      [5e-324, 'invalid_number'],
      ['1'.repeat(41), 'invalid_number'],
      ['-0', '0'],
      ['+1', '1'],
      ['0e999999999999', '0'],
      ['9.99e29', '999000000000000000000000000000'],
      ['1e-30', '0.000000000000000000000000000001'],
      [`${'1'.repeat(20)}.${'1'.repeat(20)}`, `${'1'.repeat(20)}.${'1'.repeat(20)}`],
      [`${'1'.repeat(20)}.${'1'.repeat(21)}`, 'invalid_number'],
    ];
    for (const [input, expected] of cases) {
      const t0 = performance.now();
      const r = one(input);
      expect(performance.now() - t0, String(input).slice(0, 20)).toBeLessThan(50);
      if (expected === 'invalid_number') {
        expect(r.ok, String(input).slice(0, 30)).toBe(false);
        if (!r.ok) expect(r.error.problems.map((p) => [p.path.join('.'), p.code])).toEqual([['0.value', 'invalid_number']]);
      } else {
        expect(r.ok ? r.value[0]!.value : r.error.message).toBe(expected);
      }
    }
  });

  it('says which limit a figure breaks, in words', () => {
    const msg = (value: unknown) => {
      const r = one(value);
      return r.ok ? '' : r.error.problems[0]!.message;
    };
    expect(msg('1e400')).toBe('should be a number of magnitude below 10^30 and not below 10^-30 (or 0), got "1e400"');
    expect(msg('1'.repeat(41))).toBe('should be a number of magnitude below 10^30 and not below 10^-30 (or 0), got "1111111111111111111111111111111111111111…"');
    expect(msg('0.' + '1'.repeat(41))).toBe('should have at most 40 significant digits, got "0.11111111111111111111111111111111111111…"');
    expect(msg(' '.repeat(101))).toBe('should be a number of at most 100 characters, got "                                        …"');
    expect(msg('12,5')).toBe('should be a finite number or a decimal string such as "70.5", got "12,5"');
  });

  it('property: any string of up to 120 characters gives a canonical decimal or a problem, never Infinity or NaN', () => {
    const alphabet = fc.constantFrom(...'0123456789.eE+- ,'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((cs) => cs.join('')), (s) => {
        const r = one(s);
        if (r.ok) expect(r.value[0]!.value).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
        else expect(r.error.problems[0]!.code).toBe('invalid_number');
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});

describe('the guard at the entry of the roll-up', () => {
  const h = syntheticHierarchy(1, 1, 2);
  const good: Observation = { indicatorId: 'count-sum', unitCode: '10000', period: '2025', value: '5' };
  const problems = problemLines;

  it('takes parsed observations, and well-formed literal ones', () => {
    expect(rollup(parseObservations([good]), KINDS, h).rows.length).toBeGreaterThan(0);
    expect(rollup([good], KINDS, h).rows.find((r) => r.unitCode === '10')?.status).toBe('value');
  });

  it('refuses rows that were not parsed with DxInputError naming the first problems, not a TypeError', () => {
    const raw = [good, { ...good, value: 5 }, { ...good, value: '1e3' }, { ...good, value: ' 7' }, { indicatorId: 'count-sum', unitCode: '10000', period: '2025' }];
    expect(problems(() => rollup(raw as never, KINDS, h))).toEqual(['observations.1.value invalid_number', 'observations.2.value invalid_number', 'observations.3.value invalid_number', 'observations.4.value missing']);
    expect(problems(() => partialRollup(raw as never, KINDS))).toEqual(['observations.1.value invalid_number', 'observations.2.value invalid_number', 'observations.3.value invalid_number', 'observations.4.value missing']);
    expect(problems(() => rollup(null as never, KINDS, h))).toEqual(['observations invalid_type']);
    const many = Array.from({ length: 50 }, () => ({ ...good, value: 1 }));
    expect(problems(() => rollup(many as never, KINDS, h))).toHaveLength(10);
  });

  it('checks a parsed list again when it has grown since', () => {
    const parsed = parseObservations([good]);
    parsed.push({ ...good, value: 7 } as never);
    expect(problems(() => rollup(parsed, KINDS, h))).toEqual(['observations.1.value invalid_number']);
  });

  it('the real hierarchy takes parsed rows of the national shape', () => {
    const vn = hierarchyAt({ name: 'x', coverage: { from: '2020-01-01' }, units: [...h.units] }, '2025-06-30');
    expect(rollup(parseObservations([{ ...good, value: '070.50' }]), KINDS, vn).rows.find((r) => r.unitCode === '10000')).toMatchObject({ value: '70.5' });
  });
});
