export * from './domain.js';
export * from './indicator.js';
export * from './observation.js';
export { periodBounds, periodSchema, type Period, type PeriodKind } from './period.js';
export { type SafeParseResult } from './parse.js';
export * from './plan.js';
export { decimalSchema, idSchema, isoDateSchema, labelSchema, type IsoDate, type Label } from './primitives.js';
export * from './target.js';
export * from './unit.js';
