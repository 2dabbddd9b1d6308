export { alignWithNationalTargets, type NationalAlignment } from './align-with-national-targets.js';
export { buildScorecard, type ScorecardOptions } from './build-scorecard.js';
export { formatDate } from './format-date.js';
export { formatNumber, type NumberFormat } from './format-number.js';
export type { FigureBasis, ReportedFigure, RolledUpFigure, Scorecard, ScorecardEntry, ScorecardSummary, StatusReason, TargetStatus, TierUnits } from './scorecard.js';
