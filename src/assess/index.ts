/**
 * DTI-style assessments: a framework of main indices and components with their scoring rules,
 * evidence for each unit, scores and ranks computed exactly, and the two score tracks compared.
 * Its own entry point, so that a program that only tracks plan targets does not carry it.
 * @module dx-indicators/assess
 */
export * from '../model/assessment.js';
export { DTI_MAP_GROUPS, HCMC_MATURITY_BANDS } from './assessment-bands.js';
export { compareScoreTracks, type TrackDifference } from './compare-score-tracks.js';
export { meanOfPredecessors } from './mean-of-predecessors.js';
export { rankAssessment, type RankedUnit, type RankOptions } from './rank-assessment.js';
export { scoreAssessment, type ScoreOptions } from './score-assessment.js';
export type { ComponentScore, ScoreSummary, UnitScore } from './types.js';
