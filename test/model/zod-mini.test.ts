// The model's schemas on zod/mini: zod's own English messages are kept in a DxInputError's
// `issues`, and the guards' hand reading of a comparator gives exactly the schema's problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparatorSchema, safeParseObservations } from '../../src/index.js';
import { parseOptions, problemFromIssue } from '../../src/model/parse.js';
import { readComparator } from '../../src/model/read-comparator.js';

describe('schemas on zod/mini', () => {
  it('keep zod\'s English messages in the issues, and the library\'s own problems', () => {
    const r = safeParseObservations([{ indicatorId: 5, unitCode: '7', period: '2025', value: 'x', extra: 1 }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues.map((i) => (i as { message: string }).message)).toEqual([
      'Invalid input: expected string, received number',
      'should be a GSO unit code of 2, 3 or 5 digits',
      'should be a finite number or a decimal string such as "70.5", got "x"',
      'Unrecognized key: "extra"',
    ]);
    expect(r.error.problems.map((p) => `${p.path.join('.')} ${p.code}: ${p.message}`)).toEqual([
      '0.indicatorId invalid_type: should be text, got number 5',
      '0.unitCode invalid_value: should be a GSO unit code of 2, 3 or 5 digits',
      '0.value invalid_number: should be a finite number or a decimal string such as "70.5", got "x"',
      '0 invalid_value: has unknown field "extra" (check the spelling)',
    ]);
  });

  it('law: the guards read a comparator as comparatorSchema does (value or the same problems)', () => {
    const figure = fc.oneof(fc.constant(undefined), fc.integer(), fc.double(), fc.string(), fc.constantFrom('70', '1e3', '1e400', ' 7', '-0', 'abc', '9'.repeat(50)), fc.constant(null), fc.boolean());
    const kind = fc.oneof(fc.constantFrom('at-least', 'more-than', 'at-most', 'less-than', 'exactly', 'between', 'all', 'yes'), fc.string(), fc.integer(), fc.constant(undefined));
    const comparator = fc.oneof(
      fc.record({ kind, value: figure, min: figure, max: figure, extra: figure }, { requiredKeys: [] }),
      fc.anything(),
    );
    fc.assert(fc.property(comparator, (v) => {
      const theirs = comparatorSchema.safeParse(v, parseOptions());
      const ours = readComparator(v);
      if (theirs.success) expect(ours).toEqual({ ok: true, value: theirs.data });
      else expect(ours).toEqual({ ok: false, problems: theirs.error.issues.map(problemFromIssue) });
    }), { numRuns: 3000 });
  });
});
