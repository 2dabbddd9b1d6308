export { compareScoreTracks, type TrackDifference } from './compare-score-tracks.js';
export { meanOfPredecessors } from './mean-of-predecessors.js';
export { rankAssessment, type RankedUnit, type RankOptions } from './rank-assessment.js';
export { scoreAssessment, type ScoreOptions } from './score-assessment.js';
export type { ComponentScore, ScoreSummary, UnitScore } from './types.js';
