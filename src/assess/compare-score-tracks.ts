import { Dec, decString, type DecimalString } from '../core/decimal.js';
import { guard } from '../model/guard.js';
import type { UnitScore } from './types.js';
import { unreadableInput } from '../core/unreadable-input.js';

/** How one unit's score moved from one track to another. @category Assessments */
export interface TrackDifference {
  readonly unitCode: string;
  /** Total points on the later track minus the earlier (the council's cut is negative). */
  readonly points: DecimalString;
  /** The components whose points differ, with both figures. */
  readonly components: readonly { readonly componentId: string; readonly from?: DecimalString; readonly to?: DecimalString }[];
}

/**
 * The differences between two score tracks of the same units — self-assessed against appraised,
 * appraised against final — in total points and component by component, as provinces publish
 * them beside the three tracks.
 *
 * @example
 * ```ts
 * const self = scoreAssessment(framework, evidence, { track: 'self' });
 * const appraised = scoreAssessment(framework, evidence, { track: 'appraised' });
 * compareScoreTracks(self, appraised); // [{ unitCode: '26734', points: '-5', components: [{ componentId: 'docs', from: '15', to: '10' }] }]
 * ```
 * @param from - The earlier track's scores (see {@link scoreAssessment}).
 * @param to - The later track's scores.
 * @returns One difference per unit scored on both tracks, in the order of `to`.
 * @throws {@link dx-indicators!DxInputError} when either list is not a list of scores.
 * @category Assessments
 */
export function compareScoreTracks(from: readonly UnitScore[], to: readonly UnitScore[]): TrackDifference[] {
  try {
    const g = guard('compareScoreTracks');
    for (const [name, list] of [['from', from], ['to', to]] as const) {
      if (g.array(list, [name])) list.forEach((s, i) => g.object(s, [name, i]) && g.object(s.total, [name, i, 'total']) && g.object(s.components, [name, i, 'components']));
    }
    g.done();
    const before = new Map(from.map((s) => [s.unitCode, s]));
    return to.flatMap((t) => {
      const f = before.get(t.unitCode);
      if (f === undefined) return [];
      const ids = [...new Set([...Object.keys(f.components), ...Object.keys(t.components)])];
      const components = ids.flatMap((id) => {
        const a = f.components[id]?.points;
        const b = t.components[id]?.points;
        if (a === b) return [];
        return [{ componentId: id, ...(a === undefined ? {} : { from: a }), ...(b === undefined ? {} : { to: b }) }];
      });
      return [{ unitCode: t.unitCode, points: decString(new Dec(t.total.points).minus(f.total.points)), components }];
    });
  } catch (e) {
    throw unreadableInput(e, 'compareScoreTracks', { from, to });
  }
}
