export { BUILT_IN_VALIDATION_RULES } from './built-in-rules.js';
export { validateObservations } from './validate-observations.js';
export type { ValidationContext, ValidationFinding, ValidationReport } from './types.js';
