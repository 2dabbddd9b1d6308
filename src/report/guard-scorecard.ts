import { guard } from '../model/guard.js';
import type { Guard } from '../model/guard.js';
import type { RankedUnit } from '../assess/rank-assessment.js';
import type { Scorecard, ScorecardSummary } from './scorecard.js';

/** The ranking renderers' check: a list of ranked units with numeric values and points. @internal */
export function guardRanking(g: Guard, ranking: readonly RankedUnit[]): void {
  if (g.array(ranking, ['ranking'])) ranking.forEach((r, i) => g.object(r, ['ranking', i]) && g.numeric(r.value, ['ranking', i, 'value']).numeric(r.points, ['ranking', i, 'points']));
}

/** The renderers' guard: a scorecard (from buildScorecard) and, where asked, a language. @internal */
export function guardRender(what: string, scorecard: Scorecard, options: { readonly lang?: unknown } | undefined, needsLang: boolean): void {
  const g = guard(what);
  if (g.object(scorecard, ['scorecard'])) {
    g.array(scorecard.entries, ['scorecard', 'entries']);
    if (g.object(scorecard.overall, ['scorecard', 'overall'])) guardSummary(g, scorecard.overall, ['scorecard', 'overall']);
    g.object(scorecard.domains, ['scorecard', 'domains']);
    g.object(scorecard.title, ['scorecard', 'title']);
    g.date(scorecard.asOf, ['scorecard', 'asOf']);
  }
  if (needsLang && g.object(options, ['options'])) g.oneOf(options?.lang, ['vi', 'en'], ['options', 'lang']);
  g.done();
}

/** The checks of a scorecard's summary: its counts, and its score and availability as figures. */
function guardSummary(g: Guard, s: ScorecardSummary, path: readonly (string | number)[]): void {
  for (const k of ['targets', 'met', 'notMet', 'noData', 'withData'] as const) g.integer(s[k], 0, Number.MAX_SAFE_INTEGER, [...path, k]);
  g.numeric(s.score, [...path, 'score'], true).numeric(s.availability, [...path, 'availability']);
}
