/**
 * Reading reported figures as they arrive: sheet rows and CSV text to observations, with
 * Vietnamese and English headers, numbers by an explicit locale, periods as people write them,
 * unit names to codes, and every rejected row with its reason. Its own entry point, so that the
 * core stays small.
 * @module dx-indicators/tabular
 */
export { DEFAULT_COLUMN_NAMES, type SheetField } from './columns.js';
export { type SheetProblemCode } from './messages.js';
export { readCsvObservations } from './read-csv-observations.js';
export { readNumber, type NumberCell, type NumberCellFault, type NumberLocale } from './read-number.js';
export { readPeriod } from './read-period.js';
export { readSheetRows, type RejectedRow, type SheetProblem, type SheetReadOptions, type SheetReadResult } from './read-sheet-rows.js';
