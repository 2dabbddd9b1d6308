// Cases the mutation run found untested, each worked out by hand.
import { describe, expect, it } from 'vitest';
import { assessProgress, attainment, expectedValueAt, observedGrowthRate, targetGap } from '../../src/index.js';

describe('boundaries a mutation run found untested', () => {
  it('a range target met at its lower end 0: attainment 1, not "zero target"', () => {
    // "from 0 to 2 (incidents)" and a figure of 0: inside the range, so fully attained.
    expect(attainment({ kind: 'between', min: '0', max: '2' }, 0)).toEqual({ ok: true, value: { ratio: '1', uncapped: '1', capped: false } });
  });

  it('a yes/no target answered "no" (0): attainment 0, a gap of 1', () => {
    // "yes" is measured against 1, higher is better: 0 ÷ 1 = 0; the gap (figure − target) is −1.
    expect(attainment({ kind: 'yes' }, 0)).toEqual({ ok: true, value: { ratio: '0', uncapped: '0', capped: false } });
    expect(targetGap({ kind: 'yes' }, 0)).toBe('-1');
    expect(attainment({ kind: 'yes' }, 1)).toEqual({ ok: true, value: { ratio: '1', uncapped: '1', capped: false } });
  });

  it('a compound path lands exactly on the target at the deadline', () => {
    // 60 on 31 Dec 2024 growing to 80 on 31 Dec 2025: on the deadline the path is 80 itself, not
    // 79.99…9 from a rounded rate raised to a power.
    const path = { baseline: { value: 60, date: '2024-12-31' }, target: { value: 80, date: '2025-12-31' }, path: 'compound' as const };
    expect(expectedValueAt({ ...path, date: '2025-12-31' })).toEqual({ ok: true, value: '80' });
    expect(expectedValueAt({ ...path, date: '2024-12-31' })).toEqual({ ok: true, value: '60' });
  });

  it('a growth rate over four years whose root is not a whole number', () => {
    // 1.1^4 = 1.4641: from 1 to 1.4641 over the four years 2021–2025 is 10% a year, exactly.
    expect(observedGrowthRate([{ date: '2021-12-31', value: 1 }, { date: '2025-12-31', value: '1.4641' }], 'compound')).toEqual({ ok: true, value: '0.1' });
    // Linear: 0.4641 over 4 years is 0.116025 a year.
    expect(observedGrowthRate([{ date: '2021-12-31', value: 1 }, { date: '2025-12-31', value: '1.4641' }], 'linear')).toEqual({ ok: true, value: '0.116025' });
  });

  it('each method grows by its own default unless told otherwise: ESCAP linear, Open SDG compound', () => {
    // 40 (2022) → 60 (2024), target 80 by 2025-12-31. ESCAP projects linearly (10 points a year:
    // 70 by the deadline, 30 of the 40 points needed, ratio 0.75); Open SDG compares compound rates.
    const input = {
      series: [{ date: '2022-12-31', value: 40 }, { date: '2024-12-31', value: 60 }],
      target: { comparator: { kind: 'at-least' as const, value: '80' }, deadline: '2025-12-31' },
      asOf: '2025-06-30',
    };
    const escap = assessProgress({ ...input, method: 'escap' });
    expect(escap).toEqual(assessProgress({ ...input, method: 'escap', growth: 'linear' }));
    expect(escap).not.toEqual(assessProgress({ ...input, method: 'escap', growth: 'compound' }));
    const sdg = assessProgress({ ...input, method: 'open-sdg' });
    expect(sdg).toEqual(assessProgress({ ...input, method: 'open-sdg', growth: 'compound' }));
    expect(sdg).not.toEqual(assessProgress({ ...input, method: 'open-sdg', growth: 'linear' }));
  });
});
