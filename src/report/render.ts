/**
 * Scorecards and rankings as text for people: HTML pages with charts, Markdown, CSV for
 * spreadsheets, JSON. Its own entry point, so that a program that only computes does not carry
 * them; the scorecard itself comes from {@link dx-indicators!buildScorecard} in the main entry.
 * @module dx-indicators/render
 */
export { renderRankingCsv } from './render-ranking-csv.js';
export { renderRankingHtml } from './render-ranking-html.js';
export { renderRankingMarkdown } from './render-ranking-markdown.js';
export { renderScorecardCsv } from './render-scorecard-csv.js';
export { renderScorecardHtml } from './render-scorecard-html.js';
export { renderScorecardJson } from './render-scorecard-json.js';
export { renderScorecardMarkdown } from './render-scorecard-markdown.js';
