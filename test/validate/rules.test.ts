// Each validation rule on its own, in both languages, with its message pinned: what a
// provincial IT officer reads. Figures are small and worked by hand.
import { describe, expect, it } from 'vitest';
import { hierarchyAt, validateObservations, type Indicator, type Observation, type UnitRegister, type ValidationRule } from '../../src/index.js';
import { plans } from '../../src/vn/index.js';

const count = (id: string): Indicator => ({ id, name: { vi: id, en: id }, domain: 'digital-government', unit: 'count', direction: 'higher-is-better', aggregation: { time: 'sum', space: 'sum' } });
const v = (indicatorId: string, unitCode: string, period: string, value: string): Observation => ({ indicatorId, unitCode, period, value });
const u = (code: string, level: 'province' | 'commune', extra: object = {}) => ({
  code, name: code, nameEn: code, fullName: `Xã ${code}`, fullNameEn: `${code} Commune`, type: level, level, validFrom: '2020-01-01', ...extra,
});
const register = { name: 'r', coverage: { from: '2020-01-01' }, units: [u('10', 'province'), u('10011', 'commune', { parentCode: '10', validTo: '2025-06-30' }), u('10012', 'commune', { parentCode: '10' })] } as unknown as UnitRegister;
const only = (kind: ValidationRule['kind']) => ({ rules: [{ kind, id: kind, severity: 'error' } as ValidationRule] });
const messages = (r: ReturnType<typeof validateObservations>) => r.findings.map((f) => `${f.index} ${f.ruleId}: ${f.message}`);

describe('each rule on its own', () => {
  it('unit-exists: an unknown code; a unit that no longer exists, with its end date', () => {
    const data = [v('n', '99', '2025', '1'), v('n', '10011', '2025-07', '1'), v('n', '10011', '2025-06', '1'), v('n', '10012', '2025-07', '1')];
    expect(messages(validateObservations(data, { units: register }, { ...only('unit-exists'), lang: 'en' }))).toEqual([
      '0 unit-exists: The unit code 99 is not in the register',
      '1 unit-exists: The unit 10011 (10011 Commune) does not exist on 2025-07-31 (it ended on 2025-06-30): use its new code',
    ]);
    expect(messages(validateObservations(data, { units: register }, { ...only('unit-exists'), lang: 'vi' }))).toEqual([
      '0 unit-exists: Mã đơn vị 99 không có trong danh mục',
      '1 unit-exists: Đơn vị 10011 (Xã 10011) không còn tồn tại vào ngày 2025-07-31 (đến 2025-06-30); hãy dùng mã mới',
    ]);
    const later = { ...register, units: [u('55', 'province', { validFrom: '2026-01-01' })] } as unknown as UnitRegister;
    expect(messages(validateObservations([v('n', '55', '2025', '1')], { units: later }, only('unit-exists')))).toEqual(['0 unit-exists: The unit 55 (55 Commune) does not exist on 2025-12-31']);
    expect(validateObservations(data, {}, only('unit-exists'))).toEqual({ findings: [], skipped: [{ ruleId: 'unit-exists', reason: 'no unit register was given' }] });
  });
  it('within-plan-period: the plan of 2025 and figures of 2024, 2025-12 and 2026-Q1', () => {
    const data = [v('n', '10', '2024', '1'), v('n', '10', '2025-12', '1'), v('n', '10', '2026-Q1', '1'), v('n', '10', '2025-01-01', '1')];
    const plan = plans.dongNai2025;
    expect(plan.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(messages(validateObservations(data, { plan }, only('within-plan-period')))).toEqual([
      "0 within-plan-period: The period 2024 lies outside the plan's period (2025-01-01 to 2025-12-31)",
      "2 within-plan-period: The period 2026-Q1 lies outside the plan's period (2025-01-01 to 2025-12-31)",
    ]);
    expect(messages(validateObservations(data, { plan }, { ...only('within-plan-period'), lang: 'vi' }))[0]).toBe('0 within-plan-period: Kỳ 2024 nằm ngoài thời gian của kế hoạch (2025-01-01 – 2025-12-31)');
    expect(validateObservations(data, {}, only('within-plan-period')).skipped).toEqual([{ ruleId: 'within-plan-period', reason: 'no plan was given' }]);
  });
  it('no-duplicates: the same indicator, unit, period and tier', () => {
    const data = [v('n', '10', '2025', '1'), v('n', '10', '2025', '2'), v('m', '10', '2025', '1'), { ...v('n', '10', '2025', '1'), tier: 'commune' as const }, v('n', '10', '2025', '3')];
    expect(messages(validateObservations(data, {}, only('no-duplicates')))).toEqual([
      '1 no-duplicates: Duplicate of row 0: the same indicator, unit and period',
      '4 no-duplicates: Duplicate of row 0: the same indicator, unit and period',
    ]);
    expect(messages(validateObservations(data, {}, { ...only('no-duplicates'), lang: 'vi' }))[0]).toBe('1 no-duplicates: Trùng với dòng 0: cùng chỉ tiêu, đơn vị và kỳ');
  });
  it('child-not-above-parent: counts only, per period; skipped without a hierarchy or indicators', () => {
    const h = hierarchyAt(register, '2025-01-01');
    const data = [v('n', '10', '2025', '10'), v('n', '10011', '2025', '11'), v('n', '10012', '2025', '10'), v('n', '10011', '2024', '50'), v('s', '10011', '2025', '99'), v('s', '10', '2025', '1')];
    const inds = [count('n'), { ...count('s'), unit: 'percent' as const }];
    expect(messages(validateObservations(data, { hierarchy: h, indicators: inds }, only('child-not-above-parent')))).toEqual([
      "1 child-not-above-parent: The count of 10011 (11) is above its parent 10's (10)",
    ]);
    expect(messages(validateObservations(data, { hierarchy: h, indicators: inds }, { ...only('child-not-above-parent'), lang: 'vi' }))).toEqual([
      '1 child-not-above-parent: Số của 10011 (11) lớn hơn số của đơn vị cấp trên 10 (10)',
    ]);
    const named = { rules: [{ kind: 'child-not-above-parent', id: 'c', severity: 'warning', indicatorIds: ['s'] } as ValidationRule] };
    expect(validateObservations(data, { hierarchy: h }, named).findings.map((f) => [f.index, f.severity])).toEqual([[4, 'warning']]);
    expect(validateObservations(data, { indicators: inds }, only('child-not-above-parent')).skipped).toEqual([{ ruleId: 'child-not-above-parent', reason: 'no hierarchy was given' }]);
    expect(validateObservations(data, { hierarchy: h }, only('child-not-above-parent')).skipped).toEqual([{ ruleId: 'child-not-above-parent', reason: 'no indicators were given to find the counts' }]);
  });
  it('outlier: far from the unit\'s own history, after enough history, in date order', () => {
    // History 10, 12, 11, 13 (median 11.5, MAD 1); then 30: 18.5 deviations away; then 12: 0.5.
    const rule = { rules: [{ kind: 'outlier', id: 'o', severity: 'warning', threshold: '5', minHistory: 4 } as ValidationRule] };
    const months = ['10', '12', '11', '13', '30', '12'].map((x, i) => v('n', '10', `2025-0${i + 1}`, x));
    expect(messages(validateObservations([...months].reverse(), {}, rule))).toEqual([
      "1 o: The value 30 is far from the unit's history (median 11.5, 18.5 median absolute deviations away)",
    ]);
    expect(messages(validateObservations(months, {}, { ...rule, lang: 'vi' }))).toEqual([
      '4 o: Giá trị 30 khác thường so với lịch sử của đơn vị (trung vị 11.5, lệch 18.5 lần độ lệch tuyệt đối trung vị)',
    ]);
    // Three figures of history are not enough; a flat history (MAD 0) flags nothing; another unit has its own history.
    expect(validateObservations(months.slice(0, 3).concat(v('n', '10', '2025-09', '99')), {}, rule).findings).toEqual([]);
    expect(validateObservations(['5', '5', '5', '5', '9'].map((x, i) => v('n', '10', `2025-0${i + 1}`, x)), {}, rule).findings).toEqual([]);
    expect(validateObservations([...months.slice(0, 4), v('n', '20', '2025-05', '30')], {}, rule).findings).toEqual([]);
    // Exactly at the threshold is not beyond it: 11.5 + 5 = 16.5.
    expect(validateObservations([...months.slice(0, 4), v('n', '10', '2025-05', '16.5')], {}, rule).findings).toEqual([]);
    expect(validateObservations([...months.slice(0, 4), v('n', '10', '2025-05', '16.6')], {}, rule).findings.length).toBe(1);
  });
});

describe('compare rules of your own, and their missing-value strategies', () => {
  // Teams' members at least 5 × teams: members ≥ 5·teams (a rule over two indicators).
  const rule = (missing: 'skip-if-any-missing' | 'skip-if-all-missing' | 'never-skip', operator: '<=' | '<' | '>=' | '>' | '==' | '!=' = '>='): ValidationRule => ({
    kind: 'compare', id: 'members', severity: 'warning', indicatorIds: ['members'], left: [{ field: 'value' }], operator,
    right: [{ indicatorId: 'teams', field: 'value' }, { indicatorId: 'teams', field: 'value' }, { indicatorId: 'other', field: 'value' }, { constant: '0' }], missing,
    message: { vi: 'Thành viên ít hơn hai lần số tổ', en: 'Fewer members than twice the teams' },
  });
  const data = [v('members', '10', '2025', '10'), v('teams', '10', '2025', '6'), v('members', '20', '2025', '10'), v('teams', '20', '2025', '5'), v('members', '30', '2025', '1')];
  it('skip-if-any-missing skips every row here ("other" is never reported)', () => {
    expect(validateObservations(data, {}, { rules: [rule('skip-if-any-missing')] }).findings).toEqual([]);
  });
  it('skip-if-all-missing counts a missing term as 0 once one term is there', () => {
    expect(messages(validateObservations(data, {}, { rules: [rule('skip-if-all-missing')] }))).toEqual(['0 members: Fewer members than twice the teams: 10 < 12']);
    expect(messages(validateObservations(data, {}, { rules: [rule('never-skip')], lang: 'vi' }))).toEqual(['0 members: Thành viên ít hơn hai lần số tổ: 10 < 12']);
  });
  it('every operator, and its message', () => {
    const at = (op: '<=' | '<' | '>=' | '>' | '==' | '!=') => messages(validateObservations(data, {}, { rules: [rule('never-skip', op)] }));
    expect(at('<=')).toEqual(['4 members: Fewer members than twice the teams: 1 > 0']);
    expect(at('<')).toEqual(['2 members: Fewer members than twice the teams: 10 not < 10', '4 members: Fewer members than twice the teams: 1 not < 0']);
    expect(at('>')).toEqual(['0 members: Fewer members than twice the teams: 10 not > 12', '2 members: Fewer members than twice the teams: 10 not > 10']);
    expect(at('==')).toEqual(['0 members: Fewer members than twice the teams: 10 not == 12', '4 members: Fewer members than twice the teams: 1 not == 0']);
    expect(at('!=')).toEqual(['2 members: Fewer members than twice the teams: 10 not != 10']);
  });
  it('a rule for one measure unit needs the indicators, or is skipped and says so', () => {
    const percent: ValidationRule = { kind: 'compare', id: 'p', severity: 'error', measureUnit: 'percent', left: [{ field: 'value' }], operator: '<=', right: [{ constant: '100' }], missing: 'skip-if-any-missing', message: { vi: 'Quá 100%', en: 'Above 100%' } };
    const d = [v('a', '10', '2025', '120'), v('b', '10', '2025', '120')];
    expect(validateObservations(d, {}, { rules: [percent] })).toEqual({ findings: [], skipped: [{ ruleId: 'p', reason: 'it applies to the indicators of one measure unit, and no indicators were given' }] });
    expect(messages(validateObservations(d, { indicators: [{ ...count('a'), unit: 'percent' }, count('b')] }, { rules: [percent] }))).toEqual(['0 p: Above 100%: 120 > 100']);
  });
});
