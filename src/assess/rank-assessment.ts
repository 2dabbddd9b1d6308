import { Dec, decString, type DecimalString } from '../core/decimal.js';
import { guard } from '../model/guard.js';
import type { UnitScore } from './types.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** One unit's place in a ranking. @category Assessments */
export interface RankedUnit {
  readonly unitCode: string;
  /** The value ranked (0–1, exact). */
  readonly value: DecimalString;
  /** The value to four decimals, as DTI rankings publish it (half up). */
  readonly display: string;
  readonly points: DecimalString;
  /** 1 for the best; tied units share a rank (1, 2, 2, 4 by default). */
  readonly rank: number;
  /** The unit's rank in the previous ranking, when it was in it. */
  readonly previousRank?: number;
  /** Places gained since the previous ranking (positive: up; negative: down). */
  readonly change?: number;
}

/** Options of {@link dx-indicators/assess!rankAssessment}. @category Assessments */
export interface RankOptions {
  /** What to rank by: `total` (default), or the id of a pillar or a main index. */
  readonly by?: string;
  /** The units of one block (departments; communes), to rank them apart; default every unit scored. */
  readonly units?: readonly string[];
  /** The previous assessment's scores, for the change of rank. */
  readonly previous?: readonly UnitScore[];
  /** `competition` (1, 2, 2, 4; default, as DTI rankings) or `dense` (1, 2, 2, 3). */
  readonly method?: 'competition' | 'dense';
}

/**
 * Ranks scored units by their value (points ÷ their own maximum, so units with different
 * applicable components compare fairly), overall or by a pillar or main index, within a block,
 * with ties sharing a rank and the change of rank against a previous assessment. Units without a
 * value (nothing applied, or no such index) are left out. Ties are broken for the order of the
 * list only, by unit code; the order of the input never matters.
 *
 * @example
 * ```ts
 * const scores = [
 *   { unitCode: 'A', track: 'final', total: { points: '80', maxPoints: '100', value: '0.8', scored: 1, missing: 0, notApplicable: 0 }, pillars: {}, mainIndices: {}, components: {} },
 *   { unitCode: 'B', track: 'final', total: { points: '90', maxPoints: '100', value: '0.9', scored: 1, missing: 0, notApplicable: 0 }, pillars: {}, mainIndices: {}, components: {} },
 * ] as const;
 * rankAssessment(scores).map((r) => `${r.unitCode} ${r.rank} ${r.display}`); // ['B 1 0.9000', 'A 2 0.8000']
 * ```
 * @param scores - From {@link scoreAssessment}.
 * @param options - What to rank by, the block, the previous scores, the method for ties.
 * @returns The ranking, best first.
 * @throws {@link dx-indicators!DxInputError} when the scores or options are not what the types say.
 * @category Assessments
 */
export function rankAssessment(scores: readonly UnitScore[], options: RankOptions = {}): RankedUnit[] {
  try {
    const g = guard('rankAssessment');
    if (g.array(scores, ['scores'])) scores.forEach((s, i) => g.object(s, ['scores', i]) && g.text(s.unitCode, ['scores', i, 'unitCode']) && g.object(s.total, ['scores', i, 'total']));
    if (g.object(options, ['options'])) {
      if (options.by !== undefined) g.text(options.by, ['options', 'by']);
      g.oneOf(options.method, ['competition', 'dense'], ['options', 'method'], true);
      if (options.units !== undefined) g.array(options.units, ['options', 'units']);
      if (options.previous !== undefined) g.array(options.previous, ['options', 'previous']);
    }
    g.done();
    const current = ranked(scores, options);
    if (options.previous === undefined) return current;
    const before = new Map(ranked(options.previous, options).map((r) => [r.unitCode, r.rank]));
    return current.map((r) => {
      const p = before.get(r.unitCode);
      return p === undefined ? r : { ...r, previousRank: p, change: p - r.rank };
    });
  } catch (e) {
    throw unreadableInput(e, 'rankAssessment', { scores, options });
  }
}

function ranked(scores: readonly UnitScore[], options: RankOptions): RankedUnit[] {
  const by = options.by ?? 'total';
  const block = options.units === undefined ? undefined : new Set(options.units);
  const rows = scores
    .filter((s) => block === undefined || block.has(s.unitCode))
    .map((s) => ({ s, summary: by === 'total' ? s.total : (s.pillars[by] ?? s.mainIndices[by]) }))
    .filter((x): x is { s: UnitScore; summary: NonNullable<typeof x.summary> } => x.summary?.value !== undefined)
    .map((x) => ({ unitCode: x.s.unitCode, value: new Dec(x.summary.value as string), points: x.summary.points }))
    .sort((a, b) => b.value.comparedTo(a.value) || (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0));
  let rank = 0;
  let prev: Dec | undefined;
  return rows.map((r, i) => {
    if (prev === undefined || !r.value.eq(prev)) rank = options.method === 'dense' ? rank + 1 : i + 1;
    prev = r.value;
    return { unitCode: r.unitCode, value: decString(r.value), display: r.value.toFixed(4, Dec.ROUND_HALF_UP), points: r.points, rank };
  });
}
