// A realistic messy commune report from new Đồng Nai for September 2025, checked row by row.
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_VALIDATION_RULES,
  hierarchyAt,
  parseValidationRule,
  safeParseObservations,
  validateObservations,
  type Observation,
} from '../../src/index.js';
import { vnUnits } from '../../src/vn/communes.js';
import { plans, vnIndicators } from '../../src/vn/index.js';

const indicators = [vnIndicators['online-dossier-rate'], vnIndicators['community-digital-teams'], vnIndicators['community-digital-team-members']];
const rows: Record<string, unknown>[] = [
  /* 0 */ { indicatorId: 'online-dossier-rate', unitCode: '25195', period: '2025-09', numerator: 412, denominator: 530 },
  /* 1 */ { indicatorId: 'online-dossier-rate', unitCode: '25210', period: '2025-09', numerator: 610, denominator: 580 }, // numerator above denominator
  /* 2 */ { indicatorId: 'online-dossier-rate', unitCode: '25996', period: '2025-09', numerator: 200, denominator: 260 }, // Tân Phong: an old, merged commune's code
  /* 3 */ { indicatorId: 'online-dossier-rate', unitCode: '25195', period: '2025-09', numerator: 412, denominator: 530 }, // the same row twice
  /* 4 */ { indicatorId: 'community-digital-teams', unitCode: '25217', period: '2025-09', value: 14 },
  /* 5 */ { indicatorId: 'community-digital-team-members', unitCode: '25217', period: '2025-09', value: 9 }, // fewer members than teams
  /* 6 */ { indicatorId: 'community-digital-teams', unitCode: '75', period: '2025-09', value: 12 }, // the province below one of its communes
  /* 7 */ { indicatorId: 'online-dossier-rate', unitCode: '25217', period: '2026-01', numerator: 5, denominator: 10 }, // after the plan's period
];
const messy = [
  ...rows,
  { indicatorId: 'online-dossier-rate', unitCode: '25222', period: '2025-09', numerator: '', denominator: 100 }, // left blank
  { indicatorId: 'online-dossier-rate', unitCode: '25222', period: 'Sept 2025', value: '85%' }, // typed as text
];

describe('validating a messy commune report', () => {
  it('parsing rejects the unreadable rows, naming each problem, and accepts nothing', () => {
    const r = safeParseObservations(messy);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.problems.map((p) => [p.path.join('.'), p.code])).toEqual([
        ['8.numerator', 'invalid_number'],
        ['9.period', 'invalid_value'],
        ['9.value', 'invalid_number'],
      ]);
    }
  });

  it('the readable rows: every finding, with its rule, row, unit and period', () => {
    const parsed = safeParseObservations(rows);
    expect(parsed.ok).toBe(true);
    const observations = (parsed as { value: Observation[] }).value;
    const membersPerTeam = parseValidationRule({
      kind: 'compare', id: 'members-not-below-teams', severity: 'warning',
      indicatorIds: ['community-digital-team-members'],
      left: [{ field: 'value' }], operator: '>=', right: [{ indicatorId: 'community-digital-teams', field: 'value' }],
      missing: 'skip-if-any-missing',
      message: { vi: 'Số thành viên ít hơn số tổ', en: 'Fewer members than teams' },
    });
    const report = validateObservations(
      observations,
      { indicators, units: vnUnits, plan: plans.dongNai2025, hierarchy: hierarchyAt(vnUnits, '2025-07-01') },
      { rules: [...BUILT_IN_VALIDATION_RULES, membersPerTeam], lang: 'en' },
    );
    expect(report.skipped).toEqual([]);
    expect(report.findings.map((f) => [f.index, f.ruleId, f.unitCode, f.period, f.message])).toEqual([
      [1, 'numerator-not-above-denominator', '25210', '2025-09', 'The numerator is above the denominator: 610 > 580'],
      [1, 'percent-at-most-100', '25210', '2025-09', 'A percentage above 100: 105.1724137931034482758620689655172413793 > 100'],
      [2, 'unit-exists', '25996', '2025-09', 'The unit 25996 (Tan Phong Ward) does not exist on 2025-09-30 (it ended on 2025-06-30): use its new code'],
      [3, 'no-duplicates', '25195', '2025-09', 'Duplicate of row 0: the same indicator, unit and period'],
      [4, 'child-not-above-parent', '25217', '2025-09', "The count of 25217 (14) is above its parent 75's (12)"],
      [5, 'members-not-below-teams', '25217', '2025-09', 'Fewer members than teams: 9 < 14'],
      [7, 'within-plan-period', '25217', '2026-01', "The period 2026-01 lies outside the plan's period (2025-01-01 to 2025-12-31)"],
    ]);
    const vi = validateObservations(observations, { units: vnUnits }, { rules: BUILT_IN_VALIDATION_RULES.filter((r) => r.id === 'unit-exists'), lang: 'vi' });
    expect(vi.findings[0]?.message).toBe('Đơn vị 25996 (Phường Tân Phong) không còn tồn tại vào ngày 2025-09-30 (đến 2025-06-30); hãy dùng mã mới');
  });

  it('a rule that lacks what it needs is reported as skipped, not passed silently', () => {
    const report = validateObservations([], {});
    expect(report.skipped.map((s) => s.ruleId)).toEqual(['percent-not-negative', 'percent-at-most-100', 'unit-exists', 'within-plan-period', 'child-not-above-parent']);
  });

  it('an outlier against the unit\'s own history', () => {
    const history: Observation[] = ['40', '42', '41', '43', '44', '95', '45'].map((v, m) => ({ indicatorId: 'community-digital-teams', unitCode: '25195', period: `2025-0${m + 1}`, value: v }));
    const report = validateObservations(history, {}, { rules: BUILT_IN_VALIDATION_RULES.filter((r) => r.kind === 'outlier') });
    // Before June: 40, 42, 41, 43, 44 → median 42, absolute deviations 2, 0, 1, 1, 2 → MAD 1; 95 is 53 MADs away.
    expect(report.findings.map((f) => [f.period, f.message])).toEqual([
      ['2025-06', "The value 95 is far from the unit's history (median 42, 53 median absolute deviations away)"],
    ]);
  });
});
