export { DECIMAL_LIMITS, type DecimalString, type NumericInput } from './decimal-text.js';
export { DxInputError, type InputProblem, type ProblemCode } from './errors.js';
export { type Computed } from './result.js';
