import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attainment,
  goalpostScore,
  isTargetMet,
  progressShare,
  roundDecimal,
  targetGap,
  DxInputError,
  type Comparator,
  type RoundingMode,
} from '../../src/index.js';
import { Dec } from '../../src/core/decimal.js';
import { DECIMAL_OUTPUT, decimalString, nonNegativeDecimal, numericInput } from '../arbitraries.js';

const RUNS = { numRuns: 400, seed: 4 };
const oneSided = fc.constantFrom('at-least', 'more-than', 'at-most', 'less-than', 'exactly') as fc.Arbitrary<'at-least' | 'more-than' | 'at-most' | 'less-than' | 'exactly'>;
const comparator: fc.Arbitrary<Comparator> = fc.oneof(
  fc.tuple(oneSided, decimalString()).map(([kind, value]) => ({ kind, value })),
  fc.tuple(decimalString(), decimalString()).map(([a, b]) => (new Dec(a).lte(b) ? { kind: 'between' as const, min: a, max: b } : { kind: 'between' as const, min: b, max: a })),
  fc.constant({ kind: 'all' as const }),
  fc.constant({ kind: 'yes' as const }),
);

describe('laws of the calculations', () => {
  it('comparator boundaries: ≥ and ≤ include the value, > and < exclude it, a range includes both ends', () => {
    fc.assert(
      fc.property(decimalString(), decimalString(), (t, u) => {
        expect(isTargetMet({ kind: 'at-least', value: t }, t)).toBe(true);
        expect(isTargetMet({ kind: 'at-most', value: t }, t)).toBe(true);
        expect(isTargetMet({ kind: 'more-than', value: t }, t)).toBe(false);
        expect(isTargetMet({ kind: 'less-than', value: t }, t)).toBe(false);
        const [min, max] = new Dec(t).lte(u) ? [t, u] : [u, t];
        expect(isTargetMet({ kind: 'between', min, max }, min)).toBe(true);
        expect(isTargetMet({ kind: 'between', min, max }, max)).toBe(true);
        // "more than" and "at most" partition the line; so do "at least" and "less than".
        expect(isTargetMet({ kind: 'more-than', value: t }, u)).toBe(!isTargetMet({ kind: 'at-most', value: t }, u));
        expect(isTargetMet({ kind: 'at-least', value: t }, u)).toBe(!isTargetMet({ kind: 'less-than', value: t }, u));
      }),
      RUNS,
    );
  });

  it('monotonicity: a higher figure never lowers a higher-is-better attainment, nor raises a lower-is-better one', () => {
    fc.assert(
      fc.property(nonNegativeDecimal(), nonNegativeDecimal(), nonNegativeDecimal(), (t, a, b) => {
        const [lo, hi] = new Dec(a).lte(b) ? [a, b] : [b, a];
        const up = (x: string) => attainment({ kind: 'at-least', value: t }, x);
        const down = (x: string) => attainment({ kind: 'at-most', value: t }, x);
        const [ul, uh, dl, dh] = [up(lo), up(hi), down(lo), down(hi)];
        if (ul.ok && uh.ok) expect(new Dec(ul.value.ratio).lte(uh.value.ratio)).toBe(true);
        if (dl.ok && dh.ok) expect(new Dec(dl.value.ratio).gte(dh.value.ratio)).toBe(true);
        expect(isTargetMet({ kind: 'at-least', value: t }, lo) && !isTargetMet({ kind: 'at-least', value: t }, hi)).toBe(false);
      }),
      RUNS,
    );
  });

  it('scale invariance: scaling figure and target together leaves the attainment unchanged', () => {
    fc.assert(
      fc.property(nonNegativeDecimal(), nonNegativeDecimal(), fc.integer({ min: 1, max: 1_000_000 }), oneSided, (t, x, k, kind) => {
        const scaled = (v: string) => new Dec(v).times(k).toFixed();
        const a = attainment({ kind, value: t }, x);
        const b = attainment({ kind, value: scaled(t) }, scaled(x));
        expect(b.ok).toBe(a.ok);
        if (a.ok && b.ok) expect(new Dec(a.value.ratio).minus(b.value.ratio).abs().lte('1e-35')).toBe(true);
      }),
      RUNS,
    );
  });

  it('a cap bounds the ratio and is reported', () => {
    fc.assert(
      fc.property(nonNegativeDecimal(), nonNegativeDecimal(), nonNegativeDecimal(), (t, x, cap) => {
        const r = attainment({ kind: 'at-least', value: t }, x, { cap });
        if (r.ok) {
          expect(new Dec(r.value.ratio).lte(cap)).toBe(true);
          expect(r.value.capped).toBe(new Dec(r.value.uncapped).gt(cap));
        }
      }),
      RUNS,
    );
  });

  it('gap: figure − target, so target + gap is the figure (for one-sided comparators)', () => {
    fc.assert(
      fc.property(decimalString(), decimalString(), oneSided, (t, x, kind) => {
        expect(new Dec(t).plus(targetGap({ kind, value: t }, x)).eq(x)).toBe(true);
      }),
      RUNS,
    );
  });

  it('rounding is idempotent, has exactly the places asked, and is within half a unit (half modes)', () => {
    const mode = fc.constantFrom<RoundingMode>('half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor');
    fc.assert(
      fc.property(decimalString(), fc.integer({ min: 0, max: 10 }), mode, (x, places, m) => {
        const once = roundDecimal(x, places, m);
        expect(roundDecimal(once, places, m)).toBe(once);
        expect(once.split('.')[1]?.length ?? 0).toBe(places);
        if (m.startsWith('half')) expect(new Dec(once).minus(x).abs().lte(new Dec(10).pow(-places).div(2))).toBe(true);
      }),
      RUNS,
    );
  });

  it('no NaN, no Infinity, no exception for any finite input inside the limits', () => {
    fc.assert(
      fc.property(comparator, numericInput(), numericInput(), numericInput(), (c, x, b, cap) => {
        const outs: string[] = [targetGap(c, x)];
        const a = attainment(c, x, { cap: typeof cap === 'number' ? Math.abs(cap) : cap.replace('-', '') });
        if (a.ok) outs.push(a.value.ratio, a.value.uncapped);
        else expect(a.message.length).toBeGreaterThan(0);
        const p = progressShare({ baseline: b, target: cap, actual: x });
        if (p.ok) outs.push(p.value);
        const g = goalpostScore(x, { lower: b, upper: cap, direction: 'lower-is-better' });
        if (g.ok) outs.push(g.value);
        for (const o of outs) expect(o).toMatch(DECIMAL_OUTPUT);
        expect(typeof isTargetMet(c, x)).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('wrong input types and numbers outside the limits are the only thrown errors, and they are DxInputError', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 'abc', '', '1,5', null, undefined, {}, 5e-324, 1e30, '1e400', '1'.repeat(41), ' '.repeat(101)]) {
      expect(() => isTargetMet({ kind: 'at-least', value: '1' }, bad as never)).toThrow(DxInputError);
      expect(() => attainment({ kind: 'at-least', value: '1' }, bad as never)).toThrow(DxInputError);
    }
  });
});
