import { Dec, decString, toDec, type NumericInput } from '../core/decimal.js';
import { crosswalkIndex, type Crosswalk } from '../geo/crosswalk.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { guard } from '../model/guard.js';
import { guardRollupInput } from './guard-rollup.js';
import type { FigureWarning } from './types.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** Something {@link rebaseObservations} could not place, and why. @category Roll-up */
export type RebaseWarning = FigureWarning<'partial-without-split' | 'not-additive' | 'not-in-crosswalk' | 'unknown-indicator'>;

/** Options of {@link rebaseObservations}. @category Roll-up */
export interface RebaseOptions {
  /**
   * How an old unit that was split between several new units divides its figures: for each
   * such old code, the share (0–1) that goes to each new code. Without one, the old unit's
   * figures are not placed and a warning says so.
   */
  readonly splits?: Readonly<Record<string, Readonly<Record<string, NumericInput>>>>;
}

const ADDITIVE = new Set(['sum', 'ratio-of-sums', 'count']);

/**
 * Puts observations made on old boundaries onto new ones with a crosswalk: the figures of the
 * old units that form a new unit are combined — counts add; shares add their numerators and
 * denominators; minima and maxima take the least and greatest. An old unit split between new
 * units needs an explicit split rule, or it is reported, not guessed. Observations of a unit
 * the crosswalk does not know are reported too. Totals are conserved.
 *
 * @example
 * ```ts
 * // 2024 figures of old Đồng Nai (75) and old Bình Phước (70) → a 2024 figure for new Đồng Nai
 * rebaseObservations(observations2024, vnProvinceCrosswalk, indicators).observations;
 * ```
 * @param observations - Observations on the old boundaries.
 * @param crosswalk - The crosswalk from the old boundaries to the new.
 * @param indicators - The indicators, for how each combines over space.
 * @param options - Split rules for old units that were divided.
 * @returns One observation per indicator, new unit and period, and the warnings.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Roll-up
 */
export function rebaseObservations(
  observations: readonly Observation[],
  crosswalk: Crosswalk,
  indicators: readonly Indicator[],
  options: RebaseOptions = {},
): { readonly observations: Observation[]; readonly warnings: RebaseWarning[] } {
  try {
    const g = guard('rebaseObservations');
    if (g.object(crosswalk, ['crosswalk'])) g.array(crosswalk.links, ['crosswalk', 'links']);
    guardRollupInput(g, indicators, undefined);
    if (g.object(options, ['options']) && options.splits !== undefined && g.object(options.splits, ['options', 'splits'])) {
      for (const [old, shares] of Object.entries(options.splits)) if (g.object(shares, ['options', 'splits', old])) for (const [code, w] of Object.entries(shares)) g.numeric(w, ['options', 'splits', old, code]);
    }
    if (g.array(observations, ['observations'])) observations.forEach((o, i) => g.object(o, ['observations', i]));
    g.done();
    const byId = new Map(indicators.map((i) => [i.id, i]));
    const { byOld } = crosswalkIndex(crosswalk);
    const warnings: RebaseWarning[] = [];
    interface Acc { o: Observation; value?: Dec; num?: Dec; den?: Dec; from: Set<string> }
    const out = new Map<string, Acc>();
    for (const o of observations) {
      const warn = (code: RebaseWarning['code'], message: string) => warnings.push({ code, indicatorId: o.indicatorId, unitCode: o.unitCode, period: o.period, message });
      const ind = byId.get(o.indicatorId);
      if (ind === undefined) {
        warn('unknown-indicator', `the indicator "${o.indicatorId}" is not among the indicators`);
        continue;
      }
      const links = byOld.get(o.unitCode);
      if (links === undefined) {
        warn('not-in-crosswalk', `${o.unitCode} is not an old unit of the crosswalk "${crosswalk.name}"`);
        continue;
      }
      const kind = ind.aggregation.space;
      const isExtreme = kind === 'min' || kind === 'max';
      if (!ADDITIVE.has(kind) && !isExtreme) {
        warn('not-additive', `"${o.indicatorId}" aggregates as "${kind}" over space, which cannot be recombined from old units' figures`);
        continue;
      }
      const split = links.length === 1 && links[0]?.kind === 'full' ? { [links[0].newCode]: '1' } : options.splits?.[o.unitCode];
      if (split === undefined) {
        warn('partial-without-split', `${o.unitCode} was split between ${links.map((l) => l.newCode).join(', ')}: give a split rule to place its figures`);
        continue;
      }
      for (const [newCode, share] of Object.entries(split)) {
        const w = toDec(share);
        const key = `${o.indicatorId}\u0000${newCode}\u0000${o.period}`;
        const acc = out.get(key) ?? { o: { indicatorId: o.indicatorId, unitCode: newCode, period: o.period }, from: new Set<string>() };
        acc.from.add(o.unitCode);
        if (o.numerator !== undefined && o.denominator !== undefined) {
          acc.num = (acc.num ?? new Dec(0)).plus(new Dec(o.numerator).times(w));
          acc.den = (acc.den ?? new Dec(0)).plus(new Dec(o.denominator).times(w));
        } else {
          const x = new Dec(o.value as string);
          acc.value = isExtreme
            ? acc.value === undefined ? x : kind === 'min' ? Dec.min(acc.value, x) : Dec.max(acc.value, x)
            : (acc.value ?? new Dec(0)).plus(x.times(w));
        }
        out.set(key, acc);
      }
    }
    const result: Observation[] = [];
    for (const acc of out.values()) {
      const note = `rebased from ${[...acc.from].sort().join(' + ')} (${crosswalk.name})`;
      if (acc.num !== undefined && acc.den !== undefined && acc.value === undefined) {
        result.push({ ...acc.o, numerator: decString(acc.num), denominator: decString(acc.den), note });
      } else if (acc.value !== undefined && acc.num === undefined) {
        result.push({ ...acc.o, value: decString(acc.value), note });
      } else {
        warnings.push({ code: 'not-additive', indicatorId: acc.o.indicatorId, unitCode: acc.o.unitCode, period: acc.o.period, message: 'old units reported this figure in different forms (a value and a numerator/denominator): not combined' });
      }
    }
    return { observations: result, warnings };
  } catch (e) {
    throw unreadableInput(e, 'rebaseObservations', { observations, crosswalk, indicators, options });
  }
}
