/**
 * A kit for the test suites that check reporting logic: fast-check arbitraries to draw
 * hierarchies, observations and messy sheets from, and diagnoses that say whether a figure or a
 * verdict computed elsewhere (a dashboard, a spreadsheet) is right — and if not, which known
 * mistake reproduces it. Needs `fast-check` (an optional peer dependency).
 * @module dx-indicators/testing
 */
export { hierarchyArbitrary, type HierarchyArbitraryOptions } from './hierarchy-arbitrary.js';
export { observationsArbitrary, type ObservationsArbitraryOptions } from './observations-arbitrary.js';
export { sheetRowsArbitrary, type GeneratedSheet } from './sheet-rows-arbitrary.js';
export { diagnoseFigure, type FigureDiagnosis, type FigureMistake, type FigureQuestion, type ReproducedMistake } from './diagnose-figure.js';
export { diagnoseStatus, type StatusDiagnosis, type StatusMistake } from './diagnose-status.js';
