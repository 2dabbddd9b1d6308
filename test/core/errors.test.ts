// The error a provincial IT officer reads: its name, its first line, every problem with its path.
import { describe, expect, it } from 'vitest';
import { compositeScore, DxInputError, hierarchyAt, parseObservations, rankUnits, type AdministrativeUnit } from '../../src/index.js';

describe('DxInputError', () => {
  it('names the input, counts the problems and lists each with its path', () => {
    const e = new DxInputError('observations', [
      { path: [], code: 'invalid_type', message: 'should be a list' },
      { path: ['units', 3, 'parentCode'], code: 'unknown_reference', message: 'no such unit' },
      { path: [0, 'value'], code: 'invalid_value', message: 'not a number' },
    ]);
    expect(e.name).toBe('DxInputError');
    expect(e.message).toBe('Invalid observations: 3 problems\n  - (input): should be a list\n  - units[3].parentCode: no such unit\n  - [0].value: not a number');
    expect(e.issues).toEqual([]);
    expect(new DxInputError('a date', [{ path: ['date'], code: 'invalid_date', message: 'x' }]).message).toBe('Invalid a date: 1 problem\n  - date: x');
  });
  it('from a parse: the zod issues are inside, the problems in input order', () => {
    let error: unknown;
    try {
      parseObservations([{ indicatorId: 'a', unitCode: '75', period: '2025', value: '1' }, { indicatorId: '', unitCode: '75', period: '2025-13', value: 'abc' }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DxInputError);
    const e = error as DxInputError;
    expect(e.problems.map((p) => p.path.join('.'))).toEqual(['1.indicatorId', '1.period', '1.value']);
    expect(e.issues.length).toBe(3);
  });
});

describe('hierarchies refuse what they cannot build, with every problem', () => {
  const u = (code: string, level: AdministrativeUnit['level'], parentCode?: string, validFrom = '2020-01-01'): AdministrativeUnit => ({
    code, name: code, nameEn: code, fullName: `Unit ${code}`, fullNameEn: `Unit ${code}`, type: level === 'province' ? 'province' : level === 'district' ? 'rural-district' : 'commune', level, validFrom, ...(parentCode === undefined ? {} : { parentCode }),
  });
  it('a date outside the data\'s coverage, and a date that is not one', () => {
    const reg = { name: 'r', coverage: { from: '2020-01-01', to: '2024-12-31' }, units: [u('1', 'province')] };
    expect(() => hierarchyAt(reg, '2019-12-31')).toThrowErrorMatchingInlineSnapshot(`
      [DxInputError: Invalid date: 1 problem
        - date: 2019-12-31 is outside what the register "r" covers (2020-01-01 to 2024-12-31)]
    `);
    expect(() => hierarchyAt(reg, '2025-01-01')).toThrow(DxInputError);
    expect(hierarchyAt(reg, '2024-12-31').units.length).toBe(1);
    expect(hierarchyAt(reg, '2020-01-01').units.length).toBe(1);
    expect(hierarchyAt({ ...reg, coverage: { from: '2020-01-01' } }, '2199-12-31').units.length).toBe(1);
    expect(() => hierarchyAt(reg, '2024-02-30')).toThrowErrorMatchingInlineSnapshot(`
      [DxInputError: Invalid date: 1 problem
        - date: should be a calendar date written YYYY-MM-DD, got "2024-02-30"]
    `);
  });
  it('a code twice, a parent of the wrong level', () => {
    const reg = { name: 'r', coverage: { from: '2020-01-01' }, units: [u('1', 'province'), u('1', 'province'), u('2', 'district', '3'), u('3', 'commune', '1'), u('4', 'district', '5'), u('5', 'district', '1')] };
    let error: unknown;
    try {
      hierarchyAt(reg, '2024-01-01');
    } catch (e) {
      error = e;
    }
    expect((error as DxInputError).message).toMatchInlineSnapshot(`
      "Invalid hierarchy on 2024-01-01: 3 problems
        - units[1].code: the code 1 is in force twice on 2024-01-01
        - units[2].parentCode: Unit 2 (2, a district) has a parent of level commune
        - units[4].parentCode: Unit 4 (4, a district) has a parent of level district"
    `);
  });
  it('children come sorted by code; levels from the top', () => {
    const h = hierarchyAt({ name: 'r', coverage: { from: '2020-01-01' }, units: [u('3', 'commune', '1'), u('2', 'commune', '1'), u('1', 'province'), u('4', 'commune', '1')] }, '2024-01-01');
    expect(h.childrenByCode.get('1')?.map((c) => c.code)).toEqual(['2', '3', '4']);
    expect(h.levels).toEqual(['province', 'commune']);
  });
});

describe('composite scores and ranks at their edges', () => {
  it('says why there is no composite', () => {
    expect(compositeScore([{ id: 'a', score: 50, weight: 0 }], { method: 'arithmetic' })).toEqual({ ok: false, reason: 'zero-weight', message: 'the weights add up to 0' });
    expect(compositeScore([{ id: 'a', score: 101, weight: 1 }], { method: 'arithmetic' })).toEqual({ ok: false, reason: 'invalid-score', message: 'the score of "a" is 101, outside 0–100: normalise it first' });
    expect(compositeScore([{ id: 'a', score: undefined, weight: 1 }], { method: 'arithmetic' })).toMatchObject({ ok: false, reason: 'insufficient-data' });
    expect(compositeScore([{ id: 'a', score: 50, weight: 0 }, { id: 'b', score: undefined, weight: 1 }], { method: 'arithmetic' })).toMatchObject({ ok: false, reason: 'insufficient-data' });
    expect(compositeScore([{ id: 'a', score: 50, weight: 1 }, { id: 'b', score: undefined, weight: 3 }], { method: 'arithmetic', minAvailability: '0.3' })).toEqual({
      ok: false, reason: 'insufficient-data', message: 'scores cover 25% of the weight, below the 30% required',
    });
  });
  it('a geometric mean with a zero score is 0; without one it is the weighted geometric mean', () => {
    expect(compositeScore([{ id: 'a', score: 0, weight: 1 }, { id: 'b', score: 80, weight: 1 }], { method: 'geometric' })).toMatchObject({ ok: true, value: { score: '0' } });
    expect(compositeScore([{ id: 'a', score: 0, weight: 0 }, { id: 'b', score: 80, weight: 1 }], { method: 'geometric' })).toMatchObject({ ok: true, value: { score: '80' } });
    expect(compositeScore([{ id: 'a', score: 20, weight: 1 }, { id: 'b', score: 80, weight: 1 }], { method: 'geometric' })).toMatchObject({ ok: true, value: { score: '40' } });
  });
  it('ranks: higher first by default, lower first when lower is better, ties by code', () => {
    const s = { b: '5', a: '5', c: '9', d: 1 };
    expect(rankUnits(s, { method: 'competition' })).toEqual([
      { unitCode: 'c', score: '9', rank: 1 }, { unitCode: 'a', score: '5', rank: 2 }, { unitCode: 'b', score: '5', rank: 2 }, { unitCode: 'd', score: '1', rank: 4 },
    ]);
    expect(rankUnits(s, { method: 'dense', lowerIsBetter: true })).toEqual([
      { unitCode: 'd', score: '1', rank: 1 }, { unitCode: 'a', score: '5', rank: 2 }, { unitCode: 'b', score: '5', rank: 2 }, { unitCode: 'c', score: '9', rank: 3 },
    ]);
    expect(rankUnits(s, { method: 'dense', lowerIsBetter: false })[0]?.unitCode).toBe('c');
  });
});

describe('DxInputError and its cause', () => {
  it('has a cause only when one is given', () => {
    const problem = { path: ['x'], code: 'invalid_value' as const, message: 'no' };
    const without = new DxInputError('x', [problem]);
    const withCause = new DxInputError('x', [problem], [], new RangeError('locked'));
    expect(['cause' in without, 'cause' in withCause, (withCause.cause as Error).message]).toEqual([false, true, 'locked']);
    expect(without.issues).toEqual([]);
  });
});
