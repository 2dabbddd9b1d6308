// Input that throws when it is read: a DxInputError naming where, with the thrown error as cause;
// an error that does not come from the input is passed on unchanged.
import { describe, expect, it } from 'vitest';
import { MAX_VALUES, unreadableError, unreadableInput } from '../../src/core/unreadable-input.js';
import { DxInputError, isTargetMet, parseObservations, safeParseObservations, safeParsePlan } from '../../src/index.js';
import { scoreAssessment } from '../../src/assess/index.js';

const refusing = (message: string) => {
  const o = { kind: 'at-least', value: '10' };
  Object.defineProperty(o, 'value', {
    enumerable: true,
    get: () => {
      throw new Error(message);
    },
  });
  return o;
};

describe('input that throws when read', () => {
  it('is a DxInputError with the path of the getter and its error as cause', () => {
    let caught: unknown;
    try {
      isTargetMet(refusing('workbook closed') as never, '12');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DxInputError);
    const err = caught as DxInputError;
    expect(err.problems).toEqual([{ path: ['comparator', 'value'], code: 'unreadable', message: 'could not be read: it threw "workbook closed"' }]);
    expect((err.cause as Error).message).toBe('workbook closed');
    expect(err.message).toBe('Invalid input of isTargetMet: 1 problem\n  - comparator.value: could not be read: it threw "workbook closed"');
  });

  it('names a row of a parse from the root, as its other problems; a safe parse answers it', () => {
    const rows = [{ indicatorId: 'x', unitCode: '75', period: '2025', value: '1' }, { indicatorId: 'x', unitCode: '75', period: '2025' }];
    Object.defineProperty(rows[1], 'value', {
      enumerable: true,
      get: () => {
        throw new RangeError('row 2 locked');
      },
    });
    const r = safeParseObservations(rows);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.problems).toEqual([{ path: [1, 'value'], code: 'unreadable', message: 'could not be read: it threw "row 2 locked"' }]);
    expect(r.error.cause).toBeInstanceOf(RangeError);
    expect(() => parseObservations(rows)).toThrow('Invalid observations: 1 problem\n  - [1].value: could not be read');
    const planInput = { targets: [] };
    Object.defineProperty(planInput, 'id', {
      enumerable: true,
      get: () => {
        throw new Error('cell locked');
      },
    });
    const plan = safeParsePlan(planInput);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.error.problems).toEqual([{ path: ['id'], code: 'unreadable', message: 'could not be read: it threw "cell locked"' }]);
  });

  it('names a value inside an argument a function parses from that argument', () => {
    const row = { unitCode: 'A', componentId: 'c' };
    Object.defineProperty(row, 'yes', {
      enumerable: true,
      get: () => {
        throw new Error('locked');
      },
    });
    const framework = {
      id: 'f', title: { vi: 'f', en: 'f' }, maxPoints: 10, source: { document: 'd', issuer: 'i', date: '2025-01-01' },
      pillars: [{ id: 'p', label: { vi: 'p', en: 'p' }, mainIndices: [{ id: 'm', label: { vi: 'm', en: 'm' }, maxPoints: 10, components: [{ id: 'c', label: { vi: 'c', en: 'c' }, maxPoints: 10, rule: { kind: 'yes-no' } }] }] }],
    };
    expect(() => scoreAssessment(framework as never, [row] as never)).toThrow('Invalid evidence: 1 problem\n  - evidence[0].yes: could not be read: it threw "locked"');
  });

  it('passes an error that does not come from the input on as it was', () => {
    const bug = new TypeError('a slip of the library');
    expect(unreadableInput(bug, 'f', { a: { b: [1, 2, { c: 'x' }] }, m: new Map([['k', {}]]) })).toBe(bug);
    const own = new DxInputError('x', [{ path: [], code: 'missing', message: 'm' }]);
    expect(unreadableInput(own, 'f', { a: refusing('ignored') })).toBe(own);
  });

  it('finds a proxy that refuses every read, once, with a cycle in the input', () => {
    const p = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    const cyclic: Record<string, unknown> = { p };
    cyclic.self = cyclic;
    const r = unreadableInput(new Error('x'), 'f', { data: cyclic }) as DxInputError;
    expect(r.problems.map((q) => q.path)).toEqual([['data', 'p']]);
  });
});

describe('the walk for values that throw', () => {
  const throwing = (thrown: unknown) =>
    Object.defineProperty({}, 'value', {
      enumerable: true,
      get: () => {
        throw thrown;
      },
    });
  const paths = (args: Record<string, unknown>) => unreadableError('x', args)?.problems.map((p) => p.path) ?? [];

  it('looks into maps, functions, lists and objects, naming list places by number and keys by text', () => {
    const list: unknown[] = Array.from({ length: 12 }, () => ({}));
    list[10] = throwing(new Error('10'));
    Object.assign(list, { v2: throwing(new Error('v2')), '3x': throwing(new Error('3x')) });
    const fn = Object.assign(() => 1, { inner: throwing(new Error('fn')) });
    const args = { list, byKey: { '12': throwing(new Error('12')) }, map: new Map([['a', throwing(new Error('map'))]]), fn };
    expect(paths(args)).toEqual([['list', 10, 'value'], ['list', 'v2', 'value'], ['list', '3x', 'value'], ['byKey', '12', 'value'], ['map', 'a', 'value'], ['fn', 'inner', 'value']]);
  });

  it('passes over texts, numbers and symbol keys; a map that cannot be walked is refused where it stands', () => {
    const symbolic = Object.defineProperty({}, Symbol('hidden'), {
      enumerable: true,
      get: () => {
        throw new Error('symbol');
      },
    });
    expect(unreadableError('x', { text: 'abc', n: 5, symbolic, nothing: null })).toBeUndefined();
    const fakeMap = new Proxy(new Map([['a', 1]]), {});
    const e = unreadableError('x', { m: fakeMap });
    expect(e?.problems.map((p) => p.path)).toEqual([['m']]);
    expect(e?.problems[0]?.message).toMatch(/^could not be read: it threw "Method Map\.prototype\.entries called on incompatible receiver/);
  });

  it('says what was thrown, cut at 80 characters, even when it is not an Error; the error has no zod issues', () => {
    const e = unreadableError('x', { a: throwing(undefined), b: throwing('plain'), c: throwing(new Error('y'.repeat(100))) });
    expect(e?.problems.map((p) => p.message)).toEqual(['could not be read: it threw "undefined"', 'could not be read: it threw "plain"', `could not be read: it threw "${'y'.repeat(80)}"`]);
    expect(e?.issues).toEqual([]);
    // The cause is the first thrown value there is (a thrown undefined is none).
    expect(e?.cause).toBe('plain');
  });

  it(`looks into at most ${MAX_VALUES.toLocaleString('en-US')} objects`, () => {
    // The list is the first object looked into, then its items in order: the last one reached is
    // item MAX_VALUES − 2.
    const list: unknown[] = Array.from({ length: MAX_VALUES }, () => ({}));
    list[MAX_VALUES - 2] = throwing(new Error('reached'));
    expect(paths({ list })).toEqual([['list', MAX_VALUES - 2, 'value']]);
    list[MAX_VALUES - 2] = {};
    list[MAX_VALUES - 1] = throwing(new Error('beyond'));
    expect(paths({ list })).toEqual([]);
  });
});
