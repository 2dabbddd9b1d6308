// Every exported function, called with hostile values in each parameter in turn (wrong types,
// null, unknown enum strings, invalid dates, huge and tiny numeric strings, frozen and
// null-prototype objects, a proxy that refuses every read, a getter that throws): the only
// outcomes are a typed value with no NaN or Infinity anywhere in it, or the library's own
// DxInputError naming a public function — within a time bound, and without changing its (frozen)
// input; and a hostile value in any argument or field gets a problem whose path leads to it. A new
// export without an entry here fails the suite.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as partials from '../src/rollup/partials.js';
import * as assess from '../src/assess/index.js';
import * as render from '../src/report/render.js';
import * as tabular from '../src/tabular/index.js';
import * as testing from '../src/testing/index.js';
import * as vn from '../src/vn/index.js';
import { vnCommuneCrosswalk, vnUnits } from '../src/vn/communes.js';

const h = api.hierarchyAt(vnUnits, '2025-07-01');
// One province's units (Đồng Nai, 95 communes): the arbitraries draw a figure for every unit, and
// over the whole country one valid call takes about a second, too near the time bound below.
const province = api.hierarchyAt({ ...vnUnits, units: vnUnits.units.filter((u) => u.code === '75' || u.parentCode === '75') }, '2025-07-01');
const comparator = { kind: 'at-least', value: '70' } as const;
const series = [{ date: '2024-12-31', value: '60' }, { date: '2025-06-30', value: '66' }];
const obs = api.parseObservations([{ indicatorId: 'online-dossier-rate', unitCode: '26734', period: '2025-06', numerator: '3', denominator: '4' }]);
const inds = [vn.vnIndicators['online-dossier-rate']];
const card = api.buildScorecard(vn.plans.dongNai2025, vn.dongNai2025Reported.observations, { asOf: '2025-09-29' });
const partial = partials.partialRollup(obs, inds);
const FRAMEWORK = assess.parseAssessmentFramework({
  id: 'f', title: { vi: 'f', en: 'f' }, maxPoints: 30, source: { document: 'd', issuer: 'i', date: '2025-01-01' },
  pillars: [{ id: 'p', label: { vi: 'p', en: 'p' }, mainIndices: [{ id: 'm', label: { vi: 'm', en: 'm' }, maxPoints: 30, components: [
    { id: 'c', label: { vi: 'c', en: 'c' }, maxPoints: 10, rule: { kind: 'yes-no' } },
    { id: 'r', label: { vi: 'r', en: 'r' }, maxPoints: 20, rule: { kind: 'ratio-to-best' } },
  ] }] }],
});
const EVIDENCE = assess.parseEvidence([{ unitCode: 'A', componentId: 'c', yes: true }, { unitCode: 'A', componentId: 'r', value: 3 }, { unitCode: 'B', componentId: 'r', value: 0 }]);
const SCORES = assess.scoreAssessment(FRAMEWORK, EVIDENCE);

/** Valid arguments for each exported function; the suite replaces one at a time. */
const CALLS: Record<string, () => unknown[]> = {
  ancestorsOf: () => [h, '26734'],
  assessProgress: () => [{ series, target: { comparator, deadline: '2025-12-31' }, asOf: '2025-06-30', method: 'open-sdg' }],
  attainment: () => [comparator, '91', { cap: '1.2' }],
  buildScorecard: () => [vn.plans.dongNai2025, vn.dongNai2025Reported.observations, { asOf: '2025-09-29' }],
  childrenOf: () => [h, '75'],
  classifyBand: () => [api.DEFAULT_STATUS_BANDS, '0.95'],
  classifyTargetBand: () => [api.DEFAULT_STATUS_BANDS, comparator, '50'],
  compositeScore: () => [[{ id: 'a', score: '50', weight: 1 }, { id: 'b', score: '90', weight: '2' }], { method: 'arithmetic' }],
  descendantsOf: () => [h, '75'],
  expectedValueAt: () => [{ baseline: { value: 60, date: '2024-12-31' }, target: { value: 80, date: '2025-12-31' }, date: '2025-06-30', path: 'linear' }],
  findUnitsByName: () => [h.units, 'Đồng Nai'],
  lookupUnitByName: () => [h, 'Đồng Nai', { level: 'province' }],
  finishRollup: () => [partial, inds, h, { bucket: 'year' }],
  finishRollupColumns: () => [partial, inds, h, { bucket: 'year' }],
  formatDate: () => ['2025-06-30', 'vi'],
  formatNumber: () => ['70.5', { lang: 'vi', percent: true }],
  goalpostScore: () => ['70', { lower: '0', upper: '100', direction: 'higher-is-better' }],
  hierarchyAt: () => [vn.vnProvinces, '2025-07-01'],
  isTargetMet: () => [comparator, '70'],
  mergeAllRollupPartials: () => [[partial, partial, partial]],
  mergeRollupPartials: () => [partial, partial],
  normaliseMinMax: () => [{ a: '1', b: '3' }, 'higher-is-better'],
  observedGrowthRate: () => [series, 'linear'],
  parentOf: () => [h, '26734'],
  parseAdministrativeUnit: () => [h.units[0]],
  parseCrosswalk: () => [{ name: 'c', oldDate: '2025-06-30', newDate: '2025-07-01', links: [{ newCode: '75', oldCode: '70', kind: 'full' }] }],
  parseIndicator: () => [inds[0]],
  parseLegendSet: () => [api.DEFAULT_STATUS_BANDS],
  parseObservation: () => [obs[0]],
  parseObservationSet: () => [vn.dongNai2025Reported],
  parseObservations: () => [obs],
  parsePlan: () => [vn.plans.dongNai2022],
  parseTarget: () => [vn.plans.dongNai2025.targets[0]],
  parseUnitRegister: () => [{ name: 'r', coverage: { from: '2025-01-01' }, units: [] }],
  parseValidationRule: () => [api.BUILT_IN_VALIDATION_RULES[0]],
  partialRollup: () => [obs, inds, { bucket: 'quarter' }],
  periodBounds: () => ['2025-Q2'],
  predecessorsOf: () => [vnCommuneCrosswalk, '26734'],
  proRateAnnualTarget: () => ['120', '2025-Q2', { cumulative: true }],
  progressShare: () => [{ baseline: '60', target: '80', actual: '70' }],
  projectValue: () => [series, '2025-12-31', 'linear', '100'],
  rankUnits: () => [{ a: '1', b: '3', c: '3' }, { method: 'competition' }],
  rebaseObservations: () => [obs, vnCommuneCrosswalk, inds, {}],
  renderScorecardCsv: () => [card, { lang: 'en' }],
  renderScorecardHtml: () => [card, { lang: 'vi' }],
  renderScorecardJson: () => [card],
  renderScorecardMarkdown: () => [card, { lang: 'en' }],
  requiredGrowthRate: () => [{ date: '2024-12-31', value: '60' }, { date: '2025-12-31', value: '80' }, 'compound'],
  rollup: () => [obs, inds, h, { bucket: 'quarter', minCoverage: '0.01' }],
  rollupColumns: () => [obs, inds, h, { bucket: 'month', minCoverage: '0.01' }],
  roundDecimal: () => ['70.55', 1, 'half-even'],
  safeParseAdministrativeUnit: () => [h.units[0]],
  safeParseIndicator: () => [inds[0]],
  safeParseObservation: () => [obs[0]],
  safeParseObservations: () => [obs],
  safeParsePlan: () => [vn.plans.dongNai2022],
  safeParseTarget: () => [vn.plans.dongNai2025.targets[0]],
  safeParseUnitRegister: () => [{ name: 'r', coverage: { from: '2025-01-01' }, units: [] }],
  successorsOf: () => [vnCommuneCrosswalk, '26734'],
  summariseTargetAcrossUnits: () => [api.rollup(obs, inds, h).rows, { indicatorId: 'online-dossier-rate', period: '2025', comparator, hierarchy: h, level: 'commune', within: '75' }],
  targetGap: () => [comparator, '91'],
  unitAt: () => [h, '75'],
  unitsOfLevel: () => [h, 'province'],
  validateObservations: () => [obs, { indicators: inds }],
  readCsvObservations: () => ['Mã xã;Kỳ báo cáo;Giá trị\n26734;T9/2025;12,5\n', { locale: 'vi', indicatorId: 'x' }],
  readNumber: () => ['1.204,5', 'vi'],
  readPeriod: () => ['Quý 3/2025'],
  readSheetRows: () => [[['Mã xã', 'Kỳ báo cáo', 'Giá trị'], ['26734', 'T9/2025', '12,5']], { locale: 'vi', indicatorId: 'x' }],
  vnLevelsAt: () => ['2025-07-01'],
  parseAssessmentFramework: () => [vn.DTI_PROVINCIAL_2022],
  parseEvidence: () => [[{ unitCode: 'A', componentId: 'c', yes: true }]],
  safeParseEvidence: () => [[{ unitCode: 'A', componentId: 'c', yes: true }]],
  scoreAssessment: () => [FRAMEWORK, EVIDENCE, { track: 'final' }],
  rankAssessment: () => [SCORES, { by: 'total', method: 'competition', previous: SCORES }],
  compareScoreTracks: () => [SCORES, SCORES],
  renderRankingMarkdown: () => [assess.rankAssessment(SCORES), { lang: 'vi', names: { A: 'Xã A' } }],
  renderRankingHtml: () => [assess.rankAssessment(SCORES), { lang: 'en', title: 'Ranking', bands: assess.HCMC_MATURITY_BANDS }],
  renderRankingCsv: () => [assess.rankAssessment(SCORES), { names: { A: 'Xã A' } }],
  alignWithNationalTargets: () => [vn.plans.dongNai2025, vn.DECISION_411_TARGETS],
  parseNationalTargets: () => [vn.RESOLUTION_57_TARGETS],
  meanOfPredecessors: () => [{ '75': { total: '0.7' }, '70': { total: '0.6' } }, vn.vnProvinceCrosswalk],
  hierarchyArbitrary: () => [{ tiers: 3, maxProvinces: 2, maxChildren: 3, date: '2025-07-01' }],
  observationsArbitrary: () => [province, inds, { year: 2025, periods: 'month', gaps: true }],
  sheetRowsArbitrary: () => [h, { year: 2025 }],
  diagnoseFigure: () => ['66.7', { observations: obs, indicator: inds[0], hierarchy: h, unitCode: '75', period: '2025', bucket: 'year', decimals: 1 }],
  diagnoseStatus: () => [true, comparator, '70'],
};
const FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {};
for (const m of [api, assess, partials, render, tabular, testing, vn] as Record<string, unknown>[]) {
  for (const [k, v] of Object.entries(m)) if (typeof v === 'function' && k !== 'DxInputError') FUNCTIONS[k] = v as (...args: unknown[]) => unknown;
}

const HOSTILE: [string, () => unknown][] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['0', () => 0],
  ['NaN', () => Number.NaN],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['a big number', () => 1e300],
  ['true', () => true],
  ['empty text', () => ''],
  ['an unknown word', () => 'nope'],
  ['a date not in the calendar', () => '2025-02-30'],
  ['year 0000', () => '0000-01-01'],
  ['a huge exponent', () => '1e9000000000000000'],
  ['a tiny number', () => '1e-400'],
  ['10,000 digits', () => '9'.repeat(10_000)],
  ['an empty object', () => ({})],
  ['a frozen empty object', () => Object.freeze({})],
  ['a null-prototype object', () => Object.create(null) as unknown],
  ['an empty list', () => []],
  ['a list of nulls', () => [null, null]],
  ['a function', () => () => 1],
  [
    'an object whose every read throws',
    () =>
      new Proxy({}, {
        get: () => {
          throw new Error('read refused');
        },
        has: () => {
          throw new Error('read refused');
        },
        ownKeys: () => {
          throw new Error('read refused');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('read refused');
        },
      }),
  ],
];

/**
 * The valid argument with its first field (or first item) turned into a getter that throws: input
 * as a spreadsheet binding or an ORM object may hand it over.
 */
function withThrowingGetter(valid: unknown): unknown {
  if (valid === null || typeof valid !== 'object' || valid instanceof Map) return undefined;
  const copy = (Array.isArray(valid) ? [...valid] : { ...valid }) as Record<string | number, unknown>;
  const key = Array.isArray(valid) ? 0 : Object.keys(valid)[0];
  if (key === undefined) return undefined;
  Object.defineProperty(copy, key, {
    enumerable: true,
    get: () => {
      throw new Error('getter refused');
    },
  });
  return copy;
}

function deepFreeze<T>(v: T, seen = new Set<unknown>()): T {
  if (v !== null && typeof v === 'object' && !seen.has(v) && !(v instanceof Map)) {
    seen.add(v);
    for (const x of Object.values(v)) deepFreeze(x, seen);
    Object.freeze(v);
  }
  return v;
}

/** Whether NaN or Infinity appears anywhere in a value, as a number or as text. */
function hasNonFinite(v: unknown, seen = new Set<unknown>()): boolean {
  if (typeof v === 'number') return !Number.isFinite(v);
  if (typeof v === 'string') return /(^|[^A-Za-z])(NaN|-?Infinity)([^A-Za-z]|$)/.test(v) && !/^Invalid /.test(v);
  // A safe parse's error echoes the input it refused: it is not a figure of the library's.
  if (v === null || typeof v !== 'object' || seen.has(v) || v instanceof api.DxInputError) return false;
  seen.add(v);
  if (v instanceof Map) return [...v.values()].some((x) => hasNonFinite(x, seen));
  return Object.values(v).some((x) => hasNonFinite(x, seen));
}

// The functions whose answer may be `undefined` (no such unit, no parent); any other answers a
// value or throws.
const MAY_ANSWER_NOTHING = new Set<string>(['parentOf', 'periodBounds', 'readPeriod', 'unitAt']);

// A call's time bound: 2 s; the mutation run, whose code is instrumented, sets a longer one.
const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_LIMIT_MS ?? 2000);

/**
 * How a call ends: ok (a typed value, or the library's DxInputError) or why not; and the
 * DxInputError it ended with, thrown or in a safe result, if any.
 */
function outcome(f: (...a: unknown[]) => unknown, args: unknown[]): { ok: boolean; why: string; error?: api.DxInputError | undefined } {
  const t0 = performance.now();
  try {
    let r = f(...args);
    // An arbitrary of the testing kit answers with what it draws: three samples are the result.
    if (r instanceof fc.Arbitrary) r = fc.sample(r, { numRuns: 3, seed: 7 });
    if (performance.now() - t0 > TIME_LIMIT_MS) return { ok: false, why: `took more than ${TIME_LIMIT_MS} ms` };
    if (r === undefined && !MAY_ANSWER_NOTHING.has(f.name)) return { ok: false, why: 'answered nothing (undefined)' };
    const safe = r as { ok?: unknown; error?: unknown } | null;
    const error = safe?.ok === false && safe.error instanceof api.DxInputError ? safe.error : undefined;
    return hasNonFinite(r) ? { ok: false, why: 'NaN or Infinity in the result' } : { ok: true, why: '', error };
  } catch (e) {
    if (e instanceof api.DxInputError) return { ok: true, why: '', error: e };
    return { ok: false, why: `threw ${(e as Error)?.constructor?.name}: ${String((e as Error)?.message).slice(0, 120)}` };
  }
}

/** The function an input error names ("Invalid input of X: …") when it is not a public one. */
function unknownReader(error: api.DxInputError | undefined): string | undefined {
  const reader = /^Invalid input of (.*?): /.exec(error?.message ?? '')?.[1];
  return reader !== undefined && FUNCTIONS[reader] === undefined ? reader : undefined;
}

describe('every exported function, with hostile values', () => {
  it('has an entry here (a new export must be added)', () => {
    expect(Object.keys(FUNCTIONS).filter((k) => CALLS[k] === undefined)).toEqual([]);
    expect(Object.keys(CALLS).filter((k) => FUNCTIONS[k] === undefined)).toEqual([]);
  });

  // One test per function, so that a mutation run (which runs only the tests that reach a mutant)
  // runs the calls of the functions that reach it, not all of them.
  const calls = { count: 0 };
  afterAll(() => {
    expect(calls.count).toBeGreaterThan(2000);
  });
  for (const [name, make] of Object.entries(CALLS)) {
    it(`${name}: works on its valid arguments, frozen, without changing them; answers each hostile value with a typed value or a DxInputError`, () => {
      const failures: string[] = [];
      const valid = make();
      const before = JSON.stringify(valid);
      const r0 = outcome(FUNCTIONS[name] as never, deepFreeze(valid));
      if (!r0.ok) failures.push(`valid arguments: ${r0.why}`);
      if (JSON.stringify(valid) !== before) failures.push('changed its input');
      for (let i = 0; i < valid.length; i++) {
        for (const [what, value] of HOSTILE) {
          const args = make();
          args[i] = value();
          calls.count++;
          const r = outcome(FUNCTIONS[name] as never, args);
          if (!r.ok) failures.push(`argument ${i + 1} ${what}: ${r.why}`);
          // The error names the public function whose input it was (itself, or one it called).
          const reader = unknownReader(r.error);
          if (reader !== undefined) failures.push(`argument ${i + 1} ${what}: the error names "${reader}"`);
        }
        const args = make();
        const hostile = withThrowingGetter(args[i]);
        if (hostile === undefined) continue;
        args[i] = hostile;
        calls.count++;
        const r = outcome(FUNCTIONS[name] as never, args);
        if (!r.ok) failures.push(`argument ${i + 1} with a getter that throws: ${r.why}`);
        // When the getter is what failed the call, the error keeps the getter's error as its cause
        // and names the public function that read it (or the input a parse inside it was reading).
        const unreadable = r.error?.problems.some((p) => p.code === 'unreadable') ? r.error : undefined;
        if (unreadable !== undefined && ((unreadable.cause as Error)?.message !== 'getter refused' || unknownReader(unreadable) !== undefined)) {
          failures.push(`argument ${i + 1} with a getter that throws: ${unreadable.message.split('\n')[0]}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

/** A function's parameter names, read from its source (defaults and types stripped). */
function parameterNames(f: (...a: unknown[]) => unknown): string[] {
  const src = f.toString();
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = src.indexOf('(') + 1; i < src.length; i++) {
    const c = src[i] as string;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) break;
      depth--;
    }
    if (c === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else current += c;
  }
  if (current.trim() !== '') names.push(current);
  return names.map((p) => p.trim().split(/[\s=:]/)[0] as string);
}

const startsWith = (p: readonly (string | number)[], q: readonly (string | number)[]) => q.every((x, i) => p[i] === x);

describe('every exported function points at the bad value', () => {
  // A hostile value put in one field of a valid argument: the error has a problem whose path leads
  // to that field (from the parameter's name, or from the root when the one parameter is the
  // input itself), and no path has an empty name.
  const FIELD_HOSTILE: [string, () => unknown][] = [
    ['undefined', () => undefined],
    ['null', () => null],
    ['an unknown word', () => 'nope'],
    ['an empty object', () => ({})],
    ['-Infinity', () => Number.NEGATIVE_INFINITY],
    ['a date not in the calendar', () => '2025-02-30'],
  ];
  for (const [name, make] of Object.entries(CALLS)) {
    it(`${name}: each problem's path leads to the bad value`, () => {
      const f = FUNCTIONS[name] as (...a: unknown[]) => unknown;
      const params = parameterNames(f);
      const fromRoot = params.length === 1 || params[0] === 'input';
      const failures: string[] = [];
      const check = (args: unknown[], place: (string | number)[], what: string) => {
        const error = outcome(f, args).error;
        if (error === undefined) return;
        const bad = error.problems.filter((p) => p.path.some((x) => x === ''));
        if (bad.length > 0) failures.push(`${what}: an empty name in ${JSON.stringify(bad[0]?.path)}`);
        // From the parameter's name; a function of one parameter may also count from the root.
        const named = [params[place[0] as number] as string, ...place.slice(1)];
        const expected = fromRoot ? [place.slice(1), named] : [named];
        const leads = error.problems.some((p) => expected.some((x) => (p.path.length > 0 || x.length === 0) && (startsWith(p.path, x) || startsWith(x, p.path))));
        if (!leads) failures.push(`${what}: no problem at ${JSON.stringify(expected)} (${JSON.stringify(error.problems.map((p) => p.path))})`);
      };
      const valid = make();
      for (let i = 0; i < valid.length; i++) {
        for (const [what, value] of HOSTILE) {
          const args = make();
          args[i] = value();
          check(args, [i], `argument ${i + 1} ${what}`);
        }
        const v = valid[i];
        if (v === null || typeof v !== 'object' || v instanceof Map || v instanceof fc.Arbitrary) continue;
        const fields = Array.isArray(v) ? (v.length > 0 ? [0] : []) : Object.keys(v).slice(0, 12);
        for (const field of fields) {
          for (const [what, value] of FIELD_HOSTILE) {
            const args = make();
            const copy = (Array.isArray(args[i]) ? [...(args[i] as unknown[])] : { ...(args[i] as object) }) as Record<string | number, unknown>;
            copy[field] = value();
            args[i] = copy;
            check(args, [i, field], `argument ${i + 1}.${field} ${what}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
