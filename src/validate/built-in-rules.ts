import type { ValidationRule } from '../model/validation-rule.js';

/**
 * The built-in rules for reported data: numerator not above denominator; a percentage within
 * 0–100; the unit exists on the period's last day; the period lies in the plan's period; no
 * duplicate figure; a child's count not above its parent's; a value not far outside the unit's
 * own history (5 median absolute deviations, with 4 or more earlier figures).
 * @example
 * ```ts
 * BUILT_IN_VALIDATION_RULES.map((r) => r.id).length; // 8
 * ```
 * @category Validation
 */
export const BUILT_IN_VALIDATION_RULES: readonly ValidationRule[] = [
  {
    kind: 'compare', id: 'numerator-not-above-denominator', severity: 'error',
    left: [{ field: 'numerator' }], operator: '<=', right: [{ field: 'denominator' }], missing: 'skip-if-any-missing',
    message: { vi: 'Tử số lớn hơn mẫu số', en: 'The numerator is above the denominator' },
  },
  {
    kind: 'compare', id: 'percent-not-negative', severity: 'error', measureUnit: 'percent',
    left: [{ field: 'value' }], operator: '>=', right: [{ constant: '0' }], missing: 'skip-if-any-missing',
    message: { vi: 'Tỷ lệ phần trăm âm', en: 'A percentage below 0' },
  },
  {
    kind: 'compare', id: 'percent-at-most-100', severity: 'error', measureUnit: 'percent',
    left: [{ field: 'value' }], operator: '<=', right: [{ constant: '100' }], missing: 'skip-if-any-missing',
    message: { vi: 'Tỷ lệ phần trăm lớn hơn 100', en: 'A percentage above 100' },
  },
  { kind: 'unit-exists', id: 'unit-exists', severity: 'error' },
  { kind: 'within-plan-period', id: 'within-plan-period', severity: 'warning' },
  { kind: 'no-duplicates', id: 'no-duplicates', severity: 'error' },
  { kind: 'child-not-above-parent', id: 'child-not-above-parent', severity: 'error' },
  { kind: 'outlier', id: 'outlier', severity: 'warning', threshold: '5', minHistory: 4 },
];
