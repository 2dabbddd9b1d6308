export { buildScorecard, type ScorecardOptions } from './build-scorecard.js';
export { formatDate } from './format-date.js';
export { formatNumber, type NumberFormat } from './format-number.js';
export { renderScorecardCsv } from './render-scorecard-csv.js';
export { renderScorecardHtml } from './render-scorecard-html.js';
export { renderScorecardJson } from './render-scorecard-json.js';
export { renderScorecardMarkdown } from './render-scorecard-markdown.js';
export type { FigureBasis, ReportedFigure, RolledUpFigure, Scorecard, ScorecardEntry, ScorecardSummary, StatusReason, TargetStatus, TierUnits } from './scorecard.js';
