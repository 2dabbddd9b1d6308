import * as z from 'zod/mini';
import type { Observation } from '../model/observation.js';
import { observationSchema } from '../model/observation.js';
import { guard } from '../model/guard.js';
import type { MeasureUnit } from '../model/indicator.js';
import { parseWith } from '../model/parse.js';
import type { Lang } from '../model/primitives.js';
import { validationRuleSchema, type ValidationRule } from '../model/validation-rule.js';
import { BUILT_IN_VALIDATION_RULES } from './built-in-rules.js';
import { CHECKERS, type Run } from './checkers.js';
import type { ValidationContext, ValidationFinding, ValidationReport } from './types.js';
import { unreadableInput } from '../core/unreadable-input.js';

/**
 * Checks reported figures against validation rules (DHIS2-style, as data) and returns every
 * finding with its rule, the figure's index, unit and period, and a message in Vietnamese or
 * English. Add your own `compare` rules to the built-in ones.
 *
 * @example
 * ```ts
 * const report = validateObservations(
 *   [{ indicatorId: 'online-dossier-rate', unitCode: '75', period: '2025-06', numerator: '120', denominator: '100' }],
 *   { indicators: [vnIndicators['online-dossier-rate']] },
 *   { lang: 'en' },
 * );
 * report.findings.map((f) => f.ruleId); // ['numerator-not-above-denominator', 'percent-at-most-100']
 * ```
 * @param observations - Parsed observations.
 * @param context - What the rules check against (indicators, units, plan, hierarchy).
 * @param options - The rules (default {@link BUILT_IN_VALIDATION_RULES}) and the language.
 * @returns The findings, and the rules that could not run.
 * @throws {@link DxInputError} when an observation or a rule is malformed (parse them first to
 *   get every problem of your own data).
 * @category Validation
 */
export function validateObservations(
  observations: readonly Observation[],
  context: ValidationContext = {},
  options: { readonly rules?: readonly ValidationRule[]; readonly lang?: Lang } = {},
): ValidationReport {
  try {
    const g = guard('validateObservations');
    if (g.object(context, ['context'])) {
      if (context.indicators !== undefined) g.array(context.indicators, ['context', 'indicators']);
      if (context.hierarchy !== undefined) g.hierarchy(context.hierarchy, ['context', 'hierarchy']);
    }
    if (g.object(options, ['options'])) {
      if (options.rules !== undefined) g.array(options.rules, ['options', 'rules']);
      g.oneOf(options.lang, ['vi', 'en'], ['options', 'lang'], true);
    }
    g.done();
    // Untyped callers (JavaScript, JSON) get the library's error for malformed rows, never a crash.
    const rows = parseWith(z.array(observationSchema), 'observations', observations, ['observations']);
    const rules = (options.rules ?? BUILT_IN_VALIDATION_RULES).map((r, i) => parseWith(validationRuleSchema, 'validation rule', r, ['options', 'rules', i]));
    const findings: ValidationFinding[] = [];
    const skipped: { ruleId: string; reason: string }[] = [];
    const groups = new Map<string, Map<string, Observation>>();
    const key = (unitCode: string, period: string, tier: string | undefined) => `${unitCode}\u0000${period}\u0000${tier ?? ''}`;
    for (const o of rows) {
      const k = key(o.unitCode, o.period, o.tier);
      let g = groups.get(k);
      if (g === undefined) groups.set(k, (g = new Map()));
      if (!g.has(o.indicatorId)) g.set(o.indicatorId, o);
    }
    const run: Run = {
      observations: rows,
      context,
      lang: options.lang ?? 'en',
      unitOf: new Map<string, MeasureUnit>((context.indicators ?? []).map((i) => [i.id, i.unit])),
      group: (unitCode, period, tier) => groups.get(key(unitCode, period, tier)),
      find: (rule, index, message) => {
        const o = rows[index] as Observation;
        findings.push({ ruleId: rule.id, severity: rule.severity, index, indicatorId: o.indicatorId, unitCode: o.unitCode, period: o.period, message });
      },
      skip: (rule, reason) => void skipped.push({ ruleId: rule.id, reason }),
    };
    for (const rule of rules) (CHECKERS[rule.kind] as (r: ValidationRule, run: Run) => void)(rule, run);
    findings.sort((a, b) => a.index - b.index);
    return { findings, skipped };
  } catch (e) {
    throw unreadableInput(e, 'validateObservations', { observations, context, options });
  }
}
