import { Dec, decString } from '../core/decimal.js';
import { isInForce } from '../geo/hierarchy-at.js';
import type { Hierarchy } from '../geo/hierarchy.js';
import type { Indicator } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { periodBounds } from '../model/period.js';
import type { Plan } from '../model/plan.js';
import type { Label, Lang } from '../model/primitives.js';
import type { UnitRegister } from '../model/unit.js';
import { validationRuleSchema, type RuleTerm, type ValidationRule } from '../model/validation-rule.js';
import { observationSchema } from '../model/observation.js';
import { parseWith } from '../model/parse.js';
import * as z from 'zod/mini';
import { guard } from '../model/guard.js';

/** What {@link validateObservations} checks against. Each rule uses the parts it needs. @category Validation */
export interface ValidationContext {
  /** The indicators, for their measure units (`percent`, `count`). */
  readonly indicators?: readonly Indicator[];
  /** A unit register, for `unit-exists`. */
  readonly units?: UnitRegister;
  /** A plan, for `within-plan-period`. */
  readonly plan?: Plan;
  /** A hierarchy, for `child-not-above-parent`. */
  readonly hierarchy?: Hierarchy;
}

/** One finding: which rule, which figure, and what is wrong, in the language asked for. @category Validation */
export interface ValidationFinding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  /** Index of the observation in the input. */
  readonly index: number;
  readonly indicatorId: string;
  readonly unitCode: string;
  readonly period: string;
  readonly message: string;
}

/** The outcome of {@link validateObservations}. @category Validation */
export interface ValidationReport {
  /** Every finding, in the order of the observations. */
  readonly findings: readonly ValidationFinding[];
  /** Rules that could not run, and why (a context part was missing): never skipped silently. */
  readonly skipped: readonly { readonly ruleId: string; readonly reason: string }[];
}

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

const say = (l: Label, lang: Lang) => l[lang];
/** Adds an item to the list of a key, starting the list on first use. */
const append = <K, V>(lists: Map<K, V[]>, key: K, item: V) => {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [item]);
  else list.push(item);
};
const endOf = (o: Observation) => periodBounds(o.period)?.end ?? o.period;
const valueOf = (o: Observation): Dec | undefined =>
  o.value !== undefined ? new Dec(o.value) : o.numerator !== undefined && o.denominator !== undefined && !new Dec(o.denominator).isZero() ? new Dec(o.numerator).div(o.denominator).times(100) : undefined;
const fieldOf = (o: Observation | undefined, field: RuleTerm extends infer T ? (T extends { field: infer F } ? F : never) : never): Dec | undefined => {
  if (o === undefined) return undefined;
  if (field === 'value') return valueOf(o);
  const v = o[field];
  return v === undefined ? undefined : new Dec(v);
};
const median = (xs: readonly Dec[]) => {
  const s = [...xs].sort((a, b) => a.cmp(b));
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as Dec) : (s[m - 1] as Dec).plus(s[m] as Dec).div(2);
};

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
  observations = parseWith(z.array(observationSchema), 'observations', observations);
  const rules = (options.rules ?? BUILT_IN_VALIDATION_RULES).map((r) => parseWith(validationRuleSchema, 'validation rule', r));
  const lang = options.lang ?? 'en';
  const unitOf = new Map((context.indicators ?? []).map((i) => [i.id, i.unit]));
  const findings: ValidationFinding[] = [];
  const skipped: { ruleId: string; reason: string }[] = [];
  const find = (rule: ValidationRule, index: number, message: string) => {
    const o = observations[index] as Observation;
    findings.push({ ruleId: rule.id, severity: rule.severity, index, indicatorId: o.indicatorId, unitCode: o.unitCode, period: o.period, message });
  };
  const groupKey = (o: Observation) => `${o.unitCode}\u0000${o.period}\u0000${o.tier ?? ''}`;
  const byGroup = new Map<string, Map<string, Observation>>();
  for (const o of observations) {
    const key = groupKey(o);
    let g = byGroup.get(key);
    if (g === undefined) byGroup.set(key, (g = new Map()));
    if (!g.has(o.indicatorId)) g.set(o.indicatorId, o);
  }

  for (const rule of rules) {
    switch (rule.kind) {
      case 'compare': {
        if (rule.measureUnit !== undefined && context.indicators === undefined) {
          skipped.push({ ruleId: rule.id, reason: 'it applies to the indicators of one measure unit, and no indicators were given' });
          break;
        }
        observations.forEach((o, i) => {
          if (rule.indicatorIds !== undefined && !rule.indicatorIds.includes(o.indicatorId)) return;
          if (rule.measureUnit !== undefined && unitOf.get(o.indicatorId) !== rule.measureUnit) return;
          const group = byGroup.get(groupKey(o)) as Map<string, Observation>;
          const side = (terms: readonly RuleTerm[]) =>
            terms.map((t) => ('constant' in t ? new Dec(t.constant) : fieldOf(t.indicatorId === undefined ? o : group.get(t.indicatorId), t.field)));
          const left = side(rule.left);
          const right = side(rule.right);
          const all = [...left, ...right];
          const missing = all.filter((x) => x === undefined).length;
          if (rule.missing === 'skip-if-any-missing' && missing > 0) return;
          if (rule.missing === 'skip-if-all-missing' && missing === all.length) return;
          const sum = (xs: readonly (Dec | undefined)[]) => xs.reduce((a: Dec, x) => a.plus(x ?? 0), new Dec(0));
          const l = sum(left);
          const r = sum(right);
          const ok = { '<=': l.lte(r), '<': l.lt(r), '>=': l.gte(r), '>': l.gt(r), '==': l.eq(r), '!=': !l.eq(r) }[rule.operator];
          if (!ok) find(rule, i, `${say(rule.message, lang)}: ${decString(l)} ${rule.operator === '<=' ? '>' : rule.operator === '>=' ? '<' : `not ${rule.operator}`} ${decString(r)}`);
        });
        break;
      }
      case 'unit-exists': {
        const register = context.units;
        if (register === undefined) {
          skipped.push({ ruleId: rule.id, reason: 'no unit register was given' });
          break;
        }
        const versions = new Map<string, typeof register.units[number][]>();
        for (const u of register.units) append(versions, u.code, u);
        observations.forEach((o, i) => {
          const date = endOf(o);
          const vs = versions.get(o.unitCode);
          if (vs === undefined) {
            find(rule, i, lang === 'vi' ? `Mã đơn vị ${o.unitCode} không có trong danh mục` : `The unit code ${o.unitCode} is not in the register`);
          } else if (!vs.some((u) => isInForce(u, date))) {
            const last = vs.reduce((a, u) => ((u.validTo ?? '9999') > (a.validTo ?? '9999') ? u : a));
            find(rule, i, lang === 'vi'
              ? `Đơn vị ${o.unitCode} (${last.fullName}) không còn tồn tại vào ngày ${date}${last.validTo === undefined ? '' : ` (đến ${last.validTo}); hãy dùng mã mới`}`
              : `The unit ${o.unitCode} (${last.fullNameEn}) does not exist on ${date}${last.validTo === undefined ? '' : ` (it ended on ${last.validTo}): use its new code`}`);
          }
        });
        break;
      }
      case 'within-plan-period': {
        const plan = context.plan;
        if (plan === undefined) {
          skipped.push({ ruleId: rule.id, reason: 'no plan was given' });
          break;
        }
        observations.forEach((o, i) => {
          const b = periodBounds(o.period);
          if (b !== undefined && (b.start < plan.period.start || b.end > plan.period.end)) {
            find(rule, i, lang === 'vi' ? `Kỳ ${o.period} nằm ngoài thời gian của kế hoạch (${plan.period.start} – ${plan.period.end})` : `The period ${o.period} lies outside the plan's period (${plan.period.start} to ${plan.period.end})`);
          }
        });
        break;
      }
      case 'no-duplicates': {
        const first = new Map<string, number>();
        observations.forEach((o, i) => {
          const key = `${o.indicatorId}\u0000${groupKey(o)}`;
          const j = first.get(key);
          if (j === undefined) first.set(key, i);
          else find(rule, i, lang === 'vi' ? `Trùng với dòng ${j}: cùng chỉ tiêu, đơn vị và kỳ` : `Duplicate of row ${j}: the same indicator, unit and period`);
        });
        break;
      }
      case 'child-not-above-parent': {
        const h = context.hierarchy;
        if (h === undefined || (rule.indicatorIds === undefined && context.indicators === undefined)) {
          skipped.push({ ruleId: rule.id, reason: h === undefined ? 'no hierarchy was given' : 'no indicators were given to find the counts' });
          break;
        }
        const ids = new Set(rule.indicatorIds ?? [...unitOf].filter(([, u]) => u === 'count').map(([id]) => id));
        observations.forEach((o, i) => {
          if (!ids.has(o.indicatorId)) return;
          const parent = h.byCode.get(o.unitCode)?.parentCode;
          const p = parent === undefined ? undefined : byGroup.get(`${parent}\u0000${o.period}\u0000${o.tier ?? ''}`)?.get(o.indicatorId);
          const x = valueOf(o);
          const y = p === undefined ? undefined : valueOf(p);
          if (x !== undefined && y !== undefined && x.gt(y)) {
            find(rule, i, lang === 'vi' ? `Số của ${o.unitCode} (${decString(x)}) lớn hơn số của đơn vị cấp trên ${parent} (${decString(y)})` : `The count of ${o.unitCode} (${decString(x)}) is above its parent ${parent}'s (${decString(y)})`);
          }
        });
        break;
      }
      case 'outlier': {
        const threshold = new Dec(rule.threshold);
        const histories = new Map<string, number[]>();
        observations.forEach((o, i) => {
          append(histories, `${o.indicatorId}\u0000${o.unitCode}\u0000${o.tier ?? ''}`, i);
        });
        for (const idx of histories.values()) {
          const sorted = [...idx].sort((a, b) => (endOf(observations[a] as Observation) < endOf(observations[b] as Observation) ? -1 : 1));
          sorted.forEach((i, k) => {
            if (k < rule.minHistory) return;
            const history = sorted.slice(0, k).map((j) => valueOf(observations[j] as Observation)).filter((v): v is Dec => v !== undefined);
            const x = valueOf(observations[i] as Observation);
            if (x === undefined || history.length < rule.minHistory) return;
            const m = median(history);
            const mad = median(history.map((v) => v.minus(m).abs()));
            if (mad.isZero()) return;
            const score = x.minus(m).abs().div(mad);
            if (score.gt(threshold)) {
              find(rule, i, lang === 'vi'
                ? `Giá trị ${decString(x)} khác thường so với lịch sử của đơn vị (trung vị ${decString(m)}, lệch ${decString(score.toDecimalPlaces(1))} lần độ lệch tuyệt đối trung vị)`
                : `The value ${decString(x)} is far from the unit's history (median ${decString(m)}, ${decString(score.toDecimalPlaces(1))} median absolute deviations away)`);
            }
          });
        }
        break;
      }
    }
  }
  findings.sort((a, b) => a.index - b.index);
  return { findings, skipped };
}
